"""Phone-call facts said in more shapes (bot/understand/readers/calls.py, dates.py, hours.py).

- A count said number first ("ça fait 5 fois que je la relance", "3 times we've rung him") is the
  calls made (R17: at most 4 in 30 days), unless they run from a day more than 30 days back.
- "premier appel", "we've never called her" is 0 calls made; never under a negation, an "if", or
  "first call of the day / since June".
- A weekday before a month and day ("Friday Dec 25", "ven. 25 déc.") is the day of the action.
- A bare range of hours closing its clause ("between 9 and 11?") and an hour right after a day
  ("Monday 14:30") are the hour.
- "rappelez moi" without its hyphen is the person's call-back request; "rappelez-moi la règle" is
  no request.
- A company word naming the desk the writer calls from ("broadband company call centre", "centre d'appels d'un fournisseur") is no
  b2b audience; a broker of a trade ("courtier assurance") is no seller of lists.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.extract import extract

ON = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("Particulier consentant : ça fait 5 fois que je la relance, je tente encore jeudi ?", 5),
        ("Cela fait 3 fois qu'on le contacte ce mois-ci, un autre appel lundi ?", 3),
        ("Consumer who consented; 3 times we've rung him this month, one more on Monday?", 3),
        ("It's 2 times I have phoned her, may I try again tomorrow?", 2),
    ],
)
def test_a_count_said_number_first_is_the_calls_made(text, calls):
    assert extract(text, ON).calls_30d == calls


@pytest.mark.parametrize(
    "text",
    [
        "Ça fait 4 fois qu'on l'appelle depuis le 2 septembre, je retente demain ?",
        "We've called her 4 times since 1 October, can I ring again tomorrow?",
    ],
)
def test_a_count_since_a_day_before_the_window_is_not_the_last_30_days(text):
    assert extract(text, ON).calls_30d is None


@pytest.mark.parametrize(
    "text",
    [
        "Ça fait 4 fois qu'on l'appelle depuis le 10 novembre, je retente demain ?",
        "We've called her 4 times since 12 November, can I ring again tomorrow?",
    ],
)
def test_a_count_since_a_day_within_the_window_stands(text):
    assert extract(text, ON).calls_30d == 4


@pytest.mark.parametrize(
    "text",
    [
        "Consentement du client pour être appelé, c'est notre premier appel, ok mardi à 10h ?",
        "On ne l'a jamais appelée, je peux le faire lundi à 11h ?",
        "Consented consumer, this would be our first call to him, fine on Tuesday at 10am?",
        "We've never called her before, can I do it on Monday at 11am?",
    ],
)
def test_a_first_call_is_no_call_made(text):
    assert extract(text, ON).calls_30d == 0


@pytest.mark.parametrize(
    "text",
    [
        "Ce n'est pas notre premier appel, je peux le rappeler mardi ?",
        "Premier appel depuis juin, je peux l'appeler mardi ?",
        "It's not the first call we make to her, can I ring on Tuesday?",
        "First call of the day for me: can I phone this consumer at 10am?",
        "The first call went to voicemail, can I try again Tuesday?",
        "She has never called us, may I phone her?",
    ],
)
def test_a_first_call_negated_or_counted_otherwise_is_not_read(text):
    assert extract(text, ON).calls_30d != 0


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Monday Jan 4, can I phone consenting consumers at 11am?", dt.date(2027, 1, 4)),
        ("Wed, Dec 2: calling our opted-in consumers at 10am, ok?", dt.date(2026, 12, 2)),
        ("ven. 1 janv. : appeler nos clients particuliers à 10h, ok ?", dt.date(2027, 1, 1)),
    ],
)
def test_a_weekday_before_month_and_day_is_the_day_of_the_action(text, day):
    facts = extract(text, ON)
    assert facts.date == day
    assert facts.weekday == day.strftime("%A").lower()


def test_a_weekday_dated_holiday_call_is_forbidden(ask):
    answer = ask(
        "Fri Jan 1 the team is in: can they phone the consumers who opted in to our calls "
        "between 9 and 11?"
    )
    assert str(answer.facts["date"]) == "2027-01-01"
    assert answer.verdict.value == "forbidden"


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Jeudi 3 décembre on appelle les particuliers consentants, entre 9 et 11 ?", 9),
        ("On Thursday the team phones consenting consumers from the list between 14 and 16?", 14),
        ("Client particulier sous contrat, je l'appelle lundi 14:30 pour son renouvellement.", 14),
        ("Consumer under contract, calling him tomorrow, 9:45, about his renewal.", 9),
    ],
)
def test_a_closing_range_or_a_time_after_a_day_is_the_hour(text, hour):
    assert extract(text, ON).hour == hour


@pytest.mark.parametrize(
    "text",
    [
        "On appelle entre 10 et 12 clients par jour, c'est ok ?",
        "Can we make between 2 and 4 calls a day to consenting consumers?",
    ],
)
def test_a_range_of_other_things_is_no_hour(text):
    assert extract(text, ON).hour is None


@pytest.mark.parametrize(
    "text",
    [
        "Un monsieur a laissé sur notre site « rappelez moi pour un devis », je l'appelle demain ?",
        "A customer wrote via our website: 'call me back please', can I phone him tomorrow?",
    ],
)
def test_a_request_to_be_called_in_the_persons_words_is_a_callback(text):
    assert extract(text, ON).callback == "yes"


def test_remind_me_is_no_callback():
    facts = extract("Rappelez moi la règle : combien d'appels par mois à un particulier ?", ON)
    assert facts.callback is None


@pytest.mark.parametrize(
    "text",
    [
        "Broadband company call centre: this customer has a running contract, already called "
        "4 times in the last 30 days. Another try tomorrow?",
        "Centre d'appels d'un fournisseur d'énergie : ce client sous contrat a déjà été appelé "
        "4 fois ces 30 derniers jours. On retente demain ?",
    ],
)
def test_the_writers_own_call_centre_is_no_business_audience(ask, text):
    answer = ask(text)
    assert answer.facts.get("audience") != "b2b"
    assert answer.verdict.value == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Courtier assurance habitation : M. B. a coché la case pour être appelé par nous.",
        "Courtier crédit immo, une cliente nous a demandé un rappel.",
    ],
)
def test_a_broker_of_a_trade_is_no_list_seller(text):
    assert extract(text, ON).source != "purchased"


@pytest.mark.parametrize(
    "text",
    [
        "Friday Jan 1 call consumers who opted in, at 10am?",
        "Friday may 5 people phone the consumers who opted in?",
    ],
)
def test_the_day_of_a_date_is_no_count_and_a_modal_no_month(text):
    facts = extract(text, ON)
    assert facts.calls_30d is None
    if "may" in text:
        assert facts.date is None
