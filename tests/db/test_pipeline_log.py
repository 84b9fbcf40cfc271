"""The pipeline with the real log and do-not-contact list: listed contacts are refused (GDPR 21)
and what the rep typed never reaches the database."""

from __future__ import annotations

import datetime as dt

from bot.db.journal import Journal
from bot.db.optout import OptOutList
from bot.pipeline import Pipeline
from bot.settings import Settings
from rules.facts import parse_pairs

DAY = dt.date(2026, 11, 23)


class NoPassages:
    """Retrieval is not under test here: no knowledge index needed."""

    def search(self, *args, **kwargs):
        return []


def test_listed_contact_is_forbidden_and_nothing_personal_is_logged(db_url, db_dump):
    journal = Journal(db_url)
    optout = OptOutList(db_url, b"pipeline-test-secret-000000")
    optout.add("jean.dupont@gmail.com")
    pipeline = Pipeline(Settings(), retriever=NoPassages(), journal=journal, optout=optout)

    facts = ["channel=email", "audience=b2c", "consent=yes"]
    listed = pipeline.check(parse_pairs([*facts, "contact=Jean.Dupont+promo@gmail.com"]), DAY)
    other = pipeline.check(parse_pairs([*facts, "contact=marie.curie@gmail.com"]), DAY)
    assert listed.verdict.value == "forbidden"
    assert other.verdict.value != "forbidden"

    pipeline.ask(
        "Puis-je envoyer un SMS à Sophie Martin (sophie.martin@free.fr, 06 98 76 54 32) ?",
        DAY,
        surface="slack",
        user="U1",
        channel="C1",
        thread="T1",
    )
    entries = journal.list(viewer="test")
    assert len(entries) == 3
    assert entries[-1].verdict == "forbidden" and entries[-1].flagged
    stored = db_dump(db_url)
    for value in ("Dupont", "dupont", "marie.curie", "Sophie", "Martin", "98 76 54 32"):
        assert value not in stored
