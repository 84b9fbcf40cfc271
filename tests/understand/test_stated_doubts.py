"""What the rep says they do not know stays unknown, and the rules ask it (round 7):

* which kind an address is ("je sais pas si c'est son perso ou son pro", "not sure whether it's
  her work or her personal email"): the address is neither work nor personal
  (readers/doubted.py `conditions_in_doubt`);
* when a former customer last dealt with us ("can't find when she bought it — could be years
  ago"): the 3-year window cannot be checked (bot/understand/doubts.py);
* a role that gives us the task ("Manager wants me to call her") is our side, not a business
  audience (readers/audience.py); a field named by its definite article ("the flag got lost in
  the CRM") is no note written (readers/action.py);
* a record's field said without its verb ("membership cancelled 12/05/2026") ends the contract,
  and its date is the event's, not the call's (readers/dates.py, lexicon/customer.yaml).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.doubts import doubts
from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 11, 30)
FAST = settings(max_examples=30, deadline=None)


def facts(text: str) -> dict:
    return extract(text, ON).known()


def verdict(text: str) -> str:
    read = extract(text, ON)
    return decide(read, ON, doubts(text, read)).verdict.value


# --- the kind of an address in doubt ----------------------------------------------------------

ADDRESS_KIND_DOUBTED = [
    "Plombier à son compte, on veut lui proposer nos outils pro par mail. J'ai une adresse "
    "en @free.fr mais je ne sais pas si c'est son adresse perso ou pro. Il a été informé "
    "au salon qu'on le démarcherait.",
    "Sole-trader roofer: I have an address at @outlook.com, not sure whether it's his work "
    "email or his personal one. He was told at the fair we'd send offers. Can I email him our "
    "scaffolding range?",
    "Graphiste indépendante, j'ai son mail (prenom.nom@gmail.com), je sais pas si c'est son "
    "mail pro ou perso. On veut lui vendre notre logiciel de facturation par email.",
    "Freelance translator, we have her email but I don't know if it's her personal or work "
    "address. Can we email her our CAT-tool offer? She was informed at sign-up.",
]


@pytest.mark.parametrize("question", ADDRESS_KIND_DOUBTED)
def test_an_address_whose_kind_is_in_doubt_stays_unknown(question):
    assert "address" not in facts(question)
    assert verdict(question) == "needs_info"


def test_a_doubt_about_the_person_leaves_a_plain_address_read():
    # the doubt is whether the person is a trader, not which kind the address is
    read = facts(
        "J'ai son adresse mail pro (nominative). Je sais pas si c'est un pro ou un particulier."
    )
    assert read.get("address") == "professional"


@FAST
@given(
    kind=st.sampled_from(["perso ou pro", "pro ou perso", "personnelle ou professionnelle"]),
    domain=st.sampled_from(["@orange.fr", "@wanadoo.fr", "@laposte.net", "@sfr.fr"]),
)
def test_any_address_kind_in_doubt_is_never_allowed(kind, domain):
    question = (
        f"Électricien à son compte, adresse en {domain}, je sais pas si c'est son adresse "
        f"{kind}. Il a été informé au salon. Je lui envoie notre offre d'outillage par mail ?"
    )
    assert "address" not in facts(question)
    assert verdict(question) != "allowed"


# --- the end of the relationship not found ----------------------------------------------------

WHEN_NOT_FOUND = [
    "Former customer: bought a fridge from us, I can't find when — might be ages ago. She was "
    "informed and never objected. Can we email her our new freezers?",
    "Ancienne cliente (particulière) : elle a acheté un lave-vaisselle chez nous, je ne trouve "
    "pas quand. Informée à l'achat, jamais opposée. On lui envoie un mail pour nos sèche-linge ?",
]


@pytest.mark.parametrize("question", WHEN_NOT_FOUND)
def test_a_former_customer_with_no_end_date_found_is_asked(question):
    read = extract(question, ON)
    assert "retention_expired" in doubts(question, read)
    assert verdict(question) == "needs_info"


# --- our side giving the task; a field already there ------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Boss wants me to call her Thursday at 10am about our spa offer. She is a private person.",
        "Le directeur veut que j'appelle ce monsieur jeudi à 10h pour notre offre de spa.",
        "The sales manager asked us to phone him tomorrow with the new gym offer.",
    ],
)
def test_a_role_giving_us_the_task_is_no_business_audience(question):
    assert facts(question).get("audience") != "b2b"


@pytest.mark.parametrize(
    "question",
    [
        "CRM export: consent yes — but the tag got lost in the migration. Can I email him?",
        "Dans le CRM, le flag opposition a sauté lors de la migration. Je peux lui envoyer un mail ?",
    ],
)
def test_a_field_named_by_its_article_is_no_note_written(question):
    assert facts(question).get("action") != "crm_comment"


# --- a record's field without its verb --------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "Member row: 'Paul Girard | membership cancelled 12/05/2026 | mobile 06 xx | not on Bloctel'",
        "Row: 'A. Petit | contract terminated 03/04/2026 | no objection'",
    ],
)
def test_a_record_field_ends_the_contract_and_dates_the_event(row):
    read = facts(row + ". I want to call her Friday at 11am with a win-back offer.")
    assert read.get("ongoing_contract") == "no"
    assert read.get("date") is None or read["date"] > dt.date(2026, 8, 11)


# --- a doubt covers both terms of an alternative; a channel in doubt ---------------------------

CHANNEL_OF_CONSENT_DOUBTED = [
    "Un client potentiel a coché une case sur notre site, mais je ne me souviens plus si elle "
    "parlait des SMS ou seulement du courrier. Je peux lui envoyer un SMS demain ?",
    "She ticked a box on our sign-up form, but I can't remember whether it covered phone calls "
    "or only email. Can I call her on Thursday at 10am?",
]


@pytest.mark.parametrize("question", CHANNEL_OF_CONSENT_DOUBTED)
def test_a_consent_whose_channel_is_in_doubt_is_asked(question):
    assert "consent" not in facts(question)
    assert verdict(question) == "needs_info"


@FAST
@given(
    doubt=st.sampled_from(
        ["je ne sais plus si", "je sais plus si", "je ne me rappelle plus si", "aucune idée si"]
    ),
    other=st.sampled_from(["seulement des mails", "uniquement des SMS", "juste du courrier"]),
)
def test_a_doubt_between_two_channels_never_reads_a_consent(doubt, other):
    question = (
        f"Il a coché la case du formulaire, mais {doubt} elle parlait des appels ou {other}. "
        "Je l'appelle vendredi à 10h ?"
    )
    assert verdict(question) != "allowed"


# --- an objection only believed ---------------------------------------------------------------

OBJECTION_BELIEVED = [
    "Acheteuse chez un grossiste, mail pro nominatif, informée à la collecte. Je crois qu'elle "
    "s'est désinscrite cet été, mais je ne suis pas sûr. Je lui renvoie notre offre ?",
    "Procurement lead, named work email, informed at collection. My colleague thinks he asked "
    "us to stop last spring, not sure though. Can I email him our new catalogue?",
]


@pytest.mark.parametrize("question", OBJECTION_BELIEVED)
def test_an_objection_only_believed_is_never_allowed(question):
    # a doubt on an objection keeps the restrictive reading (test_unknown_dates_kinds.py)
    assert verdict(question) != "allowed"
