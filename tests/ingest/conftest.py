"""Fixtures for ingestion and retrieval: settings on a temp data dir, small corpora, real servers.

The embedding model is real (offline package) and loads once per session; Chroma is real too:
embedded, and the server started by `make test` (GARDEFOU_TEST_CHROMA_URL).
"""

from __future__ import annotations

import os
import textwrap
import uuid
from pathlib import Path

import pytest

from bot.settings import REPO_ROOT, Settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

KNOWLEDGE_DIR = REPO_ROOT / "knowledge"


def make_settings(
    data_dir: Path, knowledge: Path, seeds: Path | None = None, chroma_url: str | None = None
) -> Settings:
    # eager: these tests measure the hybrid ranking, which must not depend on load timing.
    return Settings(
        data_dir=data_dir,
        knowledge_dir=knowledge,
        seeds_dir=seeds,
        chroma_url=chroma_url,
        dense="eager",
    )


def note(directory: Path, name: str, front: str, body: str) -> Path:
    """Write a Markdown note with YAML front matter."""
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = f"---\n{textwrap.dedent(front).strip()}\n---\n{textwrap.dedent(body).lstrip()}"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def chroma_server_url() -> str:
    url = os.environ.get("GARDEFOU_TEST_CHROMA_URL")
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("GARDEFOU_TEST_CHROMA_URL is not set: run the suite with `make test`")
        pytest.skip("no Chroma server (GARDEFOU_TEST_CHROMA_URL unset; `make test` starts one)")
    return url


def unique_collection() -> str:
    """Tests sharing one Chroma server never see each other's vectors."""
    return f"test-{uuid.uuid4().hex[:12]}"


SMALL_CORPUS = {
    "law/l34-5.md": (
        """
        id: test-l34-5
        title: "Code des postes, art. L.34-5"
        url: https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042155961
        authority: law
        rule_ids: [R1, R2]
        """,
        """
        # Code des postes, art. L.34-5

        ## Principe du consentement

        La prospection directe par courrier électronique d'une personne physique est interdite sans son consentement préalable. Le consentement est une manifestation de volonté libre, spécifique et informée. Un client peut toutefois recevoir des offres pour des produits analogues s'il a pu s'y opposer.

        ## En bref (English)

        Electronic marketing to consumers requires their prior consent, except for customers offered similar products.
        """,
    ),
    "law/appels-ancien.md": (
        """
        id: test-appels-ancien
        title: "Démarchage téléphonique avant la réforme : liste Bloctel"
        url: https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032226842
        authority: law
        rule_ids: [R15]
        valid_to: 2026-08-10
        """,
        """
        ## Ancien régime d'opposition

        Jusqu'au 10 août 2026, un professionnel peut appeler un consommateur pour du démarchage téléphonique, sauf si son numéro est inscrit sur la liste d'opposition Bloctel. Le démarchage téléphonique repose alors sur l'opposition et non sur le consentement.
        """,
    ),
    "law/appels-nouveau.md": (
        """
        id: test-appels-nouveau
        title: "Démarchage téléphonique depuis la réforme : consentement préalable"
        url: https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051830285
        authority: law
        rule_ids: [R16.consent, R16.contract]
        valid_from: 2026-08-11
        """,
        """
        ## Nouveau régime du consentement

        Depuis le 11 août 2026, le démarchage téléphonique d'un consommateur est interdit sauf s'il y a consenti au préalable ou si l'appel s'inscrit dans un contrat en cours. La liste Bloctel ne suffit plus : il faut un consentement préalable au démarchage téléphonique.
        """,
    ),
    "internal/durees.md": (
        """
        id: test-durees-internes
        title: "Nos durées de conservation des prospects"
        authority: internal
        rule_ids: [R25]
        """,
        """
        ## Durée de conservation des prospects

        Nous conservons les données d'un prospect trois ans après le dernier contact venant de lui, puis nous les supprimons. Une ouverture d'e-mail ne compte pas comme un contact ; un clic ou une réponse compte.
        """,
    ),
}

# A made-up seed article: same claim shape as a real one, none of its text.
FAKE_SEED = (
    "Un blog sur la conservation des données\n\n"
    "Durée de conservation des prospects\n\n"
    "En B2B il n'y a pas une limite concernant la durée de conservation des données des prospects, "
    "affirme cet article inventé pour les tests, qui parle aussi de la durée de conservation en "
    "B2C : trois ans.\n"
)


def write_small_corpus(root: Path) -> tuple[Path, Path]:
    knowledge, seeds = root / "knowledge", root / "seeds"
    for name, (front, body) in SMALL_CORPUS.items():
        note(knowledge, name, front, body)
    seeds.mkdir(parents=True, exist_ok=True)
    (seeds / "002_de9aa3c42ebca839.txt").write_text(FAKE_SEED, encoding="utf-8")
    (seeds / "README.md").write_text("# not an article\n\nDescribes the seeds.\n", encoding="utf-8")
    return knowledge, seeds
