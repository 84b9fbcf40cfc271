"""The do-not-contact list: normalisation, keyed hashes only, CSV import."""

from __future__ import annotations

import pytest

from bot.db.optout import ContactError, OptOutList, normalise_contact

SECRET = b"test-secret-0123456789abcdef"


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("Jean.Dupont+promo@GoogleMail.com", "jeandupont@gmail.com"),
        ("  <J.E.A.N.dupont@gmail.com> ", "jeandupont@gmail.com"),
        ("mailto:Contact+news@Example.FR", "contact@example.fr"),
        ("jean.dupont@orange.fr", "jean.dupont@orange.fr"),  # dots matter outside Gmail
        ("06 12 34 56 78", "+33612345678"),
        ("06.12.34.56.78", "+33612345678"),
        ("+33 (0)6 12 34 56 78", "+33612345678"),
        ("0033 6 12 34 56 78", "+33612345678"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+1 (415) 555-0100", "+14155550100"),
    ],
)
def test_contacts_are_normalised(variant, canonical):
    assert normalise_contact(variant).value == canonical


@pytest.mark.parametrize("bad", ["", "hello", "jean@", "@gmail.com", "12", "06 12 AB 56 78"])
def test_non_contacts_are_refused(bad):
    with pytest.raises(ContactError):
        normalise_contact(bad)


def test_variants_of_a_listed_contact_are_found_and_nothing_is_stored_in_clear(db_url, db_dump):
    optout = OptOutList(db_url, SECRET)
    assert optout.add("Jean.Dupont+promo@gmail.com")
    assert not optout.add("jeandupont@googlemail.com")  # same mailbox: already there
    assert optout.add("06 12 34 56 78")
    assert optout.contains("JEAN.DUPONT@gmail.com")
    assert optout.contains("+33612345678")
    assert not optout.contains("jean.dupont@orange.fr")
    assert not optout.contains("not a contact")
    stored = db_dump(db_url)
    for clear in ("dupont", "Dupont", "612345678", "12 34 56"):
        assert clear not in stored
    assert optout.remove("0033612345678")
    assert not optout.contains("06 12 34 56 78")
    assert not optout.remove("06 12 34 56 78")


def test_another_secret_does_not_match(db_url):
    OptOutList(db_url, SECRET).add("someone@example.com")
    assert not OptOutList(db_url, b"another-secret-xxxxxxxxxxxx").contains("someone@example.com")


def test_import_reports_bad_lines_and_imports_the_rest(db_url, tmp_path):
    path = tmp_path / "optout.csv"
    path.write_text(
        "email\n"  # header (line 1)
        "alice@example.com\n"
        "not-a-contact\n"  # line 3
        "\n"
        "06 12 34 56 78\n"
        "Alice@Example.com\n"  # duplicate of line 2
        "bob@\n"  # line 7
        "+44 20 7946 0958\n"
    )
    optout = OptOutList(db_url, SECRET)
    report = optout.import_csv(path)
    assert report.header
    assert [e.line for e in report.errors] == [3, 7]
    assert (report.added, report.duplicates_in_file, report.rows) == (3, 1, 6)
    assert optout.contains("alice@example.com") and optout.contains("+33612345678")
    again = optout.import_csv(path)  # idempotent
    assert (again.added, again.already_listed) == (0, 3)
    assert optout.count() == 3


def test_import_picks_the_contact_column_of_a_spreadsheet(db_url, tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(
        "Nom;Téléphone;Ville\nDupont;06 12 34 56 78;Lyon\nMartin;;Paris\n".encode("cp1252")
    )
    optout = OptOutList(db_url, SECRET)
    report = optout.import_csv(path)
    assert report.added == 1
    assert [e.line for e in report.errors] == []  # an empty cell is a blank row, not an error
    assert optout.contains("0612345678")


def test_an_import_of_100k_rows_adds_them_all_and_reports_progress(db_url, tmp_path):
    # how long it takes (< 30 s for 100k rows, a lookup < 0.5 s) is a target of `make bench`
    # (section optout_lookup), not a wall-clock assertion here
    path = tmp_path / "big.csv"
    with path.open("w") as f:
        for i in range(100_000):
            f.write(f"prospect{i}@example.com\n" if i % 2 else f"06{i:08d}\n")
    optout = OptOutList(db_url, SECRET)
    calls = []
    report = optout.import_csv(path, progress=lambda done, total: calls.append((done, total)))
    assert report.added == 100_000 and not report.errors
    assert calls[-1] == (100_000, 100_000) and len(calls) > 2
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert optout.contains("prospect99999@example.com") and optout.contains("06 00 00 00 00")
    assert not optout.contains("prospect100001@example.com")
