"""Four classes read without a permissive guess (round 3 of batch7's wrong allowed).

- Being ASKED whether one accepts is no acceptance ("on lui a demandé si elle acceptait",
  "asked whether she agreed", "on lui a proposé de s'inscrire"); a denied asking ("je ne crois
  pas qu'on lui ait demandé", "I don't think we ever asked", "personne ne lui a proposé") is no
  consent (bot/understand/readers/consent.py).
- An opt-in to PARTNERS' offers is a partner consent (R11), never a consent to us, unless our
  own offers are named beside them (consent.py).
- A CRM note whose content is named but not given ("what the client told me", "his personal
  situation", "des infos sur sa vie") is of no known kind: factual needs the content
  (readers/comments.py, lexicon/comments.yaml `undisclosed`).
- A list named in a relative clause of its purchase ("une liste de particuliers qu'on a
  achetée", "a file of 2,000 households we purchased") is a bought list (readers/source.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


def fact(text: str, name: str) -> str | None:
    value = getattr(extract(text, ON), name)
    return None if value is None else getattr(value, "value", value)


ASKED_ONLY = [
    "On lui a demandé si elle acceptait de recevoir nos offres par SMS. Je lui envoie une promo ?",
    "We asked her whether she agreed to receive our promotions by email. Can I email her?",
    "On leur a proposé de s'abonner à la newsletter au moment de l'achat. Je leur envoie ?",
    "We offered him to sign up for our newsletter at checkout; no answer. Can we email him?",
    "The form asked them if they consented to our SMS offers. Can we text them?",
]


@pytest.mark.parametrize("text", ASKED_ONLY)
def test_being_asked_whether_one_accepts_is_no_consent(text):
    assert fact(text, "consent") != "yes"


ASKING_DENIED = [
    "Je ne crois pas que, à aucun moment dans le formulaire de devis qu'elle a rempli, on lui ait "
    "demandé si elle acceptait de recevoir nos promos par SMS. Je lui envoie le SMS promo ?",
    "I don't think we ever asked him whether he agreed to get our offers by SMS. Can I text him?",
    "Personne ne lui a proposé de s'inscrire à notre newsletter. Je peux lui envoyer la newsletter ?",
    "Never asked whether she consented to our marketing emails. Email her a promo?",
]


@pytest.mark.parametrize("text", ASKING_DENIED)
def test_a_denied_asking_is_no_consent(text):
    assert fact(text, "consent") == "no"


def test_an_answer_given_to_the_question_is_still_read():
    text = (
        "On lui a demandé si elle acceptait de recevoir nos promos par SMS, elle a dit oui et coché "
        "la case (non pré-cochée). Je lui envoie le SMS promo ?"
    )
    assert fact(text, "consent") == "yes"


PARTNERS_ONLY = [
    # (on a bought or co-registered list, an unnamed partner consent is asked instead:
    # test_coregistration_partners_named.py)
    "On our giveaway page users ticked 'I agree to receive partner offers by email'. Can we "
    "email them ours?",
    "Le client a coché « J'accepte de recevoir les offres des partenaires par e-mail ». On peut lui "
    "envoyer nos offres par mail ?",
    "Users ticked 'I agree to receive offers from our partners by SMS'. Can we text them our promo?",
    "She opted in to partner marketing on a sweepstakes site. Can we email her our offers?",
]


@pytest.mark.parametrize("text", PARTNERS_ONLY)
def test_an_opt_in_to_partners_offers_is_no_consent_to_us(text):
    assert fact(text, "consent") != "yes"
    assert fact(text, "partner_consent") == "yes"


def test_our_offers_named_beside_the_partners_are_consented():
    text = (
        "Ils ont coché « J'accepte de recevoir les offres de la marque et de ses partenaires par "
        "email » (case vide par défaut). Email promo ?"
    )
    assert fact(text, "consent") == "yes"


UNDISCLOSED_NOTES = [
    "can i write in the CRM what the client told me about his personal situation? it helps for "
    "the follow up",
    "Je peux noter dans le CRM ce que la cliente m'a confié sur sa situation familiale ? ça aide "
    "pour le suivi",
    "Est-ce que je peux mettre des infos sur sa vie dans la fiche CRM du prospect ? pour relancer",
    "Can I add a CRM note about her private life? it'd help with the follow-up",
    "Je note dans le CRM ce qu'il m'a dit au téléphone, pour le rappeler ?",
]


@pytest.mark.parametrize("text", UNDISCLOSED_NOTES)
def test_a_note_whose_content_is_not_given_is_of_no_known_kind(text):
    assert fact(text, "comment_kind") is None


@pytest.mark.parametrize(
    "text",
    [
        "Can I log in the CRM what he told me: he prefers calls in the morning?",
        "Je peux noter dans le CRM qu'il préfère être rappelé le matin ?",
    ],
)
def test_a_note_whose_content_is_given_stays_factual(text):
    assert fact(text, "comment_kind") == "factual"


def test_a_sensitive_content_named_stays_sensitive():
    assert fact("Puis-je noter dans le CRM ce qu'il m'a dit sur sa maladie ?", "comment_kind") == (
        "sensitive"
    )


BOUGHT_RELATIVE = [
    "Courrier postal à une liste de particuliers qu'on a achetée pour notre nouvelle gamme de vins. "
    "On peut ?",
    "Can we email the list of consumers that we bought last month from a website?",
    "Le fichier de commerçants que la boîte a acheté l'an dernier : on peut les appeler ?",
    "J'ai un fichier de prospects qu'on a payé 500 euros, je peux leur envoyer un SMS ?",
    "A file of 2,000 households we purchased in March: can we send them our catalogue by post?",
]


@pytest.mark.parametrize("text", BOUGHT_RELATIVE)
def test_a_list_bought_in_a_relative_clause_is_purchased(text):
    assert fact(text, "source") == "purchased"


def test_customers_who_bought_from_us_are_no_bought_list():
    text = "Une liste de clients qui ont acheté chez nous en 2025 : je peux leur envoyer un mail ?"
    assert fact(text, "source") != "purchased"


@settings(max_examples=25, deadline=None)
@given(
    who=st.sampled_from(["elle", "il", "le client", "la cliente"]),
    verb=st.sampled_from(["acceptait", "voulait", "était d'accord pour"]),
    what=st.sampled_from(["nos promos par SMS", "nos offres par e-mail", "la newsletter"]),
)
def test_a_question_put_never_reads_as_consent(who, verb, what):
    text = f"On a demandé si {who} {verb} recevoir {what}. Je peux lui envoyer une offre ?"
    assert fact(text, "consent") != "yes"
