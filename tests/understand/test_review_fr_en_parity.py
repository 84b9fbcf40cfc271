"""French and English read alike (review of the round's diff): someone else's belief in the
plural is uncertain as in French ("they think", "mes collègues pensent que"); keeping a note as it
is asks about the note in both languages, not about keeping data; a nurse, one or many, is
salaried staff at their workplace."""

from __future__ import annotations

import pytest

from bot.understand.context import spans
from bot.understand.kind import question_kind
from bot.understand.text import fold


@pytest.mark.parametrize(
    "text",
    [
        "my colleagues think she unsubscribed",
        "they believe that he opted out",
        "Tom thinks she unsubscribed",
        "mes collègues pensent qu'elle s'est désabonnée",
    ],
)
def test_someone_elses_belief_is_uncertain(text):
    assert any(s.category == "uncertain" for s in spans(fold(text)))


def test_the_reps_question_to_us_is_no_belief():
    assert not any(s.category == "uncertain" for s in spans(fold("do you think she consented")))


@pytest.mark.parametrize(
    "question",
    [
        "Peut-on garder cette note telle quelle ?",
        "On peut garder le commentaire en l'état ?",
        "Can we keep the note as it is?",
        "Can I keep this comment unchanged?",
    ],
)
def test_keeping_a_note_as_it_is_is_no_retention_question(question):
    assert question_kind(question) != question_kind("Peut-on garder ses données trois ans ?")
