"""Channel, source, Bloctel, call-back and related-offer classes (issue 11, round 6).

- Bloctel as speech recognition or a hurried hand spells it ("blow tell", "bloc tel",
  "blocktel"), never "un bloc tel que…".
- A phone book or the white pages is a directory.
- The label of a form the person filled in ("le formulaire « être rappelé »") is the person's
  request, not a label someone else put on it (a quoted word stays a doubt elsewhere).
- The past participle "appelée / appelés" names calls: a retry ("je retente mardi ?") continues
  the calls told before it; the do-not-call list named with no other means is a phone campaign.
- A pasted field's value ("unsubscribed: no") denies nothing on the next line.
- Families: health and safety at work (QHSE, HSE, safety officers ↔ safety software), wine named
  by its bottle, grape, appellation or region ("6 bouteilles de Chinon", "les nouveaux Loire").
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from bot.understand.readers.products import mentions, relation
from bot.understand.text import fold

ON = dt.date(2026, 11, 30)


def facts(text: str) -> dict:
    return extract(text, ON).known()


# Bloctel spelt by ear --------------------------------------------------------------------------

BLOCTEL_SPELLINGS = ["blow tell", "bloc tel", "blocktel", "block tell", "blok tel", "bloctell"]


@pytest.mark.parametrize("spelling", BLOCTEL_SPELLINGS)
def test_bloctel_spelt_by_ear_not_listed(spelling: str) -> None:
    read = facts(f"can i call these home owners tomorrow at 10, they're not on {spelling}")
    assert read.get("bloctel") == "no"


@pytest.mark.parametrize("spelling", BLOCTEL_SPELLINGS)
def test_bloctel_spelt_by_ear_listed(spelling: str) -> None:
    read = facts(f"le particulier est inscrit sur {spelling}, je peux l'appeler mardi à 11h ?")
    assert read.get("bloctel") == "yes"


def test_bloc_tel_que_is_no_bloctel() -> None:
    read = facts("on a un bloc tel que celui du salon, je peux appeler ce particulier mardi 11h ?")
    assert "bloctel" not in read


def test_b10_001_phone_book_and_blow_tell() -> None:
    read = facts(
        "can i cold call home owners from the phone book to sell window cleaning their not on "
        "blow tell so its fine right. none of them ever dealt with us or said we could call"
    )
    assert read["audience"] == "b2c"
    assert read["source"] == "directory"
    assert read["bloctel"] == "no"
    assert read["consent"] == "no"


@pytest.mark.parametrize(
    "where", ["the phone book", "the white pages", "les pages blanches", "the telephone book"]
)
def test_phone_books_are_directories(where: str) -> None:
    assert (
        facts(f"I took consumers' numbers from {where}, can I call them Monday at 10?")["source"]
        == "directory"
    )


# Call-back through a form named by its label ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "une particulière a rempli le formulaire « être rappelé » sur notre site pour un devis de "
        "cuisine équipée, je la rappelle lundi à 10h30 ?",
        "she filled in the 'call me back' form on our site, can I ring her tomorrow at 10?",
        'a consumer filled in the form "call me back" on our website, I call him Monday at 11?',
    ],
)
def test_callback_form_by_its_label(text: str) -> None:
    assert facts(text).get("callback") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "si elle remplit le formulaire « être rappelé », je peux l'appeler lundi à 10h ?",
        "a-t-elle rempli le formulaire « être rappelé » ? je l'appelle lundi 10h",
        "sa voisine a rempli le formulaire « être rappelé », je peux l'appeler lundi à 10h ?",
    ],
)
def test_callback_form_not_stated_stays_unknown(text: str) -> None:
    assert facts(text).get("callback") is None


def test_a_form_label_gives_no_consent() -> None:
    # the form's name is no consent: the quoted label of a form is not what consent is read from
    read = facts(
        "il a rempli le formulaire « opt-in » du partenaire, je peux lui envoyer un mail ?"
    )
    assert read.get("consent") != "yes"


# Channel continued by a retry; the do-not-call list is about calls ---------------------------


def test_retry_continues_the_calls_told() -> None:
    read = facts(
        "Mme Aubert a donné son accord pour être appelée (preuve ok). Je l'ai déjà appelée 4 fois "
        "sur les 30 derniers jours, elle décroche jamais. Je retente mardi à 11h ?"
    )
    assert read["channel"] == "phone"
    assert read["calls_30d"] == 4


@pytest.mark.parametrize("participle", ["appelée", "appelés", "appelées"])
def test_feminine_and_plural_participles_are_calls(participle: str) -> None:
    assert facts(f"Je les ai {participle} hier, je réessaie jeudi à 15h ?")["channel"] == "phone"


def test_bloctel_alone_is_a_phone_campaign() -> None:
    read = facts(
        "Même campagne mais décalée au mardi 11 août à 15h, mêmes particuliers non clients, "
        "aucun sur Bloctel, pas de consentement. Ça change quelque chose ?"
    )
    assert read["channel"] == "phone"


def test_bloctel_beside_another_means_keeps_it() -> None:
    assert facts("aucun n'est sur Bloctel, je peux leur envoyer un SMS mardi ?")["channel"] == "sms"


# A pasted field's value is not a negation of the next line ------------------------------------


def test_field_value_no_does_not_deny_next_line() -> None:
    read = facts(
        "Quick check before I hit send. CRM line:\n"
        "Claire Martin | Head of Logistics | Transports Valmy | claire.martin@transports-valmy.fr"
        " | source: SITL 2026 booth scan | privacy notice shown at scan (marketing emails + how "
        "to object): yes | unsubscribed: no\nThe email is about our fleet-tracking software. "
        "Good to go?"
    )
    assert read["related_offer"] == "yes"


def test_plain_no_still_negates() -> None:
    read = facts("She bought no sofa from us, can I email her our new armchairs?")
    assert read.get("related_offer") != "yes"


# Families: health and safety; wine ------------------------------------------------------------


@pytest.mark.parametrize(
    "job", ["Le responsable QHSE", "La responsable HSE", "Le safety officer", "The HSE manager"]
)
@pytest.mark.parametrize(
    "offer", ["notre logiciel sécurité", "our safety software", "notre logiciel de prévention"]
)
def test_safety_jobs_and_safety_offers(job: str, offer: str) -> None:
    assert relation(fold(f"{job} de Bétons Martin : je lui propose {offer} ?")) == "yes"


def test_it_security_is_not_site_safety() -> None:
    named = mentions(fold("je lui propose notre logiciel de sécurité informatique"))
    assert all(m.family != "safety" for m in named)


def test_safety_software_to_a_payroll_head_is_unrelated() -> None:
    assert relation(fold("La responsable paie : je lui propose notre logiciel sécurité ?")) != "yes"


def test_b10_013_qhse_white_paper() -> None:
    read = facts(
        "Le responsable QHSE de Bétons du Rhône a téléchargé notre livre blanc sur la sécurité "
        "chantier avec son mail pro ; le formulaire indiquait qu'on lui enverrait nos offres et "
        "qu'il pourrait se désinscrire en un clic. Il ne s'est pas désinscrit. Je lui envoie une "
        "invitation à la démo de notre logiciel sécurité ?"
    )
    assert read["related_offer"] == "yes"


def test_b11_027_wine_shop() -> None:
    read = facts(
        "Caviste ici 🍷 Une cliente a acheté 6 bouteilles de Chinon en boutique le mois dernier, "
        "elle a laissé son mail en caisse, on lui a dit qu'on lui enverrait nos offres et elle "
        "avait une case pour refuser (pas cochée). Je peux lui mailer la sélection des nouveaux "
        "Loire ?"
    )
    assert read["related_offer"] == "yes"


WINES = ["un Sancerre", "nos nouveaux Bordeaux", "des Bourgognes", "du Riesling", "nos crémants"]


@given(held=st.sampled_from([*WINES, "6 bouteilles de Chinon"]), offered=st.sampled_from(WINES))
@settings(max_examples=25, deadline=None)
def test_wine_bought_wine_offered(held: str, offered: str) -> None:
    text = f"une cliente a acheté {held} chez nous, je peux lui proposer par mail {offered} ?"
    assert relation(fold(text)) == "yes"


@pytest.mark.parametrize(
    "place",
    [
        "une entreprise dans le Rhône",
        "Bétons du Rhône",
        "un client à Chinon",
        "des bouteilles d'eau",
    ],
)
def test_places_and_water_are_no_wine(place: str) -> None:
    assert all(m.family != "food_wine" for m in mentions(fold(place)))


@given(offered=st.sampled_from(WINES))
@settings(max_examples=10, deadline=None)
def test_wine_never_related_to_a_sofa(offered: str) -> None:
    text = f"une cliente a acheté un canapé chez nous, je peux lui proposer par mail {offered} ?"
    assert relation(fold(text)) != "yes"


# Nobody checked: no clean list -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nobody checked the numbers against Bloctel. Can I call these consumers Monday at 10?",
        "No one scrubbed the file against the do-not-call list, I call them Monday at 10?",
        "personne n'a vérifié le fichier sur Bloctel, je peux appeler ces particuliers lundi 10h ?",
    ],
)
def test_nobody_checked_bloctel_is_no_clean_list(text: str) -> None:
    assert facts(text).get("bloctel") != "no"


def test_checked_against_bloctel_is_clean() -> None:
    read = facts("We checked the numbers against Bloctel, I call these consumers Monday at 10?")
    assert read["bloctel"] == "no"


def test_phoned_is_a_call() -> None:
    assert (
        facts("On 15 July we phoned consumers from our prospect file. Were we compliant?")[
            "channel"
        ]
        == "phone"
    )


# A box ticked on our site is a form ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She ticked the box on our website, can I email her?",
        "Elle a coché la case sur notre site, je lui écris ?",
        "he ticked an empty box on our app, can I call him Tuesday at 11?",
    ],
)
def test_box_on_our_site_is_a_form(text: str) -> None:
    from bot.understand.readers.source import _source

    assert _source(fold(text), False, None) == "form"


@pytest.mark.parametrize(
    "text",
    [
        "we bought the contacts from a data broker, can I email them?",
        "un courtier nous a vendu ce fichier, je peux les appeler ?",
        "the list broker sent us 500 contacts, ok to email?",
    ],
)
def test_data_brokers_stay_bought(text: str) -> None:
    from bot.understand.readers.source import _source

    assert _source(fold(text), False, None) == "purchased"
