"""An open question (what, which, how, any tips…) that names no word of the field's law is outside
the field, even when a channel or a campaign is its context; one that names such a word is not
(bot/understand/kinds.yaml `open_off_field`, read after every other cue)."""

from __future__ import annotations

import pytest

from bot.understand.kind import question_kind


@pytest.mark.parametrize(
    "question",
    [
        "Quel objet de mail donne le meilleur taux d'ouverture pour notre campagne de janvier ?",
        "Comment je fais un publipostage dans Word pour le courrier de relance papier ?",
        "Which font size reads best in our SMS-to-landing-page banner?",
        "Any ideas for a subject line for the webinar invitation email?",
        "How do I merge two spreadsheets of the phone campaign results in Excel?",
    ],
)
def test_an_open_question_with_no_word_of_the_law_is_off_field(question):
    assert question_kind(question) == "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "Quelles mentions doit contenir un SMS promotionnel ?",
        "Which hours can we call consumers on weekdays?",
        "Combien de temps on peut garder les données d'un prospect ?",
        "How do I prove consent for our newsletter sign-ups?",
        "What do we risk if we email a bought list?",
    ],
)
def test_an_open_question_of_the_law_stays_in_the_field(question):
    assert question_kind(question) != "off_field"


def test_an_open_question_off_field_is_answered_out_of_scope(ask):
    answer = ask("Quel visuel mettre dans l'e-mail de la campagne de Noël ?")
    assert answer.verdict.value == "out_of_scope"
