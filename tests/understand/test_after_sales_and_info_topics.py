"""What kind of question it is, for two more families of words.

- After-sales law (goods broken or faulty, refund, repair, replacement, warranty) is outside the
  field even put as a permission ("can we offer a repair instead?"): the remedy is asked, not a
  contact to make; with a channel, data or prospecting named it stays in the field.
- General questions get their topic from the words of the brief's rules: the right of access
  named by its article or by "all the data we hold on him" (R29, one month), phone fines asked
  "par tél" (R20, 75 000 / 375 000 €), a phishing or an export by someone as a breach and the
  notice to the CNIL (R30, 72 hours). Wordings of our own, real rules.
"""

from __future__ import annotations

import pytest

from bot.understand.kind import question_kind
from bot.understand.topics import topic_of


@pytest.mark.parametrize(
    "question",
    [
        "A customer says the dishwasher we delivered is faulty and wants a refund. Can we offer a "
        "repair instead?",
        "Le frigo d'un client est tombé en panne au bout de 8 mois, il demande un échange. On doit "
        "le remplacer ?",
        "Un client a reçu une table rayée : on peut lui faire un avoir au lieu de le rembourser ?",
        "Our customer's bike arrived with a cracked frame. Must we replace it or can we repair it?",
        "La garantie légale de conformité, elle dure combien de temps pour un canapé ?",
    ],
)
def test_after_sales_questions_are_off_field(question):
    assert question_kind(question) == "off_field"


@pytest.mark.parametrize(
    "question",
    [
        "Client whose washing machine broke: can I email him our extended warranty offer?",
        "Can we call customers whose order arrived damaged to offer a discount on the next one?",
        "On peut proposer la réparation gratuite par SMS aux clients dont le produit est cassé ?",
    ],
)
def test_a_contact_by_a_channel_about_a_breakdown_stays_a_case(question):
    assert question_kind(question) != "off_field"


def test_an_after_sales_question_is_answered_out_of_scope(ask):
    answer = ask(
        "Une cliente a reçu sa commode avec un tiroir cassé et exige un remboursement. "
        "On peut lui proposer juste la réparation ?"
    )
    assert answer.verdict.value == "out_of_scope", answer.summary


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # the right of access: by its article, by "all that we hold on him"
        ("Un client invoque l'article 15 du RGPD, on a combien de temps ?", "access_request"),
        ("A lead cites Article 15 GDPR in his email. How long do we have?", "access_request"),
        (
            "Une prospecte veut toutes les informations qu'on a sur elle, sous quel délai ?",
            "access_request",
        ),
        ("Someone wants everything we hold on him. What's our deadline?", "access_request"),
        # phone fines, the phone named in short ("par tél", "by phone")
        ("Quelle amende si on démarche des particuliers par tél sans accord ?", "call_fines"),
        ("What's the maximum fine for telemarketing consumers without consent?", "call_fines"),
        # a breach by phishing, an export by someone, the notice to the CNIL
        ("Un commercial s'est fait hameçonner, on doit prévenir la CNIL ?", "breach"),
        ("Someone downloaded our prospect list with a stolen login. Deadline to tell?", "breach"),
        ("Quelqu'un a exporté notre base clients, quel délai pour notifier la CNIL ?", "breach"),
        ("Phishing attack on our sales team last night: what must we do?", "breach"),
    ],
)
def test_general_questions_find_their_topic(question, topic):
    kind = question_kind(question)
    assert kind in ("general", None), kind
    assert topic_of(question, general=kind == "general") == topic


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Un prospect cite l'article 15 et veut ses données, on a combien de temps ?", "mois"),
        ("A customer wants all the data we hold on her. How long do we have?", "month"),
        ("Amende max si on appelle des particuliers par tél sans consentement ?", "375"),
        ("We got phished and our CRM was exported. Deadline to notify the CNIL?", "72"),
    ],
)
def test_they_are_answered_info_with_the_figure(ask, question, figure):
    answer = ask(question)
    assert answer.verdict.value == "info", (answer.verdict, answer.summary)
    text = answer.summary + " ".join(str(o) for o in answer.obligations)
    assert figure in text, text


@pytest.mark.parametrize(
    "question",
    [
        "On peut l'appeler au 06 12 34 56 78 mardi 10h ? C'est un article 15 de notre catalogue",
        "Can I email him the article about our 15 new products?",
    ],
)
def test_an_article_of_a_catalogue_is_no_access_request(question):
    assert topic_of(question) != "access_request"
