"""Who may act on an answer: the rep who asked, or a manager (GARDEFOU_MANAGERS).

A click names its case in a signed value (bot/views/clicks.py); an unsigned, altered or forged
value is refused like someone else's case, politely and with nothing written.
"""

from __future__ import annotations

import threading

from bot.privacy.secret import load_secret
from bot.settings import Settings
from bot.views.clicks import Case, Signer

NOT_YOURS = {
    "fr": "Cette réponse a été demandée par {owner} : seul l'auteur de la question ou un "
    "responsable peut la corriger, la noter ou la transmettre au DPO. Pour votre propre cas, "
    "posez la question avec `/rgpd`.",
    "en": "This answer was asked for by {owner}: only whoever asked, or a manager, can correct "
    "it, rate it or send it to the DPO. For your own case, ask with `/rgpd`.",
}
UNVERIFIED = {
    "fr": "Je ne peux pas vérifier à qui appartient cette réponse (bouton trop ancien ou "
    "modifié) : rien n'a été enregistré. Posez la question à nouveau avec `/rgpd`.",
    "en": "I cannot check whose answer this is (an old or altered button): nothing was "
    "recorded. Please ask again with `/rgpd`.",
}

_signers: dict[tuple[str | None, str], Signer] = {}
_lock = threading.Lock()


def signer_for(settings: Settings) -> Signer:
    """The signer keyed with the app's secret (read once per secret and data dir)."""
    key = (settings.secret, str(settings.data_dir))
    with _lock:
        if key not in _signers:
            _signers[key] = Signer(load_secret(settings))
        return _signers[key]


def may_act(case: Case, clicker: str | None, managers: set[str]) -> bool:
    return bool(clicker) and (clicker == case.u or clicker in managers)


def refusal(case: Case | None, lang: str | None = None) -> str:
    lang = "en" if (lang or (case.l if case else "fr")) == "en" else "fr"
    if case is None:
        return UNVERIFIED[lang]
    someone = {"fr": "quelqu'un d'autre", "en": "someone else"}[lang]
    return NOT_YOURS[lang].format(owner=f"<@{case.u}>" if case.u else someone)
