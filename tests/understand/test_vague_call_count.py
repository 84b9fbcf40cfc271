"""Calls already made in a number not said are asked, never read as none (R17: at most 4 calls in
30 days; bot/understand/readers/calls.py `calls_made_uncounted`, bot/understand/doubts.py).

"je l'ai déjà appelé plusieurs fois", "I've rung her a few times", "several unanswered calls",
"appelé ce mois-ci, je sais plus combien de fois": the count of the last 30 days is unknown, so
the rules ask it (call_limit) rather than presume the cap unreached. A message that says nothing
of past calls, a count said in figures, or calls from the person to us raise no such doubt.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.readers.calls import calls_made_uncounted
from bot.understand.text import fold

ON = dt.date(2026, 11, 30)

CONSENTED = {
    "fr": "Prospect particulier qui a coché la case pour être appelé par nous sur nos offres "
    "(consentement daté du 2/11/2026, logué). ",
    "en": "Consumer prospect who ticked the box to be phoned by us about our offers (consent "
    "dated 2 November 2026, logged). ",
}
ASK = {
    "fr": " Je peux le rappeler mardi 1/12 à 11h ?",
    "en": " Can I call him on Tue 1 Dec at 11am?",
}

VAGUE = [
    ("fr", "Je l'ai déjà appelé plusieurs fois ce mois-ci."),
    ("fr", "On l'a relancé à de nombreuses reprises sans réponse."),
    ("fr", "Il a déjà eu pas mal d'appels de notre part."),
    ("fr", "Mes collègues l'ont appelé ce mois-ci, je ne sais pas combien de fois."),
    ("fr", "On a passé quelques appels restés sans réponse."),
    ("en", "I've already called him a few times this month."),
    ("en", "We rang him several times last week."),
    ("en", "He's had a bunch of calls from the team, no idea how many."),
    ("en", "After several unanswered calls, I'd like one more try."),
    ("en", "The team phoned him this month, I lost count."),
]


@pytest.mark.parametrize(("lang", "said"), VAGUE)
def test_a_vague_count_of_past_calls_is_asked(ask, lang, said):
    answer = ask(CONSENTED[lang] + said + ASK[lang])
    assert answer.verdict.value == "needs_info"
    assert "call_limit" in [m.fact for m in answer.missing_facts]


SILENT_OR_COUNTED = [
    ("fr", ""),
    ("en", ""),
    ("fr", "Je l'ai appelé 2 fois ce mois-ci."),
    ("en", "I called him twice this month."),
    ("fr", "Il m'a appelé plusieurs fois pour avoir des infos."),
    ("en", "She called us a few times to ask about prices."),
]


@pytest.mark.parametrize(("lang", "said"), SILENT_OR_COUNTED)
def test_no_past_calls_or_a_counted_number_is_not_asked(ask, lang, said):
    answer = ask(CONSENTED[lang] + said + ASK[lang])
    assert "call_limit" not in [m.fact for m in answer.missing_facts]


@pytest.mark.parametrize(
    "text",
    [
        "je l'ai appele plusieurs fois l'an dernier",  # a longer window: nothing of 30 days
        "can i call him a few times this week?",  # calls to come, none said made
        "on va passer plusieurs appels la semaine prochaine",
    ],
)
def test_no_doubt_without_past_calls_in_the_window(text):
    assert not calls_made_uncounted(fold(text))
