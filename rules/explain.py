"""The rules in words, for a compliance officer: what each rule requires, what it beats, what it
obliges, on which texts (in their dated wordings, with their status), with which dated figures,
and which lawyer-readable cases test it. Pure: it reads the module's own tables, and takes the
cases as data (rules/rulebook.py loads them). Used by ``gardefou rules`` and docs/rulebook.md.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from rules.figures import DERIVED_PARAMS, FIGURE_PARAMS
from rules.params import parameters
from rules.table import (
    Rule,
    _load_yaml,
    definition_texts,
    presumptions,
    references,
    rule_index,
    rules,
)


@dataclass(frozen=True)
class CaseRef:
    """A YAML case that names the rule among the deciding ones."""

    file: str
    name: str
    date: str
    verdict: str


_WORDS = {
    "fr": {
        "always": "toujours",
        "from": "depuis le {a}",
        "to": "jusqu'au {b}",
        "between": "du {a} au {b}",
        "allowed": "autorisé",
        "forbidden": "interdit",
        "duty": "obligation",
        "confirmed": "confirmé",
        "to_confirm": "à confirmer",
        "or": " ou ",
        "none_of": "ni ",
        "nor": " ni ",
        "other_than": "autre que ",
        "colon": " :",
        "any": "au moins un des cas suivants : ",
        "not": "il n'est pas vrai que : ",
        "no_condition": "aucune condition",
        "applies_when": "S'applique quand",
        "verdict": "Verdict",
        "period": "Période",
        "status": "Statut",
        "why": "Ce que dit la règle",
        "exception_of": "Exception à",
        "overrides": "L'emporte sur",
        "beaten_by": "Cède devant (exceptions et règles prioritaires)",
        "every_rule": "toutes les autres règles",
        "obligations": "Obligations",
        "basis": "Base légale (version en vigueur)",
        "params": "Paramètres datés utilisés",
        "cases": "Cas qui la testent",
        "no_cases": "aucun cas",
        "reviewer": "Note de lecture",
        "to_confirm_point": "Point à confirmer",
        "read": "texte lu : version du {v}, consulté sur {c}",
        "in_force": "en vigueur {p}",
        "none": "aucun",
        "title": "Règles de Gardefou",
        "list_header": "| id | titre | verdict | période | bases | statut |",
        "value_from": "à partir du {d} : {v} ({r} ; {s})",
        "definitions": "Définitions",
        "presumptions": "Présomptions (faits présumés quand ils sont inconnus, avec l'obligation qui les rend vrais)",
        "presumed": "présumé : {v}",
        "unless": "sauf si : {c}",
        "sources": "Sources et statut",
    },
    "en": {
        "always": "always",
        "from": "from {a}",
        "to": "until {b}",
        "between": "from {a} to {b}",
        "allowed": "allowed",
        "forbidden": "forbidden",
        "duty": "duty",
        "confirmed": "confirmed",
        "to_confirm": "to confirm",
        "or": " or ",
        "none_of": "neither ",
        "nor": " nor ",
        "other_than": "not ",
        "colon": ":",
        "any": "at least one of: ",
        "not": "it is not the case that: ",
        "no_condition": "no condition",
        "applies_when": "Applies when",
        "verdict": "Verdict",
        "period": "Period",
        "status": "Status",
        "why": "What the rule says",
        "exception_of": "Exception to",
        "overrides": "Overrides",
        "beaten_by": "Gives way to (exceptions and overriding rules)",
        "every_rule": "every other rule",
        "obligations": "Obligations",
        "basis": "Legal basis (wording in force)",
        "params": "Dated parameters used",
        "cases": "Cases that test it",
        "no_cases": "no case",
        "reviewer": "Reading note",
        "to_confirm_point": "To be confirmed",
        "read": "text read: version of {v}, consulted at {c}",
        "in_force": "in force {p}",
        "none": "none",
        "title": "Gardefou's rules",
        "list_header": "| id | title | verdict | period | bases | status |",
        "value_from": "from {d}: {v} ({r}; {s})",
        "definitions": "Definitions",
        "presumptions": "Presumptions (facts presumed when unknown, with the duty that makes them true)",
        "presumed": "presumed: {v}",
        "unless": "unless: {c}",
        "sources": "Sources and status",
    },
}


def _w(lang: str, key: str, **kw: Any) -> str:
    return _WORDS["en" if lang == "en" else "fr"][key].format(**kw)


@cache
def _vocabulary() -> dict[str, Any]:
    return _load_yaml("vocabulary")


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "fr"


def period(valid_from: dt.date | None, valid_to: dt.date | None, lang: str) -> str:
    if valid_from and valid_to:
        return _w(lang, "between", a=valid_from.isoformat(), b=valid_to.isoformat())
    if valid_from:
        return _w(lang, "from", a=valid_from.isoformat())
    if valid_to:
        return _w(lang, "to", b=valid_to.isoformat())
    return _w(lang, "always")


def _value(value: Any, lang: str) -> str:
    key = "yes" if value is True else "no" if value is False else str(value)
    return _vocabulary()["values"].get(key, {}).get(_lang(lang), key)


def _fact(fact: str, lang: str) -> str:
    return _vocabulary()["facts"].get(fact, {}).get(_lang(lang), fact)


def condition_sentences(raw: Any, lang: str) -> list[str]:
    """A condition as written in a table, as sentences that all must hold."""
    if raw is None or raw == {}:
        return []
    if isinstance(raw, list):
        return [s for item in raw for s in condition_sentences(item, lang)]
    found: list[str] = []
    for key, value in raw.items():
        if key == "all":
            found += condition_sentences(value, lang)
        elif key == "any":
            options = [" ; ".join(condition_sentences(v, lang)) for v in value]
            found.append(_w(lang, "any") + " | ".join(f"({o})" for o in options))
        elif key == "not":
            found.append(_w(lang, "not") + " ; ".join(condition_sentences(value, lang)))
        elif key == "is":
            found.append(_vocabulary()["definitions"][value][_lang(lang)])
        else:
            found.append(_leaf(key, value, lang))
    return found


def _leaf(fact: str, raw: Any, lang: str) -> str:
    if isinstance(raw, Mapping):
        items = raw["not"] if isinstance(raw["not"], list) else [raw["not"]]
        words = [_value(v, lang) for v in items]
        said = (
            _w(lang, "other_than") + words[0]
            if len(words) == 1
            else _w(lang, "none_of") + _w(lang, "nor").join(words)
        )
        return f"{_fact(fact, lang)}{_w(lang, 'colon')} {said}"
    items = raw if isinstance(raw, list) else [raw]
    said = _w(lang, "or").join(_value(v, lang) for v in items)
    return f"{_fact(fact, lang)}{_w(lang, 'colon')} {said}"


def _versions_in(ref_id: str, rule: Rule) -> list[Any]:
    """The wordings of a reference in force during part of the rule's period."""
    start = rule.valid_from or dt.date.min
    end = rule.valid_to or dt.date.max
    return [
        v
        for v in references()[ref_id].versions
        if (v.valid_from or dt.date.min) <= end and start <= (v.valid_to or dt.date.max)
    ]


def _basis_lines(rule: Rule, lang: str) -> list[str]:
    lines = []
    for ref_id in rule.basis:
        for v in _versions_in(ref_id, rule):
            status = _w(lang, v.status)
            if v.status == "confirmed":
                detail = _w(
                    lang, "read", v=v.version.isoformat() if v.version else "?", c=v.checked
                )
            else:
                detail = v.note or ""
            when = _w(lang, "in_force", p=period(v.valid_from, v.valid_to, lang))
            lines.append(f"- {v.label} — <{v.url}> — {when} — {status}{_w(lang, 'colon')} {detail}")
    return lines


def params_used(rule: Rule) -> list[str]:
    """The dated parameters a rule's texts or conditions rely on."""
    names: list[str] = []
    texts = [rule.why.fr, rule.why.en] + [t.fr for t in rule.obligations]
    for text in texts:
        for placeholder in re.findall(r"\{(\w+)\}", text):
            name = FIGURE_PARAMS.get(placeholder)
            if name and name not in names:
                names.append(name)
    for fact in sorted(rule.condition.facts()):
        name = DERIVED_PARAMS.get(fact)
        if name and name not in names:
            names.append(name)
    return names


def _param_lines(rule: Rule, lang: str) -> list[str]:
    lines = []
    for name in params_used(rule):
        param = parameters()[name]
        lines.append(f"- `{name}` — {param.description}")
        for start in sorted(param.values):
            entry = param.values[start]
            lines.append(
                "  - "
                + _w(
                    lang,
                    "value_from",
                    d=start.isoformat(),
                    v=entry.value,
                    r=entry.reference,
                    s=_w(lang, entry.status),
                )
            )
    return lines


def _beaten_by(rule: Rule) -> list[str]:
    return [
        r.id
        for r in rules()
        if r.id != rule.id
        and (rule.id in r.exception_of or rule.id in r.overrides or "all" in r.overrides)
    ]


#: "C. conso art. L.223-1 (loi n° …)" -> "C. conso art. L.223-1"; "RGPD art. 5(1)(c) et (e)" stays
_SHORT = re.compile(r" \((?=[^\W\d_]{2})")


def summary_row(rule: Rule, lang: str) -> dict[str, str]:
    """id, title, verdict, period, bases (short labels), status: one line of ``gardefou rules``."""
    labels: list[str] = []
    for ref_id in rule.basis:
        for v in _versions_in(ref_id, rule):
            short = _SHORT.split(v.label)[0]
            if short not in labels:
                labels.append(short)
    return {
        "id": rule.id,
        "title": rule.title.in_(lang),
        "verdict": _w(lang, rule.verdict),
        "period": period(rule.valid_from, rule.valid_to, lang),
        "bases": ", ".join(labels),
        "status": _w(lang, rule.status),
    }


def rule_list_markdown(lang: str) -> str:
    lines = [_w(lang, "list_header"), "|---|---|---|---|---|---|"]
    for rule in rules():
        row = summary_row(rule, lang)
        lines.append("| " + " | ".join(row[k].replace("|", "/") for k in row) + " |")
    return "\n".join(lines)


def explain_rule(rule: Rule, lang: str, cases: Sequence[CaseRef] = ()) -> str:
    """One rule in words (Markdown)."""
    lang = _lang(lang)
    out = [f"### {rule.id} — {rule.title.in_(lang)}", ""]
    c = _w(lang, "colon")
    out.append(f"- **{_w(lang, 'verdict')}**{c} {_w(lang, rule.verdict)}")
    out.append(f"- **{_w(lang, 'period')}**{c} {period(rule.valid_from, rule.valid_to, lang)}")
    out.append(f"- **{_w(lang, 'status')}**{c} {_w(lang, rule.status)}")
    if rule.to_confirm is not None:
        out.append(f"- **{_w(lang, 'to_confirm_point')}**{c} {rule.to_confirm.in_(lang)}")
    out += ["", f"**{_w(lang, 'applies_when')}**{c}"]
    sentences = condition_sentences(rule.scope, lang) + condition_sentences(rule.when, lang)
    out += [f"- {s}" for s in sentences] or [f"- {_w(lang, 'no_condition')}"]
    out += ["", f"**{_w(lang, 'why')}**{c} {rule.why.in_(lang)}"]
    if rule.note is not None:
        out += ["", f"**{_w(lang, 'reviewer')}**{c} {rule.note.in_(lang)}"]
    relations = []
    if rule.exception_of:
        relations.append(f"- {_w(lang, 'exception_of')}{c} {', '.join(rule.exception_of)}")
    if rule.overrides:
        beaten = [_w(lang, "every_rule") if o == "all" else o for o in rule.overrides]
        relations.append(f"- {_w(lang, 'overrides')}{c} {', '.join(beaten)}")
    beaten_by = _beaten_by(rule)
    if beaten_by:
        relations.append(f"- {_w(lang, 'beaten_by')}{c} {', '.join(beaten_by)}")
    if relations:
        out += ["", *relations]
    if rule.obligations:
        out += ["", f"**{_w(lang, 'obligations')}**{c}"]
        out += [f"- {o.in_(lang)}" for o in rule.obligations]
    out += ["", f"**{_w(lang, 'basis')}**{c}"]
    out += _basis_lines(rule, lang) or [f"- {_w(lang, 'none')}"]
    params = _param_lines(rule, lang)
    if params:
        out += ["", f"**{_w(lang, 'params')}**{c}", *params]
    out += ["", f"**{_w(lang, 'cases')}**{c}"]
    out += [f"- {c.file} — {c.name} ({c.date}, {c.verdict})" for c in cases] or [
        f"- {_w(lang, 'no_cases')}"
    ]
    return "\n".join(out) + "\n"


def explain_id(rule_id: str, lang: str, cases: Mapping[str, Sequence[CaseRef]]) -> str:
    """``explain_rule`` by id; KeyError names the unknown id."""
    rule = rule_index()[rule_id]
    return explain_rule(rule, lang, cases.get(rule_id, ()))


def _definitions(lang: str) -> list[str]:
    out = []
    for name, raw in definition_texts().items():
        said = _vocabulary()["definitions"][name][_lang(lang)]
        parts = " ; ".join(condition_sentences(raw, lang))
        out.append(f"- `{name}` — {said}. ({parts})")
    return out


def _presumptions(lang: str) -> list[str]:
    out = []
    for p in presumptions():
        values = _w(lang, "or").join(_value(v, lang) for v in p.presumed)
        line = f"- {_fact(p.fact, lang)} — {_w(lang, 'presumed', v=values)}"
        if p.obligation is not None:
            line += f" — {p.obligation.in_(lang)}"
        if p.why:
            line += f" ({p.why})"
        out.append(line)
    return out


def _sources(lang: str) -> list[str]:
    out = []
    for ref in references().values():
        for v in ref.versions:
            when = period(v.valid_from, v.valid_to, lang)
            status = _w(lang, v.status)
            detail = (
                _w(lang, "read", v=v.version.isoformat() if v.version else "?", c=v.checked)
                if v.status == "confirmed"
                else v.note
            )
            if v.status == "confirmed" and v.note:
                detail += f" — {v.note}"
            colon = _w(lang, "colon")
            out.append(f"- `{ref.id}` — {v.label} — <{v.url}> — {when} — {status}{colon} {detail}")
    return out


def rulebook_markdown(lang: str, cases: Mapping[str, Sequence[CaseRef]], preface: str = "") -> str:
    """The whole rulebook: list, every rule in words, definitions, presumptions, sources."""
    lang = _lang(lang)
    parts = [f"# {_w(lang, 'title')}", ""]
    if preface:
        parts += [preface.strip(), ""]
    parts += [rule_list_markdown(lang), ""]
    for rule in rules():
        parts.append(explain_rule(rule, lang, cases.get(rule.id, ())))
    parts += [f"## {_w(lang, 'definitions')}", "", *_definitions(lang), ""]
    parts += [f"## {_w(lang, 'presumptions')}", "", *_presumptions(lang), ""]
    parts += [f"## {_w(lang, 'sources')}", "", *_sources(lang), ""]
    return "\n".join(parts)


def index_cases(cases: Iterable[tuple[str, Mapping[str, Any]]]) -> dict[str, list[CaseRef]]:
    """rule id -> the cases naming it, from (file name, case) pairs."""
    found: dict[str, list[CaseRef]] = {}
    for file, case in cases:
        for rule_id in case.get("rule_ids", []) or []:
            ref = CaseRef(
                file=file,
                name=str(case.get("name", "")),
                date=str(case.get("date", "")),
                verdict=str(case.get("verdict", "info")),
            )
            found.setdefault(rule_id, []).append(ref)
    return found
