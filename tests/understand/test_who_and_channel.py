"""Who is contacted and by which channel (issue 11): a consumer met where consumers are, a
professional approached outside their trade, a business of one, another person's facts, the
channel and source of the action asked, a call-back asked for in other words."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract
from bot.understand.persons import focus, target
from rules import decide

ON = dt.date(2026, 11, 23)  # a Monday


def facts(text: str) -> dict:
    return {k: getattr(v, "value", v) for k, v in extract(text, ON).known().items()}


def verdict(text: str) -> str:
    return decide(extract(text, ON), ON).verdict.value


# A consumer met where consumers are ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Our sign-up form has the 'yes, send me offers by SMS' box already ticked. Can we text "
        "everyone who didn't untick it?",
        "Sur notre formulaire d'inscription la case « recevoir nos offres par email » est cochée "
        "par défaut. Ceux qui l'ont laissée cochée, c'est bon pr la newsletter promo ?",
        "To get the 10% welcome discount, people must accept our marketing emails, no other way. "
        "Can we email everyone who accepted?",
        "Elle a consenti à être appelée (case cochée, preuve ok). Je peux l'appeler dimanche ?",
        "Nos adhérents peuvent-ils recevoir un SMS pour les nouveaux cours ?",
        "Can we email the users of our app about the premium plan?",
    ],
)
def test_people_met_where_consumers_are_are_consumers(question):
    assert facts(question).get("audience") == "b2c"


@pytest.mark.parametrize(
    "question",
    [
        "Our webinar sign-up form for purchasing managers had a consent box. Can we email them?",
        "Le DAF d'une PME s'est inscrit à notre newsletter. Je peux lui envoyer notre offre ?",
    ],
)
def test_a_b2b_word_still_wins_over_consumer_cues(question):
    assert facts(question).get("audience") == "b2b"


def test_a_pre_ticked_box_for_consumers_forbids():
    q = "Our sign-up form has the SMS box already ticked. Can we text everyone who didn't untick it?"
    assert verdict(q) == "forbidden"


# A professional approached outside their trade ----------------------------------------------------

ROLES = ["un gérant de PME", "une comptable", "le DAF d'une PME", "un directeur commercial"]
HOMES = ["pour sa maison", "pour chez lui", "pour son appartement", "pour sa famille"]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(ROLES), st.sampled_from(HOMES))
def test_a_professional_offered_something_for_their_home_is_a_consumer(role, home):
    got = facts(f"Je voudrais appeler {role} sur sa ligne pro pour lui proposer une alarme {home}.")
    assert got.get("audience") == "b2c"


def test_not_at_home_keeps_the_professional():
    q = (
        "Appel au responsable des services généraux d'une entreprise logistique, sur sa ligne pro, "
        "pour l'isolation de leur entrepôt (le bâtiment de la boîte, pas chez lui)."
    )
    assert facts(q).get("audience") == "b2b"


def test_a_personal_line_makes_a_consumer():
    got = facts(
        "Un gérant de PME m'a donné son numéro de portable perso. Je peux l'appeler dessus pour "
        "notre offre ?"
    )
    assert got["address"] == "personal"
    assert got["audience"] == "b2c"


@pytest.mark.parametrize("line", ["le 06 perso", "son 07 personnel"])
def test_a_mobile_called_by_its_prefix_is_a_personal_line(line):
    got = facts(f"J'ai {line} d'un chef d'atelier. Je peux l'appeler pour une mutuelle perso ?")
    assert got["address"] == "personal"


def test_a_business_of_one_offered_something_outside_its_trade_is_a_consumer():
    got = facts(
        "L'adresse c'est contact@sophie-durand-photo.fr, elle est photographe en auto-entreprise. "
        "Je veux lui proposer par email un séjour bien-être en thalasso."
    )
    assert got["audience"] == "b2c"
    assert got["address"] != "generic"


# A business of one: its contact@ mailbox is the person's ------------------------------------------

ALONE = [
    "c'est un plombier qui bosse seul",
    "il travaille tout seul",
    "il est à son compte",
    "c'est une entreprise sans salarié",
    "he works alone",
    "it's a one-person plumbing business",
    "a one-man practice",
    "she has no employees",
]


@pytest.mark.parametrize("alone", ALONE)
def test_a_generic_address_of_someone_who_works_alone_is_not_a_company_mailbox(alone):
    q = f"contact@plomberie-lucas.fr — {alone}. je peux lui envoyer notre promo ?"
    got = facts(q)
    assert got.get("address") != "generic"
    assert verdict(q) != "allowed"  # the offer and the information are unknown: asked


def test_a_company_mailbox_stays_generic():
    got = facts("contact@plomberie-lucas.fr, une entreprise de 40 salariés. je peux leur écrire ?")
    assert got.get("address") == "generic"


# Another person's facts ---------------------------------------------------------------------------


def test_the_wifes_custom_is_not_his():
    got = facts(
        "sa femme est cliente chez nous depuis 2 ans (contrat en cours), lui non, et il n'a jamais "
        "donné son accord pour nos offres. je peux lui envoyer un mail pour notre offre duo ?"
    )
    assert got.get("customer") == "no"
    assert got.get("ongoing_contract") != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "His wife consented to our emails last year. Can I email him?",
        "Son collègue a accepté nos offres par mail. Je peux lui écrire ?",
        "Her husband is a customer of ours. Can I text her?",
    ],
)
def test_a_relatives_consent_or_custom_is_not_the_persons(question):
    got = facts(question)
    assert got.get("consent") != "yes"
    assert got.get("customer") != "yes"


def test_when_the_action_targets_the_relative_their_facts_stay():
    q = "Je peux envoyer un mail à sa femme ? Sa femme est cliente chez nous."
    assert focus(q) == q


def test_an_inline_list_of_persons_and_the_one_asked_about():
    q = (
        "Three people on my list: Paul (B2B buyer, job-related offer), Lea (consumer, unsubscribed "
        "last month) and Sam (consumer, valid consent). Asking only about Paul: can I email him at "
        "his work address about our inventory-management software? He was told at collection and "
        "can opt out."
    )
    assert target(q) == "Paul"
    assert "Lea" not in focus(q)
    got = facts(q)
    assert got.get("objected") != "yes"
    assert got["audience"] == "b2b"


# The channel of the action asked ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "channel"),
    [
        ("Can we send brochures by regular mail to individuals who didn't object?", "post"),
        ("On peut envoyer le catalogue par courrier à nos clients ?", "post"),
        ("Newsletter signup gives 15% off. Can we text everyone who signed up?", "sms"),
        ("Can we email everyone who signed up?", "email"),
    ],
)
def test_the_channel_is_the_actions(question, channel):
    assert facts(question)["channel"] == channel


# Source -------------------------------------------------------------------------------------------


def test_a_tool_denied_is_no_scraping():
    got = facts(
        "LinkedIn InMail to an HR director about our payroll software. I found her profile myself "
        "(no tool, no extension)."
    )
    assert got.get("source") == "social"


@pytest.mark.parametrize(
    "question",
    [
        "On a récupéré les mails avec une extension Chrome, on peut leur écrire ?",
        "We pulled the emails with a scraping tool. Can we email them?",
    ],
)
def test_a_tool_used_is_scraping(question):
    assert facts(question)["source"] == "scraped"


@pytest.mark.parametrize(
    "where", ["Got her card at a trade fair", "He gave us the address at the trade fair"]
)
def test_a_trade_fair_is_an_event(where):
    assert facts(f"{where}. Can I email her about our fleet software?")["source"] == "event"


# A call-back asked for in other words -------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "A client wrote in our website chat asking to be called back about a quote. Can we ring "
        "him this afternoon?",
        "A lady called our hotline on Friday and said 'call me back Monday afternoon'. It's Monday "
        "now. OK to call her back?",
    ],
)
def test_a_call_back_asked_in_other_words(question):
    assert facts(question).get("callback") == "yes"


def test_a_call_back_reported_by_a_third_party_is_no_request():
    got = facts("The broker said they asked to be called back. Can I call them?")
    assert got.get("callback") != "yes"


def test_the_day_it_is_now_is_the_days_of_the_action():
    q = (
        "A lady called our hotline on Friday and said 'call me back Monday afternoon'. It's Monday, "
        "3pm now. OK to call her back?"
    )
    assert facts(q)["weekday"] == "monday"


# Another company's customers are not ours ---------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "A guy is a customer of our sister company (same group, separate legal entity) where he "
        "bought a gym membership. Can we email him our own gym offers?",
        "Our sister company (same group, different brand) has a big customer database. Can we "
        "email their customers about our products?",
        "Il est client de notre filiale. Je peux lui envoyer un mail pour nos offres ?",
    ],
)
def test_a_sister_companys_customer_is_not_ours(question):
    assert facts(question).get("customer") != "yes"


def test_a_sister_companys_contract_is_not_ours():
    got = facts(
        "Our sister company (separate entity in the group) has an ongoing electricity contract "
        "with this consumer. Can I call her today to offer our home alarm system?"
    )
    assert got.get("ongoing_contract") != "yes"


def test_our_own_customer_file_shared_with_a_partner_stays_ours():
    got = facts(
        "We want to share our customer file with our partner Voyages Azur so they can send them "
        "letters by post."
    )
    assert got.get("customer") == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Newsletter signup gives 15% off. Can we text everyone who signed up?",
        "These homeowners all signed a form agreeing to be phoned by us. Can we ring them?",
    ],
)
def test_signing_up_or_a_form_is_no_purchase(question):
    assert facts(question).get("customer") != "yes"


def test_a_signed_contract_makes_a_customer():
    assert (
        facts("He signed a 2-year contract with us in 2025. Can I email him?")["customer"] == "yes"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Un graphiste freelance qui bosse de chez lui : je peux lui envoyer par mail notre offre de "
        "logiciel de retouche sur son adresse pro ?",
        "Can I email the founder about our payroll software for her family business, on her work "
        "address?",
    ],
)
def test_working_from_home_or_a_family_business_is_still_the_trade(question):
    assert facts(question).get("audience") == "b2b"


def test_a_word_inside_a_postal_phrase_is_post():
    q = "Can we mail a paper catalogue by regular mail to our customers?"
    assert facts(q)["channel"] == "post"


def test_a_request_quoted_after_a_speech_verb_is_the_persons_own():
    got = facts("Il m'a dit 'rappelez-moi lundi'. On est lundi, je peux l'appeler à 14h ?")
    assert got.get("callback") == "yes"
    assert got["weekday"] == "monday"


def test_their_contract_with_us_stays_ours_when_partners_are_named():
    got = facts(
        "Nos clients ont accepté les offres de nos partenaires. Leur contrat est en cours, je peux "
        "les appeler ?"
    )
    assert got.get("customer") == "yes"


def test_handing_our_data_to_a_company_named_as_a_partner_is_sharing():
    q = (
        "Our newsletter sign-up has an optional unticked box: 'I agree to receive offers from our "
        "partners Acme Travel and Zed Hotels'. Can we pass the emails of people who ticked it to "
        "Acme Travel for their emailing?"
    )
    assert facts(q).get("action") == "share_list"


def test_a_partner_named_but_nothing_handed_over_is_no_sharing():
    q = "Our partners Acme Travel and Zed Hotels run ads. Can we email our customers about it?"
    assert facts(q).get("action") is None
