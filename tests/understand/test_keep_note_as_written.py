"""Keeping a note in a record as written ('can we keep it like that?', 'on la laisse telle
quelle ?') is an act on the person's data, asked as a case: the note's words decide, not a
retention period."""

import pytest

from bot.understand.kind import question_kind


@pytest.mark.parametrize(
    "question",
    [
        "Un collègue a écrit « radin et menteur » dans la fiche de ce prospect. On peut la garder telle quelle ?",
        "Dans le CRM quelqu'un a noté « grosse feignasse ». On peut laisser ça comme ça ?",
        "A rep wrote 'lazy liar' in a lead's CRM notes. Can we keep it as is?",
        "Someone put 'total moron' in the customer's Hubspot record. OK to leave it like that?",
    ],
)
def test_keeping_a_note_as_written_is_a_case(question: str) -> None:
    assert question_kind(question) == "case"


@pytest.mark.parametrize(
    "question",
    [
        "Combien de temps peut-on garder les données d'un prospect ?",
        "Can we keep a prospect's data for five years?",
    ],
)
def test_keeping_data_stays_a_retention_question(question: str) -> None:
    assert question_kind(question) == "general"
