"""Objection and information: a STOP our messages carry is a means, not an objection; a box's
wording ("cochez ici pour refuser") is no ticking; a request to stop is one whatever stands between
the asking and the stop; what we told a person by mouth ("je lui ai dit que je lui enverrais…",
"we told visitors we'd send them offers") informs them; a relative's or colleague's objection is
not the person's when the person is said not to have done the same."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 11, 23)


def facts(text: str) -> dict:
    return extract(text, ON).known()


# A STOP placed in our messages --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Clients prévenus à l'achat qu'ils recevraient nos offres par sms, STOP en bas de chaque "
        "sms. Je peux leur envoyer la promo ?",
        "Our customers were told at checkout about our texts; STOP at the end of every text. Send?",
        "Abonnés informés à l'inscription, avec « STOP » pour se désinscrire dans le sms. On envoie ?",
        "Customers informed at purchase, STOP in the footer of each message. Can we text them?",
    ],
)
def test_a_stop_our_messages_carry_is_no_objection(text):
    assert facts(text).get("objected") != "yes"


@given(
    where=st.sampled_from(
        [
            "en bas de chaque sms",
            "en fin de message",
            "à la fin de chaque sms",
            "dans chaque sms",
            "dans tous nos sms",
            "en pied de message",
            "sur chaque envoi",
        ]
    ),
    head=st.sampled_from(["STOP", "« STOP »", "un STOP", "Stop"]),
)
@settings(max_examples=30, deadline=None)
def test_property_a_stop_placed_in_our_messages_is_never_an_objection(where, head):
    text = f"Clients informés à l'achat de nos offres par sms, {head} {where}. On envoie la promo ?"
    assert facts(text).get("objected") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Le client a répondu STOP à notre dernier sms. Je peux lui renvoyer une offre ?",
        "She texted STOP last week. Can we send her the promo?",
        "Il a envoyé STOP en réponse. On le relance ?",
    ],
)
def test_a_stop_sent_back_is_still_an_objection(text):
    assert facts(text).get("objected") == "yes"


# The wording of a box is no ticking ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cliente e-shop. A la commande : 'vous recevrez nos offres, cochez ici pour refuser' et elle "
        "n'a pas coché. Je lui envoie notre promo par mail ?",
        "Client en magasin. Sur le bon de commande « cochez pour refuser nos offres », il n'a rien "
        "coché. On peut lui écrire ?",
    ],
)
def test_a_box_to_refuse_left_unticked_is_informed_and_no_objection(text):
    read = facts(text)
    assert read.get("objected") == "no"
    assert read.get("informed") == "yes"


def test_a_box_to_refuse_ticked_is_an_objection():
    text = (
        "A la commande, case 'cochez ici pour refuser nos offres' : elle l'a cochée. On lui écrit ?"
    )
    assert facts(text).get("objected") == "yes"


def test_you_can_refuse_here_is_the_information():
    text = (
        "Nos abonnés salle de sport (abonnement chez nous). A l'inscription : « vous recevrez nos "
        "offres, vous pouvez refuser ici » avec case. On leur envoie un sms promo ?"
    )
    read = facts(text)
    assert read.get("informed") == "yes"
    assert read.get("objected") != "yes"


# A request to stop, whatever stands between ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Une cliente nous a demandé la semaine dernière d'arrêter les appels commerciaux. Je l'appelle ?",
        "Il m'a demandé hier au téléphone de ne plus le contacter. Je lui envoie un mail ?",
        "She asked us last week to stop calling her. Can I email her?",
        "> Bonjour, merci de ne plus m'envoyer vos emails. Cordialement\n\nJe peux l'appeler ?",
        "Réponse reçue : je ne suis pas intéressé. Je le rappelle demain ?",
    ],
)
def test_a_request_to_stop_is_an_objection(text):
    assert facts(text).get("objected") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Il n'a jamais demandé la semaine dernière d'arrêter les appels. Client en contrat, je l'appelle ?",
        "She never asked us last week to stop calling. Customer with a contract, can I call?",
    ],
)
def test_a_denied_request_to_stop_is_none(text):
    assert facts(text).get("objected") != "yes"


def test_our_own_asking_to_stop_is_no_objection():
    text = "J'ai demandé à mon équipe d'arrêter les appels le samedi. Je peux appeler ce client lundi ?"
    assert facts(text).get("objected") != "yes"


# Told by mouth ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rencontré au salon, je lui ai dit de vive voix que je lui enverrais notre offre et qu'il "
        "pouvait me dire stop à tout moment. Je lui envoie un message LinkedIn ?",
        "At our booth we told visitors we'd send them offers by text and they could reply STOP "
        "anytime. Can I text him about our sensors?",
        "I told her I'd send her info on our software and that she can tell me to stop anytime. "
        "OK to send her an InMail?",
    ],
)
def test_what_we_told_by_mouth_informs(text):
    read = facts(text)
    assert read.get("informed") == "yes"
    assert read.get("objected") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "We never told visitors we'd send them offers. Can I text him?",
        "Let's say we told visitors we'd send them offers at the fair. Can I text him?",
        "Je ne lui ai jamais dit que je lui enverrais des offres. Je lui écris ?",
        "I think I told her I'd send her info. OK to send an InMail?",
    ],
)
def test_told_denied_hedged_or_supposed_does_not_inform(text):
    assert facts(text).get("informed") != "yes"


# Another person's objection ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Laura Finch, HR Director. Her assistant unsubscribed from our mailings last month, Laura "
        "herself did not. I want to email Laura about our HR software.",
        "Marc Dupont, directeur achats. Son assistante s'est désinscrite de la newsletter, Marc non. "
        "Je peux envoyer un mail à Marc ?",
    ],
)
def test_a_colleagues_objection_is_not_the_persons(text):
    assert facts(text).get("objected") == "no"


@pytest.mark.parametrize(
    "text",
    [
        # nothing says the person did not: the objection may have been made for them
        "Laura Finch, HR Director. Her assistant unsubscribed from our mailings last month. I want "
        "to email Laura about our HR software.",
        "Son assistante s'est désinscrite de la newsletter. Je peux envoyer un mail à Marc ?",
    ],
)
def test_a_colleagues_objection_alone_is_not_set_aside(text):
    assert facts(text).get("objected") == "yes"


# A possibility now is no information given ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I found his number on a website, he can always object, can I call him?",
        "J'ai trouvé son numéro sur un site, il peut toujours refuser, je l'appelle ?",
        "Si elle n'est pas intéressée elle peut répondre STOP. Je lui envoie le sms ?",
    ],
)
def test_a_possibility_now_is_no_information(text):
    assert facts(text).get("informed") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Carte laissée au salon, il sait qu'il peut se désinscrire. Je lui envoie un mail ?",
        "A l'inscription : « vous recevrez nos offres, vous pouvez refuser ici ». Mail ?",
        "Our booth screen said we'd send offers and she could unsubscribe. Email her?",
        "Elle pouvait refuser à l'inscription. Je lui envoie un mail ?",
    ],
)
def test_a_possibility_told_known_or_past_informs(text):
    assert facts(text).get("informed") == "yes"


@given(
    modal=st.sampled_from(["ne pouvait pas", "n'a jamais pu", "ne peut pas"]),
    before=st.sampled_from(["", "Si elle n'est pas d'accord, ", "A l'inscription, "]),
)
@settings(max_examples=20, deadline=None)
def test_property_the_modals_own_negation_denies_the_information(modal, before):
    text = f"{before}elle {modal} refuser nos offres. Je lui envoie un mail ?"
    assert facts(text).get("informed") != "yes"
