"""The figures quoted in texts, read from the dated parameters: ``{max_calls}`` in a rule's
obligation becomes "4" on a date when the décret sets four calls."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rules.decision import Text
from rules.params import param, parameters


def _fmt_int(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _months(months: int, lang: str) -> str:
    """A duration in months, with its years when whole ("12 mois (1 an)")."""
    text = f"{months} mois" if lang == "fr" else f"{months} months"
    years = months // 12
    if months % 12 or not years:
        return text
    unit = ("an" if years == 1 else "ans") if lang == "fr" else ("year" if years == 1 else "years")
    return f"{text} ({years} {unit})"


def figures(on: dt.date) -> dict[str, Any]:
    calls = param("phone/max_calls", on) or {}
    pause = param("phone/pause_after_refusal_days", on)
    hours = param("phone/calling_hours", on)
    slots = hours["slots"] if hours else [[10, 13], [14, 20]]
    reform = reform_date()
    return {
        "max_calls": calls.get("calls", "—"),
        "max_calls_days": calls.get("days", "—"),
        "pause_days": pause if pause is not None else "—",
        "consent_validity_months": param("phone/consent_validity_months", on) or 12,
        "consent_proof_years": param("phone/consent_proof_years", on) or 3,
        # a whole number of years also said in years: "how long is it valid?" is answered "a year"
        "consent_validity_fr": _months(param("phone/consent_validity_months", on) or 12, "fr"),
        "consent_validity_en": _months(param("phone/consent_validity_months", on) or 12, "en"),
        "prospect_years": param("keeping/prospect_years", on),
        "prospect_years_source": _reference("keeping/prospect_years", on),
        "customer_years": param("keeping/customer_years", on),
        "optout_years": param("keeping/optout_years", on),
        "answer_months": param("gdpr/answer_months", on),
        "extension_months": param("gdpr/extension_months", on),
        "breach_hours": param("gdpr/breach_hours", on),
        "fine_max_meur": (param("gdpr/fine_max_eur", on) or 0) // 1_000_000,
        "fine_max_pct": param("gdpr/fine_max_turnover_pct", on),
        "fine_person": _fmt_int(param("consumer/fine_person_eur", on) or 0),
        "fine_company": _fmt_int(param("consumer/fine_company_eur", on) or 0),
        "fine_person_en": f"{param('consumer/fine_person_eur', on) or 0:,}",
        "fine_company_en": f"{param('consumer/fine_company_eur', on) or 0:,}",
        "hours_fr": " et ".join(f"{a} h à {b} h" for a, b in slots),
        "hours_en": " and ".join(f"{a}:00–{b}:00" for a, b in slots),
        "reform_date_fr": f"{reform.day} {MONTHS_FR[reform.month - 1]} {reform.year}",
        "reform_date_en": f"{reform.day} {reform:%B} {reform.year}",
    }


#: The dated parameter behind each figure a text may quote (for the rulebook).
FIGURE_PARAMS: dict[str, str] = {
    "max_calls": "phone/max_calls",
    "max_calls_days": "phone/max_calls",
    "pause_days": "phone/pause_after_refusal_days",
    "consent_validity_months": "phone/consent_validity_months",
    "consent_proof_years": "phone/consent_proof_years",
    "consent_validity_fr": "phone/consent_validity_months",
    "consent_validity_en": "phone/consent_validity_months",
    "prospect_years": "keeping/prospect_years",
    "prospect_years_source": "keeping/prospect_years",
    "customer_years": "keeping/customer_years",
    "optout_years": "keeping/optout_years",
    "answer_months": "gdpr/answer_months",
    "extension_months": "gdpr/extension_months",
    "breach_hours": "gdpr/breach_hours",
    "fine_max_meur": "gdpr/fine_max_eur",
    "fine_max_pct": "gdpr/fine_max_turnover_pct",
    "fine_person": "consumer/fine_person_eur",
    "fine_company": "consumer/fine_company_eur",
    "fine_person_en": "consumer/fine_person_eur",
    "fine_company_en": "consumer/fine_company_eur",
    "hours_fr": "phone/calling_hours",
    "hours_en": "phone/calling_hours",
    "reform_date_fr": "phone/consumer_regime",
    "reform_date_en": "phone/consumer_regime",
}
#: The dated parameter behind each derived fact a condition may test.
DERIVED_PARAMS: dict[str, str] = {
    "call_time": "phone/calling_hours",
    "call_limit": "phone/max_calls",
    "retention_expired": "keeping/prospect_years",
    "consent_expired": "phone/consent_validity_months",
}

MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def _reference(name: str, on: dt.date) -> str:
    entry = parameters()[name].entry_at(on)
    return entry.reference if entry is not None else "—"


def reform_date() -> dt.date:
    """The day phone marketing of consumers switched to prior consent (params/phone)."""
    values = parameters()["phone/consumer_regime"].values
    return next(d for d, v in sorted(values.items()) if v.value == "consent")


def fill(text: Text, on: dt.date) -> Text:
    values = figures(on)
    return Text(fr=text.fr.format_map(values), en=text.en.format_map(values))
