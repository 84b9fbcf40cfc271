"""A notice, sign, form text or contract clause saying we would send offers and how to refuse
them is the information at collection (informed=yes); being a description of our process, it is
never the person's objection, and a means to refuse left unused is at most no objection — never a
consent. Objectors taken out by a process ("unsubscribed people are auto-suppressed") object for
nobody left; "does that stop me emailing him?" is a rule that may prevent us, no STOP."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)

NOTICES = [
    "Met an IT director at a trade fair, work email p.lenoir@acme-logistics.fr. The poster on our "
    "stand said we would email visitors our offers and explained how to opt out. Can I email him "
    "our fleet software offer?",
    "Lead from the show: her business card, work email a.dupont@metalex.fr. The lead-scan notice "
    "stated that scanned visitors get our newsletter and can unsubscribe at any time. OK to email "
    "her our maintenance software offer?",
    "Salon pro : le panneau du stand indiquait qu'on enverrait nos offres par mail aux visiteurs "
    "et comment s'y opposer. Un acheteur, m.girard@plastiq.fr, a laissé sa carte. Je peux lui "
    "écrire pour notre logiciel de stock ?",
    "Le formulaire de contact portait la mention « vos coordonnées servent à vous adresser nos "
    "offres, vous pouvez vous y opposer ». Le DAF de Forgex (j.morel@forgex.fr) l'a rempli. Je "
    "peux lui envoyer notre offre de logiciel de trésorerie par mail ?",
    "Client particulier : son contrat de vente contient la clause « nous pourrons vous envoyer "
    "nos offres d'entretien par SMS ; vous pouvez refuser en cochant ici ». Je peux lui envoyer "
    "notre promo révision ?",
    "Consumer customer. The purchase terms he signed say 'we may text you offers on servicing; "
    "you can refuse at any time'. Can I text him our brake check offer?",
]


@pytest.mark.parametrize("question", NOTICES)
def test_a_notice_saying_we_send_offers_and_how_to_refuse_is_information(question):
    facts = extract(question, ON).known()
    assert facts.get("informed") == "yes"
    assert facts.get("objected") != "yes"  # a description of our process, no objection


@pytest.mark.parametrize(
    "question",
    [
        "The poster on our stand never said how to opt out; it said we would email offers. Can I "
        "email the visitors?",
        "The notice didn't say we'd send offers or how to opt out. Can I email her our offer?",
        "Le panneau du stand n'indiquait pas comment s'opposer à nos offres. Je peux leur écrire ?",
    ],
)
def test_a_notice_said_not_to_tell_how_to_refuse_informs_nobody(question):
    assert extract(question, ON).known().get("informed") != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Customer bought a car from us. The contract says we may text offers, and he can refuse by "
        "ticking a box or at any time by replying STOP. He left the box empty. Can I text him our "
        "tyre offer?",
        "Client : on peut refuser par SMS en répondant STOP à tout moment, c'est écrit sur le bon de "
        "commande. Il n'a rien fait. Je lui envoie la promo ?",
    ],
)
def test_stop_told_as_a_means_by_its_gerund_is_no_objection(question):
    facts = extract(question, ON).known()
    assert facts.get("objected") != "yes"
    assert facts.get("consent") != "yes"  # a refusal box left empty is no consent


@pytest.mark.parametrize(
    "question",
    [
        "Insulation is banned for canvassing - does that stop me emailing the facility manager at "
        "his work address about our warehouse insulation?",
        "Would the Bloctel rule stop us calling our business customers on their office lines?",
    ],
)
def test_a_rule_that_may_stop_us_is_no_stop_request(question):
    assert extract(question, ON).known().get("objected") != "yes"


def test_a_stop_request_still_reads_as_an_objection():
    facts = extract("The prospect texted STOP last week. Can I text him again?", ON).known()
    assert facts.get("objected") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Our newsletter sign-up has an unticked consent box and double opt-in. Unsubscribed people "
        "are automatically suppressed. Can we send the consumers the Christmas email?",
        "Inscription newsletter avec case non cochée et double opt-in ; les contacts désinscrits "
        "sont automatiquement retirés. On peut envoyer la newsletter de Noël ?",
    ],
)
def test_objectors_suppressed_by_a_process_leave_no_objection(question):
    assert extract(question, ON).known().get("objected") != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Can we email the unsubscribed contacts our Christmas offer?",
        "On peut renvoyer la newsletter aux clients désinscrits ?",
    ],
)
def test_objectors_named_without_being_removed_are_still_objectors(question):
    assert extract(question, ON).known().get("objected") == "yes"


def test_removed_group_named_after_the_verb_keeps_the_information_before():
    facts = extract(
        "Catalogue papier aux clients particuliers : sur les bons de commande il y a la mention « "
        "vous pouvez vous opposer à l'envoi de notre catalogue », et on a retiré ceux qui ont dit "
        "non. On envoie ?",
        ON,
    ).known()
    assert facts.get("informed") == "yes"
    assert facts.get("objected") == "no"


@pytest.mark.parametrize(
    ("question", "weekday"),
    [
        ("Can we send our consumers the Black Friday email? All opted in.", None),
        ("On envoie la campagne Cyber Monday par mail à nos abonnés ?", None),
        ("Can I call him on Black Friday at 11am?", "friday"),
    ],
)
def test_a_shopping_event_named_after_a_day_is_no_weekday(question, weekday):
    assert extract(question, ON).known().get("weekday") == weekday


@pytest.mark.parametrize(
    "question",
    [
        "Cliente qui a acheté un canapé chez nous ; elle a donné son mail pour la facture. Je "
        "peux lui envoyer nos promos sur les fauteuils ?",
        "Customer bought a sofa in store and gave his email for the invoice. Can I email him our "
        "armchair deals?",
    ],
)
def test_the_invoice_details_were_given_for_is_no_offer(question):
    assert extract(question, ON).known().get("related_offer") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "She's a self-employed physio who works alone. Can I email her about our booking software?",
        "He works for himself as a bookkeeper. Can I email him our accounting software offer?",
    ],
)
def test_works_as_a_verb_names_no_building_works(question):
    assert extract(question, ON).known().get("sector") == "other"
