"""Related offer from knowledge (issue 11): product families and job functions kept as data in
``lexicon/products.yaml``. A sofa and armchairs are analogous (R2); a DAF and bank
reconciliation software are related (R3); a mattress and travel insurance, or a professional
offered something for their own home, are not (R2, R4, corrections 2026-11-30)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from bot.understand.readers.products import job_mentions, knowledge, mentions, relation
from bot.understand.text import fold

ON = dt.date(2026, 11, 23)


def related(text: str) -> str | None:
    return extract(text, ON).known().get("related_offer")


# Family pairs, both ways: what was bought and what is offered ----------------------------------

SAME_FAMILY = [
    ("un canapé", "nos fauteuils"),
    ("a sofa", "our armchairs"),
    ("une paire de lunettes", "nos lunettes de soleil"),
    ("glasses", "our sunglasses"),
    ("une machine à café", "nos capsules"),
    ("a coffee machine", "our coffee pods"),
    ("une assurance auto", "notre assurance moto"),
    ("un lave-linge", "nos sèche-linge"),
]
COMPLEMENTS = [
    ("un abonnement box internet", "l'option TV"),
    ("a broadband contract", "our TV package"),
    ("une cuisine équipée", "notre électroménager"),
]
DIFFERENT_GROUPS = [
    ("un matelas", "notre assurance voyage"),
    ("a mattress", "our travel insurance"),
    ("une assurance auto", "nos voyages organisés"),
    ("car insurance", "our package holidays"),
    ("un canapé", "nos panneaux solaires"),
    ("a sofa", "our heat pumps"),
    ("des lunettes", "nos vins"),
    ("a gym membership", "our personal loans"),
]


def _b2c(held: str, offered: str, fr: bool) -> str:
    if fr:
        return (
            f"Une cliente a acheté {held} chez nous, informée à l'achat et pas opposée. "
            f"Je peux lui envoyer par mail une promo sur {offered} ?"
        )
    return (
        f"A customer bought {held} from us, was told at checkout and never objected. "
        f"Can I email her about {offered}?"
    )


@pytest.mark.parametrize(("held", "offered"), SAME_FAMILY + COMPLEMENTS)
def test_same_family_or_declared_complement_is_related(held, offered):
    fr = " nos " in f" {offered} " or "l'" in offered or "notre" in offered
    assert related(_b2c(held, offered, fr)) == "yes"


@pytest.mark.parametrize(("held", "offered"), DIFFERENT_GROUPS)
def test_different_groups_are_not_related(held, offered):
    fr = "nos" in offered or "notre" in offered
    assert related(_b2c(held, offered, fr)) == "no"


@pytest.mark.parametrize(("a", "b"), SAME_FAMILY + COMPLEMENTS + DIFFERENT_GROUPS)
def test_a_pair_relates_the_same_way_in_both_directions(a, b):
    def bare(word: str) -> str:
        head, _, rest = fold(word).partition(" ")
        return rest if head in ("un", "une", "des", "a", "our", "nos", "notre") else fold(word)

    forward = relation(fold(f"il a acheté {bare(a)}. je lui propose {bare(b)}"))
    backward = relation(fold(f"il a acheté {bare(b)}. je lui propose {bare(a)}"))
    assert forward == backward
    assert forward in ("yes", "no")


def test_same_group_different_family_is_left_to_the_rules():
    # car insurance and home insurance: both insurance, "analogous" is not for the words to say
    text = "Client qui a une assurance auto chez nous. Je lui propose notre assurance habitation ?"
    assert relation(fold(text)) is None


def test_a_call_within_the_contract_for_its_option():
    text = (
        "client avec un contrat box internet en cours chez nous, je l'appelle pour lui proposer "
        "l'option TV. ok ?"
    )
    assert related(text) == "yes"


def test_the_company_s_own_business_is_what_its_members_hold():
    text = (
        "On est une salle de sport. Nos adhérents ont été informés à l'inscription. Je peux leur "
        "envoyer un SMS pour nos nouveaux cours de yoga ?"
    )
    assert related(text) == "yes"


def test_what_we_sell_is_the_offer_when_none_is_named():
    text = "We sell energy-efficient windows. Can we text customers who bought a sofa from us?"
    assert related(text) == "no"


# Jobs --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mail aux DAF de notre fichier pour notre logiciel de rapprochement bancaire ?",
        "Can I email CFOs about our treasury management software?",
        "Mail pro à la responsable qualité de Pharmalab pour notre logiciel de gestion qualité.",
        "Can I email the logistics manager at Dufour (j.moreau@dufour.fr) about our "
        "fleet-tracking software?",
        "Jean, self-employed plumber, work address: can I email him our offer on copper fittings?",
        "Gaëlle, électricienne auto-entrepreneuse rencontrée au salon : mail pour notre gamme "
        "d'outillage électrique ?",
        "Mail au DRH d'une PME pour notre logiciel de paie ?",
        "InMail à une directrice achats pour notre solution de gestion des achats ?",
    ],
)
def test_an_offer_tied_to_the_job_is_related(text):
    assert related(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "J'ai la ligne directe pro d'une comptable. Je l'appelle pour lui proposer des panneaux "
        "solaires pour sa maison ?",
        "Self-employed electrician, business email: can I offer him loft insulation for his own "
        "house?",
        "The address is contact@jdupont-osteo.fr, a one-man osteopath practice. We want to email "
        "him about our personal car-leasing deal.",
        "Can I email the head of logistics at a client company about our family ski holidays?",
        "Mail pro à la responsable qualité d'un labo pour notre logiciel de paie ?",
    ],
)
def test_an_offer_outside_the_job_is_not_related(text):
    assert related(text) == "no"


def test_a_job_word_that_qualifies_the_offer_is_not_the_person():
    assert job_mentions(fold("notre logiciel comptable")) == []
    assert job_mentions(fold("nos commerciaux appellent")) == []
    assert [j.name for j, _, _ in job_mentions(fold("au comptable du cabinet"))] == ["finance"]


def test_where_the_professional_was_met_is_not_the_offer():
    # "rencontrée au salon" is not a dating offer; the offer is the tools of her trade
    text = (
        "Électricienne rencontrée au salon Batimat, mail pro, informée qu'on lui enverrait nos "
        "offres. Mail pour notre gamme d'outillage électrique ?"
    )
    assert related(text) == "yes"


def test_a_tick_box_is_not_an_internet_box():
    named = mentions(fold("There was a box to tick at checkout. Can I email him?"))
    assert not [m for m in named if m.family == "telecom_box"]


def test_longest_match_wins():
    named = mentions(fold("notre assurance voyage"))
    assert [m.family for m in named] == ["insurance_travel"]


def test_every_family_named_in_the_tables_exists():
    k = knowledge()
    assert all(f in k.families for pair in k.complements for f in pair)
    assert all(f in k.families for job in k.jobs for f in job.families)


# An unknown product never relates --------------------------------------------------------------

_NONSENSE = st.text(alphabet="bcdfgjkpqvwxz", min_size=5, max_size=9)


def _unknown(word: str) -> bool:
    folded = fold(word)
    return not mentions(folded) and not job_mentions(folded)


@settings(max_examples=60, deadline=None)
@given(x=_NONSENSE, y=_NONSENSE)
def test_an_unrecognised_product_never_gives_yes(x, y):
    assume(_unknown(x) and _unknown(y) and x[:4] != y[:4])
    for held, offered in ((x, y), (x, "nos fauteuils"), ("un canapé", y)):
        text = _b2c(held, offered, fr=True)
        assert relation(fold(text)) != "yes"
        assert related(text) != "yes"
        # what the company sells is no stand-in for an unknown thing the customer bought
        shop = f"On est un magasin de meubles. {text}"
        assert relation(fold(shop)) != "yes"
    for job_text in (
        f"Mail pro au {x} de la société Acme pour notre {y} ?",
        f"Can I email the {x} manager at Acme about our {y}?",
        f"Can I email the CFO at Acme about our {y}?",
    ):
        assert relation(fold(job_text), professional=True) != "yes"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("client a achete un canap chez nous, je lui envoie nos promos fauteil ?", "yes"),
        ("cliente a achete des lunetes, je peux lui proposer nos lunettes de soleil", "yes"),
        ("client qui a pris une assurence auto, je lui propose nos voyages organises", "no"),
    ],
)
def test_typos_and_missing_accents(text, value):
    assert relation(fold(text)) == value


def test_the_rep_s_own_job_is_not_the_person_s():
    assert job_mentions(fold("je suis comptable, je propose nos canapés à nos clients")) == []
    assert job_mentions(fold("I'm an accountant at the shop; can I email our customers?")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Self-employed plumber: can I email him plumbing fittings for his family business?",
        "Freelance designer working from a studio: email her our design software for her home "
        "office?",
    ],
)
def test_a_family_business_or_home_office_is_still_the_trade(text):
    assert relation(fold(text)) != "no"
