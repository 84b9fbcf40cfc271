"""A negation reaches past a parenthetical insertion to its verb, and other negation and box classes.

* "il ne m'a, à aucun moment, donné son accord", "he has not, at any point, agreed": the denied
  verb comes after an insertion between commas, brackets or dashes (bot/understand/context.py,
  ``across_insertion`` in lexicon/modifiers.*.yaml) — never a consent;
* a denial shared by a list ("no scraping tool or extension") denies each member (source.yaml);
* "case NON pré-cochée « J'accepte… », cochée par eux": the set-up of the box is no act and no
  denial, the person's ticking after the opt-in's words is (consent.yaml);
* an advantage one can have without the act ("on peut jouer SANS la cocher") and an aim that
  needs the act ("to enter you MUST subscribe") (advantage.yaml).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.context import insertions_opened
from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)
FAST = settings(max_examples=30, deadline=None)


def facts(text: str) -> dict:
    return extract(text, ON).known()


@pytest.mark.parametrize(
    "text",
    [
        "Il ne m'a, à aucun moment et par aucun moyen, donné son accord pour être appelé.",
        "Particulier. Il ne nous a, à aucun moment, donné son accord pour recevoir des SMS.",
        "He has not, at any point or by any means, agreed to be called.",
        "Il n'a, selon moi, jamais donné son accord pour être appelé.",
        "He hasn't (as far as I know) agreed to be called.",
        "Elle n'a — à ma connaissance — jamais accepté d'être appelée.",
    ],
)
def test_negation_across_an_insertion_denies_consent(text: str) -> None:
    assert facts(text).get("consent") in (None, "no")


@pytest.mark.parametrize(
    "text",
    [
        "Il ne m'a, à aucun moment et par aucun moyen, donné son accord pour être appelé.",
        "He has not, at any point or by any means, agreed to be called.",
    ],
)
def test_negation_across_an_insertion_reads_no(text: str) -> None:
    assert facts(text).get("consent") == "no"


def test_a_plain_consent_after_a_comma_stays_yes() -> None:
    # the insertion rule needs the negation right before it: a later statement is its own
    text = "Il n'a pas répondu, on l'a relancé, il a donné son accord pour être appelé."
    assert facts(text).get("consent") == "yes"


def test_insertions_opened_keeps_the_words() -> None:
    folded = "il ne m'a, a aucun moment, donne son accord"
    assert insertions_opened(folded) == "il ne m'a a aucun moment donne son accord"
    assert insertions_opened("il a donne, hier, son accord") == "il a donne, hier, son accord"


_INSERTIONS_FR = st.sampled_from(
    [
        "à aucun moment",
        "selon moi",
        "à ma connaissance",
        "à aucun moment et par aucun moyen",
        "ni par écrit ni à l'oral",
        "je te le confirme",
        "d'après le CRM",
        "en tout cas pas à nous",
    ]
)
_INSERTIONS_EN = st.sampled_from(
    [
        "at any point",
        "as far as I know",
        "at any point or by any means",
        "according to the CRM",
        "to be clear",
        "in writing or orally",
    ]
)
_MARKS = st.sampled_from([(", ", ", "), (" (", ") "), (" — ", " — ")])


@FAST
@given(_INSERTIONS_FR, _MARKS, st.sampled_from(["jamais ", "pas ", ""]))
def test_property_no_french_insertion_makes_a_denied_consent_yes(
    inserted: str, marks: tuple[str, str], word: str
) -> None:
    opening, closing = marks
    if not word and "aucun" not in inserted and "ni " not in inserted:
        word = "jamais "
    text = (
        f"Ce particulier ne m'a{opening}{inserted}{closing}{word}donné son accord pour être appelé."
    )
    assert facts(text).get("consent") != "yes"


@FAST
@given(_INSERTIONS_EN, _MARKS, st.sampled_from(["has not", "hasn't", "did not", "never"]))
def test_property_no_english_insertion_makes_a_denied_consent_yes(
    inserted: str, marks: tuple[str, str], negation: str
) -> None:
    opening, closing = marks
    verb = "agree" if negation == "did not" else "agreed"
    text = f"This consumer {negation}{opening}{inserted}{closing}{verb} to be called."
    assert facts(text).get("consent") != "yes"


def test_a_denial_shared_by_a_list_is_no_scraping() -> None:
    text = (
        "Can I send a LinkedIn InMail to the IT director of a hospital group about our audit "
        "service? I found her profile by searching manually, no scraping tool or extension."
    )
    assert facts(text).get("source") != "scraped"
    used = "On a pris ses coordonnées avec une extension Chrome qui récupère les emails. On peut lui écrire ?"
    assert facts(used).get("source") == "scraped"


def test_a_box_not_preticked_then_ticked_by_them_is_consent() -> None:
    text = (
        "Campagne SMS :\n- cible : particuliers inscrits via notre site\n"
        "- case NON pré-cochée « J'accepte de recevoir les offres de Décor par SMS », cochée par eux\n"
        "On peut y aller ?"
    )
    assert facts(text).get("consent") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # the box set up only: nobody said they ticked it
        "Particuliers, SMS promo ? On a une case non pré-cochée « J'accepte de recevoir les offres par SMS ».",
        "Particuliers, SMS promo ? La case « J'accepte de recevoir les offres par SMS », non cochée par eux.",
    ],
)
def test_a_box_described_is_no_consent(text: str) -> None:
    assert facts(text).get("consent") != "yes"


def test_playing_without_ticking_is_an_alternative() -> None:
    text = (
        "Jeu concours sur notre site : une case (décochée par défaut) « recevoir notre newsletter », "
        "mais on peut jouer SANS la cocher. On peut envoyer la newsletter aux particuliers ?"
    )
    found = facts(text)
    assert found.get("consent_for_advantage") == "yes"
    assert found.get("advantage_without_consent") == "yes"


def test_an_aim_that_takes_the_act_is_a_price() -> None:
    text = (
        "Prize draw on our Insta for consumers: to enter you MUST subscribe to our SMS promos, "
        "there's no other way in. Can we text the entrants?"
    )
    found = facts(text)
    assert found.get("consent_for_advantage") == "yes"
    assert found.get("advantage_without_consent") == "no"


def test_an_offer_for_a_personal_thing_is_private_life() -> None:
    text = (
        "J'appelle un expert-comptable sur la ligne de son cabinet pour lui vendre une assurance "
        "auto pour sa voiture perso. Il ne m'a jamais donné son accord."
    )
    assert facts(text).get("audience") == "b2c"
