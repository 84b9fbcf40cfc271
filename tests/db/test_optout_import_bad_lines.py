"""`optout import` on files a spreadsheet or an attacker could produce: a bare CR, a 128 KiB field,
a quoted cell left open. Every bad line is reported with its number, the rest is imported, and a
failure while writing leaves the list as it was (the import is one transaction)."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from bot.db.optout import BATCH, OptOutList

SECRET = b"test-secret-0123456789abcdef"


def test_a_bare_cr_ends_a_line_and_every_contact_is_imported(db_url, tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes(b"email\ralice@example.com\rnot-a-contact\rbob@example.com\r")
    report = OptOutList(db_url, SECRET).import_csv(path)
    assert report.added == 2
    assert [e.line for e in report.errors] == [3]


def test_a_128_kib_field_is_one_error_with_its_line_and_the_rest_is_imported(db_url, tmp_path):
    path = tmp_path / "huge.csv"
    rows = [f"prospect{i}@example.com" for i in range(BATCH * 2 + 10)]
    rows[BATCH + 3] = "x" * (128 * 1024 + 1)  # past the csv module's field limit
    rows[BATCH + 7] = '"unterminated, ' + "y" * 200
    rows[5] = "a,b\rc"  # a bare CR inside a row
    path.write_text("\n".join(rows) + "\n")
    optout = OptOutList(db_url, SECRET)
    report = optout.import_csv(path)
    # The bare CR of row 6 makes it lines 6 and 7 (as a text editor shows them).
    assert [e.line for e in report.errors] == [6, 7, BATCH + 5, BATCH + 9]
    assert "line longer" in report.errors[2].reason
    assert optout.contains("prospect0@example.com")
    assert optout.contains(f"prospect{BATCH * 2 + 9}@example.com")  # after the bad lines
    assert report.added == len(rows) - 3


def test_a_failure_while_writing_leaves_nothing_half_written(db_url, tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_text("".join(f"prospect{i}@example.com\n" for i in range(BATCH * 3)))
    optout = OptOutList(db_url, SECRET)
    optout.add("already@example.com")
    calls = []

    def failing_progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:  # after the first batch was sent to the database
            raise OperationalError("INSERT", {}, Exception("disk full"))

    with pytest.raises(OperationalError):
        optout.import_csv(path, progress=failing_progress)
    assert optout.count() == 1
    assert not optout.contains("prospect0@example.com")
