"""The writer's own business against the person's, and whose customers they are.

- A question opening on the writer's trade ("Fleuriste, petite boîte.", "I'm a portrait
  photographer.", "je suis boulanger") names what we sell, never the job of the person: a word of
  two families ("un buffet") reads as what that trade sells, and the trade makes no professional
  audience or job of the person.
- The customers of the firm the writer left ("les clients de la boîte que j'ai quittée") are that
  firm's: neither ours (no soft opt-in) nor consenting to us.
- A webmail address a professional publishes as their business's contact is their work address.
- A document a professional asked us for in their own words relates to their job.
- A pharmacist named in the feminine ("la pharmacienne") is a professional.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.doubts import doubts
from bot.understand.extract import extract
from bot.understand.readers.requested import asked_for_it
from bot.understand.text import fold
from rules import decide

ON = dt.date(2026, 12, 1)


def _verdict(question: str) -> str:
    facts = extract(question, ON)
    return decide(facts, ON, doubts(question, facts)).verdict.value


@pytest.mark.parametrize(
    "question",
    [
        "Petit traiteur ici, on bosse surtout pour les mariages. Des familles ont acheté un buffet "
        "chez nous pour leurs fêtes ; la facture disait qu'on leur enverrait nos offres par mail "
        "avec possibilité de refuser, aucune n'a refusé. On peut leur mailer nos plateaux-repas "
        "de Noël ?",
        "We're a small caterer. Private clients ordered a buffet from us in the spring; the order "
        "form told them we'd email our catering offers and they could say no, none did. Can we "
        "email them our Christmas menu?",
    ],
)
def test_the_writers_catering_trade_reads_a_buffet_as_a_meal(question: str) -> None:
    facts = extract(question, ON)
    assert facts.customer == "yes"
    assert facts.related_offer == "yes"
    assert _verdict(question) == "allowed"


def test_a_buffet_with_no_catering_trade_stays_furniture() -> None:
    # a furniture shop's customer who bought a sideboard, offered a restaurant's menu: unrelated
    question = (
        "Des clients particuliers ont acheté un buffet dans notre magasin, informés et sans "
        "opposition. Je peux leur envoyer par mail le menu de notre restaurant partenaire ?"
    )
    assert extract(question, ON).related_offer != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "I'm a portrait photographer. A family bought a photo session from me in March; my booking "
        "page said I'd email about future sessions and they could opt out, and they didn't. Can "
        "I email them about a winter family photo session?",
        "Je suis photographe de mariage. Un couple m'a acheté une séance photo l'an "
        "dernier ; le contrat disait que je pourrais leur écrire par mail pour d'autres séances "
        "et qu'ils pouvaient refuser, ils n'ont rien refusé. Je peux leur proposer par mail une "
        "séance photo de famille ?",
    ],
)
def test_a_photographers_customers_offered_another_session(question: str) -> None:
    facts = extract(question, ON)
    assert facts.customer == "yes"
    assert facts.related_offer == "yes"
    assert _verdict(question) == "allowed"


@pytest.mark.parametrize(
    "question",
    [
        "Je suis plombier, petite boîte. Je veux envoyer un SMS à des particuliers trouvés dans "
        "l'annuaire pour leur proposer un entretien de chaudière.",
        "I'm a freelance electrician. Can I send an SMS to some homeowners from a list I bought, "
        "offering my rewiring services? No consent.",
    ],
)
def test_the_writers_trade_makes_no_professional_audience(question: str) -> None:
    facts = extract(question, ON)
    assert facts.audience != "b2b"
    assert _verdict(question) == "forbidden"


def test_a_trade_then_a_third_person_is_the_persons_job() -> None:
    # the trade opening the question, said of someone found: the person, not the writer
    question = (
        "Plombier trouvé sur les Pages Jaunes, je peux lui envoyer un mail sur son adresse pro "
        "pour lui présenter notre logiciel de devis pour plombiers ?"
    )
    assert extract(question, ON).audience == "b2b"


@pytest.mark.parametrize(
    "question",
    [
        "J'ai quitté la boîte où je travaillais pour créer ma société. J'ai récupéré le fichier "
        "des clients particuliers de la boîte : je peux leur écrire par mail pour présenter mon "
        "offre ?",
        "I just left the firm I was at to go solo, and I still have a spreadsheet of the firm's "
        "private customers with their emails. Can I email them about my new services?",
    ],
)
def test_the_customers_of_a_firm_the_writer_left_are_not_ours(question: str) -> None:
    facts = extract(question, ON)
    assert facts.customer == "no"
    assert facts.consent == "no"
    assert _verdict(question) == "forbidden"


def test_our_own_customers_stay_ours_after_leaving_a_former_job() -> None:
    question = (
        "I left my old company two years ago and started my own shop. Customers who bought a "
        "bike from my shop were told at checkout they'd get emails and could opt out; none did. "
        "Can I email them about bike servicing?"
    )
    assert extract(question, ON).customer == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Une graphiste indépendante, adresse marie.graphisme@gmail.com relevée sur la page contact "
        "de son site. Je peux lui envoyer un mail de prospection ?",
        "A freelance plumber lists bob.plumbing@hotmail.com on the contact page of his website. "
        "Can I email him a pitch?",
    ],
)
def test_a_webmail_published_for_a_business_is_a_work_address(question: str) -> None:
    facts = extract(question, ON)
    assert facts.address == "professional"
    assert _verdict(question) == "needs_info"  # the offer is unknown: tied to the trade or not?


def test_a_webmail_with_no_business_site_stays_personal() -> None:
    question = "An electrician gave me bob.sparks@gmail.com at a party. Can I email him a pitch?"
    assert extract(question, ON).address == "personal"


@pytest.mark.parametrize(
    "question",
    [
        "Message du prospect : « Bonjour, pouvez-vous m'envoyer votre grille tarifaire et une "
        "étude de cas sur mon mail pro ? Claire, directrice administrative ». Je lui envoie ?",
        'Reply from a lead: "Thanks for the call, could you send me over your rate card and a '
        'reference list at my work address? Sam, Procurement Manager". OK to send?',
    ],
)
def test_a_document_a_professional_asked_for_relates_to_the_job(question: str) -> None:
    assert extract(question, ON).related_offer == "yes"


def test_the_reps_own_request_is_no_request_of_the_person() -> None:
    # not quoted: the rep asking us, not the person asking for a document; negated: none
    assert not asked_for_it(fold("Could you send me the rules for emailing a CFO our deck?"))
    assert not asked_for_it(fold("She never asked for our brochure, can I email it?"))
    assert asked_for_it(fold("He asked us to send him our price list last week."))


@pytest.mark.parametrize(
    "question",
    [
        "Je veux appeler l'avocate associée du cabinet, sur la ligne du cabinet, pour lui "
        "présenter notre logiciel de gestion de dossiers juridiques.",
        "Puis-je appeler la pharmacienne d'une officine de quartier, sur la ligne de l'officine, "
        "pour lui proposer notre terminal de caisse pour pharmacies ?",
    ],
)
def test_a_professional_named_in_the_feminine_is_b2b(question: str) -> None:
    assert extract(question, ON).audience == "b2b"


@pytest.mark.parametrize(
    "question",
    [
        "Électricien, petite structure. Je veux envoyer un SMS à des gens d'un fichier acheté "
        "pour proposer nos services, c'est ok ?",
        "Plumber here. Can I email people from a rented list about our drain-cleaning deal?",
    ],
)
def test_an_opening_trade_is_the_writers_not_the_audience(question: str) -> None:
    assert extract(question, ON).audience != "b2b"


@pytest.mark.parametrize(
    "question",
    [
        "Self-employed plumber, business email: can I offer him a spa weekend for his family?",
        "Plombier indépendant, entreprise en nom propre : je peux lui proposer un week-end spa ?",
    ],
)
def test_a_trade_then_its_business_details_describes_the_person_not_us(question):
    # "business email" and "entreprise en nom propre" describe the plumber: he is the person
    assert extract(question, ON).related_offer != "yes"
