"""Whether the consent was the price of an advantage, and whether the advantage stayed open
without consenting (R8, GDPR 7(4)): the facts ``consent_for_advantage`` and
``advantage_without_consent``.

A consent given for a discount, a promo code, a gift, a game or a prize draw ("-10 % si tu
acceptes de recevoir nos SMS", "Subscribe and get 15% off", "pour participer au jeu il faut
accepter nos offres") is valid only if a real alternative existed: the same advantage without
consenting. The tie is read sentence by sentence — an advantage, a consent act (accepting,
subscribing, ticking, leaving one's e-mail) and a word tying them (``lexicon/advantage.yaml``) —
beside the consent reader's own reading of a conditional consent (`consent_condition`). The
alternative is read from the words saying one could go on without consenting, a stated absence of
any other way, or a doubt (then unknown: the rules ask). ``advantage_without_consent = yes`` can
lead towards `allowed`: it needs a plain statement (``lexicon/evidence.yaml``).
"""

from __future__ import annotations

import re

from bot.understand.lexicon import words
from bot.understand.readers.consent import consent_condition
from bot.understand.text import negated

_ADVANTAGE = words("advantage", "advantage")
_ACT = words("advantage", "consent_act")
_AFTER_ADVANTAGE = words("advantage", "after_advantage")
_BEFORE_ADVANTAGE = words("advantage", "before_advantage")
_AFTER_ACT = words("advantage", "after_act")
_SENT = words("advantage", "sent_advantage")
_ALTERNATIVE = words("consent", "alternative")
_NO_ALTERNATIVE = words("consent", "no_alternative")
_DOUBT = words("consent", "condition_doubt")
_MORE_ALTERNATIVE = words("advantage", "alternative")
_MORE_NO_ALTERNATIVE = words("advantage", "no_alternative")

_SENTENCE = re.compile(r"[^.!?;]+")
#: our side giving the reward to people already won ("on lui donne un code promo"): no price
_OUR_GIFT = re.compile(
    r"\b(?:on|nous|we|i|je|j')\s(?:\w+\s)?(?:lui |leur |them |him |her |vous |les )?$"
)
_INTRINSIC = re.compile(r"\b(?:pas|not|no|non|sans|without|jamais|never|aucune?)\b|n't\b|\bn'")

#: How far apart the advantage, the tying word and the consent act may stand (characters).
_NEAR = 60


def _advantages(sentence: str) -> list[re.Match[str]]:
    """The advantages of ``sentence`` that are no content of the message to send."""
    return [m for m in _ADVANTAGE.finditer(sentence) if not _SENT.search(sentence[: m.start()])]


#: A game or contest entered: a consent ticked in the same sentence was collected with the entry,
#: so whether one could play without it is asked (R8), never presumed.
_GAME = re.compile(
    r"\b(?:jeux?[- ]concours|concours|tirages? au sort|tombolas?|loteries?|grand jeu|contests?|"
    r"competitions?|sweepstakes?|giveaways?|prize (?:draws?|games?)|lotter(?:y|ies)|raffles?)\b"
)


def _tied_in(sentence: str) -> bool:
    if _ACT.search(sentence) and any(
        not negated(sentence, m.start(), window=15) for m in _GAME.finditer(sentence)
    ):
        return True
    for adv in _advantages(sentence):
        # "-10 % si tu acceptes…", "15% off when you subscribe", "a 10% code if people … accept"
        after = sentence[adv.end() : adv.end() + _NEAR]
        link = _AFTER_ADVANTAGE.search(after)
        if link and _ACT.search(after, link.start(), link.end() + _NEAR):
            return True
        # "pour participer au jeu, il faut accepter…", "to get the 10% discount, people must agree"
        before = sentence[max(0, adv.start() - _NEAR) : adv.start()]
        if _BEFORE_ADVANTAGE.search(before) and _ACT.search(sentence, adv.end()):
            return True
    # "subscribe to our newsletter and get 15% off", "l'inscription donne droit à -10 %"
    for act in _ACT.finditer(sentence):
        window = sentence[act.end() : act.end() + _NEAR]
        for link in _AFTER_ACT.finditer(window):
            if _OUR_GIFT.search(window[: link.start()]) or _OUR_GIFT.search(
                sentence[: act.start()]
            ):
                continue
            rest = window[link.end() :] + sentence[act.end() + _NEAR : act.end() + 2 * _NEAR]
            if any(m.start() <= 40 for m in _advantages(rest)):
                return True
    return False


def tied_to_advantage(folded: str) -> bool:
    """A sentence of ``folded`` ties a consent to an advantage (the consent reader's conditional
    reading included)."""
    if consent_condition(folded) is not None:
        return True
    return any(_tied_in(m.group(0)) for m in _SENTENCE.finditer(folded))


def _stated(pattern: re.Pattern[str], folded: str) -> bool:
    for m in pattern.finditer(folded):
        if _INTRINSIC.search(m.group(0)) or not negated(folded, m.start(), window=15):
            return True
    return False


def _alternative(folded: str) -> str | None:
    """'yes' (one could get the advantage without consenting), 'no' (no other way), or None."""
    condition = consent_condition(folded)
    if condition == "free":
        return "yes"
    if condition == "forced":
        return "no"
    if _DOUBT.search(folded):
        return None  # "je sais pas si on pouvait jouer sans": asked, never presumed
    if condition is None and any(
        m.group(0).startswith(("pas ", "non ", "not ")) or not negated(folded, m.start(), window=15)
        for m in _ALTERNATIVE.finditer(folded)
    ):
        return "yes"  # read as the consent reader reads it (`consent_condition`)
    if _stated(_MORE_ALTERNATIVE, folded):
        return "yes"
    if _NO_ALTERNATIVE.search(folded) or _MORE_NO_ALTERNATIVE.search(folded):
        return "no"
    return None


def read_advantage(folded: str) -> tuple[str | None, str | None]:
    """(consent_for_advantage, advantage_without_consent) as ``folded`` states them.

    The alternative is read wherever an advantage is named, tied or not: read again without its
    hypotheses ("-10 % si tu acceptes…" loses its "si"), the text must still say it plainly
    ("…mais on peut aussi l'avoir sans s'inscrire"). `extract` keeps it only beside the tie.
    """
    tied = tied_to_advantage(folded)
    if not tied and not _ADVANTAGE.search(folded):
        return None, None
    alternative = _alternative(folded)
    if not tied and alternative == "yes" and _ACT.search(folded):
        # "jeu concours… une case newsletter, mais on peut jouer sans la cocher": the way to the
        # advantage without consenting, said plainly, ties the consent to it
        tied = True
    return ("yes" if tied else None), alternative
