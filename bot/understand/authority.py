"""Claims of approval inside a question: "le DPO a validé", "legal said it's fine", "c'est RGPD
compliant", "the vendor guarantees consent".

Such a claim is never evidence for a fact (extraction leaves facts alone on it); the answer says in
its warnings that the verdict does not rest on it. The cues are data (authority.yaml).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from bot.understand.text import fold

CUES_FILE = Path(__file__).with_name("authority.yaml")

WARNING = {
    "fr": "La question cite une validation ou une garantie (DPO, service juridique, manager, "
    "fournisseur, « conforme RGPD »…) : le verdict ne repose pas sur cette affirmation, seulement "
    "sur les faits décrits et les règles. Gardez la preuve elle-même (formulaire, consentements, "
    "contrat).",
    "en": "The question quotes an approval or a guarantee (DPO, legal, a manager, a vendor, “GDPR "
    "compliant”…): the verdict does not rest on that claim, only on the facts described and the "
    "rules. Keep the evidence itself (form, consents, contract).",
}


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = yaml.safe_load(CUES_FILE.read_text(encoding="utf-8"))
    who = f"(?:{raw['authorities']})"
    claims = re.compile("|".join(f"(?:{p.format(who=who)})" for p in raw["claims"]))
    labels = re.compile("|".join(f"(?:{p})" for p in raw["labels"]))
    return claims, labels


_CLAUSE_END = re.compile(r"[.,;!?\n]")


def claimed_approval(question: str) -> str | None:
    """The claim of approval the question quotes, if any (as folded text)."""
    folded = fold(question)
    claims, labels = _cues()
    m = claims.search(folded)
    if m:
        return m.group(0)
    for m in labels.finditer(folded):
        end = _CLAUSE_END.search(folded, m.end())
        if end is None or end.group(0) != "?":
            return m.group(0)
    return None


def warning(lang: str) -> str:
    return WARNING["en" if lang == "en" else "fr"]
