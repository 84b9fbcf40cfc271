"""B2B calls and e-mails a careful reader settles (round 12):

- A work line named by the workplace ("sa ligne fixe de bureau", "his work number") is a
  professional line; the switchboard of the person's firm ("le standard de son entreprise", "the
  firm's switchboard") is a generic company line (lexicon/address.yaml).
- A training bought by a company for its people ("pour ses équipes", "for her staff",
  in-company) or offered to the person who buys training for the firm (an HR director reached at
  work) is no CPF training: the CPF is a person's own account (readers/sector.py). A building
  firm's trade named with its legal form ("le gérant d'une SAS de couverture") is the recipient's
  business, not the offer's sector.
- A sole trader approached about works on their own home ("pour rénover sa maison", "about
  insulating his house") is a consumer (R6): the energy-renovation phone ban applies.
- A sentence that is only the rep introducing themselves ("Graphiste freelance.") makes no
  business of one of the person contacted.
- A form described with its data-protection notice and opt-out link is information at collection;
  a link in our e-mails is not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 24)


def _value(text: str, key: str) -> str | None:
    read = getattr(extract(text, ON), key)
    return read.value if read is not None and hasattr(read, "value") else read


def _verdict(text: str) -> str:
    return decide(extract(text, ON), ON).verdict.value


@pytest.mark.parametrize(
    "text",
    [
        "Je peux joindre la comptable de la société Dumas sur son numéro de bureau ?",
        "Puis-je appeler le directeur d'usine sur son téléphone fixe de travail ?",
        "Can I ring the plant manager on her office line about our maintenance software?",
    ],
)
def test_a_line_named_by_the_workplace_is_professional(text: str) -> None:
    assert _value(text, "address") == "professional"


@pytest.mark.parametrize(
    "text",
    [
        "J'appelle le responsable achats sur le standard de son entreprise pour nos palettes.",
        "I'll ring the buyer through the firm's switchboard about our pallets.",
        "Calling the head of logistics via the company switchboard to pitch our racking.",
    ],
)
def test_the_switchboard_of_their_firm_is_a_generic_line(text: str) -> None:
    assert _value(text, "address") == "generic"


@pytest.mark.parametrize(
    "text",
    [
        "Le responsable RH d'une ETI m'a laissé son mail pro sur notre stand ; il a été informé "
        "et peut se désinscrire. Je lui envoie nos formations en prise de parole pour ses "
        "collaborateurs ?",
        "The HR manager of a retailer gave me her work e-mail at our booth, was told she'd get "
        "our offers and could opt out. Can I send her our negotiation training for her sales team?",
        "Je veux écrire à la DRH d'un groupe hôtelier sur son mail pro pour notre offre de "
        "formation à l'accueil client ; elle a été informée au salon et peut s'opposer.",
        "Can I email the head of HR of a bank at her work address about our leadership training? "
        "She was told at the fair we'd write and that she could opt out.",
    ],
)
def test_a_training_for_the_company_is_not_cpf(text: str) -> None:
    assert _value(text, "sector") == "other"
    assert _verdict(text) == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        # the people the training is for are not the firm's own: a CPF pitch stays possible
        "Je veux envoyer par mail nos formations pour les salariés en reconversion.",
        # the rep is the training manager, not the person contacted
        "Je suis responsable formation dans un organisme, je veux appeler un comptable pour nos "
        "formations.",
        "Can I text people about our training? They can use their personal training account.",
    ],
)
def test_a_training_not_said_for_a_company_is_not_read_as_other(text: str) -> None:
    assert _value(text, "sector") != "other"


def test_cpf_named_beside_staff_stays_cpf() -> None:
    text = "On propose au DRH une formation CPF pour ses salariés, je l'appelle ?"
    assert _value(text, "sector") == "cpf"


@pytest.mark.parametrize(
    "text",
    [
        "Je veux appeler le patron d'une SAS de couverture sur sa ligne pro pour notre logiciel "
        "de planning ; je l'ai vu au salon, il sait qu'il peut refuser.",
        "Calling the boss of a small roofing company on his office line about our scheduling "
        "software; met him at a fair, he knows he can say no.",
    ],
)
def test_the_recipients_building_trade_is_not_the_offers_sector(text: str) -> None:
    assert _value(text, "sector") == "other"


def test_software_called_in_to_a_building_firm_is_allowed() -> None:
    text = (
        "Je veux appeler le patron d'une SAS de couverture sur sa ligne pro pour notre logiciel "
        "de planning ; je l'ai vu au salon, il sait qu'il peut refuser."
    )
    assert _verdict(text) == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Un plombier auto-entrepreneur : je voudrais l'appeler pour isoler son logement, c'est du "
        "B2B ?",
        "A self-employed florist: can I phone him about insulating his home? He runs a business.",
    ],
)
def test_a_sole_trader_about_works_on_their_home_is_a_consumer(text: str) -> None:
    assert _value(text, "audience") == "b2c"
    assert _verdict(text) == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Graphiste freelance. Je veux appeler la directrice marketing d'une PME sur le standard "
        "de son entreprise pour mes services.",
        "Freelance copywriter here. I want to call the marketing director of a bank via the "
        "company switchboard about my services.",
    ],
)
def test_the_reps_own_introduction_is_not_the_person(text: str) -> None:
    assert _value(text, "address") == "generic"


@pytest.mark.parametrize(
    "text",
    [
        "Le DAF a rempli notre formulaire au salon (mention RGPD et lien de désinscription). Je "
        "peux lui envoyer notre offre d'affacturage sur son mail pro ?",
        "The CFO filled in our form at the fair (GDPR notice and unsubscribe link on it). Can I "
        "email him our invoice-factoring offer at his work address?",
    ],
)
def test_a_form_with_its_notice_and_opt_out_informs(text: str) -> None:
    assert _value(text, "informed") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Le DAF a rempli notre formulaire au salon et nos mails ont un lien de désinscription. Je "
        "peux lui envoyer notre offre d'affacturage sur son mail pro ?",
        "The CFO filled in our form at the fair and our e-mails carry an unsubscribe link. Can I "
        "email him our invoice-factoring offer at his work address?",
    ],
)
def test_a_link_in_our_emails_is_no_information_at_collection(text: str) -> None:
    assert _value(text, "informed") != "yes"
    assert _verdict(text) != "allowed"
