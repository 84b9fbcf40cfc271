"""Notices and refusal boxes. A box or notice to refuse that the person left alone ("untick to
refuse", "none of them ticked it") is the information at collection and no objection; a box
labelled with a refusal ("a 'no offers please' box") informs though its label is a negation; what
our first message will tell (where we got the details, an unsubscribe link) is the information
at first contact; "never offered them a way to refuse" informs nobody. A box the person did tick
to refuse is their objection, and a free account's holders count as reached in a sale only once
told at sign-up and able to object (R2b)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 12, 1)


def _verdict(question: str) -> str:
    return decide(extract(question, ON), ON).verdict.value


@pytest.mark.parametrize(
    "question",
    [
        "Members of our wine club paid their yearly fee in March. The sign-up sheet said we would "
        "post them our catalogue, with a box to refuse; not one of the members ticked it. Can we "
        "send them the spring catalogue by post?",
        "Nos adhérents ont payé leur cotisation ; le bulletin annonçait l'envoi de notre catalogue "
        "par courrier avec une case pour refuser, aucun d'entre eux ne l'a cochée. On peut leur "
        "poster le catalogue de printemps ?",
    ],
)
def test_a_refusal_box_nobody_ticked_informs_and_is_no_objection(question):
    facts = extract(question, ON).known()
    assert facts.get("informed") == "yes"
    assert facts.get("objected") == "no"
    assert _verdict(question) == "allowed"


@pytest.mark.parametrize(
    "question",
    [
        "A customer ordered running shoes online; the order page showed 'tips on our running gear "
        "by email, uncheck to refuse' and she left it as it was, she didn't uncheck. Can I email "
        "her our trail shoes?",
        "Un client a acheté une tondeuse chez nous ; à la commande il fallait décocher pour refuser "
        "nos offres jardin par mail, il n'a pas décoché. Je peux lui envoyer notre offre de "
        "débroussailleuses ?",
    ],
)
def test_untick_to_refuse_left_alone_is_no_objection(question):
    facts = extract(question, ON).known()
    assert facts.get("objected") != "yes"
    assert facts.get("informed") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "She bought a bike from us and ticked the box to refuse offers at checkout. Can I text "
        "her our helmets?",
        "Le client a coché pour refuser nos offres à la commande. Je peux lui envoyer un SMS sur "
        "nos casques ?",
    ],
)
def test_a_refusal_box_the_person_ticked_is_an_objection(question):
    assert extract(question, ON).known().get("objected") == "yes"
    assert _verdict(question) == "forbidden"


@pytest.mark.parametrize(
    "question",
    [
        "Customers who bought a sofa from us: the delivery form had a clear 'no promotional "
        "emails' box, none of them ticked it. Can we email them our armchairs?",
        "Clients qui ont acheté un canapé : le bon de livraison avait une case « je ne veux pas "
        "de mails promo », aucun ne l'a cochée. On peut leur envoyer nos fauteuils par mail ?",
    ],
)
def test_a_box_labelled_with_a_refusal_informs(question):
    facts = extract(question, ON).known()
    assert facts.get("informed") == "yes"
    assert facts.get("objected") != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Customers who bought a sofa: there was no 'no promotional emails' box on the form. Can "
        "we email them our armchairs?",
        "If there was a 'no promo emails' box at checkout, can we email our customers?",
    ],
)
def test_a_refusal_box_denied_or_supposed_informs_nobody(question):
    assert extract(question, ON).known().get("informed") != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Carpenter working alone, I found his work address on his shop's site. My first letter "
        "tells where we found it and has an opt-out link. Can I email him?",
        "Électricien à son compte, numéro pro trouvé sur son site ; en l'appelant je lui dirai "
        "d'où on tient ses coordonnées et qu'il peut refuser. Je peux l'appeler ?",
    ],
)
def test_what_our_first_contact_will_tell_is_information(question):
    assert extract(question, ON).known().get("informed") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Carpenter working alone, work address found on his site. My first email will say where "
        "we found it but has no opt-out link. Can I email him?",
        "Électricien à son compte ; je ne lui dirai pas d'où on tient son numéro. Je peux "
        "l'appeler ?",
    ],
)
def test_a_first_contact_without_the_means_or_the_source_informs_nobody(question):
    assert extract(question, ON).known().get("informed") != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Des particuliers se sont inscrits à notre newsletter de recettes ; on ne leur a jamais "
        "offert de s'opposer à nos offres ni demandé leur consentement. On peut leur envoyer nos "
        "promos par mail ?",
        "Consumers registered on our recipes site; we never gave them the option to opt out of "
        "marketing. Can we email them our deals?",
    ],
)
def test_never_offered_a_way_to_refuse_informs_nobody(question):
    facts = extract(question, ON).known()
    assert facts.get("informed") == "no"
    assert facts.get("consent") == "no"
    assert _verdict(question) == "forbidden"


@pytest.mark.parametrize(
    "question",
    [
        "Un club de tennis veut nous transmettre les adresses postales de ses membres pour notre "
        "catalogue papier. Ses membres ont été informés à l'adhésion de la transmission à des "
        "partenaires et pouvaient s'y opposer. On peut envoyer le catalogue ?",
    ],
)
def test_another_firms_members_told_of_the_transmission_are_informed(question):
    assert extract(question, ON).known().get("informed") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "People with a free plan on our note-taking app were told at sign-up they could opt out of "
        "our offers; none did. Can we email them about the paid plan of the same app?",
        "Des utilisateurs ont un compte gratuit sur notre appli de notes ; à l'inscription une case "
        "permettait de refuser nos offres, aucun ne l'a cochée. On peut leur envoyer un mail pour "
        "la version payante de la même appli ?",
    ],
)
def test_a_free_account_told_at_sign_up_counts_as_a_sale(question):
    assert extract(question, ON).known().get("customer") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "People with a free plan on our note-taking app; nobody told them anything about offers at "
        "sign-up. Can we email them about the paid plan?",
        "Des utilisateurs ont un compte gratuit sur notre appli de notes. On peut leur envoyer un "
        "mail pour la version payante ?",
    ],
)
def test_a_free_account_not_told_is_no_sale(question):
    assert extract(question, ON).known().get("customer") != "yes"
    assert _verdict(question) != "allowed"
