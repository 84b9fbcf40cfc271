"""The managers' log on both databases: what is stored, what is flagged, who read it, retention."""

from __future__ import annotations

import csv
import datetime as dt
import stat

from sqlalchemy import update

from bot.db.journal import Journal
from bot.db.models import LogEntry

QUESTION = (
    "Puis-je relancer Jean Dupont (jean.dupont@gmail.com, 06 12 34 56 78, IBAN FR76 3000 6000 "
    "0112 3456 7890 189) qui habite 12 rue des Lilas ?"
)
PERSONAL = ["Dupont", "jean.dupont", "06 12 34 56 78", "0612345678", "FR76", "Lilas"]


def _record_personal(journal: Journal, answer, **kwargs) -> int:
    made = answer(
        summary="jean.dupont@gmail.com est sur la liste d'opposition : M. Dupont a refusé.",
        facts={"channel": "email", "contact": "jean.dupont@gmail.com", "objected": "yes"},
    )
    return journal.record(QUESTION, made, surface="slack", user="U1", channel="C1", **kwargs)


def test_the_database_never_contains_what_was_asked(db_url, answer, db_dump):
    journal = Journal(db_url)
    entry_id = _record_personal(journal, answer, thread="T1")
    stored = db_dump(db_url)
    for value in PERSONAL:
        assert value not in stored
    record = journal.get(entry_id, viewer="test")
    assert "<NAME>" in record.question and "<EMAIL>" in record.question
    assert "<PHONE>" in record.question and "<IBAN>" in record.question
    assert "Dupont" not in record.summary and "<EMAIL>" in record.summary
    assert record.facts == {"channel": "email", "contact": "<EMAIL>", "objected": "yes"}
    assert (record.verdict, record.rule_ids, record.surface) == ("forbidden", ["R16"], "slack")


def test_export_csv_contains_no_personal_data(db_url, tmp_path, answer):
    journal = Journal(db_url)
    _record_personal(journal, answer)
    journal.record(
        '=HYPERLINK("http://x")',
        answer("allowed"),
        surface="cli",
        user=None,
        channel=None,
        thread=None,
    )
    out = tmp_path / "log.csv"
    assert journal.export_csv(out, viewer="cli:test") == 2
    content = out.read_text()
    for value in PERSONAL:
        assert value not in content
    rows = list(csv.DictReader(out.open()))
    assert {r["verdict"] for r in rows} == {"forbidden", "allowed"}
    # a cell a spreadsheet would run as a formula is neutralised
    assert all(not r["question"].startswith("=") for r in rows)


def test_flagged_entries(db_url, answer):
    journal = Journal(db_url)
    kw = {"surface": "chat", "user": "u", "channel": None, "thread": None}
    forbidden = journal.record("q1", answer("forbidden"), **kw)
    allowed = journal.record("q2", answer("allowed"), **kw)
    needs = journal.record("q3", answer("needs_info"), **kw)
    escalated = journal.record("q4", answer("allowed"), **kw)
    disliked = journal.record("q5", answer("info"), **kw)
    resolved = journal.record("q6", answer("needs_info"), **kw)
    assert journal.escalate(escalated, user="U9")
    assert journal.feedback(disliked, "down", user="U9")
    assert journal.feedback(allowed, "up", user="U9")
    assert journal.mark_resolved(resolved)
    flagged = {r.id for r in journal.list(flagged_only=True, viewer="m")}
    assert flagged == {forbidden, needs, escalated, disliked}
    assert len(journal.list(viewer="m")) == 6
    assert journal.count(flagged_only=True) == 4
    assert not journal.feedback(10**6, "up")  # a purged entry: nothing to update, no crash


def test_a_final_answer_resolves_the_threads_question(db_url, answer):
    journal = Journal(db_url)
    kw = {"surface": "slack", "user": "U1", "channel": "C1", "thread": "T1"}
    first = journal.record("Puis-je envoyer un SMS ?", answer("needs_info", facts={}), **kw)
    assert journal.get(first).flagged
    journal.record(
        "b2c, elle a consenti",
        answer("allowed", facts={"channel": "sms", "contact": "0612345678"}),
        **kw,
    )
    assert not journal.get(first).flagged
    # follow-ups get the thread's latest facts, contact left out
    assert journal.thread_facts("C1", "T1") == {"channel": "sms"}
    assert journal.thread_facts("C1", "other") is None


def test_claim_event_dedupes_retries(db_url):
    journal = Journal(db_url)
    assert journal.claim_event("Ev123")
    assert not journal.claim_event("Ev123")
    assert Journal(db_url).claim_event("Ev124")


def test_reading_the_log_is_recorded(db_url, answer):
    journal = Journal(db_url)
    entry = journal.record("q", answer(), surface="cli", user="me", channel=None, thread=None)
    journal.list(flagged_only=True, viewer="slack:U42")
    journal.get(entry, viewer="cli:alice")
    accesses = journal.accesses()
    assert [(a.viewer, a.action) for a in accesses[:2]] == [
        ("cli:alice", "show"),
        ("slack:U42", "list"),
    ]
    assert accesses[1].detail["ids"] == [entry]


def test_purge_removes_rows_older_than_retention(db_url, answer, db_dump):
    journal = Journal(db_url, retention_days=30)
    kw = {"surface": "cli", "user": None, "channel": None, "thread": None}
    old = journal.record("old question", answer(), **kw)
    recent = journal.record("recent question", answer(), **kw)
    with journal.db.write() as session, session.begin():
        session.execute(
            update(LogEntry).where(LogEntry.id == old).values(created_at=dt.datetime(2020, 1, 1))
        )
    result = journal.purge(viewer="cli:test")
    assert result.entries == 1
    assert [r.id for r in journal.list(viewer="t")] == [recent]
    assert "old question" not in db_dump(db_url)
    assert journal.accesses()[0].action == "list"
    assert any(a.action == "purge" for a in journal.accesses())


def test_since_filters_by_date(db_url, answer):
    journal = Journal(db_url)
    entry = journal.record("q", answer(), surface="cli", user=None, channel=None, thread=None)
    today = dt.datetime.now(dt.UTC).date()
    assert [r.id for r in journal.list(since=today, viewer="t")] == [entry]
    assert journal.list(since=today + dt.timedelta(days=1), viewer="t") == []


def test_sqlite_file_is_readable_by_its_owner_only(tmp_path, answer):
    path = tmp_path / "data" / "gardefou.db"
    Journal(f"sqlite:///{path}").record(
        "q", answer(), surface="cli", user=None, channel=None, thread=None
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
