"""Time: old data, guessed dates, silence (R25/R28, R17b, R7).

* a sign-up, collection or consent dated longer ago than the 3-year retention period, with no
  later click or reply said: the last active contact is asked, never presumed recent;
* a consent date said as a guess or as alternatives ("peut-être en 2025", "2026 or late 2025"):
  asked, never read as a firm date keeping a phone consent valid;
* the silent ones of an opt-out mailing counted as opted in: consent implied, invalid.
"""

from __future__ import annotations

import pytest

OLD_COLLECTION = [
    "Ce particulier s'est inscrit à notre newsletter sur notre site (case cochée par lui) en "
    "2021, il n'a jamais commandé. Je peux lui envoyer notre nouveau catalogue par mail ?",
    "We collected this buyer's work email at a trade show in March 2023 (told he could object, "
    "offer tied to his job). Never a customer. Can I email him our new range today?",
    "Lead B2B (adresse pro, offre liée à son métier, informé avec droit d'opposition) collecté "
    "soit en septembre 2023 soit en février 2024. Il a ouvert nos mails mais je ne sais pas "
    "s'il a cliqué. Je le relance par mail ?",
]


@pytest.mark.parametrize("question", OLD_COLLECTION)
def test_data_collected_before_the_retention_period_ask_the_last_active_contact(ask, question):
    answer = ask(question)
    assert answer.verdict.value == "needs_info"
    assert "retention_expired" in [m.fact for m in answer.missing_facts]


@pytest.mark.parametrize(
    "question",
    [
        "We collected this buyer's work email at a trade show in March 2025 (told he could "
        "object, offer tied to his job). Never a customer. Can I email him our new range today?",
    ],
)
def test_a_collection_within_the_period_is_not_asked(ask, question):
    answer = ask(question)
    assert "retention_expired" not in [m.fact for m in answer.missing_facts]


GUESSED_CONSENT_DATE = [
    "Un particulier a accepté d'être appelé par nous (formulaire sur notre site), je crois que "
    "c'était en mars 2026. Je peux l'appeler pour notre offre d'assurance habitation ?",
    "A consumer agreed to be phoned by us via our web form, maybe in 2025, can't say for sure. "
    "Can I call him about our home insurance?",
    "Ce particulier a consenti à être appelé par nous en 2026 ou fin 2025, je peux l'appeler "
    "pour notre offre box internet ?",
]


@pytest.mark.parametrize("question", GUESSED_CONSENT_DATE)
def test_a_guessed_phone_consent_date_is_asked(ask, question):
    answer = ask(question)
    assert answer.verdict.value == "needs_info"
    assert answer.facts.get("consent_date") is None
    assert "consent_expired" in [m.fact for m in answer.missing_facts]


SILENCE_COUNTED = [
    "We texted our old contest entrants 'text STOP to refuse future offers'; almost nobody did. "
    "Can we count the remaining 1 200 people as opted-in consumers for our SMS deals?",
    "On a envoyé un mail à 3 000 particuliers : « Répondez NON si vous ne voulez plus de nos "
    "offres ». 25 ont répondu NON. On peut considérer les 2 975 autres comme inscrits et leur "
    "envoyer nos promos ?",
]


@pytest.mark.parametrize("question", SILENCE_COUNTED)
def test_the_silent_ones_counted_as_opted_in_are_no_consent(ask, question):
    answer = ask(question)
    assert answer.facts["consent"] == "implied"
    assert answer.verdict.value == "forbidden"
