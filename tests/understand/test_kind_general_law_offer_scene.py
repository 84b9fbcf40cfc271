"""What kind of question it is, beyond the earlier wordings:

- what the law bans or allows, how a consent is proved and what to keep, asked with no particular
  person, are general questions (``info``); a sector the law singles out, asked about so, is
  answered with its bans;
- SMS spellings ("tps", "qd", "ds", "pr") do not break a general question;
- a retention practice put in the question ("can we keep them…, restarting the clock at each
  update?") is judged (forbidden); a restart only asked about stays a question on the period;
- the difference between prospecting a professional and a consumer, named in words, is general;
- our offer named ("notre logiciel de comptabilité") is no off-field subject, and a field word
  that only dates the question ("pendant la campagne d'appels") brings none back into the field;
- a note "mise dans la fiche" is written in the CRM; a "text-message" is an SMS.

The wordings stand for classes; they are not those of the blind batches."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from bot.understand.kind import question_kind
from bot.understand.topics import topic_of

ON = dt.date(2026, 12, 1)


def _topic(question: str) -> str | None:
    return topic_of(question, general=question_kind(question) == "general")


# What the law bans, asked in general ------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Dans le CPF, quels moyens de prospection sont interdits ?", "sector_cpf"),
        ("Which channels are banned when selling training paid with the CPF?", "sector_cpf"),
        (
            "Pompes à chaleur : qu'est-ce qui est interdit comme démarchage ?",
            "sector_energy_renovation",
        ),
        (
            "For solar panels, which channels are prohibited towards households?",
            "sector_energy_renovation",
        ),
        (
            "Monte-escaliers : quels canaux sont interdits vers les seniors ?",
            "sector_home_adaptation",
        ),
        ("What is forbidden when canvassing for stairlifts?", "sector_home_adaptation"),
    ],
)
def test_a_sector_ban_asked_in_general_is_answered_with_its_bans(ask, question, topic):
    assert question_kind(question) == "general"
    assert _topic(question) == topic
    answer = ask(question, on=ON)
    assert answer.verdict.value == "info"


@pytest.mark.parametrize(
    "question",
    [
        "Comment on démontre l'accord d'un abonné à la newsletter ? on archive quoi ?",
        "comment est-ce qu'on justifie le consentement d'un contact ? on conserve quoi au juste ?",
        "How do we demonstrate a subscriber's opt-in? What do we store exactly?",
        "How can we document a lead's consent, and what should we keep?",
    ],
)
def test_how_to_prove_a_consent_is_general(ask, question):
    assert question_kind(question) == "general"
    assert _topic(question) == "proof_of_consent"
    assert ask(question, on=ON).verdict.value == "info"


# SMS spellings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("cb de tps max on peut stocker les coordonnées d'un lead jamais client ?", None),
        ("combien de tps on conserve un contact qui clique jamais ?", "retention_prospect"),
        ("ds quel délai faut-il répondre à une demande d'accès ?", "access_request"),
        ("qd est-ce que le délai de conservation démarre pr un prospect ?", "retention_prospect"),
    ],
)
def test_sms_spellings_leave_a_general_question_general(question, topic):
    assert question_kind(question) == "general"
    if topic:
        assert _topic(question) == topic


# A retention practice put in the question -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "peut-on conserver les leads 6 ans en relançant le compteur à chaque mise à jour de la fiche ?",
        "may we retain leads for four years, restarting the timer whenever we enrich the file?",
    ],
)
def test_keeping_data_with_a_clock_restarted_by_our_updates_is_forbidden(ask, question):
    assert _topic(question) == "retention_excessive"
    assert ask(question, on=ON).verdict.value == "forbidden"


@pytest.mark.parametrize(
    "question",
    [
        "does the 3-year clock restart when we update the record?",
        "le délai de 3 ans repart-il quand on met à jour la fiche ?",
    ],
)
def test_a_restart_only_asked_about_stays_a_question_on_the_period(question):
    assert _topic(question) != "retention_excessive"


# Professional or consumer, named in words -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "pour résumer, quelle différence entre démarcher une entreprise et un consommateur par e-mail ?",
        "what's the difference between emailing businesses and consumers for marketing?",
    ],
)
def test_the_difference_between_a_professional_and_a_consumer_is_general(ask, question):
    assert question_kind(question) == "general"
    assert _topic(question) == "b2b_or_b2c"
    assert ask(question, on=ON).verdict.value == "info"


# The scene of the question: our offer, a time set by our campaign -------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Lettre au directeur financier d'une PME pour présenter notre logiciel de comptabilité ; on "
        "y met la source de l'adresse et comment s'opposer. ça passe ?",
        "Letter to the finance director of an SME pitching our accounting software, with where we "
        "got the address and how to object. fine?",
    ],
)
def test_our_offer_named_is_no_off_field_subject(ask, question):
    assert question_kind(question) != "off_field"
    assert ask(question, on=ON).verdict.value != "out_of_scope"


@pytest.mark.parametrize(
    "question",
    [
        "quel taux de TVA appliquer sur les factures de notre logiciel de comptabilité ?",
        "which VAT rate do we charge on invoices for our CRM software?",
    ],
)
def test_an_off_field_question_about_our_offer_stays_off_field(question):
    assert question_kind(question) == "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "mon employeur peut-il m'imposer des RTT pendant la campagne de prospection de janvier ?",
        "can my boss refuse my paid leave during the phoning campaign?",
    ],
)
def test_a_campaign_that_only_dates_the_question_brings_none_back(ask, question):
    assert question_kind(question) == "off_field"
    assert ask(question, on=ON).verdict.value == "out_of_scope"


def test_a_field_word_outside_the_dated_phrase_still_brings_it_back():
    question = "pendant mes congés, un collègue peut-il appeler mes prospects à ma place ?"
    assert question_kind(question) != "off_field"


# Words of a case ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "une collègue a mis sur la fiche client « menteur et radin », on peut laisser ?",
        "a rep put 'cheapskate, idiot' in the customer's CRM record, can we leave it?",
    ],
)
def test_an_insult_written_in_a_record_is_forbidden(ask, question):
    facts = extract(question, ON)
    assert facts.action == "crm_comment"
    assert facts.comment_kind == "insulting"
    assert ask(question, on=ON).verdict.value == "forbidden"


@pytest.mark.parametrize(
    "question",
    [
        "Our food bank would like to send a text-message reminder to last year's donors. OK?",
        "can we send a text-message about our sale to shoppers who bought online?",
    ],
)
def test_a_hyphenated_text_message_is_an_sms_case(ask, question):
    assert extract(question, ON).channel == "sms"
    assert ask(question, on=ON).verdict.value == "needs_info"
