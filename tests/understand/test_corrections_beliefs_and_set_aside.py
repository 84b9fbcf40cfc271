"""Self-corrections that take back a belief, a phrase or a relative clause; the objection list
checked and the person absent from it; an objector set aside among others; the contact asked
about named by its address; the channel of the action, not of a past call (blind batches 26, 28,
29). Real rules, one-passage retrieval stand-in."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.corrections import self_correction
from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


# --- a belief taken back is read for nothing --------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "Je croyais qu'elle avait demandé à ne plus recevoir nos mails, en fait non, je viens de "
        "regarder notre liste d'opposition et elle ne figure pas dessus. Je peux lui écrire ?",
        "I assumed she had opted out, actually no: I checked our suppression list and she is "
        "not on it. Can I write to her?",
    ],
)
def test_a_belief_taken_back_leaves_no_objection(q):
    assert extract(q, ON).known().get("objected") == "no"


@pytest.mark.parametrize(
    "q",
    [
        "Un contact que je croyais particulier, Paul R., donc je voulais demander pour le "
        "consentement... ah non pardon : c'est son adresse pro dans le cabinet d'architectes "
        "qu'il dirige (paul.r@archi-nord.fr). Je veux lui proposer notre logiciel de plans.",
        "A lead I assumed was a consumer, Jane K., so I meant to ask about consent... scratch "
        "that: it's her work address at the design firm she runs (jane.k@studio-k.co.uk), for "
        "our drawing software.",
    ],
)
def test_a_belief_taken_back_gives_the_audience_said_after(q):
    assert extract(q, ON).known().get("audience") == "b2b"


def test_a_belief_before_a_colon_is_not_what_is_taken_back():
    q = "So I guess we're fine: we call consumers about windows... no sorry, about insurance."
    _kept, taken_back, _again = self_correction(q)
    assert taken_back.strip(" .") == "about windows"


# --- a phrase or a relative clause taken back --------------------------------------------------


@pytest.mark.parametrize(
    ("q", "taken"),
    [
        ("On veut l'appeler pour nos fenêtres... non, pour notre mutuelle. Ok ?", "pour nos"),
        ("We'd text him about our heat pumps... no, about our home insurance. Ok?", "about our"),
    ],
)
def test_a_phrase_said_again_takes_back_the_same_phrase_only(q, taken):
    kept, taken_back, _again = self_correction(q)
    assert taken_back.startswith(taken)
    assert kept.split()[0] in ("On", "We'd")  # the action said first stays
    assert extract(q, ON).known().get("sector") != "energy_renovation"


@pytest.mark.parametrize(
    "q",
    [
        "Je veux écrire pour nos nouvelles casseroles à une dame qui n'a jamais rien acheté... "
        "ah non pardon, mauvaise fiche : elle a acheté une poêle chez nous en mai, le bon de "
        "commande annonçait nos offres par mail avec une case pour refuser, qu'elle n'a pas "
        "cochée. Je peux ?",
        "I want to email our new saucepans to a lady who never bought anything... oh no sorry, "
        "wrong record: she bought a frying pan from us in May, the order form announced our "
        "email offers with a box to refuse, which she left unticked. Can I?",
    ],
)
def test_a_relative_clause_taken_back_keeps_the_offer(ask, q):
    facts = extract(q, ON).known()
    assert facts.get("customer") == "yes"
    assert facts.get("related_offer") == "yes"
    assert ask(q).verdict.value == "allowed"


@pytest.mark.parametrize(
    "q",
    [
        "She isn't a customer so I suppose it's a no... wait, I checked the order history, she DID "
        "buy a tent "
        "from us in June, and the checkout told her about our offers with an opt-out box she "
        "left empty. Can I email her about sleeping bags (same camping range)?",
    ],
)
def test_a_hesitation_wait_takes_back_what_was_said_before(ask, q):
    facts = extract(q, ON).known()
    assert facts.get("customer") == "yes"
    assert facts.get("related_offer") == "yes"
    assert ask(q).verdict.value == "allowed"


# --- the objection list checked ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "objected"),
    [
        ("J'ai contrôlé notre liste d'opposition : il n'y figure pas. Je lui écris ?", "no"),
        ("I went through our opt-out list, he isn't on it. Can I email him?", "no"),
        ("Elle est sur notre liste d'opposition. Je peux lui écrire ?", "yes"),
        ("I checked our opt-out list and he is on it. Can I email him?", "yes"),
    ],
)
def test_absent_from_the_objection_list_is_no_objection(q, objected):
    assert extract(q, ON).known().get("objected") == objected


# --- an objector set aside among others ----------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "Relance des acheteurs de vélos 2025 par mail pour nos casques. L'un d'eux s'est "
        "désinscrit en septembre, il est déjà exclu. Pour les autres c'est bon ?",
        "Mailing our 2025 bike buyers about helmets. Two of them unsubscribed in September, "
        "they're already removed. For the rest, fine?",
    ],
)
def test_an_objector_set_aside_is_not_the_rest(q):
    assert extract(q, ON).known().get("objected") == "no"


@pytest.mark.parametrize(
    "q",
    [
        "Il s'est désabonné en juin, il a été retiré de la liste. Je peux quand même lui écrire ?",
        "She unsubscribed in June and was taken off the list. Can I still email her?",
    ],
)
def test_the_one_asked_about_taken_out_still_objected(ask, q):
    assert extract(q, ON).known().get("objected") == "yes"
    assert ask(q).verdict.value == "forbidden"


# --- the contact asked about, named by its address --------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "Export CRM :\n- p.durand@transports-ouest.fr (DAF, informé, opposé en 2025)\n"
        "- m.roy@gmail.com (plombier à son compte)\n"
        "Je demande seulement pour m.roy : je peux lui envoyer notre logiciel de devis plomberie ?",
        "CRM rows:\n- l.chen@bigcorp.com (CFO, informed, unsubscribed 2024)\n"
        "- r.silva@hotmail.com (runs a bakery on his own)\n"
        "I'm asking just about r.silva: can I email him our bakery till software?",
    ],
)
def test_another_lines_objection_is_not_the_contact_asked_about(ask, q):
    facts = extract(q, ON).known()
    assert facts.get("objected") is None
    assert facts.get("informed") is None
    assert ask(q).verdict.value == "needs_info"


# --- the channel of the action, not of a past call ----------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "Au téléphone le mois dernier, une acheteuse a dit à mon collègue « retirez-moi de vos "
        "fichiers ». Maintenant je voudrais lui envoyer un mail pour un autre produit. Possible ?",
        "During a phone call in October a buyer told my colleague 'remove me from your lists'. "
        "Now I want to email her about another product. Possible?",
    ],
)
def test_the_channel_is_the_one_meant_not_the_past_call(ask, q):
    facts = extract(q, ON).known()
    assert facts.get("channel") == "email"
    assert facts.get("objected") == "yes"
    assert ask(q).verdict.value == "forbidden"


@pytest.mark.parametrize(
    "q",
    [
        "J'ai une cliente qui a acheté chez nous... ah non pardon, c'est une prospecte, jamais "
        "rien acheté. Je peux lui envoyer un mail pour nos offres similaires ?",
        "I've got a customer who bought from us... oh no sorry, she's a prospect. Can I email "
        "her about similar offers?",
    ],
)
def test_a_status_before_a_relative_clause_is_taken_back_with_it(q):
    assert extract(q, ON).known().get("customer") != "yes"
