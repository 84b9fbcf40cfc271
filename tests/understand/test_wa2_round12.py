"""Round 12, wrong allowed of blind batches 30 and 31, by their general behaviours:

- the channel of the action is the one the rep would rather use now ("je préfère plutôt leur
  téléphoner", "I'd rather text them"), not the channel of an earlier consent;
- a third party wanting to send or write to our customers with our file is a sharing of it;
- a form described as having a box ("our sign-up page has a checkbox 'keep me posted'") is a
  mechanism, not this person's tick; "we're a small agency" describes us, not the audience;
- a generic address compared with a named one is a general question (personal data, R5);
- an objection followed by a later, plain consent of the person (a later month, "since then")
  no longer decides; a consent before the objection, or a later contact without consent, does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text, channel",
    [
        (
            "Ces clientes ont accepté nos offres par SMS. Je préfère plutôt leur téléphoner "
            "mardi à 15h. C'est bon ?",
            "phone",
        ),
        (
            "These buyers agreed to get our offers by phone. I'd rather text them tomorrow. "
            "Is that fine?",
            "sms",
        ),
        ("They opted in to emails last year. We'll call them instead next week. OK?", "phone"),
    ],
)
def test_channel_is_the_one_wanted_instead(text, channel):
    assert extract(text, ON).channel == channel


def test_email_partner_consent_does_not_cover_a_call(ask):
    answer = ask(
        "Fichier loué de consommateurs ayant accepté « les offres des partenaires par mail » "
        "(partenaires nommés). J'aimerais plutôt leur téléphoner mardi 8 décembre à 15h pour "
        "nos fenêtres. OK ?"
    )
    assert answer.verdict.value == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Our sister brand would like to send our customers a paper catalogue. Can we hand over "
        "the addresses?",
        "Un partenaire souhaite envoyer à nos abonnés un courrier avec nos adresses. On les "
        "lui transmet ?",
    ],
)
def test_a_third_party_sending_to_our_people_is_sharing(text):
    assert extract(text, ON).action == "share_list"


@pytest.mark.parametrize(
    "text",
    [
        "Our sign-up page has a checkbox 'Keep me posted about new features'. Can I email "
        "these leads about our premium tier?",
        "There is an opt-in box 'Email me offers' on the checkout. Can we email those buyers?",
        "Notre page d'inscription comporte une case « Tenez-moi informé des nouveautés ». "
        "Je peux envoyer un mail à ces inscrits pour l'offre premium ?",
    ],
)
def test_a_box_on_a_form_is_no_consent(text):
    assert extract(text, ON).consent != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Our form has an unticked box 'Email me offers' and Paul ticked it himself. Can I "
        "email him?",
        "Notre formulaire a une case non cochée « envoyez-moi vos offres » et Mme Blanc l'a "
        "cochée elle-même. Je peux lui écrire un mail ?",
    ],
)
def test_the_persons_tick_after_the_box_is_consent(text):
    assert extract(text, ON).consent == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "We're a small 4-person agency. Can I email these sign-ups about our new plan?",
        "Nous sommes une petite agence de 4 personnes. Je peux écrire à ces inscrits ?",
    ],
)
def test_our_own_company_is_not_the_audience(text):
    assert extract(text, ON).audience != "b2b"


@pytest.mark.parametrize(
    "question",
    [
        "Quelle est la différence entre adresse mail générique et nominative en prospection ?",
        "What is the difference between a generic mailbox and a named address for B2B emails?",
        "Generic inbox vs named work address: what's the difference for prospecting?",
    ],
)
def test_generic_versus_named_address_is_info(ask, question):
    assert ask(question).verdict.value == "info"


@pytest.mark.parametrize(
    "question",
    [
        "Client particulier désabonné de nos mails en février. En juin, il a coché lui-même la "
        "case non pré-cochée « recevoir vos offres » ; on a l'horodatage. Je peux lui renvoyer "
        "la newsletter ?",
        "A private customer opted out of our emails in January. In May she ticked the unticked "
        "offers box herself, timestamp kept. Can we email her our newsletter again?",
    ],
)
def test_a_later_plain_consent_supersedes_the_objection(ask, question):
    assert ask(question).verdict.value == "allowed"


@pytest.mark.parametrize(
    "question",
    [
        # the consent came first, the objection after
        "Une cliente a coché elle-même la case « envoyez-moi vos offres » en juin. En septembre "
        "elle s'est désabonnée. Je peux lui renvoyer la newsletter ?",
        # a later contact that is no consent
        "He unsubscribed in March. In October he came back and placed an order. Can I email him "
        "our newsletter?",
        # a later consent only supposed
        "Elle s'est désabonnée en mars. En octobre elle a peut-être recoché la case, je ne sais "
        "pas. Je peux lui écrire ?",
    ],
)
def test_the_objection_stands_without_a_later_plain_consent(ask, question):
    assert ask(question).verdict.value != "allowed"
