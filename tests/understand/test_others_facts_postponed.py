"""Objection, information and customers: whose facts they are, and what is no objection.

- objectors taken out of the list in any tense ("we've already removed everyone on our
  do-not-contact list"): the rest did not object;
- a postponement in the person's own words ("not now, try me again in Q1") is no objection;
- "does the ban stop us?" is the rep's question, not a STOP;
- a box to say no left unticked ("(pas cochée)", "unticked"): informed, no objection;
- another person's objection, named by kin or by role ("sa femme … nous a demandé de ne plus la
  contacter", "le DSI s'est désinscrit"), is set aside when the person contacted is plainly said
  not to have objected; a relative's contract is not the person's ("c'est son mari qui est client");
- the customers of another company ("la base clients de son ancienne boîte") are not ours; the
  current members of our club are customers under a contract.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


def facts(question: str) -> dict:
    return extract(question, ON).known()


@pytest.mark.parametrize(
    "question",
    [
        "We bought a B2B list; each contact was told at collection they could object. We've "
        "already removed everyone on our do-not-contact list. Can we email them?",
        "Email to our B2B prospects: we've filtered out everyone on our suppression list. OK?",
        "I've already excluded all the contacts on our opt-out list before the campaign. Fine?",
    ],
)
def test_objectors_removed_in_the_perfect_tense_leave_no_objection(question):
    assert facts(question).get("objected") == "no"


@pytest.mark.parametrize(
    "question",
    [
        "We haven't removed anyone on our do-not-contact list yet. Can we email the file?",
        "If we remove everyone on our do-not-contact list, can we email the rest?",
    ],
)
def test_a_removal_denied_or_supposed_gives_no_plain_no_objection(question):
    assert facts(question).get("objected") != "no"


@pytest.mark.parametrize(
    "question",
    [
        "Called the IT director last week. He said 'not now, try me again in Q1, we're "
        "mid-migration'. Can I call him in January?",
        "Il m'a répondu « pas maintenant, rappelez-moi en janvier ». Je peux le rappeler ?",
        "She told me 'call me back next month, busy now'. OK to call her again?",
    ],
)
def test_a_postponement_is_no_objection(question):
    assert facts(question).get("objected") == "no"


@pytest.mark.parametrize(
    "question",
    [
        "He said 'not interested, don't call me again'. Can I try in Q1?",
        "Il a dit « ne me rappelez plus ». Je peux le rappeler en janvier ?",
    ],
)
def test_a_refusal_stays_an_objection_beside_a_later_date(question):
    assert facts(question).get("objected") == "yes"


def test_a_postponement_denied_is_no_statement():
    assert facts("He never said 'call me back in March'. Can I call him?").get("objected") != "no"


@pytest.mark.parametrize(
    "question",
    [
        "Want to email a facilities manager we met at a trade show. Does the canvassing ban stop us?",
        "Can anything stop me from texting our members about the new classes?",
    ],
)
def test_stop_as_a_verb_of_the_rep_is_no_objection(question):
    assert facts(question).get("objected") is None


def test_a_stop_replied_is_still_an_objection():
    assert facts("He replied STOP to our last SMS. Can I text him again?").get("objected") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Une cliente a acheté du vin en boutique, on lui a dit qu'on lui enverrait nos offres et "
        "elle avait une case pour refuser (pas cochée). Je peux lui mailer ?",
        "At checkout she had a box to refuse our offers, unticked. Can I email her?",
    ],
)
def test_a_box_to_refuse_left_unticked_is_no_objection(question):
    assert facts(question).get("objected") == "no"


def test_members_told_with_a_box_to_say_no_who_did_not_tick_it():
    got = facts(
        "Gym manager here. Our current members signed up with us (monthly contract) and the "
        "sign-up form told them we'd text them about our own classes, with a tickbox to say no. "
        "Those who didn't tick it — can I SMS them about the new yoga classes?"
    )
    assert got.get("customer") == "yes"
    assert got.get("ongoing_contract") == "yes"
    assert got.get("informed") == "yes"
    assert got.get("objected") == "no"


def test_team_members_are_no_customers():
    got = facts("Can I email the members of our team about the new offer?")
    assert got.get("customer") is None


@pytest.mark.parametrize(
    "question",
    [
        "M. Lefèvre a un abonnement en cours chez nous (sa femme, elle, a résilié le sien et nous a "
        "demandé de ne plus la contacter). Je veux appeler M. Lefèvre mardi. Lui ne s'est jamais "
        "opposé à quoi que ce soit.",
        "Chez Optimam, le DSI s'est désinscrit de nos mails. Sa collègue, la responsable achats, "
        "elle, ne s'est jamais désinscrite ; elle a été informée et peut se désabonner. Je peux "
        "lui envoyer notre offre ?",
        "The CFO unsubscribed from our emails last month. Her colleague in purchasing? She "
        "never unsubscribed. Can I email her our offer?",
    ],
)
def test_another_persons_objection_is_set_aside_when_this_one_never_objected(question):
    assert facts(question).get("objected") == "no"


@pytest.mark.parametrize(
    "question",
    [
        "Sa femme nous a demandé de ne plus les contacter. Je peux appeler M. Durand ?",
        "The CFO unsubscribed from our emails. Can I email the company's head of purchasing?",
    ],
)
def test_another_persons_objection_stays_when_nothing_is_said_of_this_one(question):
    # the objection may have been made for both: the restrictive reading stays
    assert facts(question).get("objected") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Le DSI s'est désinscrit de nos mails. Sa collègue, elle, ne s'est jamais désinscrite. "
        "Je peux écrire au DSI ?",
        "Sa femme, elle, ne s'est jamais opposée ; son mari nous a demandé de ne plus le "
        "contacter. Je peux appeler son mari ?",
    ],
)
def test_the_objectors_own_case_keeps_the_objection(question):
    assert facts(question).get("objected") == "yes"


def test_a_spouses_contract_is_not_the_persons():
    got = facts(
        "Mme Perrin n'a jamais rien acheté chez nous, c'est son mari qui est client depuis 2019 "
        "avec un contrat en cours. Je peux appeler Mme Perrin ?"
    )
    assert got.get("customer") == "no"
    assert got.get("ongoing_contract") != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Un ex-salarié d'un concurrent nous a donné la base clients particuliers de son ancienne "
        "boîte, je veux leur envoyer des SMS promo. Ok ?",
        "A new hire brought his former employer's customer list. Can we email them?",
    ],
)
def test_another_companys_customers_are_not_ours(question):
    assert facts(question).get("customer") != "yes"


_KIN = st.sampled_from(
    ["sa femme", "son mari", "sa collègue", "son associé", "le DSI", "le gérant"]
)
_OBJ = st.sampled_from(
    [
        "s'est désinscrit de nos mails",
        "nous a demandé de ne plus le contacter",
        "s'est opposé à la prospection",
    ]
)


@settings(max_examples=25, deadline=None)
@given(_KIN, _OBJ)
def test_another_persons_objection_never_gives_a_permissive_value_alone(kin, obj):
    """Without a plain word that the person contacted did not object, another's objection never
    turns into 'no objection' (and read alone it stays restrictive)."""
    got = facts(f"{kin.capitalize()} {obj}. Je peux appeler M. Martin demain ?")
    assert got.get("objected") != "no"


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(
        ["try me again in", "call me back in", "rappelez-moi en", "recontactez-moi en"]
    ),
    st.sampled_from(["If he says", "He did not say", "He never said", "Unless he says"]),
)
def test_a_negated_or_supposed_postponement_is_never_no_objection(request, lead):
    got = facts(f"{lead} '{request} March', can I call him?")
    assert got.get("objected") != "no"
