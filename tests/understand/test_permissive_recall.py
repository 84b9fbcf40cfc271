"""Permissive facts stated plainly are read (recall), and still never from a claim (asymmetric
evidence): what our own form said at collection is the information itself; what a broker says
it said is a claim."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        # what our form or notice said at collection: the information, not a reported claim
        (
            "Trade show visitor form: the form said we'd send him offers by email and he could "
            "opt out. I want to email him.",
            "informed",
            "yes",
        ),
        (
            "He gave it to us on our form, which said we'd send him offers and he could opt out.",
            "informed",
            "yes",
        ),
        (
            "Au rdv je lui ai dit qu'il recevrait nos offres et qu'il pourrait se désinscrire.",
            "informed",
            "yes",
        ),
        (
            "The box (unticked by default) says 'I agree to receive offers by email from the "
            "following partners' and links to a list naming each partner, our company included.",
            "partner_consent",
            "yes",
        ),
        # the box and its own words, ticked by the person
        (
            "Consumer ticking (unticked by default) 'I agree that ACME calls me about its offers'.",
            "consent",
            "yes",
        ),
        ("The box is unticked by default and people tick it themselves.", "consent", "yes"),
        (
            "Le client nous demande de lui envoyer par mail nos autres offres.",
            "consent",
            "yes",
        ),
        # an upgrade of the same contract, the same training, the person's own trade
        (
            "Can I email him about upgrading that same maintenance contract to the premium tier?",
            "related_offer",
            "yes",
        ),
        (
            "l'inscrire à la certification qui conclut cette même formation",
            "related_offer",
            "yes",
        ),
        (
            "graphiste à son compte, je lui propose notre logiciel de design, c son métier",
            "related_offer",
            "yes",
        ),
        # a role and what the company needs for it
        (
            "fleet manager at a bus company; I want to text him about our winter tyre deal",
            "related_offer",
            "yes",
        ),
        (
            "Mail au responsable services généraux, offre d'isolation de leur entrepôt.",
            "related_offer",
            "yes",
        ),
        ("He gave his company mobile at the stand.", "address", "professional"),
        ("His email is his business one.", "address", "professional"),
        # a negation in the clause before ("aren't customers") does not undo the Bloctel check
        (
            "consumers who aren't customers, the file was scrubbed against Bloctel yesterday "
            "and these numbers are not on it.",
            "bloctel",
            "no",
        ),
    ],
)
def test_a_plain_statement_is_read(question: str, fact: str, value: str) -> None:
    assert extract(question, ON).known().get(fact) == value


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # a claim stays a claim, whatever it quotes
        ("The broker says the form told them we'd send offers and they could opt out.", "informed"),
        ("Le fournisseur garantit qu'ils ont été informés et pouvaient s'opposer.", "informed"),
        ("The vendor claims they ticked 'I agree to receive partner offers'.", "partner_consent"),
        # a negated sameness is no link
        ("ce n'est pas le même contrat, c'est une autre assurance", "related_offer"),
        ("we have not yet scrubbed the file against Bloctel", "bloctel"),
    ],
)
def test_a_claim_or_a_negation_is_not_read_as_permissive(question: str, fact: str) -> None:
    assert extract(question, ON).known().get(fact) in (None, "no")


@pytest.mark.parametrize(
    ("question", "fact", "value"),
    [
        # a higher tier of the plan they hold is tied to that contract
        (
            "Abonné en cours chez nous, je lui propose l'abonnement supérieur ?",
            "related_offer",
            "yes",
        ),
        (
            "She has a running policy with us; can I offer her the policy's gold option?",
            "related_offer",
            "yes",
        ),
        (
            "Can I email him about a workshop directly tied to his current course?",
            "related_offer",
            "yes",
        ),
        # enrolled in one of our courses: a contract running
        (
            "The trainee is enrolled in our state-funded welding training.",
            "ongoing_contract",
            "yes",
        ),
        # "to post a paper brochure": the post, even when "our mail" is said later
        (
            "Can we post a paper leaflet to them? They know they may get our mail.",
            "channel",
            "post",
        ),
    ],
)
def test_a_plain_statement_of_the_contract_or_the_post_is_read(question, fact, value) -> None:
    assert extract(question, ON).known().get(fact) == value


def test_enrolment_in_a_newsletter_is_no_contract() -> None:
    assert extract("Il est inscrit à notre newsletter, je l'appelle ?", ON).known().get(
        "ongoing_contract"
    ) in (None, "no")


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # "non pré-cochée" says what the box is (a pseudo-negation), it denies nothing after it
        (
            "Ils ont tous coché une case non pré-cochée pour recevoir les offres de nos "
            "partenaires, listés nommément sur le formulaire. On leur écrit ?",
            "partner_consent",
        ),
        (
            "Each of them ticked a box that was not pre-ticked to get offers from the partners "
            "named on the form. Can we email them?",
            "partner_consent",
        ),
    ],
)
def test_a_box_not_ticked_in_advance_is_no_negation(question, fact) -> None:
    assert extract(question, ON).known().get(fact) == "yes"


def test_a_real_negation_beside_such_a_box_still_counts() -> None:
    question = (
        "Le formulaire avait une case non pré-cochée pour les offres des partenaires, mais il ne "
        "l'a pas cochée. On lui écrit ?"
    )
    assert extract(question, ON).known().get("partner_consent") in (None, "no")


def test_checking_a_list_against_our_do_not_contact_file_is_no_objection() -> None:
    # a step of our process (a mechanism), not an objection this person made
    question = (
        "Our customers opted in via an unticked box. Each week we scrub the send list against "
        "our do not contact register. Can I email them the offer?"
    )
    assert extract(question, ON).known().get("objected") != "yes"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # an offer of the very product of the contract they held
        (
            "Ex-client, abonnement fibre résilié en 2025. Je lui envoie notre nouvelle offre fibre ?",
            "yes",
        ),
        (
            "Former customer, his gym subscription ended last year. Can I email him our new gym offer?",
            "yes",
        ),
    ],
)
def test_an_offer_of_the_product_of_their_contract_is_related(question, value) -> None:
    assert extract(question, ON).known().get("related_offer") == value


def test_another_product_after_a_contract_is_not_read_as_related() -> None:
    question = (
        "Ex-client, abonnement fibre résilié en 2025. Je lui envoie notre offre d'assurance ?"
    )
    assert extract(question, ON).known().get("related_offer") != "yes"
