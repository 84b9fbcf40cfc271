"""Masking and log scrubbing never read past a cap: an outsider's 5 MB of `'`, `%`, `Aa.` or
`Jean Dupont, ` is cut, and what is kept holds no name. How long it takes (linear in the text,
under 5 s for 5 MB on a shared 2-core machine) is a target of `make bench` (section linear_time,
which prints the time at 4n vs n), never a wall-clock assertion here: the machine's load must not
decide a test."""

from __future__ import annotations

import pytest

from bot.logging_setup import MAX_LOGGED_CHARS, scrub
from bot.privacy.masking import get_nlp, mask_text
from bot.privacy.patterns import MAX_MASKED_CHARS
from bot.views.masking import mask_text as channel_mask

FIVE_MB = 5 * 1024 * 1024

ADVERSARIAL = {
    "a": "a",
    "at": "@",
    "dot": ".",
    "quote": "'",
    "percent": "%",
    "Aa.": "Aa.",
    "name list": "Jean Dupont, ",
    "digits": "1 ",
    "a@": "a@",
    "street": "12 rue ",
    "lower names": "jean dupont ",
    "hex colons": "a1:",
}


def _text(unit: str) -> str:
    # digits then a letter: a number that fails at its very end (the old patterns re-scanned it)
    return (unit * (FIVE_MB // len(unit)))[:FIVE_MB] + "x"


@pytest.mark.parametrize("unit", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
@pytest.mark.parametrize(
    "masker",
    [scrub, channel_mask, lambda t: mask_text(t, ner=False)],
    ids=["log-scrub", "channel", "journal"],
)
def test_5mb_of_adversarial_text_is_masked_and_cut(masker, unit):
    masked = masker(_text(unit))
    assert len(masked) < max(MAX_LOGGED_CHARS, MAX_MASKED_CHARS) * 2  # the rest was never read


def test_the_journal_masker_with_spacy_on_40k_characters_of_names():
    get_nlp()  # loaded once per process, not part of the masking time
    masked = mask_text("Jean Dupont, " * 3_000)
    assert "Dupont" not in masked and "Jean" not in masked


def test_what_is_past_the_cap_is_not_kept():
    text = "ok " * 10 + "x" * MAX_MASKED_CHARS + " jean.dupont@acme.fr"
    masked = mask_text(text, ner=False)
    assert "jean.dupont" not in masked and "characters cut" in masked
