"""Contracts, call logs and Bloctel results about the one person asked about.

- A contract said to be ongoing with us ("whose contract with us is ongoing") makes a customer
  with a contract running (R15 exception before 2026-08-11).
- A contract held with us that may have ended ("a (ou avait ?) un contrat chez nous", "took out
  the policy with us… may have lapsed") is a customer whose running contract is asked, never a
  non-customer (R16/R17d).
- A log of calls made, day/month with their outcome, counts the calls in the 30 days before the
  planned call (R17: at most 4).
- "Bloctel check says he's registered" is the check's result: on Bloctel (R15).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.doubts import doubts
from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 20)


def _verdict(question: str) -> str:
    facts = extract(question, ON)
    return decide(facts, ON, doubts(question, facts)).verdict.value


@pytest.mark.parametrize(
    "question",
    [
        "On 15 June 2026 at 10am we called a private individual whose energy contract with us is "
        "ongoing, about a cheaper plan for that same energy contract. He is on Bloctel. Was it OK?",
        "Le 15 juin 2026 à 10h on a appelé un particulier dont le contrat d'énergie avec nous est "
        "toujours en cours, pour une formule moins chère de ce même contrat d'énergie. Il est sur "
        "Bloctel. C'était OK ?",
    ],
)
def test_a_contract_said_ongoing_makes_a_customer(question: str) -> None:
    facts = extract(question, ON)
    assert facts.customer == "yes"
    assert facts.ongoing_contract == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Can I call Mr Roche on Tuesday at 10 about an upgrade of his alarm plan? Private person, "
        "he took out the plan with us in 2023, it may have expired since, I'm not sure. No consent.",
        "Mme Girard, particulière, a (ou avait ?) un abonnement de box chez nous, je ne sais pas si "
        "elle a résilié. Je voudrais l'appeler mardi à 10h pour une option TV. Pas de consentement.",
    ],
)
def test_a_contract_that_may_have_ended_is_asked(question: str) -> None:
    facts = extract(question, ON)
    assert facts.customer == "yes"
    assert facts.ongoing_contract is None
    assert _verdict(question) == "needs_info"


@pytest.mark.parametrize(
    "question",
    [
        "CRM entry for Ms Blake (agreed to be phoned by us): called 2/11 voicemail, 9/11 no answer, "
        "16/11 no answer, 23/11 voicemail. My team lead wants one more try on Thu 26/11 at 11am. OK?",
        "Note CRM pour Mme Roux (a accepté d'être appelée par nous) : appelée le 2/11 répondeur, "
        "9/11 pas de réponse, 16/11 répondeur et 23/11 pas de réponse. Le manager veut une dernière "
        "tentative le jeudi 26/11 à 11h. Je peux ?",
    ],
)
def test_a_call_log_counts_the_calls_made(question: str) -> None:
    facts = extract(question, ON)
    assert facts.calls_30d == 4
    assert facts.audience != "b2b"
    assert _verdict(question) == "forbidden"


def test_old_calls_of_a_log_fall_out_of_the_window() -> None:
    question = (
        "Mme Petit, particulière, a accepté d'être appelée par nous. Appelée le 2/9 répondeur, "
        "9/11 pas de réponse. Je peux la rappeler le jeudi 26/11 à 11h ?"
    )
    assert extract(question, ON).calls_30d == 1


@pytest.mark.parametrize(
    "question",
    [
        "Call planned on 5 May 2026 to a consumer who never bought from us, about our gardening "
        "service. The DNC lookup shows he's registered. Can we call?",
        "Appel prévu le 5 mai 2026 chez un particulier qui n'a jamais rien acheté chez nous. Le "
        "contrôle Bloctel indique qu'il est inscrit. On peut l'appeler ?",
    ],
)
def test_a_bloctel_check_said_registered(question: str) -> None:
    assert extract(question, ON).bloctel == "yes"


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        # the word "checked" beside a plain statement of the result: the result counts
        (
            "Appel le 12 mai 2026 chez une particulière, jamais cliente, pour nos fenêtres. J'ai "
            "contrôlé et sa ligne est bien sur Bloctel. On appelle quand même ?",
            "yes",
        ),
        (
            "Calling a private person on 12 May 2026, never a customer. We verified it and her "
            "number is listed on the DNC list. Still fine to call?",
            "yes",
        ),
        # a negated statement is no listing, nor another line's listing
        (
            "Appel le 12 mai 2026 chez des particuliers, jamais clients. Aucun d'eux n'est sur "
            "Bloctel, on a vérifié la semaine dernière. On appelle ?",
            "no",
        ),
        (
            "Calling a private person on 12 May 2026. Her son's mobile is on Bloctel, but we "
            "checked her own landline against Bloctel and it came back clean. OK?",
            "no",
        ),
        (
            "Appel le 12 mai 2026 chez une particulière, jamais cliente. J'ai vérifié, sa ligne "
            "n'est pas sur Bloctel. On appelle ?",
            "no",
        ),
        (
            "Calling a private person on 12 May 2026, never a customer. I checked: her number is "
            "not on Bloctel. OK to call?",
            "no",
        ),
    ],
)
def test_a_checked_number_said_on_bloctel_is_listed(question: str, listed: str) -> None:
    assert extract(question, ON).bloctel == listed
    if listed == "yes":  # before 2026-08-11, a listed non-customer is not called (R15)
        facts = extract(question, dt.date(2026, 5, 12))
        assert (
            decide(facts, dt.date(2026, 5, 12), doubts(question, facts)).verdict.value
            == "forbidden"
        )
