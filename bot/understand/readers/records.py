"""A record pasted from a CRM or a spreadsheet: "Label: value" fields, one a line or separated by
"|" ("Customer: no | Phone consent: no | Bloctel: NO (checked today)").

A field states a fact about the person of the record as plainly as a sentence would, so its
value is read — but only a plain one: a bare yes or no (a short remark in brackets allowed), never
a value in doubt ("yes?", "à vérifier", "unknown"), nor free text (the readers read that). A
consent field for another means than the action's is no consent for this one. The labels and
values are data (``lexicon/records.yaml``).
"""

from __future__ import annotations

import re

from bot.understand.lexicon import lists, words
from bot.understand.readers.source import _source

_LISTS = lists("records")


def _whole(key: str) -> str:
    return "(?:" + "|".join(f"(?:{p})" for p in _LISTS[key]) + ")"


#: Where a field starts: the start, a separator, or a space before its label — not a word that
#: makes the label another one ("potential customer: yes", "former client : oui").
_START = (
    r"(?:^|(?<=[|;\t\n\u2022,(])|(?<=\s))"
    r"(?<!potential )(?<!prospective )(?<!future )(?<!former )(?<!ex-)(?<!ancien )(?<!ancienne )"
    r"(?<!futur )(?<!potentiel )(?<!potentielle )(?<!not )(?<!pas )(?<!non )(?<!no )"
    r"(?<!old )(?<!past )"
)
#: What may follow a field's value: the end, a separator, or the next field's label.
_NEXT = r"(?=\s*(?:$|[|;\t\n\u2022,.!]|[a-z][\w '&/-]{0,30}\s?[:=]))"
_VALUE = (
    r"\s*[:=]\s*(?P<value>"
    + "|".join(
        f"(?:{_whole(k)})" for k in ("not_listed_value", "listed_value", "yes_value", "no_value")
    )
    + r")(?:\s*\((?P<aside>[^)]{0,60})\))?"
    + _NEXT
)

_FIELDS = {
    fact: re.compile(_START + rf"(?P<label>{_whole(key)})" + _VALUE)
    for fact, key in (
        ("partner_consent", "partner_key"),
        ("consent", "consent_key"),
        ("customer", "customer_key"),
        ("bloctel", "bloctel_key"),
        ("objected", "objected_key"),
    )
}
#: The label of a field whose value says yes or no of a fact, with its colon, where a field
#: starts for sure: at the start of the text or a line, after a "|" or ";" ("Ran it through
#: Bloctel: it's registered" is a sentence, its words are read).
_LABEL = re.compile(
    r"(?:^|(?<=[|;\t\n\u2022])\s*)"
    + "(?:"
    + "|".join(
        _whole(k)
        for k in ("partner_key", "consent_key", "customer_key", "bloctel_key", "objected_key")
    )
    + r")\s*[:=](?!\d)"
)
_SOURCE_FIELD = re.compile(
    _START + rf"(?:{_whole('source_key')})\s*[:=]\s*(?P<value>[^|;\t\n\u2022]{{1,80}})"
)

_YES = re.compile(rf"^(?:{_whole('yes_value')})$")
_NO = re.compile(rf"^(?:{_whole('no_value')})$")
_LISTED = re.compile(rf"^(?:{_whole('listed_value')})$")
_NOT_LISTED = re.compile(rf"^(?:{_whole('not_listed_value')})$")
_DOUBT = words("records", "doubt_value")

#: The means a consent field's label names ("Phone consent", "Opt-in SMS").
_MEANS = (
    ("phone", re.compile(r"\b(?:phone|tel|telephone|telephonique|call|calls|calling|appels?)\b")),
    ("sms", re.compile(r"\b(?:sms|text)\b")),
    ("email", re.compile(r"\b(?:e-?mail|mail)\b")),
)
_PHONE_LIKE = ("phone", "automated_call")


def without_labels(folded: str) -> str:
    """``folded`` with the labels of yes/no fields blanked (same length): "Customer: maybe" says
    nothing of a customer, "Bloctel : pas sûr" is no statement about Bloctel."""
    if ":" not in folded and "=" not in folded:
        return folded
    return _LABEL.sub(lambda m: " " * len(m.group(0)), folded)


def _yes_no(fact: str, value: str) -> str | None:
    if fact == "bloctel":
        if _NOT_LISTED.match(value):
            return "no"
        if _LISTED.match(value):
            return "yes"
    if _YES.match(value):
        return "yes"
    if _NO.match(value):
        return "no"
    return None


def _means(label: str) -> str | None:
    for name, pattern in _MEANS:
        if pattern.search(label):
            return name
    return None


def record_facts(folded: str, channel: str | None) -> dict[str, str]:
    """The facts the fields of a pasted record state plainly (``folded``: the folded question,
    its new lines kept or not), for an action by ``channel``."""
    if ":" not in folded and "=" not in folded:
        return {}
    out: dict[str, str] = {}
    for fact, pattern in _FIELDS.items():
        for m in pattern.finditer(folded):
            if fact == "consent" and _FIELDS["partner_consent"].match(folded, m.start()):
                continue  # "Opt-in partenaires": the partners' consent field
            if m.group("aside") and _DOUBT.search(m.group("aside")):
                continue  # "yes (à vérifier)"
            value = _yes_no(fact, m.group("value"))
            if value is None:
                continue
            if fact == "consent":
                value = _consent_for(m.group("label"), value, channel)
                if value is None:
                    continue
            out.setdefault(fact, value)
    m = _SOURCE_FIELD.search(folded)
    if m and not _DOUBT.search(m.group("value")):
        source = _source(m.group("value"), False, channel)  # the source reader reads the value
        if source is not None:
            out["source"] = source
    return out


def _consent_for(label: str, value: str, channel: str | None) -> str | None:
    """A consent field's value for an action by ``channel``: a consent to another means is none
    to this one (given per means), its refusal says nothing of this one; a consent naming no means
    is one to e-mail and the like, never to be phoned (consent to calls is given per means)."""
    means = _means(label)
    if means is not None and channel is not None:
        same = means == channel or (means == "phone" and channel in _PHONE_LIKE)
        if not same:
            return "no" if value == "yes" else None
        return value
    if means is None and value == "yes" and (channel is None or channel in _PHONE_LIKE):
        return None  # "Opt-in: yes" before a call: to be phoned? asked
    return value
