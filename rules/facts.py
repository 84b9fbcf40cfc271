"""The facts of a case: the vocabulary of INTERFACE.md, with French aliases.

A fact that was not stated stays ``None`` (unknown). It is never defaulted to "no":
the evaluator decides whether an unknown fact could change the verdict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Channel(StrEnum):
    email = "email"
    sms = "sms"
    phone = "phone"
    post = "post"
    fax = "fax"
    automated_call = "automated_call"
    social_dm = "social_dm"


class Audience(StrEnum):
    b2b = "b2b"
    b2c = "b2c"


class Address(StrEnum):
    generic = "generic"
    professional = "professional"
    personal = "personal"


class YesNo(StrEnum):
    yes = "yes"
    no = "no"


class Source(StrEnum):
    form = "form"
    customer = "customer"
    event = "event"
    purchased = "purchased"
    rented = "rented"
    scraped = "scraped"
    directory = "directory"
    referral = "referral"
    social = "social"
    unknown = "unknown"


class Consent(StrEnum):
    yes = "yes"
    no = "no"
    pre_ticked = "pre_ticked"
    bundled = "bundled"
    implied = "implied"  # inferred from silence or inactivity ("no answer means yes"): invalid
    unknown = "unknown"


class Sector(StrEnum):
    energy_renovation = "energy_renovation"
    home_adaptation = "home_adaptation"
    cpf = "cpf"
    press = "press"  # newspapers, periodicals, magazines (C. conso L.223-5)
    other = "other"


class Weekday(StrEnum):
    monday = "monday"
    tuesday = "tuesday"
    wednesday = "wednesday"
    thursday = "thursday"
    friday = "friday"
    saturday = "saturday"
    sunday = "sunday"


class Action(StrEnum):
    """What the rep wants to do. Extension of INTERFACE.md: default is contacting a prospect."""

    prospect = "prospect"  # send / call: the question most reps ask
    share_list = "share_list"  # give, rent or sell our contact file to a partner (R12)
    crm_comment = "crm_comment"  # write a free-text comment about a person in the CRM (R32)


class CommentKind(StrEnum):
    factual = "factual"
    insulting = "insulting"  # subjective, derogatory
    sensitive = "sensitive"  # health, religion, politics, union, sex life, offences (GDPR 9, 10)


class MessageContent(StrEnum):
    """What the electronic message itself carries (L.34-5: the sender and a free opt-out)."""

    compliant = "compliant"
    no_sender = "no_sender"  # the sender is not identified
    no_opt_out = "no_opt_out"  # no free way to object (no link, no STOP)


# Values and aliases ------------------------------------------------------------------------

#: Enum type of each categorical fact.
ENUM_FACTS: dict[str, type[StrEnum]] = {
    "channel": Channel,
    "audience": Audience,
    "address": Address,
    "customer": YesNo,
    "ongoing_contract": YesNo,
    "related_offer": YesNo,
    "source": Source,
    "consent": Consent,
    "partner_consent": YesNo,
    "informed": YesNo,
    "objected": YesNo,
    "bloctel": YesNo,
    "sector": Sector,
    "callback": YesNo,
    "offhours_consent": YesNo,
    "consent_for_advantage": YesNo,
    "advantage_without_consent": YesNo,
    "weekday": Weekday,
    "action": Action,
    "comment_kind": CommentKind,
    "message_content": MessageContent,
}

#: French (and a few English) spellings of the keys.
KEY_ALIASES: dict[str, str] = {
    "contenu_message": "message_content",
    "canal": "channel",
    "cible": "audience",
    "public": "audience",
    "adresse": "address",
    "client": "customer",
    "contrat_en_cours": "ongoing_contract",
    "contrat": "ongoing_contract",
    "offre_liee": "related_offer",
    "offre_analogue": "related_offer",
    "offre_similaire": "related_offer",
    "origine": "source",
    "provenance": "source",
    "consentement": "consent",
    "consentement_partenaires": "partner_consent",
    "informe": "informed",
    "information": "informed",
    "opposition": "objected",
    "oppose": "objected",
    "desinscrit": "objected",
    "dernier_contact": "last_contact",
    "date_consentement": "consent_date",
    "date_du_consentement": "consent_date",
    "rappel": "callback",
    "rappel_demande": "callback",
    "consentement_hors_horaires": "offhours_consent",
    "accord_hors_horaires": "offhours_consent",
    "consentement_contre_avantage": "consent_for_advantage",
    "consentement_contrepartie": "consent_for_advantage",
    "avantage_sans_consentement": "advantage_without_consent",
    "alternative_sans_consentement": "advantage_without_consent",
    "appels_30j": "calls_30d",
    "appels_30_jours": "calls_30d",
    "nb_appels": "calls_30d",
    "secteur": "sector",
    "jour": "weekday",
    "heure": "hour",
    "day": "weekday",
    "email_address": "contact",
    "numero": "contact",
    "telephone": "contact",
    "courriel": "contact",
}

#: French spellings of the values, per enum.
VALUE_ALIASES: dict[str, str] = {
    # yes / no
    "oui": "yes",
    "non": "no",
    "true": "yes",
    "false": "no",
    "y": "yes",
    "n": "no",
    "o": "yes",
    "1": "yes",
    "0": "no",
    # channels
    "mail": "email",
    "e-mail": "email",
    "courriel": "email",
    "mel": "email",
    "texto": "sms",
    "mms": "sms",
    "whatsapp": "sms",
    "rcs": "sms",
    "telephone": "phone",
    "tel": "phone",
    "appel": "phone",
    "call": "phone",
    "courrier": "post",
    "postal": "post",
    "letter": "post",
    "lettre": "post",
    "mail_postal": "post",
    "telecopie": "fax",
    "automate": "automated_call",
    "automate_appel": "automated_call",
    "robocall": "automated_call",
    "appel_automatise": "automated_call",
    "linkedin": "social_dm",
    "inmail": "social_dm",
    "dm": "social_dm",
    "messenger": "social_dm",
    "reseau_social": "social_dm",
    "message_prive": "social_dm",
    # audience
    "particulier": "b2c",
    "consommateur": "b2c",
    "consumer": "b2c",
    "individual": "b2c",
    "professionnel": "b2b",
    "pro": "b2b",
    "entreprise": "b2b",
    "business": "b2b",
    # address
    "generique": "generic",
    "pro_nominative": "professional",
    "nominative": "professional",
    "professionnelle": "professional",
    "personnelle": "personal",
    "perso": "personal",
    "privee": "personal",
    "private": "personal",
    # source
    "formulaire": "form",
    "client": "customer",
    "salon": "event",
    "evenement": "event",
    "achete": "purchased",
    "bought": "purchased",
    "fichier_achete": "purchased",
    "loue": "rented",
    "location": "rented",
    "scrape": "scraped",
    "scraping": "scraped",
    "aspire": "scraped",
    "annuaire": "directory",
    "recommandation": "referral",
    "parrainage": "referral",
    "reseaux_sociaux": "social",
    "inconnu": "unknown",
    "inconnue": "unknown",
    # consent
    "pre_coche": "pre_ticked",
    "precoche": "pre_ticked",
    "pre-ticked": "pre_ticked",
    "case_pre_cochee": "pre_ticked",
    "silence": "implied",
    "tacite": "implied",
    "implicite": "implied",
    "groupe": "bundled",
    "cgv": "bundled",
    "lie_aux_cgv": "bundled",
    # sector
    "renovation_energetique": "energy_renovation",
    "renovation": "energy_renovation",
    "adaptation_logement": "home_adaptation",
    "presse": "press",
    "journaux": "press",
    "abonnement_presse": "press",
    "autre": "other",
    # weekdays
    "lundi": "monday",
    "mardi": "tuesday",
    "mercredi": "wednesday",
    "jeudi": "thursday",
    "vendredi": "friday",
    "samedi": "saturday",
    "dimanche": "sunday",
    "mon": "monday",
    "tue": "tuesday",
    "wed": "wednesday",
    "thu": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
    # action / comment
    "prospection": "prospect",
    "partage": "share_list",
    "commentaire": "crm_comment",
    "factuel": "factual",
    "insultant": "insulting",
    "sensible": "sensitive",
}


class FactError(ValueError):
    """A fact that cannot be understood; the message names the key and the accepted values."""


def _fold(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text.strip().lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace(" ", "_").replace("-", "_") if "@" not in text else text


class Facts(BaseModel):
    """What we know of one case. ``None`` means unknown."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)

    channel: Channel | None = None
    audience: Audience | None = None
    address: Address | None = None
    customer: YesNo | None = None
    ongoing_contract: YesNo | None = None
    related_offer: YesNo | None = None
    source: Source | None = None
    consent: Consent | None = None
    partner_consent: YesNo | None = None
    informed: YesNo | None = None
    objected: YesNo | None = None
    bloctel: YesNo | None = None
    last_contact: dt.date | None = None
    #: extension: the day the person gave the consent to phone marketing (a month alone: its 1st);
    #: from 2026-08-11 that consent lapses after a dated number of months (R17b, to confirm)
    consent_date: dt.date | None = None
    sector: Sector | None = None
    date: dt.date | None = None
    weekday: Weekday | None = None
    hour: int | None = Field(default=None, ge=0, le=23)
    #: extension: the person asked us to call them back (a quote, a call-back form): not canvassing
    callback: YesNo | None = None
    #: extension: the consumer expressly agreed beforehand to be called outside the permitted days
    #: and hours (D.223-9 al. 2, until 2026-08-10); a general consent to phone marketing is not that
    offhours_consent: YesNo | None = None
    #: extension: the consent was asked in exchange for an advantage — a discount, a game entry, a
    #: gift (R8, GDPR 7(4)): valid only if the advantage was also available without consenting
    consent_for_advantage: YesNo | None = None
    #: extension: that advantage was also available without consenting (a real alternative, R8)
    advantage_without_consent: YesNo | None = None
    #: extension: calls already made to this person in the last 30 days, answered or not (D.223-9)
    calls_30d: int | None = Field(default=None, ge=0, le=1000)
    contact: str | None = Field(default=None, max_length=320)
    action: Action | None = None
    comment_kind: CommentKind | None = None
    #: extension: what the electronic message carries (sender, free opt-out: L.34-5)
    message_content: MessageContent | None = None

    @field_validator("contact")
    @classmethod
    def _strip_contact(cls, v: str | None) -> str | None:
        return v.strip() or None if v is not None else None

    def known(self) -> dict[str, Any]:
        """The stated facts only, as JSON-ready values (the ``facts`` of an answer)."""
        return self.model_dump(mode="json", exclude_none=True)

    def with_(self, **changes: Any) -> Facts:
        """A copy with some facts changed (``None`` makes a fact unknown again)."""
        return self.model_copy(update=changes)


def accepted_keys() -> list[str]:
    return list(Facts.model_fields)


def accepted_values(key: str) -> list[str]:
    if key in ENUM_FACTS:
        return [m.value for m in ENUM_FACTS[key]]
    return {
        "hour": ["0", "…", "23"],
        "date": ["YYYY-MM-DD"],
        "last_contact": ["YYYY-MM-DD"],
        "consent_date": ["YYYY-MM-DD"],
        "contact": ["an e-mail address or a phone number"],
        "calls_30d": ["0", "1", "…"],
    }[key]


def canonical_key(raw: str) -> str:
    key = _fold(raw)
    key = KEY_ALIASES.get(key, key)
    if key not in Facts.model_fields:
        raise FactError(
            f"unknown fact '{raw}'; accepted keys: {', '.join(accepted_keys())} "
            f"(French aliases: {', '.join(sorted(KEY_ALIASES))})"
        )
    return key


def canonical_value(key: str, raw: Any) -> Any:
    """Turn one raw value (string from the CLI, Slack or JSON) into the fact's typed value."""
    if raw is None:
        return None
    if key in ENUM_FACTS:
        enum = ENUM_FACTS[key]
        folded = _fold(str(raw))
        if folded in ("", "?", "unknown_value"):
            return None
        for candidate in (folded, VALUE_ALIASES.get(folded, folded)):
            try:
                return enum(candidate)
            except ValueError:
                continue
        raise FactError(
            f"{key}={raw!r} is not understood; accepted values: {', '.join(accepted_values(key))}"
        )
    if key == "hour":
        text = str(raw).strip().lower().removesuffix("h").removesuffix(":00")
        try:
            hour = int(text)
        except ValueError:
            raise FactError(f"hour={raw!r} is not an hour; accepted values: 0 to 23") from None
        if not 0 <= hour <= 23:
            raise FactError(f"hour={raw!r} is out of range; accepted values: 0 to 23")
        return hour
    if key == "calls_30d":
        try:
            calls = int(str(raw).strip())
        except ValueError:
            raise FactError(
                f"calls_30d={raw!r} is not a number of calls; accepted: 0, 1, 2…"
            ) from None
        if not 0 <= calls <= 1000:
            raise FactError(f"calls_30d={raw!r} is out of range; accepted: 0 to 1000")
        return calls
    if key in ("date", "last_contact", "consent_date"):
        if isinstance(raw, dt.date):
            day = raw
        else:
            try:
                day = dt.date.fromisoformat(str(raw).strip())
            except ValueError:
                raise FactError(f"{key}={raw!r} is not a date; expected YYYY-MM-DD") from None
        check_date_range(day, key)
        return day
    if key == "contact":
        text = str(raw).strip()
        if not text or len(text) > 320:
            raise FactError("contact must be an e-mail address or a phone number")
        return text
    return raw


#: Dates a rule can compute with (periods are added to them): outside, a usage error, never an
#: overflow deep in a rule.
DATE_MIN = dt.date(1900, 1, 1)
DATE_MAX = dt.date(2199, 12, 31)


def check_date_range(day: dt.date, name: str = "date") -> None:
    if not DATE_MIN <= day <= DATE_MAX:
        raise FactError(
            f"{name}={day.isoformat()} is out of range; accepted: {DATE_MIN} to {DATE_MAX}"
        )


def parse_facts(pairs: Mapping[str, Any]) -> Facts:
    """Build Facts from raw key/values (``canal=sms``, JSON objects…). Raises FactError."""
    values: dict[str, Any] = {}
    for raw_key, raw_value in pairs.items():
        key = canonical_key(str(raw_key))
        if key in values:
            raise FactError(f"fact '{key}' is given twice")
        values[key] = canonical_value(key, raw_value)
    return Facts(**values)


def parse_pairs(args: list[str]) -> Facts:
    """Parse ``KEY=VALUE`` command-line words."""
    pairs: dict[str, str] = {}
    for arg in args:
        if "=" not in arg:
            raise FactError(
                f"'{arg}' is not KEY=VALUE; accepted keys: {', '.join(accepted_keys())}"
            )
        key, _, value = arg.partition("=")
        if not key.strip():
            raise FactError(f"'{arg}' has no key; accepted keys: {', '.join(accepted_keys())}")
        if key.strip() in pairs:
            raise FactError(f"fact '{key.strip()}' is given twice")
        pairs[key.strip()] = value
    return parse_facts(pairs)
