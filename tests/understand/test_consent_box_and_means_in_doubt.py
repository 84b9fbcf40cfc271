"""Two consents that are no plain statement of one to this means, asked rather than taken:

- a box the rep cannot say was ticked by the person or ticked in advance ("I don't remember if it
  was pre-checked", "je ne sais plus si elle était précochée"): a real tick or none (R7);
- a consent to "our offers" naming no means, for a call or an SMS to a consumer: consent is given
  per means (L.223-1 since 2026-08-11, L.34-5), so the means of the consent is asked.
"""

import datetime as dt

import pytest

from bot.pipeline import Pipeline
from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


def _verdict(pipeline: Pipeline, question: str) -> str:
    return pipeline.ask(question, ON, surface="eval", record=False).verdict.value


@pytest.mark.parametrize(
    "question",
    [
        "Our signup page had a box 'Send me your deals by email'. I can't remember whether it was pre-ticked. Can we email those consumers?",
        "Sur notre formulaire, la case « je veux recevoir vos offres par mail » : je ne sais plus si elle était précochée. On peut écrire à ces particuliers ?",
        "Les clients ont coché « recevoir les promos par email », mais pas sûr que la case n'était pas déjà cochée. On envoie la promo ?",
    ],
)
def test_a_box_perhaps_ticked_in_advance_leaves_consent_asked(
    question: str, pipeline: Pipeline
) -> None:
    read = extract(question, ON)
    assert read.consent is None or read.consent.value != "yes"
    assert _verdict(pipeline, question) == "needs_info"


@pytest.mark.parametrize(
    "question",
    [
        "A customer (private individual) agreed to receive our offers. Can I ring her tomorrow?",
        "Un client particulier nous a donné son accord pour nos promotions. Je peux l'appeler jeudi ?",
        "Une abonnée a accepté de recevoir nos offres. Je peux lui envoyer un SMS ?",
    ],
)
def test_a_consent_naming_no_means_is_asked_for_calls_and_texts(
    question: str, pipeline: Pipeline
) -> None:
    assert _verdict(pipeline, question) == "needs_info"


@pytest.mark.parametrize(
    "question",
    [
        "Une cliente a accepté d'être appelée pour nos offres, je peux l'appeler ?",
        "A consumer customer agreed to receive our offers by SMS. Can I text her?",
        "Nos clients particuliers ont coché eux-mêmes la case « recevoir les offres par email » (non pré-cochée). On peut leur envoyer la promo ?",
    ],
)
def test_a_consent_naming_its_means_stays(question: str) -> None:
    assert extract(question, ON).consent.value == "yes"
