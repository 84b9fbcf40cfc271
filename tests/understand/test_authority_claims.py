"""Claims of approval ("le DPO a validé", "legal said it's fine", "c'est RGPD compliant", "the
vendor guarantees consent"): the answer says its verdict does not rest on them, and they never
turn a case into `allowed` (issue 15, item 3)."""

from __future__ import annotations

import pytest

from bot.understand.authority import claimed_approval


@pytest.mark.parametrize(
    "text",
    [
        "Je peux appeler un particulier ? Le DPO a validé.",
        "Validé par le juridique, on peut envoyer la campagne SMS ?",
        "mon manager a donné son feu vert pour appeler ces particuliers",
        "il dit juste que c'est RGPD compliant",
        "Legal said it's fine to email the consumers on the list.",
        "The vendor guarantees consent for every contact.",
        "My manager says texting consumers without opt-in is fine.",
        "le fournisseur nous assure que tout est opt-in",
        "Fichier certifié RGPD, 100 % opt-in, on peut l'utiliser ?",
    ],
)
def test_a_claim_of_approval_is_recognised(text):
    assert claimed_approval(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can I email a consumer who opted in?",
        "Le client a validé son devis, je peux lui écrire ?",
        "On a un DPO, il faut le prévenir en cas de fuite ?",
        "Our vendor gave us the proof file with timestamps.",
        "Le manager veut qu'on appelle des particuliers.",
        "Le prospect dit qu'il est d'accord pour être appelé.",
        "Notre outil est-il conforme au RGPD ?",
    ],
)
def test_what_is_no_claim_of_approval_is_left_alone(text):
    assert claimed_approval(text) is None


@pytest.mark.parametrize(
    ("question", "lang", "needle"),
    [
        (
            "Je peux appeler un particulier pour lui proposer une mutuelle ? Le DPO a validé.",
            "fr",
            "ne repose pas",
        ),
        (
            "Legal said it's fine: can I text consumers from a list we bought?",
            "en",
            "does not rest",
        ),
        (
            "We bought consumer emails; the vendor guarantees consent. Can we send our promo?",
            "en",
            "does not rest",
        ),
        (
            "On a acheté un fichier de particuliers, il est RGPD compliant d'après le vendeur. On "
            "peut leur envoyer des SMS ?",
            "fr",
            "ne repose pas",
        ),
    ],
)
def test_the_answer_says_the_verdict_does_not_rest_on_the_claim(ask, question, lang, needle):
    answer = ask(question)
    assert answer.language == lang
    assert any(needle in w for w in answer.warnings), answer.warnings
    assert answer.verdict.value != "allowed"


def test_no_claim_no_warning(ask):
    answer = ask("Je peux appeler un particulier pour lui proposer une mutuelle ?")
    assert not any("ne repose pas" in w for w in answer.warnings)
