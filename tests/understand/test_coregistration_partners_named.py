"""Co-registration is a list collected by another site and handed over to us: the regime of a
bought list (R11). Its partner consent counts only where the partners (or we) were named at
collection: "no partner list anywhere" is none, an unnamed "partners" is asked, "partners listed
below, we're in the list" is one."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "We'd buy leads through co-registration: the form read 'I accept offers from ShopNet and "
        "its partners', without any partner list. Can we email them?",
        "Deal de co-registration : formulaire « j'accepte les offres de MediaPlus et de ses "
        "partenaires », aucune liste de partenaires. On peut leur envoyer nos promos par mail ?",
        "Coregistration leads, the box said 'offers from our partners', no partner names given "
        "anywhere. Email them?",
    ],
)
def test_partners_never_named_give_no_partner_consent(question):
    known = extract(question, ON).known()
    assert known.get("source") == "purchased"
    assert known.get("partner_consent") == "no"


@pytest.mark.parametrize(
    "question",
    [
        "Leads from a co-registration site; people ticked 'I agree to receive partner offers'. "
        "Can we email them?",
        "Leads achetés en co-enregistrement, les gens ont coché « j'accepte les offres des "
        "partenaires ». On peut leur écrire ?",
    ],
)
def test_an_unnamed_partner_consent_on_a_bought_list_is_asked(question):
    known = extract(question, ON).known()
    assert known.get("partner_consent") is None


@pytest.mark.parametrize(
    "question",
    [
        "Co-registration leads: they ticked 'I agree to offers from the partners listed below' "
        "and we're in the list. Can we email them?",
        "Leads en co-registration : case « j'accepte les offres des partenaires ci-dessous », "
        "notre société est citée dans la liste. On peut leur envoyer un mail ?",
    ],
)
def test_a_partner_consent_naming_us_stands(question):
    assert extract(question, ON).known().get("partner_consent") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Rented list: each person ticked an empty box 'I agree to receive offers from the "
        "partners', and the partner list (we are on it) was displayed. Email them?",
        "Fichier loué chez un courtier : chacun a coché une case vide pour recevoir les offres "
        "des partenaires, liste des partenaires (dont nous) affichée. On peut envoyer un mail ?",
        "Liste louée : chacun a coché une case non pré-cochée pour recevoir les offres des "
        "partenaires, et la liste des partenaires, où on figure, était affichée. Emailing ok ?",
    ],
)
def test_we_named_in_an_aside_is_named(question):
    assert extract(question, ON).known().get("partner_consent") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "We rent an email file from ListCo: each contact ticked 'I accept offers from ListCo's "
        "partners' (the partner list including our company), with date and form kept. Email them?",
        "Fichier loué chez DataPro : chaque contact a coché « j'accepte les offres des partenaires "
        "de DataPro » (liste des partenaires incluant notre société), date et formulaire gardés. "
        "On peut leur écrire ?",
    ],
)
def test_a_partner_list_said_to_include_us_names_us(question):
    assert extract(question, ON).known().get("partner_consent") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "We rent an email file from ListCo: each contact ticked 'I accept offers from ListCo's "
        "partners'. Email them?",
        "Fichier loué chez DataPro : chaque contact a coché « j'accepte les offres des partenaires "
        "de DataPro ». On peut leur écrire ?",
    ],
)
def test_partners_not_said_to_include_us_stay_unproven(question):
    assert extract(question, ON).known().get("partner_consent") != "yes"
