"""Third parties' claims about a list, and lists that come from someone else.

A seller's "100% RGPD compliant" is no consent; proof withheld ("c'est confidentiel") or a seller
unable to say how or when people agreed leaves a consent that cannot be shown (unknown); asking
what people ticked is no statement that they ticked; the list's vendor makes it bought; a claim of
compliance does not hide how the data were got; a consent to "the group" does not name the
subsidiary that writes; a marketplace's buyers handed to its third-party sellers is a sharing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide

ON = dt.date(2026, 12, 1)


def _verdict(text: str) -> tuple[str, dict]:
    facts = extract(text, ON)
    return decide(facts, ON).verdict, facts.known()


@pytest.mark.parametrize(
    "text",
    [
        "Notre loueur de base jure que ses 20 000 mails de particuliers sont opt-in et conformes RGPD. Quand "
        "je demande les preuves, il répond que c'est un secret commercial, confidentiel. On envoie "
        "notre promo par mail ?",
        "The data supplier says their consumer SMS list is all opt-in and GDPR compliant; I asked for the proof and "
        "he says the records are confidential. Can we text them our sale?",
    ],
)
def test_proof_withheld_by_the_seller_is_no_consent(text):
    verdict, facts = _verdict(text)
    assert facts.get("consent") == "unknown"
    assert verdict == "forbidden"


def test_asking_what_people_ticked_is_no_tick():
    verdict, facts = _verdict(
        "Je demande au prestataire ce que les gens ont coché exactement, il ne répond pas. On peut "
        "envoyer un SMS à ces particuliers ?"
    )
    assert facts.get("consent") != "yes"
    assert verdict != "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "A broker sold us a consumer email list, 'all opt-in'. They couldn't explain how or when "
        "the people consented. Can we email them?",
        "Le vendeur nous a vendu une base de mails de particuliers « 100% opt-in », mais il n'a pas "
        "su nous dire comment ils avaient consenti. On peut leur écrire ?",
    ],
)
def test_a_seller_unable_to_say_how_people_agreed(text):
    verdict, facts = _verdict(text)
    assert facts.get("source") == "purchased"
    assert facts.get("consent") == "unknown"
    assert facts.get("partner_consent") == "no"
    assert verdict == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Le fournisseur de la liste garantit que ses contacts de particuliers ont accepté. On leur "
        "envoie un SMS ?",
        "The list vendor promises the consumers on it agreed. Can we text them?",
    ],
)
def test_the_lists_vendor_makes_it_bought(text):
    assert _verdict(text)[1].get("source") == "purchased"


@pytest.mark.parametrize(
    "text",
    [
        "Le prestataire dit que les numéros sont 100% RGPD car son robot les a extraits "
        "automatiquement de sites publics. On leur envoie un SMS ?",
        "Our provider says the list is GDPR-compliant since their crawler harvested the emails "
        "from public pages. Can we email them?",
    ],
)
def test_a_compliance_claim_hides_no_scraping(text):
    verdict, facts = _verdict(text)
    assert facts.get("source") == "scraped"
    assert verdict != "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Sur le site de notre maison mère, une cliente a coché « j'accepte les offres du groupe ». "
        "Nous, la filiale, pouvons-nous lui envoyer nos promos par mail ?",
        "She ticked 'send me offers from the group' on our sister company's website. Can we, "
        "another brand of the group, email her?",
    ],
)
def test_a_consent_to_the_group_does_not_name_us(text):
    verdict, facts = _verdict(text)
    assert facts.get("consent") is None
    assert verdict == "needs_info"


def test_a_consent_on_our_own_site_stays_ours():
    verdict, facts = _verdict(
        "Sur notre site, une cliente a coché « j'accepte de recevoir vos offres par e-mail ». "
        "On peut lui envoyer nos promos par mail ?"
    )
    assert facts.get("consent") == "yes"
    assert verdict == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Nous gérons une place de marché en ligne. Un marchand tiers voudrait obtenir les e-mails "
        "des acheteurs pour ses promos ; ils n'ont accepté que nos messages. On peut les lui passer ?",
        "We run a marketplace. Third-party sellers want to get the buyers' emails for their own "
        "newsletters; buyers only agreed to hear from us. Can we share them?",
    ],
)
def test_a_marketplace_handing_buyers_to_sellers(text):
    verdict, facts = _verdict(text)
    assert facts.get("action") == "share_list"
    assert facts.get("audience") == "b2c"
    assert verdict == "forbidden"
