"""A local "official site" on 127.0.0.1 (pytest-httpserver) and a knowledge base whose notes name
its pages: an article in two versions, a CNIL-like page, a 404, a page that never answers in
time, a PDF and a download that is neither HTML nor PDF. Nothing here reaches the internet."""

from __future__ import annotations

import textwrap
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.cli import main
from bot.db.engine import dispose_all
from bot.settings import Settings, get_settings

ARTICLE_V1 = (
    "Le professionnel ne peut démarcher par téléphone un consommateur qui n'a pas exprimé "
    "préalablement son consentement à faire l'objet de prospections commerciales par ce moyen."
)
ARTICLE_V2 = (
    "Le professionnel ne peut démarcher par téléphone un consommateur qui n'a pas exprimé "
    "préalablement, de manière libre et spécifique, son consentement à être prospecté ainsi."
)
CNIL_TEXT = (
    "Les appels de prospection vers des professionnels sont possibles sans accord préalable, à "
    "condition que la personne soit informée et puisse s'opposer facilement aux appels suivants."
)
PDF_TEXT = (
    "Les appels de prospection sont permis du lundi au vendredi, de 10 heures a 13 heures et de "
    "14 heures a 20 heures, hors jours feries"
)


def article_html(sentence: str, title: str = "Article L223-1 - Code de la consommation") -> bytes:
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        "<nav>Accueil &gt; Codes &gt; Consommation</nav><main><article>"
        f"<h1>Article L223-1</h1><p>{sentence}</p>"
        "<p>Les modalités de recueil et de preuve du consentement sont fixées par décret en "
        "Conseil d'État, après avis de la commission nationale compétente.</p>"
        "</article></main><footer>Mentions légales</footer></body></html>"
    ).encode()


def tiny_pdf(text: str) -> bytes:
    """One page with a text layer, built by hand: offsets of each object, then the xref table."""
    content = f"BT /F1 11 Tf 60 700 Td ({text}) Tj ET".encode()
    bodies = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    starts = []
    for n, body in enumerate(bodies, 1):
        starts.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    table = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % s for s in starts)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(bodies) + 1,
        table,
    )
    return bytes(pdf)


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    sleep_s: float = 0.0


@dataclass
class Site:
    """Pages that tests change between two fetches; every request is remembered."""

    server: HTTPServer
    pages: dict[str, Page] = field(default_factory=dict)
    seen: list[tuple[float, str, dict[str, str]]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.server.url_for(path)

    def handle(self, request: Request) -> Response:
        with self._lock:
            self.seen.append((time.monotonic(), request.path, dict(request.headers)))
            page = self.pages.get(request.path)
        if page is None:
            return Response("not found", status=404)
        if page.sleep_s:
            time.sleep(page.sleep_s)
        headers = {}
        if page.etag:
            headers["ETag"] = page.etag
            if request.headers.get("If-None-Match") == page.etag:
                return Response(status=304, headers=headers)
        if page.last_modified:
            headers["Last-Modified"] = page.last_modified
            if request.headers.get("If-Modified-Since") == page.last_modified:
                return Response(status=304, headers=headers)
        return Response(
            page.body, status=page.status, headers=headers, content_type=page.content_type
        )

    def requests_to(self, path: str) -> list[dict[str, str]]:
        return [h for _, p, h in self.seen if p == path]


@pytest.fixture
def httpserver() -> Iterator[HTTPServer]:
    """Our own server, threaded: a page that hangs must not hold up the next request."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def site(httpserver: HTTPServer) -> Site:
    s = Site(httpserver)
    s.pages.update(
        {
            "/codes/article-l223-1": Page(article_html(ARTICLE_V1), etag='"v1"'),
            "/cnil/prospection-telephone": Page(
                (
                    "<html><head><title>La prospection par téléphone | CNIL</title></head><body>"
                    f"<article><h1>Prospection par téléphone</h1><p>{CNIL_TEXT}</p>"
                    "<p>Le numéro doit être supprimé du fichier dès que la personne le demande, "
                    "et l'opposition doit être enregistrée sans frais pour elle.</p></article>"
                    "</body></html>"
                ).encode(),
                last_modified="Mon, 02 Nov 2026 10:00:00 GMT",
            ),
            "/jorf/decret.pdf": Page(tiny_pdf(PDF_TEXT), content_type="application/pdf"),
            "/telechargement.bin": Page(b"\x01\x02binary", content_type="application/octet-stream"),
            "/lent": Page(article_html("Trop tard."), sleep_s=1.5),
        }
    )  # "/disparu" is not served: 404
    for path in [*s.pages, "/disparu"]:
        httpserver.expect_request(path).respond_with_handler(s.handle)
    return s


NOTES = {
    "law/l223-1.md": ("/codes/article-l223-1", "law", '["C. conso art. L.223-1"]', "[R16, R17d]"),
    "cnil/telephone.md": ("/cnil/prospection-telephone", "cnil", '["RGPD art. 21"]', "[R19]"),
    "law/decret.md": ("/jorf/decret.pdf", "law", '["C. conso art. D.223-9"]', "[R17]"),
    "law/disparu.md": ("/disparu", "law", '["CPCE art. L.34-5"]', "[R1]"),
    "law/lent.md": ("/lent", "law", '["RGPD art. 7"]', "[R2]"),
    "law/binaire.md": ("/telechargement.bin", "law", '["RGPD art. 6"]', "[R3]"),
}

NOTE_BODY = """
# {title}

## Ce que dit le texte (en nos mots)
Notre résumé du texte officiel : le démarchage téléphonique d'un particulier suppose son accord
préalable, que l'entreprise doit pouvoir prouver ; sinon l'appel est interdit. Ce résumé est écrit
par l'équipe et renvoie au texte officiel par son adresse.
"""


@pytest.fixture
def knowledge(tmp_path: Path, site: Site) -> Path:
    root = tmp_path / "knowledge"
    for name, (path, authority, articles, rules) in NOTES.items():
        file = root / name
        file.parent.mkdir(parents=True, exist_ok=True)
        stem = Path(name).stem
        front = textwrap.dedent(
            f"""\
            id: note-{stem}
            title: "Note {stem}"
            url: {site.url(path)}
            authority: {authority}
            articles: {articles}
            rule_ids: {rules}
            lang: fr
            """
        )
        file.write_text(f"---\n{front}---\n{NOTE_BODY.format(title=stem)}", encoding="utf-8")
    return root


@pytest.fixture
def settings(
    tmp_path: Path, knowledge: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Settings]:
    """The operator's environment, as `gardefou` reads it (fresh for each test)."""
    seeds = tmp_path / "no-seeds"
    seeds.mkdir()
    env = {
        "GARDEFOU_DATA_DIR": str(tmp_path / "data"),
        "GARDEFOU_KNOWLEDGE_DIR": str(knowledge),
        "GARDEFOU_SEEDS_DIR": str(seeds),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'gardefou.db'}",
        "GARDEFOU_SOURCES_DELAY_S": "0",
        "GARDEFOU_SOURCES_TIMEOUT_S": "0.5",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()
    dispose_all()


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def gardefou(capsys: pytest.CaptureFixture[str], settings: Settings):
    """`gardefou ARGS…` in this process; returns exit code, stdout, stderr."""

    def run(*args: str) -> Run:
        capsys.readouterr()
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
