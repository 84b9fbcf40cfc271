"""Round-5 classes of the sector, the doubts and the postal rules.

- The energy-renovation vocabulary is one class, French and English, with its abbreviations and
  with a hyphen or a space between words alike (readers/sector.py, lexicon/sector.yaml ``energy``).
- A banned sector's word denied right before it ("Not CPF", "hors CPF", "rien à voir avec la
  rénovation énergétique") names no sector; a negation of the action does not deny the sector.
- A self-correction takes back the words before it when it names a sector in their place.
- Doubts (bot/understand/doubts.py): an end of contract dated vaguely or said not known when, a
  contract the rep only thinks of or is unsure still runs, details passed on by a partner company
  — asked, never presumed.
- People said absent from the list ("ceux qui ont refusé ne sont pas dans le fichier") are the
  objectors taken out: the rest did not object (ConText ``removed``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.doubts import doubts
from bot.understand.extract import extract
from rules import decide
from rules.facts import Facts

ON = dt.date(2026, 11, 30)


def fact(text: str, key: str, on: dt.date = ON) -> str | None:
    value = getattr(extract(text, on), key)
    return value.value if value is not None and hasattr(value, "value") else value


# Energy renovation: the whole class ---------------------------------------------------------------

ENERGY_WORDS = [
    "heat-pump installation",
    "heat pump",
    "air-source heat pumps",
    "une pompe à chaleur",
    "une pompe-à-chaleur",
    "une PAC air-eau",
    "l'isolation des combles",
    "une ITE (isolation par l'extérieur)",
    "cavity wall insulation",
    "loft insulation",
    "des panneaux photovoltaïques",
    "solar panels",
    "solar PV systems",
    "un chauffe-eau thermodynamique",
    "une chaudière à condensation",
    "a new boiler",
    "du double vitrage",
    "triple-glazed windows",
    "un poêle à granulés",
    "pellet stoves",
    "la géothermie",
    "des travaux éligibles MaPrimeRénov'",
    "energy-saving works",
    "une rénovation énergétique",
]


@pytest.mark.parametrize("words", ENERGY_WORDS)
def test_every_energy_renovation_word_names_the_sector(words: str) -> None:
    text = f"Can we call a consumer who opted in to sell {words} for her house?"
    assert fact(text, "sector") == "energy_renovation"


@settings(max_examples=25, deadline=None)
@given(
    words=st.sampled_from(
        [("heat", "pump"), ("pompe", "a", "chaleur"), ("solar", "panels"), ("double", "vitrage")]
    ),
    joint=st.sampled_from([" ", "-"]),
)
def test_a_hyphen_or_a_space_between_words_alike(words: tuple[str, ...], joint: str) -> None:
    text = f"Je peux appeler un particulier pour lui vendre des {joint.join(words)} ?"
    assert fact(text, "sector") == "energy_renovation"


def test_b10_019_a_heat_pump_call_with_consent_is_forbidden(ask) -> None:
    answer = ask(
        "A woman entered our contest and ticked 'I agree to be contacted by phone about "
        "heat-pump offers'. She didn't ask for a quote or a call-back. Can we call her to sell "
        "a heat-pump installation for her house?"
    )
    assert answer.verdict.value == "forbidden"
    assert answer.facts["sector"] == "energy_renovation"


# A denied sector is no sector ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Call the HR manager about our management training? Not CPF, it's paid by the company.",
        "Formation management pour les chefs d'équipe, hors CPF, payée par l'employeur. Je l'appelle ?",
        "Formation en anglais, pas du CPF : l'entreprise paie. Mail à la DRH ?",
        "Training for her team, nothing to do with CPF. Can I email her?",
    ],
)
def test_a_denied_cpf_is_no_cpf(text: str) -> None:
    assert fact(text, "sector") != "cpf"


@pytest.mark.parametrize(
    "text",
    [
        "On vend des cuisines, rien à voir avec la rénovation énergétique. Mail aux particuliers ?",
        "We sell kitchens, no heat pumps. Can I text consumers who opted in?",
    ],
)
def test_a_denied_energy_sector_is_no_energy_sector(text: str) -> None:
    assert fact(text, "sector") != "energy_renovation"


@pytest.mark.parametrize(
    "text",
    [
        # the negation is the action's, not the sector's: the sector stays (restrictive)
        "On ne peut pas appeler les particuliers pour des pompes à chaleur ?",
        "We can't call consumers about heat pumps, right? Even with consent?",
        "Not sure the CPF rules apply: can I email an employee about a CPF training?",
        # one word denied, another one stated
        "Pas d'isolation, mais des pompes à chaleur. Je peux appeler un particulier ?",
    ],
)
def test_a_negation_of_something_else_keeps_the_banned_sector(text: str) -> None:
    assert fact(text, "sector") in ("energy_renovation", "cpf")


# A self-correction ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, sector",
    [
        (
            "particulier pas client, vente de fenêtres... non pardon d'assurance emprunteur. "
            "Je l'appelle mardi à 11h ?",
            "other",
        ),
        (
            "Offre d'assurance, enfin non, de pompes à chaleur. Je peux appeler ?",
            "energy_renovation",
        ),
        ("We sell insulation, I mean solar panels. Can we call consumers?", "energy_renovation"),
    ],
)
def test_the_corrected_term_wins(text: str, sector: str) -> None:
    assert fact(text, "sector") == sector


def test_a_correction_naming_no_sector_takes_nothing_back() -> None:
    text = "On vend des pompes à chaleur, je veux dire à des particuliers. Je peux les appeler ?"
    assert fact(text, "sector") == "energy_renovation"


def test_b11_043_a_corrected_sector_and_a_conditional_call(ask) -> None:
    answer = ask(
        "Jeudi 18 juin 2026, particulier pas sur Bloctel, pas client, vente de fenêtres... non "
        "pardon d'assurance emprunteur. Il bosse tard donc je l'appellerais vers 21h. C'est jouable ?"
    )
    assert answer.facts["sector"] == "other"
    assert answer.facts["channel"] == "phone"
    assert answer.verdict.value != "allowed"


# Doubts -------------------------------------------------------------------------------------------


def _doubts(text: str, on: dt.date = ON) -> frozenset[str]:
    return doubts(text, extract(text, on))


@pytest.mark.parametrize(
    "text",
    [
        "Ancien client, son contrat s'est terminé il y a un moment, je ne sais plus exactement "
        "quand. Il avait été informé. Je peux lui envoyer nos offres par mail ?",
        "Ancien client. Son abonnement a été résilié il y a longtemps. Je sais plus quand. Mail ?",
        "Former customer, she cancelled a while ago. Informed at purchase. Can I email her offers?",
        "Ex-client: he left us years ago, never objected. Email him our new range?",
    ],
)
def test_an_end_dated_vaguely_or_not_known_is_a_retention_doubt(text: str) -> None:
    assert "retention_expired" in _doubts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il a acheté chez nous, je ne sais pas quand l'appeler. Demain ?",
        "Client depuis longtemps, il a acheté un vélo. Je peux lui envoyer la promo par mail ?",
        "Former customer, never unsubscribed. We want to email him, not sure when we will send it.",
    ],
)
def test_a_doubt_about_something_else_is_no_retention_doubt(text: str) -> None:
    assert "retention_expired" not in _doubts(text)


def test_b10_083_a_contract_ended_nobody_knows_when_is_asked(ask) -> None:
    answer = ask(
        "Ancien client, son contrat s'est terminé il y a un moment, je ne sais plus exactement "
        "quand. Il avait été informé à la souscription et ne s'est jamais opposé. Je peux lui "
        "envoyer par mail nos nouvelles offres du même type ?"
    )
    assert answer.verdict.value == "needs_info"
    assert "retention_expired" in [m.fact for m in answer.missing_facts]


@pytest.mark.parametrize(
    "text",
    [
        "The consumer is on Bloctel. I think he has a contract with us but I'm not sure it's "
        "still running. I'd call about upgrading it.",
        "Il est sur Bloctel. Je crois qu'il a encore un contrat chez nous. Je l'appelle pour "
        "le faire évoluer ?",
        "Sur Bloctel, je sais pas si son abonnement est toujours actif. Je l'appelle pour une "
        "option de son abonnement ?",
    ],
)
def test_a_contract_the_rep_only_thinks_of_is_asked(ask, text: str) -> None:
    answer = ask(text, on=dt.date(2026, 6, 10))
    assert answer.verdict.value == "needs_info"
    assert "ongoing_contract" in [m.fact for m in answer.missing_facts]


def test_a_contract_stated_plainly_is_no_doubt() -> None:
    text = "Il a un contrat en cours chez nous, il est sur Bloctel. Je l'appelle pour le faire évoluer ?"
    assert "ongoing_contract" not in _doubts(text, dt.date(2026, 6, 10))


@pytest.mark.parametrize(
    "text",
    [
        "Can I mail a letter to consumers whose postal addresses we got from a partner company?",
        "Un partenaire nous passe ses contacts clients (adresses postales), on leur envoie un courrier ?",
        "Courrier papier au fichier clients de notre partenaire, possible ?",
        "Prospect list from our co-marketing partner. Can we send them a letter?",
    ],
)
def test_details_passed_on_by_a_partner_leave_the_information_asked(ask, text: str) -> None:
    answer = ask(text)
    assert answer.verdict.value == "needs_info"
    assert "informed" in [m.fact for m in answer.missing_facts]


@pytest.mark.parametrize(
    "text",
    [
        "They ticked 'I agree to receive offers from our partners'. Can we send them a letter?",
        "On envoie un courrier papier à nos clients avec une offre d'un partenaire ?",
    ],
)
def test_offers_from_partners_are_no_details_from_a_partner(text: str) -> None:
    assert "informed" not in _doubts(text)


def test_partner_details_told_at_collection_are_allowed_by_post(ask) -> None:
    answer = ask(
        "We got these postal addresses from a partner company; people were told at collection "
        "their address would be shared for letters and could object. Can we mail them a letter?"
    )
    assert answer.verdict.value == "allowed"


# Objectors said absent from the list -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fichier loué, informés à la collecte, ils pouvaient refuser, ceux qui ont refusé ne "
        "sont pas dans le fichier. Courrier papier ?",
        "Rented postal list, people told at collection and could refuse; those who refused "
        "aren't in the file. Can we send a letter?",
        "Liste louée, informés à la collecte, les désinscrits n'y figurent plus. Courrier ?",
    ],
)
def test_objectors_said_absent_from_the_list_leave_no_objection(text: str) -> None:
    assert fact(text, "objected") == "no"


def test_the_person_who_objected_still_objected() -> None:
    text = (
        "Ceux qui ont refusé ne sont pas dans le fichier, mais lui il s'est désinscrit hier. "
        "Je lui envoie un courrier ?"
    )
    assert fact(text, "objected") == "yes"


def test_a_purchase_date_is_no_bought_list() -> None:
    text = (
        "Customer bought a bike from us, informed at purchase about our emails with an opt-out. "
        "Can I email him our accessories promo?"
    )
    assert fact(text, "source") != "purchased"


def test_a_sector_in_doubt_is_asked_between_the_banned_sectors_and_the_rest_only() -> None:
    """A doubt about works (energy renovation or not?) is no doubt about a press offer: a call to
    a consumer on Bloctel is forbidden whichever it is, so nothing is asked (b7-117)."""
    facts = Facts.model_validate(
        {"channel": "phone", "audience": "b2c", "customer": "no", "bloctel": "yes"}
    )
    on = dt.date(2026, 5, 20)
    assert decide(facts, on, frozenset({"sector"})).verdict.value == "forbidden"
    # a doubt still asks when the sector decides: e-mail with consent (energy: forbidden)
    consented = Facts.model_validate(
        {"channel": "email", "audience": "b2c", "consent": "yes", "customer": "no"}
    )
    doubted = decide(consented, ON, frozenset({"sector"}))
    assert doubted.verdict.value == "needs_info"
    assert "sector" in [m.fact for m in doubted.missing_facts]


def test_b7_117_windows_to_a_consumer_on_bloctel_is_forbidden(ask) -> None:
    answer = ask(
        "Appel prévu le 20 mai 2026 : prospect particulier, pas client, son numéro est inscrit "
        "sur Bloctel. Mais il a l'air intéressé par nos fenêtres d'après son profil... on tente ?"
    )
    assert answer.verdict.value == "forbidden"
