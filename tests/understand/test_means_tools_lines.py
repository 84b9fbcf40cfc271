"""Classes of the channel, source, Bloctel, action, hour and call-back readers:

- the English verb "to mail" says sending, not by which means: the message around it does;
  the French noun "le texte (exact)" is no text message;
- a robot, an extension, a script, a bot collects data only at work collecting ("un script qui
  récupère les adresses", "a Chrome extension that pulls emails"), never the robot, extension or
  voice bot the rep sells or uses for something else;
- another person's or another line's Bloctel listing says nothing of the number called;
  "Bloctel-registered numbers" are on it;
- our file sold or handed to another firm named by its kind is sharing our list;
- "on a weekday at 11", "between 2 and 4pm": the hour of the action;
- "could someone call me Wednesday?" in the person's words is a call-back request, "pouvez-vous
  me rappeler la règle" (remind me) is not.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.extract import extract

ON = dt.date(2026, 6, 16)


def facts(text: str) -> dict:
    return extract(text, ON).known()


# channel ---------------------------------------------------------------------------------------


def test_the_verb_to_mail_after_a_postal_list_is_post():
    text = (
        "We're renting a postal list of consumers from a broker for a catalogue mailing. People "
        "were told their address would be passed to partners. Fine to mail them?"
    )
    assert facts(text)["channel"] == "post"


def test_the_verb_to_mail_after_an_email_list_stays_email():
    text = "We bought a list of consumer emails from a broker. Can we mail them?"
    assert facts(text)["channel"] == "email"


@pytest.mark.parametrize(
    "text",
    [
        "Ils nous ont fourni les preuves (date, formulaire, texte exact). Emailing B2C avec un lien "
        "de désinscription. Go ?",
        "On garde la date et le texte de la case. Je peux lui envoyer la promo par mail ?",
    ],
)
def test_the_noun_texte_is_no_text_message(text):
    assert facts(text)["channel"] == "email"


def test_the_verb_texter_is_a_text_message():
    assert facts("Je lui texte la promo demain, ok ?")["channel"] == "sms"


# source ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "J'ai un script qui récupère les adresses mail des membres d'un forum de jardinage. On "
        "peut leur envoyer une offre ?",
        "We use a Chrome extension that pulls emails from LinkedIn profiles. Can we email them?",
        "On a récupéré les numéros avec un robot. Je peux les appeler ?",
        "On a récupéré les adresses des membres d'un forum de bricolage, on leur écrit ?",
    ],
)
def test_a_tool_at_work_collecting_is_scraping(text):
    assert facts(text)["source"] == "scraped"


@pytest.mark.parametrize(
    "text",
    [
        "Customer with an active home insurance policy with us. I want to call him about adding "
        "the outbuilding extension to that same policy.",
        "Cliente qui a acheté un robot pâtissier chez nous. On veut lui envoyer par mail notre "
        "promo sur les accessoires du robot.",
        "We'd like to use a voice bot to call consumers who opted in. OK?",
    ],
)
def test_a_tool_word_not_collecting_is_no_scraping(text):
    assert facts(text).get("source") != "scraped"


@settings(max_examples=30, deadline=None)
@given(
    tool=st.sampled_from(["extension", "robot", "bot", "script", "plugin", "add-on"]),
    thing=st.sampled_from(
        [
            "warranty {t} on the same contract",
            "{t} for the kitchen",
            "nouvelle {t} de garantie",
            "the {t} we sell",
        ]
    ),
)
def test_a_tool_word_alone_never_reads_scraped(tool, thing):
    text = f"Existing customer. Can I email her about the {thing.format(t=tool)}?"
    assert facts(text).get("source") != "scraped"


# Bloctel ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Her husband's landline is on Bloctel, but we called her own mobile, which was not on "
        "Bloctel. Was that compliant?",
        "Le fixe de son mari est sur Bloctel, mais on appelle son portable à elle, qui n'est pas "
        "inscrit sur Bloctel. OK ?",
    ],
)
def test_another_lines_listing_is_not_the_number_called(text):
    assert facts(text)["bloctel"] == "no"


def test_another_persons_listing_alone_says_nothing():
    assert "bloctel" not in facts("Her husband's number is on Bloctel. Can I call her mobile?")


@pytest.mark.parametrize(
    "text",
    [
        "We sold our consumer phone file to a call centre, Bloctel-registered numbers included.",
        "Can we call the DNC-listed numbers in our file?",
    ],
)
def test_numbers_described_as_listed_are_on_bloctel(text):
    assert facts(text)["bloctel"] == "yes"


# action ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2026 we sold our consumer phone file to a call centre. Was that OK?",
        "On a vendu notre fichier clients à une agence de télémarketing, c'est légal ?",
        "Can we rent our customer list to an insurer?",
    ],
)
def test_our_file_to_another_firm_is_sharing(text):
    assert facts(text)["action"] == "share_list"


@pytest.mark.parametrize(
    "text",
    [
        "Can we send our marketing emails to the companies in our CRM?",
        "We bought a file from a broker, can we email them?",
        "On loue un fichier à un courtier pour prospecter, ok ?",
    ],
)
def test_sending_or_buying_is_not_sharing(text):
    assert facts(text).get("action") != "share_list"


# hour and call-back ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, hour",
    [
        ("I want to call him on a weekday at 11 about his policy.", 11),
        ("Je l'appelle un jour ouvré à 10 ?", 10),
        ("could someone call me Wednesday between 2 and 4pm? I'm calling her Wednesday.", 14),
        ("Calls between 9 and 11 am, ok?", 9),
        ("Calls Tue-Thu between 10:00 and 12:30, fine?", 10),
    ],
)
def test_the_hour_of_the_action(text, hour):
    assert facts(text)["hour"] == hour


@pytest.mark.parametrize(
    "text",
    [
        "fwd from our web chat: > Mrs. Okafor: hi, could someone call me Wednesday about the "
        "quote? She's an existing customer. I'm calling her Wednesday at 2:30pm. fine?",
        "Message du client sur le chat : « Pourriez-vous me rappeler demain matin ? » Je "
        "l'appelle demain à 10h ?",
    ],
)
def test_a_polite_request_in_the_persons_words_is_a_call_back(text):
    assert facts(text)["callback"] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Pouvez-vous me rappeler la règle pour appeler un particulier le samedi ?",
        "Peux-tu me rappeler les horaires autorisés pour appeler un client ?",
        "If she asked could someone call me, would that count? Can I call her?",
    ],
)
def test_no_call_back_from_a_reminder_or_a_condition(text):
    assert facts(text).get("callback") != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Le loueur de fichier (Optimail) garantit que chaque contact a coché une case. Emailing "
        "B2C, go ?",
        "We're renting a list of consumers from a broker. Can we email them?",
    ],
)
def test_a_file_from_its_renter_is_rented(text):
    assert facts(text)["source"] == "rented"
