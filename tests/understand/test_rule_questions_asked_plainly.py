"""General questions about a rule get `info`, even with a line about our own tool.

* what to keep as proof of consent, the consent named before ("pour le consentement, on garde
  quoi comme preuve ?"): proof of consent (GDPR 7(1));
* the largest fine "for marketing breaches": a breach of the rules is no data breach (sanctions:
  4 % / 20 M€);
* whether to delete someone who unsubscribed "completely": the opt-out list kept (R9/R27);
* "les horaires autorisés pour appeler", "the permitted hours to call": the calling hours (R17).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "Pour l'opt-in des clients, on conserve quoi comme preuve ? Notre outil stocke juste une case.",
        "About consent: what exactly should we store as proof? Our CRM only has a yes/no flag.",
        "Consentement des abonnés : on doit archiver quoi en guise de preuve ?",
    ],
)
def test_what_to_keep_as_proof_of_consent_is_info(ask, question):
    assert ask(question).verdict.value == "info"


@pytest.mark.parametrize(
    "question",
    [
        "What is the biggest GDPR fine possible for email marketing breaches?",
        "How much can we be fined for breaches of the GDPR in our prospecting?",
        "Quelle est l'amende maximale RGPD pour des manquements en prospection ?",
    ],
)
def test_the_largest_fine_for_breaking_the_rules_gives_the_figures(ask, question):
    a = ask(question)
    assert a.verdict.value == "info"
    text = a.summary + " ".join(a.obligations)
    assert "4 %" in text or "4%" in text or "20 m" in text.lower()


def test_a_data_breach_stays_the_breach_topic(ask):
    a = ask("We had a data breach last night, by when must we notify the CNIL?")
    assert a.verdict.value == "info" and "72" in a.summary


@pytest.mark.parametrize(
    "question",
    [
        "If a customer opts out, should we simply delete him everywhere?",
        "Someone unsubscribed from our newsletter. Do we have to wipe them from all our files?",
        "Quand un prospect se désinscrit, faut-il juste le supprimer de partout ?",
        "Un client s'est désabonné, on doit vraiment tout effacer le concernant ?",
    ],
)
def test_deleting_someone_who_left_is_the_opt_out_list_question(ask, question):
    assert ask(question).verdict.value == "info"


@pytest.mark.parametrize(
    "question",
    [
        "Tu peux me redonner les heures légales pour démarcher des particuliers ? Et le samedi ?",
        "What are the permitted hours to call consumers? Weekends possible?",
        "Remind me of the legal calling hours for consumers please. Sunday ok?",
        "C'est quoi les plages autorisées pour appeler des particuliers ? Le week-end c'est possible ?",
    ],
)
def test_the_allowed_calling_hours_asked_are_info(ask, question):
    assert ask(question).verdict.value == "info"
