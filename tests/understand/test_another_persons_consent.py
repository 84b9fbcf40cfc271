"""Another named person's consent is not this person's (issue 14).

- A first name in apposition ("a visitor, Julie, signed up", "une cliente, Sophie, a coché") names
  that person: her segment is set aside when the action is about someone else; the scene before
  her (the fair, the shop) is kept for everyone.
- "add Marc to the campaign", "ajouter Paul à la liste": adding someone is an action about them.
- A consent said of "she"/"elle" when the person acted on is a man ("her husband Marc… since she
  consented"), or of "he"/"il" when she is a woman, is the other person's.
- A list of acts shares its denial: "didn't sign or tick anything" is no consent.
- A spouse or a couple is private life: a weak consumer cue, as a fair open to the public is.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from bot.understand.persons import focus, target
from rules import decide

ON = dt.date(2026, 11, 23)


def facts(text: str) -> dict:
    return extract(text, ON).known()


@pytest.mark.parametrize(
    "text",
    [
        "Julie signed up for our text offers at the show. Her husband Marc left us his number. "
        "Can I add Marc to the SMS list since she agreed?",
        "Sophie a accepté de recevoir nos offres par SMS. Son mari Paul nous a laissé son numéro. "
        "Je peux ajouter Paul puisqu'elle a donné son accord ?",
        "Paul a coché la case pour nos SMS. Sa femme Claire nous a donné son numéro. Je peux "
        "envoyer un SMS à Claire vu qu'il a accepté ?",
        "In the shop a customer, Anna, ticked the box for our e-mails. Her brother Tom came too. "
        "Can I include Tom in the newsletter?",
        "Au magasin, une cliente, Léa, s'est inscrite à nos SMS. Son frère Hugo était avec elle. "
        "Je peux ajouter Hugo à la campagne ?",
    ],
)
def test_another_named_persons_consent_is_not_read(text):
    assert facts(text).get("consent") != "yes"
    assert decide(extract(text, ON), ON).verdict.value != "allowed"


def test_the_apposed_persons_scene_is_kept_her_words_are_not():
    text = (
        "At the county fair a visitor, Emma, opted in to our texts. Her husband Leo gave his "
        "number. Can I add Leo to the SMS campaign?"
    )
    kept = focus(text)
    assert "county fair" in kept and "Emma" not in kept and "opted in" not in kept
    assert target(text) == "Leo"


def test_the_targets_own_consent_stays():
    text = "Au salon, une visiteuse, Julie, a coché la case pour nos SMS. Je peux ajouter Julie à la campagne SMS ?"
    assert facts(text).get("consent") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "He gave his number to our hostess but didn't sign or tick anything. Can I text him?",
        "She never signed nor agreed to anything. Can I text her our offers?",
        "Il nous a laissé son numéro mais n'a rien signé ni coché. Je peux lui envoyer un SMS ?",
    ],
)
def test_a_list_of_acts_denied_is_no_consent(text):
    assert facts(text).get("consent") == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Her husband gave us his mobile at the Foire de Paris. Can I text him our offers?",
        "Son mari nous a laissé son portable à la foire. Je peux lui envoyer nos offres par SMS ?",
    ],
)
def test_a_spouse_met_at_a_fair_is_a_consumer(text):
    assert facts(text).get("audience") == "b2c"


_SHE = ["since she consented", "as she agreed", "because she signed up"]
_MEN = ["Marc", "Paul", "Hugo", "Tom"]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_SHE), st.sampled_from(_MEN))
def test_her_consent_never_makes_his(reason, man):
    text = (
        f"Julie signed up to our SMS offers. Her husband {man} gave us his number. "
        f"Can I add {man} to the SMS campaign {reason}?"
    )
    assert facts(text).get("consent") != "yes"
