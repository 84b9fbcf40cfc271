"""The stream's log writer: answers are printed first, but every entry is written, in order, by
the time the stream ends; a database that fails never stops the answers."""

from __future__ import annotations

from types import SimpleNamespace

from bot.db.journal import Journal
from bot.db.log_writer import BackgroundLog


def test_every_entry_is_written_in_order_when_the_stream_ends(db_url, answer):
    journal = Journal(db_url)
    with BackgroundLog(SimpleNamespace(journal=journal)) as writer:
        for i in range(20):
            writer.record(f"question {i}", answer("allowed", summary="ok"), surface="cli")
    records = journal.list(limit=None, viewer="test")
    assert [r.question for r in reversed(records)] == [f"question {i}" for i in range(20)]


def test_a_failing_database_does_not_stop_the_stream(answer, caplog):
    class Broken:
        def record(self, *args, **kwargs):
            raise OSError("disk full")

    with BackgroundLog(SimpleNamespace(journal=Broken())) as writer:
        writer.record("question", answer(), surface="cli")
    assert "could not write the log entry" in caplog.text
