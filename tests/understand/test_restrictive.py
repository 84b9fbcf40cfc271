"""Restrictive facts stated plainly are read (issue 11): the rules can then say `forbidden`
instead of asking what the rep already said."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract
from rules import decide
from rules.decision import Verdict

ON = dt.date(2026, 11, 23)


def facts(text: str) -> dict:
    return extract(text, ON).known()


@pytest.mark.parametrize(
    "text",
    [
        "At signup there was no option to refuse marketing, just name and password. Can we email "
        "them?",
        "There's nothing anywhere in the checkout flow about newsletters or offers. Can we email "
        "our customers?",
        "Sur le formulaire il n'y avait aucune case pour refuser la prospection. On leur écrit ?",
    ],
)
def test_nothing_said_at_collection_is_neither_information_nor_consent(text):
    got = facts(text)
    assert got["informed"] == "no"
    assert got["consent"] == "no"


def test_a_sale_with_information_and_no_word_of_consent_is_no_consent():
    text = (
        "Customer bought a car from us in May and was told we'd send offers about servicing. "
        "Our sister company wants to email him insurance offers. Fine?"
    )
    got = facts(text)
    assert got["consent"] == "no"
    assert decide(extract(text, ON), ON).verdict is Verdict.forbidden


def test_consent_stated_still_wins_over_the_sale_story():
    text = "Client informé à l'achat, il a aussi coché la case pour recevoir nos offres. Je lui écris ?"
    assert facts(text)["consent"] == "yes"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Our customers opted in to automated voice messages. Dialer at 9pm, OK?",
            "automated_call",
        ),
        (
            "On programme des messages vocaux automatiques pour nos clients ce soir ?",
            "automated_call",
        ),
    ],
)
def test_automated_voice_messages_are_automated_calls(text, channel):
    assert facts(text)["channel"] == channel


def test_a_sole_trader_approached_about_his_own_house_is_a_consumer():
    text = (
        "Sole trader baker, professional email. I want to offer him insulation for his own house."
    )
    assert facts(text)["audience"] == "b2c"


@pytest.mark.parametrize(
    "text",
    [
        "We want to call the leads who gave us phone consent on the 25th at 10:30.",
        "Free-tier users of our app: can we email them upsell offers?",
    ],
)
def test_leads_and_users_with_no_sign_of_a_business_are_presumed_consumers(text):
    assert facts(text)["audience"] == "b2c"


@pytest.mark.parametrize(
    "text",
    [
        "Un partenaire veut nous louer notre fichier de clients pour sa campagne d'appels. On peut ?",
        "Notre partenaire nous propose qu'on lui file notre fichier clients pour ses SMS. On peut ?",
    ],
)
def test_a_partner_named_before_our_file_is_still_sharing_the_list(text):
    assert facts(text)["action"] == "share_list"


def test_a_partner_selling_us_a_list_is_no_sharing_of_ours():
    assert (
        facts("Un partenaire nous a vendu un fichier de prospects. On les appelle ?").get("action")
        != "share_list"
    )


def test_contacts_copied_with_a_script_are_scraped():
    text = "Les mails sont sur les sites des mairies, on les a copiés avec un petit script python."
    assert facts(text)["source"] == "scraped"
    assert facts("On suit le script d'appel habituel, je l'appelle ?").get("source") != "scraped"


def test_the_name_of_our_company_in_a_message_is_not_the_audience_and_stop_is_no_reply():
    text = (
        "On envoie un SMS promo sans mettre le nom de la boite ni de STOP. Ce sont des clients "
        "qui ont consenti aux SMS."
    )
    got = facts(text)
    assert got["audience"] == "b2c"
    assert "objected" not in got
    assert facts("Il a répondu STOP à notre SMS, je renvoie ?")["objected"] == "yes"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'On envoie un SMS promo sans mettre le nom de la boite ni de STOP, juste "-20% ce we". '
            "Ce sont des clients qui ont consenti aux SMS. Ça passe ?",
            "no_opt_out",
        ),
        (
            "We removed the unsubscribe link from the newsletter to consenting customers, ok?",
            "no_opt_out",
        ),
        ("Un mail sans dire qui on est à des clients qui ont consenti, ok ?", "no_sender"),
    ],
)
def test_a_message_without_its_sender_or_opt_out_is_forbidden_as_described(text, content):
    got = extract(text, ON)
    assert got.known()["message_content"] == content
    assert decide(got, ON).verdict is Verdict.forbidden


def test_a_reply_stop_or_a_plain_message_says_nothing_of_the_message_content():
    assert "message_content" not in facts("Il a répondu STOP à notre SMS, je renvoie ?")
    assert "message_content" not in facts("Elle a consenti aux SMS. Je lui envoie la promo ?")


@pytest.mark.parametrize(
    "text",
    [
        "He bought a washer from us two years ago. I'd like to phone him. No phone consent on file.",
        "Une cliente m'a donné le numéro de portable de sa sœur. La sœur ne sait pas qu'on va "
        "l'appeler. Je l'appelle demain ?",
        "Consumers ticked 'I agree to receive offers from our partners', partners named, we're in "
        "the list. Can we call them this week?",
    ],
)
def test_no_consent_to_be_phoned_stated_or_implied_by_the_story(text):
    assert facts(text)["consent"] == "no"


def test_details_handed_over_by_someone_else_are_a_referral():
    text = "Un client m'a passé le numéro de son frère, je l'appelle ?"
    assert facts(text)["source"] == "referral"


@pytest.mark.parametrize(
    "text",
    [
        "Une dame de 82 ans a signé un consentement pour être appelée. Je l'appelle lundi ?",
        "Trying to reach Mrs Dupuis about home insurance, she consented to calls. Call at 11?",
    ],
)
def test_a_person_named_by_civility_or_age_is_presumed_a_consumer(text):
    assert facts(text)["audience"] == "b2c"


def test_a_customer_who_hands_over_a_relatives_number_does_not_make_the_relative_a_customer():
    text = "Une cliente m'a donné le numéro de portable de sa sœur. Je l'appelle demain ?"
    got = facts(text)
    assert got["source"] == "referral"
    assert "customer" not in got


def test_tagging_people_in_the_crm_by_religion_is_a_sensitive_comment():
    got = facts("Can I tag prospects in the CRM by religion so we don't call them on holidays?")
    assert got["action"] == "crm_comment"
    assert got["comment_kind"] == "sensitive"


def test_nothing_planned_on_our_forms_is_no_partner_consent_for_sharing():
    text = (
        "Notre partenaire nous propose qu'on lui file notre fichier clients pour ses SMS. "
        "Rien de prévu sur nos formulaires pour ça. On peut ?"
    )
    got = facts(text)
    assert got["action"] == "share_list"
    assert got["partner_consent"] == "no"


def test_contest_participants_are_presumed_consumers():
    assert facts("On peut envoyer des SMS aux 2000 participants du jeu ?")["audience"] == "b2c"


def test_the_end_of_a_contract_dates_the_last_contact_but_a_purchase_alone_does_not():
    got = facts("Ex-client, son contrat a pris fin en 2021. On le relance par mail ?")
    assert got["last_contact"] == "2021-12-31"
    assert "last_contact" not in facts("Il a acheté en 2021, je le relance par mail ?")


def test_a_note_on_a_buyers_record_is_a_crm_comment():
    text = "Dans la fiche de l'acheteur je voulais mettre 'délégué syndical, se méfier'."
    got = facts(text)
    assert got["action"] == "crm_comment"
    assert got["comment_kind"] == "sensitive"


def test_subscribers_who_never_clicked_since_a_dated_signup_have_that_last_contact():
    text = (
        "Des prospects inscrits à notre newsletter en 2021 (opt-in propre). Depuis ils ouvrent "
        "parfois nos mails mais n'ont jamais cliqué ni répondu. On peut continuer à leur écrire ?"
    )
    got = facts(text)
    assert got.get("source") != "rented"  # "ouvrent" holds no rented list
    assert got["last_contact"] == "2021-12-31"
    assert decide(extract(text, ON), ON).verdict is not Verdict.allowed


def test_a_dated_purchase_and_nothing_since_is_no_contract_running():
    text = (
        "Un client a acheté un vélo chez nous en mars 2022. Depuis, plus aucune nouvelle. "
        "Je lui envoie un mail ?"
    )
    assert facts(text)["ongoing_contract"] == "no"


def test_a_last_click_with_a_date_is_the_last_contact_even_with_later_opens():
    got = extract(
        "A consumer opted in to our emails in 2021. Her last click was in March 2023; she opened "
        "our newsletter in October 2026 but didn't click. Can I keep emailing her?",
        dt.date(2026, 11, 30),
    ).known()
    assert got["last_contact"] == "2023-03-31"


@pytest.mark.parametrize(
    "text",
    [
        "Called him on 3 Nov, 9 Nov, 16 Nov and 24 Nov, no answer. Can I try again today?",
        "Je l'ai appelé le 2 nov., le 9 nov., le 16 nov. et le 20 novembre. Je retente ?",
    ],
)
def test_calls_listed_with_their_month_are_counted(text):
    assert facts(text)["calls_30d"] == 4


def test_a_person_named_mr_or_mme_is_presumed_a_consumer():
    assert facts("Mme Bernard a laissé son email sur le stand. Je lui écris ?")["audience"] == "b2c"
    assert facts("Can I call Mr Diaz today at 11?")["audience"] == "b2c"


@pytest.mark.parametrize(
    "text",
    [
        "The address is contact@jdupont-osteo.fr - it's a one-man osteopath practice. Can we email "
        "him about our software?",
        "C'est un auto-entrepreneur, son adresse est contact@plomberie-martin.fr. On lui écrit ?",
        # the status named by the business form or the freelancer's word, not only the person
        "Elle est traductrice en micro-entreprise (hello@trad-lea.fr), je lui écris pour nos "
        "abonnements presse ?",
        "He's a self-employed plumber, info@smithplumbing.co.uk. Can we email him about our vans?",
    ],
)
def test_the_generic_address_of_someone_who_works_alone_is_not_a_generic_address(text):
    got = facts(text)
    assert got.get("address") == "professional"
    assert decide(extract(text, ON), ON).verdict is not Verdict.allowed


@pytest.mark.parametrize(
    "text",
    [
        "A sole-trader baker: can I call him to sell him solar panels for his house?",
        "Sole-trader electrician: can I email him about insulating the loft of his home?",
    ],
)
def test_a_hyphenated_sole_trader_approached_about_his_home_is_a_consumer(text):
    assert facts(text)["audience"] == "b2c"


def test_rang_her_is_a_phone_call():
    assert (
        facts("We already rang her twice about our deal. One more try today?")["channel"] == "phone"
    )


@pytest.mark.parametrize(
    "text",
    [
        "jpeux envoyer un mail promo a des particuliers qui ont jamais rien acheté ni accepté ?",
        "Mark downloaded our white paper but at no point, in any of the forms he filled in, did he "
        "agree to marketing texts. Can I SMS him?",
        "Je sais que je peux pas envoyer de SMS a ce particulier (aucun consentement). Et "
        "l'appeler a la place ?",
    ],
)
def test_a_refusal_carried_by_ni_at_no_point_or_an_aside_is_no_consent(text):
    assert facts(text)["consent"] == "no"


def test_not_sure_what_we_told_him_is_neither_informed_nor_uninformed():
    got = facts(
        "Can I email a consumer who bought a laptop from us in 2025 about our laptop bags? Not "
        "sure what we told him at checkout about marketing."
    )
    assert "informed" not in got
    assert "consent" not in got


def test_an_offer_for_a_professionals_own_house_is_unrelated_to_his_job():
    got = facts(
        "Can I call the finance director of a client firm on his office line to pitch our "
        "home-insurance offer for his house? He hasn't agreed to be called."
    )
    assert got["related_offer"] == "no"


def test_a_phone_file_sold_without_filtering_bloctel_holds_bloctel_numbers():
    text = (
        "On voulait vendre notre fichier téléphonique de particuliers a un partenaire, sans avoir "
        "filtré les numéros inscrits sur Bloctel."
    )
    assert facts(text)["bloctel"] == "yes"


def test_random_people_have_given_no_consent():
    got = facts("Can I DM random people on Instagram offering our meal-kit subscription?")
    assert got["consent"] == "no"


def test_contest_entrants_are_presumed_consumers():
    text = "La case du jeu-concours était pré-cochée. On a 2000 inscrits, on leur envoie la promo ?"
    assert facts(text)["audience"] == "b2c"


def test_consent_forced_by_a_prize_draw_is_no_free_consent():
    got = facts(
        "Pour participer au tirage au sort il fallait obligatoirement accepter de recevoir nos SMS, "
        "sinon pas de participation. On envoie les SMS ?"
    )
    assert got["consent"] == "bundled"


def test_a_form_that_never_spoke_of_calls_gave_no_consent_to_calls():
    got = facts(
        "Ils ont laissé leur numéro dans le formulaire. Le formulaire ne parlait pas d'appels. On "
        "peut les appeler ?"
    )
    assert got["consent"] == "no"


def test_energy_efficient_windows_are_energy_renovation():
    assert facts("We sell energy-efficient windows. Can we text consumers?")["sector"] == (
        "energy_renovation"
    )


def test_a_list_from_a_partner_site_whose_partners_were_not_listed_has_no_partner_consent():
    got = facts(
        "Consumers ticked 'receive offers from our partners', but the partners weren't listed "
        "anywhere. We got the list from that site. Can we email them?"
    )
    assert got["partner_consent"] == "no"
    assert got["source"] == "purchased"


def test_consent_to_the_partners_offers_is_no_consent_to_be_phoned():
    got = facts(
        "Fichier loué : les particuliers ont accepté de recevoir les offres des partenaires "
        "(nommés, dont nous). Je peux les appeler pour notre offre d'assurance ?"
    )
    assert got["partner_consent"] == "yes"
    assert got["consent"] == "no"
