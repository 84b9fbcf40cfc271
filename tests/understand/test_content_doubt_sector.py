"""Round-2 classes: a message sent without its opt-out or sender however the dropping is said
(readers/content.py), a doubt whether consenting was the price of the advantage (R8,
readers/consent.py ``condition_doubt``), never being told we could get in touch (consent=no),
the STOP mention of a message is no objection, and works that may be a banned sector
(readers/sector.py ``ambiguous``) are never read as sector=other.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


def fact(text: str, key: str) -> str | None:
    value = getattr(extract(text, ON), key)
    return value.value if value is not None and hasattr(value, "value") else value


DROPPED_OPT_OUT = [
    "Consented consumers. SMS campaign, but marketing says the STOP mention eats characters so we'll drop it this time.",
    "Clients opt-in, campagne SMS : la mention STOP prend trop de place, on va la virer pour cette fois.",
    "Newsletter to opted-in subscribers: the unsubscribe link looks ugly so we're leaving it out.",
    "Newsletter aux abonnés qui ont consenti : on zappe le lien de désinscription ce mois-ci, ok ?",
    "SMS promo aux clients consentants, on met pas le STOP pour gagner de la place. C'est bon ?",
    "Opted-in consumers: the footer with the unsubscribe button will be cut from this email. OK?",
    "Newsletter to opted-in consumers, can we drop the unsubscribe link?",
]


@pytest.mark.parametrize("text", DROPPED_OPT_OUT)
def test_an_opt_out_taken_out_of_the_message_is_no_opt_out(text: str) -> None:
    assert fact(text, "message_content") == "no_opt_out"


@pytest.mark.parametrize(
    "text",
    [
        "Emails to consenting customers, but we'll skip our company name in the sender field. OK?",
        "Pour la campagne mail aux inscrits, notre nom de marque on le retire de l'expéditeur. ok?",
    ],
)
def test_a_sender_taken_out_is_no_sender(text: str) -> None:
    assert fact(text, "message_content") == "no_sender"


@pytest.mark.parametrize(
    "text",
    [
        # people who used the opt-out were taken off the list: the message keeps it
        "Customers told at purchase and able to opt out. Every email has an unsubscribe link and a "
        "few people used it, we removed them. Can I send the promo to everyone else?",
        "La cliente a cliqué sur le lien de désinscription, on la retire du fichier. On peut écrire "
        "aux autres clients consentants ?",
        "We'll send an SMS to consenting customers and we will keep the STOP mention. Fine?",
    ],
)
def test_the_opt_out_kept_or_people_removed_is_not_a_message_without_opt_out(text: str) -> None:
    assert fact(text, "message_content") is None


@pytest.mark.parametrize(
    "text",
    [
        "We'll send an SMS to consenting customers and we will keep the STOP mention. Fine?",
        "On envoie un SMS aux clients qui ont consenti, on garde bien le STOP à la fin. Ok ?",
        "SMS promo aux clients consentants, on met pas le STOP pour gagner de la place.",
    ],
)
def test_the_stop_mention_of_a_message_is_no_objection_either_way(text: str) -> None:
    assert fact(text, "objected") is None


@pytest.mark.parametrize(
    "text",
    [
        "Il a répondu STOP à notre dernier SMS. Je peux lui renvoyer une promo ?",
        "She texted stop last week, can I text her again about our sale?",
    ],
)
def test_a_stop_sent_by_the_person_stays_an_objection(text: str) -> None:
    assert fact(text, "objected") == "yes"


CONDITION_DOUBTS = [
    "Pr notre tirage au sort en magasin, les gens laissent leur mail et cochent une case pour "
    "recevoir nos offres. Je sais pas si la case était obligatoire pour jouer. On peut leur envoyer la newsletter ?",
    "For our contest people tick a box to get our offers. Not sure whether ticking it was required to enter.",
    "Jeu concours: les participants ont coché la case newsletter, mais j'ignore si on pouvait participer sans la cocher.",
    "Giveaway, entrants opted in to our emails — no idea if the opt-in was mandatory to take part.",
    "People ticked the box to receive our offers when they entered the draw; I can't tell if the box was compulsory.",
]


@pytest.mark.parametrize("text", CONDITION_DOUBTS)
def test_a_doubt_whether_consent_was_a_condition_is_never_consent(text: str) -> None:
    assert fact(text, "consent") not in ("yes",)
    assert fact(text, "consent") is None  # asked (R8), not presumed forced either


def test_a_condition_stated_or_denied_still_reads() -> None:
    forced = (
        "Pour notre tirage au sort, la case pour recevoir nos offres était obligatoire pour jouer."
    )
    free = (
        "Pour notre tirage au sort, les gens cochent une case pour recevoir nos offres, elle "
        "n'était pas obligatoire pour jouer. On peut leur envoyer la newsletter ?"
    )
    assert fact(forced, "consent") == "bundled"
    assert fact(free, "consent") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "J'ai un particulier, jamais client, et il n'a jamais dit qu'on pouvait l'appeler. Je l'appelle demain ?",
        "A consumer, not a customer, never told us we could call him. Can I phone him tomorrow?",
        "Mme Roux ne nous a jamais autorisés à la contacter. Je lui envoie un mail promo ?",
        "He hasn't allowed us to email him, can we send the newsletter anyway?",
    ],
)
def test_never_saying_we_could_get_in_touch_is_no_consent(text: str) -> None:
    assert fact(text, "consent") == "no"


@pytest.mark.parametrize(
    "text",
    [
        "On vend des travaux de rénovation pour particuliers. Je peux envoyer des mails à nos prospects ?",
        "We do home renovation for consumers; can we text prospects who opted in to our promos?",
        "Entreprise de chauffage: SMS aux particuliers qui ont coché la case pour nos offres, ok ?",
        "On vend des fenêtres, mail aux particuliers qui ont consenti à recevoir nos promotions ?",
        "We sell training courses to individuals who opted in. Can we email them our products?",
    ],
)
def test_works_that_may_be_a_banned_sector_are_never_other(text: str) -> None:
    assert fact(text, "sector") != "other"


def test_works_said_not_to_be_energy_stay_other() -> None:
    assert (
        fact(
            "On vend des assurances, mail aux particuliers qui ont consenti à nos offres ?",
            "sector",
        )
        == "other"
    )


_WORKS = st.sampled_from(
    ["rénovation", "travaux", "chauffage", "fenêtres", "formation", "renovation works"]
)
_OTHER = st.sampled_from(["produits", "services", "promos", "abonnements", "offres"])


@settings(max_examples=20, deadline=None)
@given(works=_WORKS, other=_OTHER)
def test_a_generic_word_never_turns_ambiguous_works_into_other(works: str, other: str) -> None:
    text = f"On vend des {works} aux particuliers, je peux leur envoyer nos {other} par mail ?"
    assert fact(text, "sector") != "other"


@pytest.mark.parametrize(
    "text",
    [
        "Un magazine déco veut louer les adresses postales de nos clients pour un courrier papier. On peut ?",
        "A partner (travel insurer) wants part of our customer file for its own email campaigns. Fine?",
        "An insurance broker asked us for our subscriber list to email them its offers. Can we?",
        "Une banque nous demande notre fichier prospects pour ses campagnes SMS, on peut le lui donner ?",
        "A charity would like the emails of our members for its fundraising. OK?",
    ],
)
def test_another_firm_asking_for_our_data_is_sharing_the_list(text: str) -> None:
    assert fact(text, "action") == "share_list"


@pytest.mark.parametrize(
    "text",
    [
        "We want to use our customer file to email our own offers. OK?",
        "Notre partenaire nous a envoyé ses offres, on peut les relayer à nos clients par mail ?",
    ],
)
def test_using_our_own_data_is_no_sharing(text: str) -> None:
    assert fact(text, "action") is None


def test_objectors_excluded_in_the_present_leave_the_rest_not_objecting_and_informed() -> None:
    text = (
        "Courrier papier à nos clients informés à la collecte et libres de s'opposer ; on va "
        "retirer ceux qui se sont opposés. On peut ?"
    )
    assert fact(text, "objected") == "no"
    assert fact(text, "informed") == "yes"
    assert (
        fact(
            "Il s'est désinscrit la semaine dernière. Je peux lui envoyer un courrier ?", "objected"
        )
        == "yes"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Our newsletter signup has an unticked checkbox 'Yes, send me Lumio's offers by email'. "
            "Can marketing send promo emails to the consumers who ticked it?",
            "yes",
        ),
        (
            "Sur notre site, une case non cochée « Je veux recevoir les offres de Lumio par SMS ». "
            "On peut envoyer un SMS promo aux particuliers qui l'ont cochée ?",
            "yes",
        ),
        (
            "Our form has a pre-ticked box 'send me offers'. Can we email the consumers who ticked it?",
            "pre_ticked",
        ),
        (
            "The checkout has a box 'I accept the terms and to receive offers'. Email the consumers who ticked it?",
            "bundled",
        ),
        (
            "Our form has an unticked box 'send me offers'. Can we email the consumers who didn't tick it?",
            None,
        ),
    ],
)
def test_the_people_who_ticked_the_box_described(text: str, value: str | None) -> None:
    assert fact(text, "consent") == value
