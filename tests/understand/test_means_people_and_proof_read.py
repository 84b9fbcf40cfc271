"""Channel, source, audience and consent details read from the words that carry them:
a channel named only as the yardstick of a comparison ("plus discret qu'un appel") is not the
action's; a mailbox named by its provider ("son adresse hotmail") is an e-mail; a supplier who
holds nothing about the consent has none to show; a tool denied in a list ("no bot/plugin") is no
scraping, and collecting "automatiquement" is; members of a pastime's group are private persons;
the person's own clients are not ours; a check still to make about trade or home leaves the
audience asked; whoever on our side told the person informed them."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


def _facts(text: str) -> dict:
    return {k: getattr(v, "value", v) for k, v in extract(text, ON).known().items()}


@pytest.mark.parametrize(
    "text",
    [
        "On aimerait lancer des appels automatisés avec un message enregistré vers des "
        "particuliers, sans leur accord. C'est plus discret qu'un appel classique, non ?",
        "We want a robocall campaign to consumers who never opted in. It's less pushy than a "
        "human phone call, so fine?",
    ],
)
def test_channel_of_a_comparison_is_not_the_action(ask, text):
    answer = ask(text)
    assert answer.facts["channel"] == "automated_call"
    assert answer.verdict.value == "forbidden"
    assert any("L.34-5" in b.ref for b in answer.legal_basis)


@pytest.mark.parametrize(
    "text",
    [
        "Une coiffeuse à son compte : on n'a que son adresse hotmail perso. On veut lui proposer "
        "un séjour en famille. Aucun consentement. Ça passe ?",
        "A self-employed painter gave us his private yahoo address. We want to offer him a family "
        "cruise. He never consented. OK?",
    ],
)
def test_mailbox_named_by_its_provider_is_an_email(ask, text):
    answer = ask(text)
    assert answer.facts["channel"] == "email"
    assert answer.verdict.value == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "On a loué une base de 3 000 mails de particuliers ; le loueur n'a aucune information sur "
        "leur consentement. On peut envoyer notre offre de lunettes ?",
        "We bought 8,000 consumer emails from a broker, who has nothing on their consent. Can we "
        "email them our eyewear promo?",
    ],
)
def test_supplier_with_nothing_on_consent_is_no_consent(ask, text):
    answer = ask(text)
    assert answer.facts.get("consent") != "yes"
    assert answer.facts["partner_consent"] == "no"
    assert answer.verdict.value == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "J'ai repéré la DRH d'une PME industrielle sur LinkedIn, à la main (sans robot/plugin). "
        "Je veux lui écrire un message LinkedIn sur notre logiciel de paie.",
        "I spotted the HR director of a factory on LinkedIn by hand (no bot/plugin) and want to "
        "send her an InMail about our payroll software.",
    ],
)
def test_tool_denied_in_a_slash_list_is_no_scraping(text):
    assert _facts(text).get("source") != "scraped"


@pytest.mark.parametrize(
    "text",
    [
        "Notre stagiaire veut collecter automatiquement les profils TikTok d'étudiants pour leur "
        "envoyer des messages privés sur notre salon. OK ?",
        "Our intern wants to automatically gather TikTok profiles of students and DM them about "
        "our open day. OK?",
    ],
)
def test_collecting_automatically_is_scraping(text):
    assert _facts(text)["source"] == "scraped"


@pytest.mark.parametrize(
    "text",
    [
        "J'ai les numéros des gens d'un groupe WhatsApp de randonnée du coin. Je voudrais leur "
        "envoyer un SMS pour notre nouvelle boutique de sport. Personne n'a rien accepté.",
        "I have the numbers of folks in a hiking club group chat. I'd text them about our new "
        "outdoor shop. Nobody agreed to anything.",
    ],
)
def test_members_of_a_pastime_group_are_consumers(ask, text):
    answer = ask(text)
    assert answer.facts["audience"] == "b2c"
    assert answer.verdict.value == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Une plombière à son compte, croisée sur un salon, nous a donné son portable. On veut "
        "l'appeler pour des panneaux solaires. Je dois vérifier si c'est pour sa maison ou pour "
        "ses clients. On peut ?",
        "A self-employed roofer we met at a fair gave us his mobile. We'd call him about solar "
        "panels. I need to check whether it's for his house or for his customers. Can we?",
    ],
)
def test_trade_or_home_to_check_leaves_audience_asked(ask, text):
    answer = ask(text)
    assert "audience" not in answer.facts
    assert answer.facts.get("customer") != "yes"
    assert answer.verdict.value == "needs_info"


@pytest.mark.parametrize(
    "text",
    [
        "Un artisan nous a laissé sa carte au salon ; on veut lui proposer notre logiciel pour "
        "gérer ses clients. On peut l'appeler ?",
        "A builder left his card at the fair; we'd offer him our app to manage his customers. "
        "Can we call him?",
    ],
)
def test_the_persons_own_clients_are_not_ours(text):
    assert _facts(text).get("customer") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Une cliente a acheté un aspirateur dans notre magasin lundi et a laissé son mail ; "
        "notre caissier lui a clairement dit qu'on lui enverrait nos offres par mail et qu'elle "
        "pouvait refuser. Elle n'a pas refusé. Je peux lui envoyer notre promo sur les aspirateurs ?",
        "A customer bought a vacuum cleaner in our store on Monday and left her email; our "
        "cashier said to her that we would email her our offers and that she could refuse. She "
        "did not refuse. Can I email her our vacuum cleaner promo?",
    ],
)
def test_our_staff_telling_the_person_is_information(text):
    assert _facts(text).get("informed") == "yes"
