"""The warning on an answer that rests on an official text which changed and whose rules nobody
has reviewed yet: « le texte de C. conso art. L.223-1 a changé le 2026-11-30 ; la règle R16 n'a
pas encore été revue ». Pure: the pending changes are read by the caller."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ingest.sources.changes import ChangeRecord

_ONE = {
    "fr": "Le texte de {label} a changé le {date} ; la règle {rules} n'a pas encore été revue.",
    "en": "The text of {label} changed on {date}; rule {rules} has not been reviewed yet.",
}
_MANY = {
    "fr": "Le texte de {label} a changé le {date} ; les règles {rules} n'ont pas encore été revues.",
    "en": "The text of {label} changed on {date}; rules {rules} have not been reviewed yet.",
}


def _brief(rule_id: str) -> str:
    return rule_id.split(".", 1)[0].strip()


def _order(rule_id: str) -> tuple[int, str]:
    digits = re.match(r"R(\d+)", rule_id)
    return (int(digits.group(1)) if digits else 10_000, rule_id)


def change_warnings(
    pending: Sequence[ChangeRecord],
    *,
    rule_ids: Iterable[str],
    urls: Iterable[str],
    lang: str,
) -> list[str]:
    """One warning per unreviewed change of a text the answer rests on: a deciding rule rests on
    it (the notes' rule_ids, rules/refs.yaml), or the answer cites or names its URL."""
    lang = "en" if lang == "en" else "fr"
    deciding = {_brief(r) for r in rule_ids}
    cited = {u for u in urls if u}
    out: list[str] = []
    for change in pending:
        if change.reviewed_at is not None:
            continue
        hit = set(change.rule_ids) & deciding
        if not hit and change.url not in cited:
            continue
        rules = sorted(hit or deciding, key=_order)
        text = (_ONE if len(rules) == 1 else _MANY)[lang].format(
            label=change.label,
            date=change.detected_at.date().isoformat(),
            rules=", ".join(rules),
        )
        if text not in out:
            out.append(text)
    return out
