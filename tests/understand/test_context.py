"""Asymmetric evidence (issue 11): a value that can lead towards `allowed` is read only from a
plain statement about this case; negations, possibilities, hypotheses, mechanisms, claims and
guesses around it leave it unknown, so the rules ask instead of allowing."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.context import lexicon, plain_text, spans
from bot.understand.extract import extract
from bot.understand.text import fold
from rules import decide
from rules.decision import Verdict

ON = dt.date(2026, 11, 23)


def facts(text: str) -> dict:
    return extract(text, ON).known()


def covered(text: str) -> dict[str, list[str]]:
    folded = fold(text)
    out: dict[str, list[str]] = {}
    for s in spans(folded):
        out.setdefault(s.category, []).append(folded[s.start : s.end])
    return out


# The engine alone -------------------------------------------------------------------------------


def test_every_trigger_of_the_lexicon_compiles_and_has_a_known_category():
    cats = {m.category for m in lexicon().modifiers}
    assert cats == {
        "approval",
        "negated",
        "possible",
        "hypothetical",
        "mechanism",
        "message",
        "reported",
        "uncertain",
        "historical",
        "others",
        "removed",
        "question",
        "unknown",
    }


def test_a_terminator_ends_the_scope_of_a_negation():
    spans_ = covered("il n'est pas client mais il a donné son accord")
    assert spans_["negated"] == ["pas client"]


def test_a_claim_covers_the_rest_of_its_sentence_only():
    spans_ = covered("Le broker dit que les gens ont consenti. Ils sont clients.")
    assert spans_["reported"] == ["dit que les gens ont consenti"]


def test_a_condition_in_the_reps_own_question_is_the_case_asked_about():
    assert "hypothetical" not in covered(
        "Peut-on appeler un particulier un lundi s'il a consenti ?"
    )
    assert "hypothetical" in covered("S'il a consenti, on l'appelle lundi.")


def test_plain_text_cuts_the_spans_of_the_categories_asked_only():
    folded = fold("Je pense qu'il a consenti. Il est client.")
    found = spans(folded)
    assert plain_text(folded, found, frozenset({"negated"})) == folded
    assert "consenti" not in plain_text(folded, found, frozenset({"uncertain"}))


# Cases a rep writes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Je peux appeler un particulier ? Le DPO a validé.",
        "le DPO a validé : on envoie des mails aux particuliers du fichier loué ? (le DPO a dit ok)",
        "Legal said it's fine: can I email these consumers? The vendor says they all consented.",
        "Je peux leur envoyer un SMS ? Le vendeur dit qu'ils ont tous donné leur accord.",
        "I think this guy agreed to be called, he seemed keen. Can I call him Thursday?",
        "So they consented, right? Can I email them? They're consumers.",
    ],
)
def test_a_claim_or_a_guess_is_no_consent(text):
    assert facts(text).get("consent") != "yes"
    assert decide(extract(text, ON), ON).verdict is not Verdict.allowed


@pytest.mark.parametrize(
    "text",
    [
        "Consumer customers, told at purchase. Every email has an unsubscribe link and a few "
        "people used it, we removed them. Can I send the promo to everyone else?",
        "Prospects B2B informés à la collecte. On a retiré de la liste ceux qui sont dans notre "
        "liste d'opposition. On peut envoyer un premier mail ?",
        # a possibility or a means to object is no objection made
        "Elle s'est inscrite à notre webinar (mention d'info + désinscription possible). "
        "Je lui propose notre logiciel par mail ?",
        "My first message says who we are and that she can tell me to stop anytime.",
        "Ils peuvent répondre STOP à chaque SMS. On leur envoie la promo ?",
        "Il y a un lien de désinscription en bas de page. Je lui écris ?",
        "There is an unsubscribe link in the footer. Can I email her?",
    ],
)
def test_a_mechanism_or_others_opting_out_is_no_objection_of_this_person(text):
    assert facts(text).get("objected") != "yes"


def test_a_means_to_object_told_at_collection_still_informs():
    got = facts("À la collecte on les a informés qu'ils peuvent se désinscrire. Je leur écris ?")
    assert got.get("informed") == "yes"
    assert got.get("objected") != "yes"
    assert facts("She was told she could opt out and did. Can I email her?")["objected"] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Il y a un lien de désinscription dans chaque mail. Je lui écris ?",
        "Every email we send has an unsubscribe link. Can I email her?",
    ],
)
def test_what_our_messages_carry_is_not_the_information_at_collection(text):
    assert facts(text).get("informed") != "yes"


def test_an_objection_of_this_person_still_counts():
    assert (
        facts("Il a répondu STOP à notre dernier SMS, je peux lui en renvoyer un ?")["objected"]
        == "yes"
    )
    assert facts("He clearly said 'take me off your list'. Can I call him?")["objected"] == "yes"


def test_a_plain_statement_still_counts():
    got = facts("Elle a donné son consentement pour recevoir nos offres par mail. Je lui écris ?")
    assert got["consent"] == "yes"


# Properties -------------------------------------------------------------------------------------

#: Plain statements, each giving one permissive value on its own (checked below).
STATEMENTS = [
    ("il a donné son consentement pour recevoir nos offres par mail", "consent", "yes"),
    ("ils ont accepté de recevoir nos SMS", "consent", "yes"),
    ("she gave her consent to receive our emails", "consent", "yes"),
    ("they agreed to receive our offers by email", "consent", "yes"),
    ("il nous a demandé de le rappeler", "callback", "yes"),
    ("she asked us to call her back", "callback", "yes"),
    ("il a un contrat en cours chez nous", "ongoing_contract", "yes"),
    ("he has an ongoing contract with us", "ongoing_contract", "yes"),
    ("il a été informé à la collecte", "informed", "yes"),
    ("they were informed at collection", "informed", "yes"),
]

#: Words around a statement that keep it from being a plain fact about this case.
WRAPPERS = [
    "le vendeur dit que {s}",
    "d'après le broker, {s}",
    "le commercial affirme que {s}",
    "the vendor says {s}",
    "according to the broker, {s}",
    "our partner claims {s}",
    "je pense que {s}",
    "je crois que {s}",
    "peut-être que {s}",
    "I think {s}",
    "maybe {s}",
    "probably {s}",
    "si {s}, on l'appelle",
    "if {s}, we call",
    "au cas où {s}, on écrit",
]

QUESTIONS = ["", " Je peux le contacter ?", " Can I contact them?", " On y va ?"]


def test_each_statement_alone_gives_its_value():
    for statement, fact, value in STATEMENTS:
        assert facts(statement).get(fact) == value, statement


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(STATEMENTS),
    st.sampled_from(WRAPPERS),
    st.sampled_from(QUESTIONS),
    st.sampled_from(["", "Client particulier. ", "B2C. ", "Prospect froid. "]),
)
def test_no_permissive_value_is_read_through_a_modifier(statement, wrapper, question, lead):
    text, fact, value = statement
    wrapped = lead + wrapper.format(s=text) + "." + question
    assert facts(wrapped).get(fact) != value, wrapped


RANK = {Verdict.forbidden: 0, Verdict.needs_info: 1, Verdict.allowed: 2}

CLAIMS = [
    "Le DPO a validé.",
    "Legal said it's fine.",
    "Le broker dit que tout est RGPD compliant et qu'ils ont consenti.",
    "The vendor guarantees GDPR compliance and says they all opted in.",
    "Mon manager a validé, c'est conforme RGPD.",
    "Apparently they all agreed.",
]

CASES = st.tuples(
    st.sampled_from(
        [
            "Je peux envoyer un mail promo",
            "Je peux appeler",
            "Can I text",
            "Can I call",
            "On peut envoyer un courrier",
        ]
    ),
    st.sampled_from(
        [
            " à un particulier",
            " to a consumer",
            " au directeur achats d'une PME sur son adresse pro",
            " à un client particulier",
        ]
    ),
    st.sampled_from(
        [
            "",
            " qui ne nous a jamais donné son accord",
            " who never consented",
            " qui a un contrat en cours chez nous",
            " whose number is on Bloctel",
            " about our software",
        ]
    ),
)


@settings(max_examples=120, deadline=None)
@given(CASES, st.sampled_from(CLAIMS), st.booleans())
def test_a_claim_never_makes_the_verdict_more_permissive(case, claim, before):
    question = "".join(case) + " ?"
    with_claim = f"{claim} {question}" if before else f"{question} {claim}"
    plain = decide(extract(question, ON), ON).verdict
    claimed = decide(extract(with_claim, ON), ON).verdict
    if plain in RANK and claimed in RANK:
        assert RANK[claimed] <= RANK[plain], with_claim


@pytest.mark.parametrize(
    "text",
    [
        "Our sister company sells the same appliances. Can THEY email our retail customers?",
        "Notre filiale vend des assurances : on envoie à nos clients particuliers un mail de la "
        "filiale ?",
        "He has a contract with our subsidiary; I work for the parent company and want to call him.",
    ],
)
def test_an_offer_from_another_company_of_the_group_is_not_related(text):
    assert facts(text).get("related_offer") == "no"


# Several of a kind, contrast, the action asked about now -----------------------------------------


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Tel, SMS et mail c'est mort pour nous. Par contre un courrier papier, on peut ?", "post"),
        ("Phone and email are off the table, I get it. But what about a paper letter?", "post"),
        ("Il nous a écrit par mail pour qu'on le rappelle. Je peux l'appeler ?", "phone"),
    ],
)
def test_the_channel_is_the_one_the_question_asks_about(text, channel):
    assert facts(text)["channel"] == channel


def test_dated_calls_already_made_are_counted_and_are_not_the_day_of_the_action():
    got = extract(
        "Je l'ai appelé le 3, le 10, le 17 et le 24 novembre, jamais de réponse. Je retente "
        "aujourd'hui ?",
        dt.date(2026, 11, 30),
    ).known()
    assert got["calls_30d"] == 4 and got["date"] == "2026-11-30"


def test_a_day_far_ahead_without_a_year_is_still_the_next_one():
    assert (
        extract("Je peux l'appeler le 3 janvier ?", dt.date(2026, 11, 30)).known()["date"]
        == "2027-01-03"
    )


def test_consent_to_one_means_is_no_consent_to_another():
    text = "Il a consenti à recevoir notre newsletter par e-mail. Ça vaut pour l'appeler ?"
    assert facts(text).get("consent") == "no"
    assert (
        facts("Il a consenti à recevoir nos offres par SMS. Je lui envoie un SMS ?")["consent"]
        == "yes"
    )


def test_a_one_person_business_mailbox_is_no_company_mailbox():
    text = "Plombier à son compte, tout seul, son mail c'est contact@dupont.fr. Je lui écris ?"
    assert facts(text)["address"] == "professional"


def test_a_bloctel_check_not_done_leaves_bloctel_unknown():
    text = "We haven't run the file through Bloctel yet. Can we call these consumers?"
    assert facts(text).get("bloctel") is None


@pytest.mark.parametrize(
    "text",
    [
        "Elle m'a dit au dernier appel 'je ne veux plus être appelée'. Je la rappelle ?",
        "Il m'a dit 'ça ne m'intéresse pas'. Je le rappelle la semaine prochaine ?",
    ],
)
def test_a_refusal_in_the_persons_own_words_is_an_objection(text):
    assert facts(text)["objected"] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "On peut faxer une promo à des particuliers qui nous ont jamais rien demandé ?",
        "Texting consumers who never signed up for anything, fine?",
        "Ils ne nous connaissent pas. Je peux leur envoyer un SMS ?",
        "Ils ont rien coché pour recevoir nos offres. Je leur écris ?",
        "Ils ont pas donné d'accord spécifique, ils nous suivent juste.",
    ],
)
def test_people_who_never_asked_for_anything_gave_no_consent(text):
    assert facts(text)["consent"] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Client (entreprise, contrat de maintenance en cours), je lui écris ?",
        "Customer with an active broadband contract. Can I call her?",
        "Customer on our 20GB mobile plan since 2024, contract still running. Call her?",
        "Client particulier en contrat (box internet), je l'appelle ?",
    ],
)
def test_a_contract_in_progress_is_read_with_words_between(text):
    assert facts(text)["ongoing_contract"] == "yes"


def test_an_option_on_the_same_contract_is_a_related_offer_at_the_hour_said():
    got = facts(
        "Customer with an ongoing home insurance policy. I want to call him to offer adding the "
        "glass-breakage option to the same policy, Tuesday at 11. Allowed?"
    )
    assert got["related_offer"] == "yes" and got["hour"] == 11 and got["weekday"] == "tuesday"


def test_a_dated_purchase_with_nothing_since_is_the_last_contact():
    got = extract(
        "Client qui a acheté un vélo en mars 2022. Depuis, plus aucune nouvelle. Je lui écris ?",
        dt.date(2026, 11, 30),
    ).known()
    assert got["last_contact"] == "2022-03-31"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ceux qui répondent pas on les considère d'accord. Ça tient la route ?",
            {"consent": "implied"},
        ),
        (
            "If you don't reply within 7 days we'll assume you're fine receiving our offers.",
            {"consent": "implied"},
        ),
        (
            "A l'achat mention d'info + case pour refuser les offres. Je lui écris ?",
            {"informed": "yes"},
        ),
        (
            "She emailed us 'please call me to discuss your offer'. Can I call her?",
            {"callback": "yes"},
        ),
        ("Il m'a dit 'ne me rappelez plus'. Je le rappelle ?", {"objected": "yes"}),
        (
            "Le streaming n'a rien à voir avec l'assurance. On appelle nos assurés ?",
            {"related_offer": "no"},
        ),
        ("Une prospecte particulière a coché une case. Je l'appelle ?", {"audience": "b2c"}),
    ],
)
def test_general_words_of_each_fact(text, expected):
    has = {k: facts(text).get(k) for k in expected}
    assert has == expected


def test_the_person_who_wants_to_call_is_not_the_one_asking_for_a_call():
    text = "Our partner's call centre wants to phone them. Can we hand over the numbers?"
    got = facts(text)
    assert got.get("callback") is None and got.get("audience") != "b2b"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rented a list where the partners were never named. Can we email these consumers?", "no"),
        ("Aucune mention de notre boite nulle part dans le formulaire, juste 'partenaires'.", "no"),
        ("Consumers ticked 'I agree to receive offers from the partners listed below'.", "yes"),
        (
            "They ticked 'I agree to be contacted by our partners', our company is in the list.",
            "yes",
        ),
    ],
)
def test_partner_consent_named_or_not(text, value):
    assert facts(text).get("partner_consent") == value


def test_a_box_unticked_by_default_is_not_pre_ticked():
    text = "The box is unticked by default and people tick it themselves. Can we email them?"
    assert facts(text).get("consent") != "pre_ticked"
    assert facts("La case était cochée par défaut. On leur écrit ?")["consent"] == "pre_ticked"


def test_a_contract_that_ended_is_not_in_progress():
    text = "Son contrat chez nous s'est terminé il y a 2 ans. Je lui écris ?"
    assert facts(text).get("ongoing_contract") == "no"


def test_a_partner_box_ticked_in_advance_is_no_partner_consent():
    text = "La case 'j'accepte les offres de nos partenaires' est cochée par défaut. On partage ?"
    assert facts(text)["partner_consent"] == "no"


def test_my_manager_is_not_the_audience():
    assert facts("My manager wants me to call these consumers.").get("audience") == "b2c"


def test_our_own_subscription_lapsing_makes_nobody_a_customer():
    text = "Our Bloctel subscription lapsed in April. Can the team call these individuals?"
    assert facts(text).get("customer") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "He bought a washing machine from us in 2024 (delivered, nothing ongoing). Call him?",
        "One-off purchase two years ago, no contract or subscription with us now. Call him?",
        "Elle était cliente jusqu'en mars 2026, elle a résilié. Je la rappelle ?",
    ],
)
def test_a_past_purchase_or_an_ended_relationship_is_no_contract_in_progress(text):
    assert facts(text)["ongoing_contract"] == "no"


def test_the_weekday_of_the_action_is_the_one_of_its_date():
    text = "Il nous a appelés jeudi. Il veut qu'on le rappelle samedi 5 décembre à 10h30. OK ?"
    assert extract(text, dt.date(2026, 11, 30)).known()["weekday"] == "saturday"


def test_a_training_followed_right_now_is_a_contract_in_progress():
    text = "Une stagiaire fait en ce moment sa formation chez nous. Je lui écris ?"
    assert facts(text)["ongoing_contract"] == "yes"


def test_our_company_named_in_a_consent_box_is_not_the_audience():
    text = "Leads who gave us phone consent (separate box, company named). Call them at 10:30?"
    assert facts(text).get("audience") != "b2b"


def test_a_contract_in_progress_says_nothing_of_the_sector():
    assert "sector" not in facts("Il a un contrat en cours chez nous. Je l'appelle ?")


def test_a_robot_mower_is_a_product_not_a_scraper():
    assert (
        facts("Je veux lui envoyer un SMS pour notre nouveau robot tondeuse.").get("source")
        != "scraped"
    )


def test_not_having_the_consents_is_no_consent():
    assert facts("On envoie des mails ? (on a pas les consentements)")["consent"] == "no"


def test_a_word_in_quotes_is_a_label_not_a_consent():
    text = "We bought 'consented' consumer emails for our campaign. Can we launch?"
    assert "consent" not in extract(text, dt.date(2026, 11, 23)).known()
