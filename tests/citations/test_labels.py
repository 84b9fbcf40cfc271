"""Every citation says what it is — our note on an official text, the official text itself, or a
published article — with the same words in the JSON, on the terminal and in Slack."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bot.answer import ArticleClaim, Citation
from bot.cli.output import print_answer
from bot.render import render
from bot.settings import REPO_ROOT
from bot.views.answer import answer_message
from ingest.contradictions import claims_in, load_claims
from ingest.loaders import load_file
from rules import decide
from rules.facts import parse_facts

ON = dt.date(2026, 11, 30)
L34_5 = "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042155961"
SEEDS = REPO_ROOT.parent / "shared" / "seeds"

NOTE = Citation(
    source_id="cpce-l34-5",
    title="CPCE art. L.34-5 — prospection par courrier électronique",
    url=L34_5,
    authority="law",
    excerpt="On ne peut pas envoyer de prospection directe à une personne physique par e-mail.",
    score=0.9,
)
OFFICIAL = Citation(
    source_id="official:legifrance-legiarti000042155961",
    title="CPCE art. L.34-5",
    url=L34_5,
    authority="law",
    kind="official",
    excerpt="Est interdite la prospection directe au moyen de système automatisé de communications…",
    score=0.8,
)
ARTICLE = Citation(
    source_id="seed:002_x",
    title="RGPD et prospection commerciale",
    url="",
    authority="article",
    excerpt="Un passage de l'article publié, assez long pour être une vraie citation.",
    score=0.4,
)


def email_b2c(lang: str = "fr"):
    decision = decide(
        parse_facts({"channel": "email", "audience": "b2c", "consent": "no", "customer": "no"}),
        ON,
    )
    return render(decision, [NOTE, OFFICIAL, ARTICLE], lang)


def test_json_citations_carry_their_kind_and_a_title_that_says_it() -> None:
    data = json.loads(email_b2c().to_json())
    kinds = [(c["kind"], c["title"]) for c in data["citations"]]
    assert kinds == [
        ("note", "Fiche Gardefou — CPCE art. L.34-5 — prospection par courrier électronique"),
        ("official", "Texte officiel — CPCE art. L.34-5"),
        ("article", "Article publié — RGPD et prospection commerciale"),
    ]
    assert "claims" not in data["citations"][0]  # internal warning material, not output
    english = json.loads(email_b2c("en").to_json())["citations"]
    assert english[0]["title"].startswith("Gardefou note — CPCE art. L.34-5")
    assert english[1]["title"] == "Official text — CPCE art. L.34-5"


def test_an_internal_guide_links_to_the_text_it_rests_on_not_as_its_summary() -> None:
    from bot.citation_labels import link_label

    guide = NOTE.model_copy(update={"authority": "internal"})
    assert link_label(guide, "fr") == "texte officiel de référence (Légifrance)"
    assert link_label(NOTE, "fr") == "texte officiel résumé (Légifrance)"
    assert link_label(ARTICLE, "fr") == ""  # no address known: no link


def test_a_citation_without_kind_takes_it_from_its_authority() -> None:
    assert NOTE.kind == "note" and ARTICLE.kind == "article"
    assert Citation(**{**NOTE.model_dump(), "authority": "internal", "kind": None}).kind == "note"


def test_terminal_labels_the_note_and_its_link_as_the_official_text_it_summarises(capsys) -> None:
    print_answer(email_b2c(), as_json=False)
    out = capsys.readouterr().out
    assert "Fiche Gardefou — CPCE art. L.34-5 — prospection par courrier électronique [Loi]" in out
    assert f"texte officiel résumé (Légifrance) : {L34_5}" in out
    assert "Texte officiel — CPCE art. L.34-5 [Loi]" in out
    assert f"texte officiel (Légifrance) : {L34_5}" in out
    assert "Article publié — RGPD et prospection commerciale [Article]" in out
    assert "[law]" not in out


def test_slack_blocks_and_text_use_the_same_labels() -> None:
    message = answer_message(email_b2c())
    blocks = json.dumps(message.blocks, ensure_ascii=False)
    assert "*Fiche Gardefou — CPCE art. L.34-5 — prospection par courrier électronique*" in blocks
    assert f"<{L34_5}|texte officiel résumé (Légifrance)>" in blocks
    assert f"<{L34_5}|texte officiel (Légifrance)>" in blocks
    assert "*Article publié — RGPD et prospection commerciale*" in blocks
    assert "Fiche Gardefou — CPCE art. L.34-5" in message.text
    assert f"texte officiel résumé (Légifrance) : {L34_5}" in message.text
    english = json.dumps(answer_message(email_b2c("en")).blocks, ensure_ascii=False)
    assert f"<{L34_5}|official text summarised (Légifrance)>" in english


def test_the_warning_quotes_the_articles_claim_and_what_the_cnil_says() -> None:
    claim = next(c for c in load_claims() if "R14" in c.contradicts)
    article = ARTICLE.model_copy(
        update={
            "contradicts": ["R14"],
            "claims": [
                ArticleClaim(
                    rule_ids=claim.contradicts, claim=claim.claim, correction=claim.correction
                )
            ],
        }
    )
    decision = decide(parse_facts({"channel": "phone", "audience": "b2b", "source": "scraped"}), ON)
    assert "R14" in {r.split(".")[0] for r in decision.rule_ids}, decision.rule_ids
    for lang, says, but in (("fr", "affirme que", " ; or "), ("en", "claims that", "; but ")):
        warnings = render(decision, [NOTE, article], lang).warnings
        quoted = [w for w in warnings if says in w]
        assert len(quoted) == 1, warnings
        assert f"« {ARTICLE.title} »" in quoted[0] or f"“{ARTICLE.title}”" in quoted[0]
        assert claim.claim[lang] in quoted[0] and claim.correction[lang] in quoted[0]
        assert but in quoted[0]


def test_every_contradiction_has_a_claim_sentence_in_both_languages() -> None:
    for c in load_claims():
        assert c.claim["fr"] and c.claim["en"] and c.correction["fr"] and c.correction["en"]
        assert not c.claim["fr"].endswith("."), "the sentence goes on after the claim"


def test_breadcrumbs_and_dates_before_the_title_are_skipped(tmp_path: Path) -> None:
    seed = tmp_path / "009_x.txt"
    seed.write_text(
        "Accueil > Blog > Prospection\nPublié le 3 mars 2024\n\nProspecter sans fichier acheté\n\n"
        "Un premier paragraphe assez long pour être le corps de l'article publié.\n",
        encoding="utf-8",
    )
    assert load_file(seed, seed=True).title == "Prospecter sans fichier acheté"


def test_a_text_opening_on_a_paragraph_takes_the_readmes_description(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(
        "| file | what it is |\n|---|---|\n| 010_y.txt | Billet d'un éditeur de CRM |\n"
        '| 011_z.txt | "Dix conseils RGPD" — article de blog |\n',
        encoding="utf-8",
    )
    opening = "Le CRM est un outil que beaucoup d'entreprises utilisent. " * 4 + "\n"
    for name in ("010_y.txt", "011_z.txt"):
        (tmp_path / name).write_text(opening, encoding="utf-8")
    assert load_file(tmp_path / "010_y.txt", seed=True).title == "Billet d'un éditeur de CRM"
    assert load_file(tmp_path / "011_z.txt", seed=True).title == "Dix conseils RGPD"


needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="no seeds folder (../shared/seeds)")


@needs_seeds
def test_seed_titles_are_real_titles_never_page_furniture() -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds
    for path in seeds:
        doc = load_file(path, seed=True)
        text = path.read_text(encoding="utf-8")
        assert doc.title and len(doc.title) <= 120, path.name
        assert not doc.title.lower().startswith(("vous êtes ici", "accueil", "publié le"))
        assert "Accueil" not in doc.title
        if doc.title in text:  # a title read from the text is one of its first lines
            first_lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:8]
            assert doc.title in first_lines, path.name


@needs_seeds
def test_a_seed_passage_with_a_flagged_claim_gives_its_sentence() -> None:
    found = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found += [(path.stem, c) for c in claims_in(f"seed:{path.stem}", text)]
    flagged_seeds = {c.seed for c in load_claims()}
    assert {stem for stem, _ in found} == flagged_seeds & {p.stem for p in SEEDS.glob("*.txt")}
    for _stem, claim in found:  # paraphrased, never the article's own words
        assert claim.claim["fr"] not in Path(SEEDS / f"{claim.seed}.txt").read_text("utf-8")
