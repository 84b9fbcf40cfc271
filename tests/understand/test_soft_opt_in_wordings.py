"""Soft opt-in (R2), former customers and consent wording: a French opt-out box ("case
d'opposition") is information at collection; "only the soft opt-in" is no consent (and "we have
soft opt-in" is never read as one); "il ne nous a pas dit qu'on pouvait l'appeler" is no consent;
other ranges than the one bought are no related offer; a booking paid makes a customer; an
express consent to be called outside the D.223-9 hours is the fact offhours_consent, negated or
not; a call about the person's own policy relates to it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 30)
BEFORE_REFORM = dt.date(2026, 8, 1)


def facts(text: str, on: dt.date = ON) -> dict:
    return extract(text, on).known()


def verdict(text: str, on: dt.date = ON) -> str:
    return decide(extract(text, on), on).verdict.value


# --- information at collection: the French opt-out box ----------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "Nos clients particuliers ont acheté une cafetière chez nous, informés à la commande avec "
        "une case de refus. Je peux leur envoyer un mail pour les capsules ?",
        "Clients particuliers : achat d'une imprimante sur notre site, cases d'opposition au "
        "paiement. Un mail pour les cartouches, c'est bon ?",
    ],
)
def test_an_opposition_box_at_checkout_is_information(q):
    assert facts(q).get("informed") == "yes"
    assert verdict(q) == "allowed"


@pytest.mark.parametrize(
    "q",
    [
        "Nos clients particuliers ont acheté une cafetière chez nous, sans case d'opposition à la "
        "commande. Je peux leur envoyer un mail pour les capsules ?",
        "Our consumer customers bought a coffee machine; there was no opt-out box at checkout. "
        "Can I email them about capsules?",
    ],
)
def test_no_opposition_box_is_no_information(q):
    assert facts(q).get("informed") == "no"
    assert verdict(q) == "forbidden"


# --- "soft opt-in only" is no consent -----------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "We only have soft opt-in for our consumer customers who bought bikes. Can I email them "
        "about our new helmets?",
        "Our consumer customers bought bikes from us (soft opt-in only). Can I email them a loan "
        "offer from our subsidiary?",
        "On n'a que le soft opt-in pour nos clients particuliers qui ont acheté des vélos. Je peux "
        "leur envoyer un mail sur les casques ?",
        "Nos clients particuliers ont acheté des vélos ; on s'appuie uniquement sur le soft opt-in. "
        "Je peux leur envoyer l'offre de crédit de notre filiale ?",
    ],
)
def test_the_soft_opt_in_named_as_the_only_ground_is_no_consent(q):
    assert facts(q).get("consent") == "no"
    assert verdict(q) != "allowed" or facts(q).get("related_offer") == "yes"


def test_a_group_companys_offer_on_soft_opt_in_only_is_forbidden():
    q = (
        "Nos clients particuliers ont acheté des vélos ; on s'appuie uniquement sur le soft "
        "opt-in. Je peux leur envoyer par mail l'offre de crédit de notre filiale ?"
    )
    assert verdict(q) == "forbidden"
    q = (
        "Our consumer customers bought bikes from us, soft opt-in only. Can we email them our "
        "parent company's loan offer?"
    )
    assert verdict(q) == "forbidden"


# --- a former customer who never said we could call -----------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "Un ancien client, son abonnement de jardinage chez nous s'est terminé en mars. Il ne m'a "
        "jamais dit que je pouvais le rappeler. Je l'appelle lundi pour une nouvelle formule ?",
        "A former customer, his gardening plan with us ended in March. He never told us we could "
        "phone him. Can I call him next Monday with a new offer?",
    ],
)
def test_a_former_customer_who_never_said_we_could_call(q):
    assert facts(q).get("consent") == "no"
    assert verdict(q) == "forbidden"


# --- other ranges than the one bought -------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "Nos clients particuliers ont acheté de la literie, informés à la commande avec possibilité "
        "de refuser. Je peux leur envoyer par mail des promos sur des gammes différentes ?",
        "Our consumer customers bought garden furniture; they were told at checkout and could opt "
        "out. Can I email them deals on product lines other than what they bought?",
    ],
)
def test_other_ranges_than_the_one_bought_are_not_related(q):
    assert facts(q).get("related_offer") == "no"
    assert verdict(q) == "forbidden"


# --- a booking paid makes a customer --------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "A family booked (and paid for) a pottery class with us in May. Can I email them?",
        "Une famille a réservé (et payé) un atelier poterie chez nous en mai. Je peux leur écrire ?",
    ],
)
def test_a_booking_paid_is_a_customer(q):
    assert facts(q).get("customer") == "yes"


# --- express consent to be called outside the hours (D.223-9 al. 2, until 2026-08-10) --------

CONTRACT_EN = (
    "On Monday 3 Aug 2026 at 8:15 I'd call a consumer with an ongoing energy contract about her "
    "contract. "
)
CONTRACT_FR = (
    "Le lundi 3 août 2026 à 8h30, j'appelle une cliente particulière qui a un contrat d'assurance "
    "en cours, au sujet de sa police. "
)


@pytest.mark.parametrize(
    "q",
    [
        CONTRACT_EN + "She signed a written consent to be called before 9am. OK?",
        CONTRACT_FR + "Elle nous a donné par écrit son accord exprès pour être appelée avant 9h.",
    ],
)
def test_an_express_consent_to_early_calls_is_offhours_consent(q):
    assert facts(q, BEFORE_REFORM).get("offhours_consent") == "yes"
    assert verdict(q, BEFORE_REFORM) == "allowed"


@pytest.mark.parametrize(
    "q",
    [
        CONTRACT_EN + "She didn't consent to be called before 9am. OK?",
        CONTRACT_FR + "Elle ne nous a jamais donné son accord pour être appelée avant 9h.",
    ],
)
def test_a_denied_consent_to_early_calls_is_none(q):
    assert facts(q, BEFORE_REFORM).get("offhours_consent") == "no"
    assert verdict(q, BEFORE_REFORM) == "forbidden"


@pytest.mark.parametrize(
    "q",
    [
        CONTRACT_EN + "She said she might agree to be called before 9am. OK?",
        CONTRACT_EN + "Her colleague says she consented to be called before 9am. OK?",
        CONTRACT_EN + "She consented to our marketing calls. OK?",
    ],
)
def test_an_early_call_consent_hedged_reported_or_general_is_not_read(q):
    assert facts(q, BEFORE_REFORM).get("offhours_consent") is None
    assert verdict(q, BEFORE_REFORM) != "allowed"
