"""What is asked decides the field, whatever the context names.

- A question clause about another field is out of scope even when it names a customer, a channel
  or a referral programme: staff made to work on Sundays, sales bonuses and the variable part of
  pay (a collective agreement), which messaging platform is better or cheaper, deliverability
  (mails landing in spam, warm-up, sending limits), a consumer's withdrawal period or a return,
  refusing cash or cards.
- A contact asked about stays in the field whatever other field its words come from (the offer
  is a recruitment service, the person works in logistics), and "ça passe ?" asks for it.
- "What counts as valid consent?" is answered with the criteria (free, specific, informed,
  unambiguous, provable; no pre-ticked box, not bundled in the T&Cs).
Wordings of our own.
"""

from __future__ import annotations

import pytest

from bot.understand.kind import question_kind
from bot.understand.topics import topic_of


@pytest.mark.parametrize(
    "question",
    [
        # working on Sundays
        "On peut faire travailler les caissières le dimanche avant les fêtes sans leur accord ?",
        "Can I make my shop assistants work on Sundays in December if they refuse?",
        # sales pay, even for a referral programme or prospects won
        "Comment on calcule la commission des commerciaux sur les clients parrainés ?",
        "For our referral scheme, should the sales team bonus be a flat fee or a % of revenue?",
        "Peut-on supprimer la prime des téléconseillers sur les prospects convertis ?",
        "Under our collective agreement, can we cut the reps' variable pay mid-year?",
        # tools and their price
        "Quelle plateforme SMS est la moins chère pour nos campagnes en magasin ?",
        "Which email tool is better for our newsletters, Mailchimp or Sendinblue?",
        "What's the price per text with Twilio compared with OVH for our customer promos?",
        # deliverability
        "Nos mails de prospection tombent dans les spams, quels réglages SPF et DKIM mettre ?",
        "Our newsletters go to junk. How long should the domain warm-up last?",
        # withdrawal, returns
        "Une cliente veut retourner le produit acheté en ligne, combien de temps a-t-elle pour se "
        "rétracter ?",
        "A customer bought a sofa online and wants to return the item: what's the withdrawal period?",
        # payments
        "Mon magasin peut refuser les paiements en espèces au-dessus de 100 € ? un client râle",
        "Can our store refuse card payments under 10 euros? Customers keep asking.",
    ],
)
def test_a_question_clause_of_another_field_is_off_field(question: str) -> None:
    assert question_kind(question) == "off_field"


@pytest.mark.parametrize(
    "question",
    [
        # a contact to make, the offer or the person from another field
        "Le DG d'une société de transport a accepté ma demande LinkedIn. Je voudrais lui envoyer "
        "un message pour présenter nos services de recrutement de chauffeurs. Ça passe ?",
        "I'd like to DM the head of HR of a logistics firm on LinkedIn to pitch our temp staffing "
        "services. Does that work?",
        # the other field named beside a contact asked for
        "Peut-on appeler nos clients le dimanche pour leur proposer la nouvelle collection ?",
        "Can we text customers who asked for a refund to offer them our new range?",
        # the law asked about the other field's words
        "Nos emails tombent en spam : est-ce que le lien de désinscription est obligatoire ?",
        "Is it legal to keep the card numbers of customers who paid by card for later promos?",
    ],
)
def test_a_contact_or_the_law_asked_stays_in_the_field(question: str) -> None:
    assert question_kind(question) != "off_field"


def test_a_question_of_another_field_is_answered_out_of_scope(ask) -> None:
    for question in (
        "Combien de jours a un client pour se rétracter après une commande en ligne ?",
        "Which SMS provider is cheapest per message for our shop?",
    ):
        assert ask(question).verdict.value == "out_of_scope"


@pytest.mark.parametrize(
    "question",
    [
        "What makes consent valid for our promotional emails?",
        "Is an 'I accept' hidden in the terms and conditions real consent for our newsletter? "
        "What counts as consent?",
        "Qu'est-ce qui rend un consentement valable pour nos SMS promotionnels ?",
        "Quels sont les critères d'un consentement valable pour la prospection par email ?",
    ],
)
def test_valid_consent_is_its_own_topic(question: str) -> None:
    kind = question_kind(question)
    assert kind == "general"
    assert topic_of(question, general=True) == "valid_consent"


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "When is an opt-in valid for marketing emails?",
            ("free", "specific", "informed", "unambiguous", "pre-ticked", "T&Cs"),
        ),
        (
            "C'est quoi un consentement valable pour nos newsletters ?",
            ("libre", "spécifique", "éclairé", "univoque", "pré-cochée", "CGV"),
        ),
    ],
)
def test_the_valid_consent_answer_names_its_criteria(ask, question, words) -> None:
    answer = ask(question)
    assert answer.verdict.value == "info"
    said = answer.summary + " ".join(answer.obligations)
    for word in words:
        assert word in said
