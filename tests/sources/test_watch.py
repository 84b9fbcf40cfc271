"""The law watch: a changed official text is recorded (a diff), the rules resting on it are
flagged in `sources status` and on the answers that rest on it, until someone reviews it; and
`ingest` indexes the fetched texts so that answers cite the official wording verbatim."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest

from bot.pipeline import Pipeline
from ingest.index import ingest, live_dir
from ingest.sources.changes import Changes
from ingest.sources.registry import source_id
from ingest.sources.schedule import start_watch_thread
from ingest.sources.store import read_state
from rules.facts import parse_facts
from tests.sources.conftest import ARTICLE_V1, ARTICLE_V2, Page, article_html

ON = dt.date(2026, 11, 30)
PHONE_B2C = {"channel": "phone", "audience": "b2c", "consent": "no", "ongoing_contract": "no"}
EMAIL_B2C = {"channel": "email", "audience": "b2c", "consent": "no", "customer": "no"}
ARTICLE = "/codes/article-l223-1"


def changed_warning(answer) -> list[str]:
    return [w for w in answer.warnings if "a changé le" in w or "changed on" in w]


def test_watch_records_the_change_flags_its_rules_and_warns_until_reviewed(
    site, settings, gardefou
) -> None:
    sid = source_id(site.url(ARTICLE))
    assert gardefou("sources", "fetch", sid).code == 0
    assert "CHANGED" not in gardefou("sources", "watch").out  # nothing moved yet

    site.pages[ARTICLE] = Page(article_html(ARTICLE_V2), etag='"v2"')
    run = gardefou("sources", "watch")
    today = dt.date.today().isoformat()
    assert re.search(rf"CHANGED\s+{sid}", run.out), run.out
    assert "change #1: rules to review R16, R17d" in run.out

    change = Changes(settings).get(1)
    assert change and change.pending and change.rule_ids == ["R16", "R17d"]
    assert f"-{ARTICLE_V1}" in change.diff and f"+{ARTICLE_V2}" in change.diff
    assert change.diff.startswith(f"--- {sid}")

    status = gardefou("sources", "status").out
    line = next(b for b in status.split("\n") if b.startswith(sid))
    flagged = status[status.index(line) :].split("\n")[1]
    assert "TO REVIEW: change #1 — rules R16, R17d" in flagged

    pipeline = Pipeline(settings)
    ingest(settings=settings)
    phone = pipeline.check(parse_facts(PHONE_B2C), ON, record=False)
    assert phone.verdict.value == "forbidden" and "R16" in phone.rule_ids
    assert changed_warning(phone) == [
        f"Le texte de C. conso art. L.223-1 a changé le {today} ; "
        "la règle R16 n'a pas encore été revue."
    ]
    english = pipeline.check(parse_facts(PHONE_B2C), ON, lang="en", record=False)
    assert changed_warning(english) == [
        f"The text of C. conso art. L.223-1 changed on {today}; rule R16 has not been reviewed yet."
    ]
    email = pipeline.check(parse_facts(EMAIL_B2C), ON, record=False)
    assert not changed_warning(email)  # R1 does not rest on L.223-1

    review = gardefou("sources", "review", "1", "--by", "dpo")
    assert review.code == 0 and "reviewed: #1" in review.out
    assert not changed_warning(pipeline.check(parse_facts(PHONE_B2C), ON, record=False))
    assert "TO REVIEW" not in gardefou("sources", "status").out
    again = gardefou("sources", "review", "1")
    assert again.code == 2 and "no change to review" in again.err


def test_ingest_indexes_fetched_texts_as_official_citations_verbatim(
    site, settings, gardefou
) -> None:
    assert "3 new" in gardefou("sources", "fetch").out
    report = ingest(settings=settings)
    assert not report.skipped, report.skipped
    answer = Pipeline(settings).check(parse_facts(PHONE_B2C), ON, record=False)
    official = [c for c in answer.citations if c.kind == "official"]
    assert official, [(c.source_id, c.kind) for c in answer.citations]
    cited = official[0]
    assert cited.source_id == f"official:{source_id(site.url(ARTICLE))}"
    assert cited.authority == "law" and cited.url == site.url(ARTICLE)
    assert cited.title == "Texte officiel — C. conso art. L.223-1"
    served = ARTICLE_V1 + " Les modalités de recueil et de preuve du consentement"
    for piece in cited.excerpt.strip("…").split("…"):
        assert piece.strip() in article_text(site), piece
    assert served[:60] in article_text(site)
    notes = [c for c in answer.citations if c.kind == "note"]
    assert notes and all(c.title.startswith("Fiche Gardefou — ") for c in notes)


def article_text(site) -> str:
    """What the site serves, as text (tags dropped), to check an excerpt against."""
    html = site.pages[ARTICLE].body.decode()
    return re.sub(r"<[^>]+>", "\n", html)


def test_the_daily_job_of_serve_fetches_and_reindexes(site, settings) -> None:
    stop = start_watch_thread(settings, every_s=3600, first_after_s=0)
    try:
        deadline = time.monotonic() + 120
        sid = source_id(site.url(ARTICLE))
        while live_dir(settings.data_dir) is None or read_state(settings.data_dir, sid) is None:
            assert time.monotonic() < deadline, "the watch did not run"
            time.sleep(0.2)
    finally:
        stop.set()
    assert read_state(settings.data_dir, sid).hash  # type: ignore[union-attr]


def test_the_watch_is_off_unless_the_operator_turns_it_on(settings, monkeypatch) -> None:
    from bot.settings import Settings

    assert settings.sources_watch == "off"
    monkeypatch.setenv("GARDEFOU_SOURCES_WATCH", "daily")
    assert Settings().sources_watch == "daily"
    monkeypatch.setenv("GARDEFOU_SOURCES_WATCH", "hourly")
    with pytest.raises(ValueError):
        Settings()
