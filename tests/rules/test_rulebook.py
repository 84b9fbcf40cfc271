"""The rulebook a DPO signs: every rule explained in both languages, `gardefou rules` and
`gardefou rules show`, and docs/rulebook*.md in sync with the tables."""

from __future__ import annotations

import pytest

from bot.cli import main
from rules import rulebook
from rules.explain import explain_id, summary_row
from rules.table import references, rule_index


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_rule_is_explained_with_bases_status_and_cases(lang: str) -> None:
    cases = rulebook.load_cases()
    for rule_id, rule in rule_index().items():
        text = explain_id(rule_id, lang, cases)
        assert rule.title.in_(lang) in text
        assert rule.why.in_(lang) in text
        for ref_id in rule.basis:
            assert any(v.url in text for v in references()[ref_id].versions), (rule_id, ref_id)
        assert (
            "à confirmer" if lang == "fr" else "to confirm"
        ) in text or rule.status == "confirmed"
        if rule.verdict != "duty":
            assert "tests/rules/cases/" in text, rule_id  # every verdict rule has a case


def test_show_explains_conditions_exceptions_params_in_words() -> None:
    text = explain_id("R17", "en", rulebook.load_cases())
    assert "outside the permitted days and hours" in text  # a condition as a sentence
    assert "Overrides: R15" in text
    assert "phone/calling_hours" in text and "2023-03-01" in text  # dated parameter
    assert "LEGIARTI000046422695" in text  # the D.223-9 wording in force then
    fr = explain_id("R15.bloctel", "fr", rulebook.load_cases())
    assert "LEGIARTI000042155931" in fr and "LEGIARTI000051830285" not in fr


def test_list_row_has_id_title_verdict_period_bases_status() -> None:
    row = summary_row(rule_index()["R16"], "fr")
    assert row["verdict"] == "interdit" and row["period"] == "depuis le 2026-08-11"
    assert "L.223-1" in row["bases"] and row["status"] == "confirmé"


def test_cli_lists_and_shows(capsys: pytest.CaptureFixture[str]) -> None:
    main(["rules", "--lang", "en"])
    listed = capsys.readouterr().out
    assert "| R16 |" in listed and "to confirm" in listed
    main(["rules", "show", "R16.press", "--lang", "fr"])
    shown = capsys.readouterr().out
    assert "L.223-5" in shown and "à confirmer" in shown


def test_cli_unknown_rule_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["rules", "show", "R99"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "R99" in err[0]


def test_docs_rulebook_is_in_sync_with_the_tables() -> None:
    assert rulebook.main(["--check"]) == 0, "run: python -m rules.rulebook"


def test_the_sync_check_catches_a_stale_rulebook(tmp_path, monkeypatch) -> None:
    stale = {}
    for lang, path in rulebook.OUTPUTS.items():
        copy = tmp_path / path.name
        copy.write_text(path.read_text().replace("R16.press", "R16.presse"))
        stale[lang] = copy
    monkeypatch.setattr(rulebook, "OUTPUTS", stale)
    monkeypatch.setattr(rulebook, "ROOT", tmp_path)
    assert rulebook.main(["--check"]) == 1
