"""Passage: excerpts are verbatim cuts (>= 40 characters, '…' where cut); validity by date."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.passage import Passage

TEXT = (
    "Le démarchage téléphonique des consommateurs change le 11 août 2026. Avant cette date, il "
    "suffit de ne pas appeler les numéros inscrits sur Bloctel. Après cette date, il faut le "
    "consentement préalable du consommateur, sauf contrat en cours. Les horaires restent limités "
    "du lundi au vendredi, de 10 h à 13 h et de 14 h à 20 h. Les sanctions peuvent atteindre "
    "375 000 euros pour une société, et la décision peut être publiée."
)


def passage(**kw) -> Passage:  # type: ignore[no-untyped-def]
    return Passage(**{"source_id": "s", "title": "T", "authority": "law", "text": TEXT, **kw})


def core(excerpt: str) -> str:
    return excerpt.removeprefix("…").removesuffix("…")


def test_short_text_is_its_own_excerpt() -> None:
    assert passage(text=TEXT[:120]).excerpt() == TEXT[:120]


@pytest.mark.parametrize("max_chars", [60, 120, 200, 320])
def test_excerpt_is_a_verbatim_cut_marked_with_ellipses(max_chars: int) -> None:
    excerpt = passage().excerpt(max_chars=max_chars)
    assert core(excerpt) in TEXT
    assert len(core(excerpt)) >= 40 and len(excerpt) <= max_chars
    assert excerpt.endswith("…") and not excerpt.startswith("…")


def test_excerpt_centres_on_the_sentence_matching_the_query() -> None:
    excerpt = passage().excerpt(max_chars=120, query="quelles sanctions pour une societe ?")
    assert "375 000" in excerpt and core(excerpt) in TEXT
    assert excerpt.startswith("…")


def test_excerpt_never_cuts_a_word() -> None:
    excerpt = passage().excerpt(max_chars=150, query="horaires")
    body = core(excerpt)
    start = TEXT.index(body)
    assert start == 0 or TEXT[start - 1] == " "
    end = start + len(body)
    assert end == len(TEXT) or TEXT[end] in " .,"


def test_too_small_an_excerpt_is_refused() -> None:
    with pytest.raises(ValueError):
        passage().excerpt(max_chars=30)


def test_in_force_follows_validity_dates() -> None:
    old = passage(valid_to=dt.date(2026, 8, 10))
    new = passage(valid_from=dt.date(2026, 8, 11))
    assert old.in_force(dt.date(2026, 8, 10)) and not old.in_force(dt.date(2026, 8, 11))
    assert new.in_force(dt.date(2026, 8, 11)) and not new.in_force(dt.date(2026, 8, 10))


def test_rule_ids_match_by_prefix() -> None:
    p = passage(rule_ids=["R16.consent"], contradicts=["R28"])
    assert p.about({"R16.contract"}) and p.about({"R16"}) and p.about({"R28"})
    assert not p.about({"R1"}) and not p.about({"R1b"})
