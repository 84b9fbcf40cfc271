"""`gardefou log …` and `gardefou optout …` as a user runs them (in-process, real database)."""

from __future__ import annotations

import json

import pytest

from bot.cli import main
from bot.db.journal import get_journal
from bot.settings import get_settings


@pytest.fixture
def env(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("GARDEFOU_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.delenv("GARDEFOU_SECRET", raising=False)
    monkeypatch.setenv("USER", "alice")
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


def run(capsys, *argv: str) -> tuple[int, str]:
    try:
        main(list(argv))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out + out.err


def test_log_commands_show_and_export_masked_entries(env, answer, capsys, tmp_path):
    journal = get_journal(env)
    question = "Puis-je rappeler Sophie Martin au 06 12 34 56 78 ou sophie.martin@free.fr ?"
    entry = journal.record(
        question, answer("forbidden"), surface="cli", user="cli:alice", channel=None, thread=None
    )
    journal.record(
        "Puis-je envoyer une newsletter ?",
        answer("allowed"),
        surface="chat",
        user=None,
        channel=None,
        thread=None,
    )

    code, out = run(capsys, "log", "list", "--flagged", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [e["id"] for e in listed] == [entry]
    code, out = run(capsys, "log", "show", str(entry))
    assert code == 0 and "<NAME>" in out and "<PHONE>" in out and "<EMAIL>" in out
    target = tmp_path / "export.csv"
    code, out = run(capsys, "log", "export", "--csv", str(target))
    assert code == 0 and "2" in out
    exported = target.read_text()
    for value in ("Sophie", "Martin", "06 12 34 56 78", "sophie.martin"):
        assert value not in exported
    assert {a.viewer for a in journal.accesses()} == {"cli:alice"}

    code, out = run(capsys, "log", "show", "999999")
    assert code == 2 and "999999" in out
    code, out = run(capsys, "log", "list", "--since", "yesterday")
    assert code == 2 and "--since" in out


def test_log_purge_applies_the_retention_period(env, answer, capsys, monkeypatch):
    get_journal(env).record("q", answer(), surface="cli", user=None, channel=None, thread=None)
    code, out = run(capsys, "log", "purge")
    assert code == 0 and "purged 0" in out and "365 days" in out


def test_optout_commands(env, capsys, tmp_path):
    code, out = run(capsys, "optout", "add", "Jean.Dupont+news@gmail.com")
    assert code == 0 and "added" in out
    code, out = run(capsys, "optout", "check", "--json", "jeandupont@googlemail.com")
    assert code == 0 and json.loads(out)["listed"] is True
    code, out = run(capsys, "optout", "check", "0612345678")
    assert code == 0 and "not on" in out
    code, out = run(capsys, "optout", "check", "bonjour")
    assert code == 2 and "bonjour" in out

    csv_file = tmp_path / "list.csv"
    csv_file.write_text("contact\n06 12 34 56 78\nfoo\nbar@example.com\n")
    code, out = run(capsys, "optout", "import", str(csv_file))
    assert code == 0
    assert "2 added" in out and "line 3" in out
    code, out = run(capsys, "optout", "import", str(csv_file))
    assert "0 added" in out and "2 already" in out
    code, out = run(capsys, "optout", "remove", "+33 6 12 34 56 78")
    assert code == 0 and "removed" in out
    code, out = run(capsys, "optout", "import", str(tmp_path / "missing.csv"))
    assert code == 2
    # the key lives in the data dir, not in the database
    assert (env.data_dir / "secret.key").exists()
