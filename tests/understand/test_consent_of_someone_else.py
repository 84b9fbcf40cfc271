"""A consent is the consenting person's own: acted on someone else, it is set aside (b15-064).

- The person acted on is named by an object pronoun or a relative ("add her", "email him", "la
  rajouter", "le rappeler", "write to his wife"); a consent said of a titled person of the other
  gender ("Mr Caradec signed up", "Mme Morel a coché") or of "he"/"she" is that other person's.
- Details passed on by someone else ("he gave us his wife's address", "il nous a laissé le mail
  de sa femme") come from a referral, whatever the giver signed himself: no consent of hers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 10, 5)


def facts(text: str) -> dict:
    return extract(text, ON).known()


@pytest.mark.parametrize(
    "text",
    [
        "Mr Julien Morel ticked the consent box on our sign-up form. Can I email her our spring "
        "offers?",
        "Mrs Anne Leroy opted in to our text offers at the counter. Can I text him the promo too?",
        "M. Paul Girard a coché la case pour recevoir nos offres. Je peux la rajouter à la campagne "
        "e-mail ?",
        "Mme Claire Petit s'est inscrite à nos offres par SMS. Je peux le contacter par SMS demain ?",
    ],
)
def test_a_consent_of_a_person_of_the_other_gender_is_not_read(text: str) -> None:
    read = facts(text)
    assert read.get("consent") != "yes"
    assert decide(extract(text, ON), ON).verdict.value != "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Mr Julien Morel signed up to our newsletter with marketing consent. He also gave us his "
        "sister's email, lea.morel@gmail.com. Can I add her to the promo email campaign?",
        "M. Paul Girard s'est inscrit à notre newsletter et a coché la case d'accord. Il nous a "
        "laissé le mail de sa femme, claire.girard@orange.fr. Je peux lui envoyer nos promos ?",
        "Mme Anne Leroy opted in to our emails and passed us her son's address, tom@free.fr. Can "
        "we send our offers to her son?",
    ],
)
def test_details_passed_on_by_someone_else_are_a_referral_without_consent(text: str) -> None:
    read = facts(text)
    assert read.get("source") == "referral"
    assert read.get("consent") == "no"
    assert decide(extract(text, ON), ON).verdict.value == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Anne Leroy ticked the consent box for our emails on our form. Can I email her our "
        "spring offers?",
        "M. Paul Girard a coché la case pour recevoir nos offres par e-mail sur notre formulaire. "
        "Je peux le contacter par e-mail ?",
    ],
)
def test_the_persons_own_consent_stays(text: str) -> None:
    assert facts(text).get("consent") == "yes"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["Mr", "M.", "Monsieur"]),
    st.sampled_from(["Morel", "Girard", "Dubois"]),
    st.sampled_from(["Can I add her to the email list?", "Can I email her our offers?"]),
)
def test_his_consent_never_allows_writing_to_her(title: str, name: str, ask: str) -> None:
    text = f"{title} Jean {name} ticked our consent box for emails. {ask}"
    assert facts(text).get("consent") != "yes"
