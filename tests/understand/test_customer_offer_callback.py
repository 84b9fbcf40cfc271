"""Round-2 classes of customer, related offer, call-back, channel, audience and source (issue 11):
a purchase done with is no ongoing contract; a former member is a former customer and a
re-subscription is the same service; the head of a function relates to that function's products
(and analytics is a marketing, sales and IT family); a call-back asked in any words, but not under
a condition, in a question about it or by someone else; a paper mailing is post; followers of a
competitor are the public, picked on the network, and not our customers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 6, 20)


def facts(text: str) -> dict:
    return extract(text, ON).known()


# A purchase done with: no contract running -------------------------------------------------------

DONE = [
    "Il a acheté un canapé chez nous en 2025 (livré, payé, terminé). Je l'appelle pour nos fauteuils ?",
    "She bought a dishwasher from us last year, delivered and paid, nothing pending. Call her about ovens?",
    "Client qui a commandé une cuisine en 2024 : commande livrée et soldée. Je l'appelle ?",
    "He ordered a bike in March, the order is completed. Call him about e-bikes?",
    "Il a acheté un canapé chez nous en 2025. Je l'appelle pour nos nouveaux fauteuils ?",
    "She bought a bike from us two years ago. Can I phone her about e-bikes?",
]


@pytest.mark.parametrize("q", DONE)
def test_a_purchase_done_with_is_no_ongoing_contract(q):
    assert facts(q).get("ongoing_contract") == "no"


@pytest.mark.parametrize(
    "q",
    [
        "Il a acheté une voiture, pas encore livrée ni payée. Je l'appelle pour des pneus ?",
        "He bought a phone plan from us, contract still running, paid monthly. Call him about 5G?",
        "He bought a home insurance policy in 2024. Call him about the premium tier?",
        "Elle a souscrit un abonnement box en 2024. Je l'appelle pour l'option TV ?",
    ],
)
def test_a_purchase_not_done_with_is_not_read_as_ended(q):
    assert facts(q).get("ongoing_contract") != "no"


# Former members and taking the same service again ----------------------------------------------

RESUBSCRIBE = [
    "Ancien abonné de notre salle de sport, abonnement terminé en mars 2026. Je peux lui envoyer "
    "par mail notre offre de réabonnement ?",
    "Former member of our yoga studio, membership ended in May 2026. Can I email her a "
    "re-subscription deal?",
    "Ex-adhérente du club de natation (adhésion finie en avril 2026). Je lui propose par mail de "
    "reprendre son abonnement ?",
    "Former gym member, contract ended 2026-02. Email him to rejoin the gym at a discount?",
]


@pytest.mark.parametrize("q", RESUBSCRIBE)
def test_a_former_member_offered_the_same_service_again(q):
    f = facts(q)
    assert f.get("customer") == "yes" and f.get("ongoing_contract") == "no"
    assert f.get("related_offer") == "yes"


def test_a_re_subscription_denied_is_no_related_offer():
    q = (
        "Ancien abonné de la salle, abonnement terminé en mars 2026. Je lui envoie une offre pour "
        "notre croisière, pas une offre de réabonnement ?"
    )
    assert facts(q).get("related_offer") != "yes"


@pytest.mark.parametrize(
    "q",
    ["a former member of our team now at Acme: email her our CRM?", "un ancien membre du conseil"],
)
def test_a_former_member_of_staff_or_a_board_is_no_former_customer(q):
    assert facts(q).get("customer") != "yes"


# Heads of a function, and analytics ---------------------------------------------------------------

HEADS = [
    "LinkedIn InMail to the Head of Payroll at Norvia about our payroll software?",
    "Mail pro à la responsable paie de Norvia pour notre logiciel de paie ?",
    "Email the procurement lead at Acme (j.doe@acme.com) about our sourcing platform?",
    "Can I email the CMO of Brevix (j.cole@brevix.com) about our analytics tool?",
    "Mail à la directrice marketing de Zeta pour notre outil d'analyse d'audience ?",
    "Mail to the head of IT at Zed (a.b@zed.com) about our BI dashboards?",
]


@pytest.mark.parametrize("q", HEADS)
def test_the_head_of_a_function_and_its_products_are_related(q):
    assert facts(q).get("related_offer") == "yes"


@pytest.mark.parametrize(
    "q",
    [
        "Email the Head of Payroll at Norvia (a.b@norvia.com) about our wine club?",
        "Email the fleet manager at Acme (a.b@acme.com) about our payroll software?",
        "Email the Head of Payroll at Norvia about our payroll software for her personal use?",
        "Can I email the CMO of Brevix about our analytics tool? It's not related to his job.",
    ],
)
def test_another_function_private_life_or_a_denial_is_not_related(q):
    assert facts(q).get("related_offer") != "yes"


@pytest.mark.parametrize(
    "q",
    [
        "Our Head of Payroll wants to email consumers about our payroll software. OK?",
        "Je suis responsable paie et je veux écrire à des particuliers pour notre logiciel de paie ?",
    ],
)
def test_our_own_head_of_a_function_is_not_the_person(q):
    assert facts(q).get("related_offer") != "yes"


# Call-backs asked in other words, and what is not one -------------------------------------------

CALL = " He isn't on Bloctel. Could we call him on Saturday 4 July 2026 at 10am?"
ASKED = [
    "Mr Lemoine wrote to us explicitly asking to be phoned on a Saturday morning about our kitchen.",
    "Customer emailed asking us to ring him on Saturday about the quote.",
    "He specifically requested to be telephoned on Saturday about our windows.",
    "He wants us to phone him on Saturday about the kitchen.",
]
APPEL = " Il n'est pas sur Bloctel. Je l'appelle samedi 4 juillet 2026 à 10h ?"
DEMANDE = [
    "M. Roy nous a écrit en demandant expressément à être appelé un samedi matin pour sa cuisine.",
    "Il souhaite être contacté par téléphone samedi pour sa cuisine.",
]


@pytest.mark.parametrize("q", [a + CALL for a in ASKED] + [d + APPEL for d in DEMANDE])
def test_a_call_asked_for_in_other_words_is_a_callback(q):
    assert facts(q).get("callback") == "yes"


NOT_ASKED = [
    "Mr Lemoine never asked to be phoned.",
    "Mr Lemoine asked not to be phoned on Saturdays.",
    "Did Mr Lemoine ask to be phoned?",
    "Did Mr Lemoine request a callback?",
    "If he asked to be phoned on Saturday, fine.",
    "If he requested a callback, fine.",
    "His neighbour requested a callback; he said nothing.",
    "Mr Lemoine's neighbour asked to be phoned on Saturday; Mr Lemoine said nothing.",
    "Our sales manager asked for Mr Lemoine to be phoned on Saturday.",
]


@pytest.mark.parametrize("q", NOT_ASKED)
def test_no_callback_from_a_denial_a_question_a_condition_or_someone_else(q):
    assert facts(q + CALL).get("callback") != "yes"


# Channel, audience, source ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "Bought a file of household postal addresses from a broker for a paper mailing about our "
        "wine club; our letter will say where we got the address. OK?",
        "On a acheté un fichier d'adresses pour un mailing papier sur notre club de vin. OK ?",
        "We want to send a printed newsletter to consumers from a rented list. Fine?",
    ],
)
def test_a_sending_word_made_physical_is_post(q):
    assert facts(q).get("channel") == "post"


def test_a_paper_word_denied_leaves_the_email():
    assert (
        facts("Envoi d'une newsletter par email à nos clients, pas papier. OK ?")["channel"]
        == "email"
    )


FOLLOWERS = [
    "Instagram DMs to random people who follow our competitor, pitching our skincare line.",
    "Je veux envoyer des messages privés sur Instagram aux abonnés de notre concurrent pour nos cosmétiques.",
    "DM people who liked our competitor's TikTok posts about running shoes?",
    "On écrit en MP Facebook aux membres d'un groupe de jeunes parents pour nos poussettes ?",
]


@pytest.mark.parametrize("q", FOLLOWERS)
def test_people_picked_by_what_they_follow_are_the_public_from_the_network(q):
    f = facts(q)
    assert f.get("audience") == "b2c" and f.get("source") == "social"
    assert f.get("customer") != "yes" and f.get("ongoing_contract") != "yes"


@pytest.mark.parametrize(
    "q",
    [
        "Je veux envoyer des SMS aux clients de notre concurrent pour notre box. OK ?",
        "Can I email our competitor's customers about our broadband deal?",
    ],
)
def test_a_competitors_customers_are_not_ours(q):
    f = facts(q)
    assert f.get("customer") != "yes" and f.get("ongoing_contract") != "yes"


def test_professionals_following_a_competitor_stay_professionals():
    q = "LinkedIn InMail to CFOs who follow our competitor's page about our treasury software?"
    assert facts(q).get("audience") == "b2b"


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["abonnés", "clients", "followers", "customers", "subscribers"]),
    st.sampled_from(["de notre concurrent", "of our competitor", "d'un concurrent", "of a rival"]),
)
def test_nobody_elses_customers_become_ours(who, whose):
    f = facts(f"Email the {who} {whose} about our new offer?")
    assert f.get("customer") != "yes" and f.get("ongoing_contract") != "yes"


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["If he", "Did he", "His wife", "Her colleague", "Did Mr Lemoine"]),
    st.sampled_from(["asked to be phoned", "requested a callback", "asked us to ring him"]),
)
def test_a_callback_never_comes_from_a_condition_a_question_or_another_person(who, asked):
    end = "?" if who.startswith("Did") else "."
    assert facts(f"{who} {asked} on Saturday{end}{CALL}").get("callback") != "yes"
