"""What the bot does not answer: off-topic questions and gibberish.

(Instructions aimed at the bot inside a question are cut out by `bot.understand.injection`.)
"""

from __future__ import annotations

import re

from bot.understand.text import fold

_DOMAIN = re.compile(
    r"rgpd|gdpr|\bcnil\b|donnees|\bdata\b|prospect\w*|demarch\w*|consent\w*|opt-?in|opt-?out|"
    r"\bclients?\b|customers?|fichiers?|\bcrm\b|marketing|campagnes?|campaigns?|newsletters?|mailings?|"
    r"personn?el\w*|\bpersonal\b|privacy|vie privee|\bb ?(?:2|to) ?[bc]\b|\bleads?\b|contact\w*|"
    r"commerci\w*|\bvente\b|vendre|\bsell\b|promo\w*|publicit\w*|\bpubs?\b|offres?|offers?|advert\w*|"
    r"bloctel|desinscri\w*|unsubscri\w*|e-?mails?|\bmails?\b|\bsms\b|appel\w*|\bcall\w*|telephon\w*|"
    r"\bphone\w*|linkedin|whatsapp|courriers?|\bfax\b|\bpost\b|particuliers?|consumers?|entreprises?|"
    r"compan\w*|business|spam|conservation|retention|\bdpo\b|sous-traitant|processor|cookies?|"
    r"traitement|processing|\bcpf\b|isolation|formulaire|\bforms?\b|salon|texto|relance|fuite|breach"
)
#: The domain without the words any business talk holds ("client", "offre", "entreprise"): what
#: makes a question about prospecting or personal data when no channel or action is named.
_CORE = re.compile(
    r"rgpd|gdpr|\bcnil\b|donnees|\bdata\b|prospect\w*|demarch\w*|consent\w*|opt-?in|opt-?out|"
    r"fichiers?|marketing|campagnes?|campaigns?|newsletters?|mailings?|\bpersonal\b|privacy|"
    r"vie privee|\bleads?\b|contacter|contacting|coordonnees|\bcontacts?\b|promo\w*|publicit\w*|"
    r"\bpubs?\b|advert\w*|bloctel|desinscri\w*|unsubscri\w*|e-?mails?|\bmails?\b|\bsms\b|appel\w*|"
    r"\bcall\w*|telephon\w*|\bphone\w*|linkedin|whatsapp|courriers?|\bfax\b|spam|conservation|"
    r"retention|\bdpo\b|sous-traitant|processor|cookies?|\bcpf\b|formulaire|\bforms?\b|texto|"
    r"relance|fuite|breach|ecrire|write|envoy\w*|send\w*|solliciter|canvass\w*|outreach|listes?|"
    r"\blists?\b|numeros?|adresses?|address\w*|propos(?:er|e|ons|ez)\b|\bvendre\b|\bsell\w*|pitch\w*|"
    r"promouvoir|promote|presenter|offres? (?:commerciales?|promotionn?elles?)|(?:nos|notre|our) "
    r"(?:offres?|offers?|produits?|products?|services?|nouveaut\w*)|new products?|relanc\w*|"
    r"solicit\w*|joindre|reach out|recontact\w*|rappel\w*"
)
_WORD = re.compile(r"[a-z]{2,}")
_VOWELS = re.compile(r"[aeiouy]")


def in_domain(question: str) -> bool:
    """Does the question speak of prospecting, personal data or the channels at all?"""
    return bool(_DOMAIN.search(fold(question)))


def about_prospecting(question: str) -> bool:
    """Does the question speak of contacting people or of their data (not just of customers)?"""
    return bool(_CORE.search(fold(question)))


def is_gibberish(question: str) -> bool:
    """Mostly strings that are no words in any language (keyboard mashing, random symbols)."""
    folded = fold(question)
    tokens = folded.split()
    if not tokens:
        return True
    words = _WORD.findall(folded)
    letters = sum(len(w) for w in words)
    if letters < 0.4 * len(folded.replace(" ", "")):
        return True
    odd = [
        w for w in words if (not _VOWELS.search(w) and len(w) > 3) or re.search(r"[^aeiouy]{5,}", w)
    ]
    return bool(words) and len(odd) / len(words) > 0.5
