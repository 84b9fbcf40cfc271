"""Words shown to the rep in Slack: verdict cues, fact names and values, section titles (fr/en)."""

from __future__ import annotations

from rules.decision import Verdict

VERDICT_EMOJI = {
    Verdict.allowed: "✅",
    Verdict.forbidden: "⛔",
    Verdict.needs_info: "❓",
    Verdict.info: "ℹ️",
    Verdict.out_of_scope: "🤷",
}

FACT_NAMES = {
    "fr": {
        "channel": "canal",
        "audience": "cible",
        "address": "adresse",
        "customer": "client",
        "ongoing_contract": "contrat en cours",
        "related_offer": "offre liée",
        "source": "origine du contact",
        "consent": "consentement",
        "partner_consent": "consentement partenaires",
        "informed": "informé à la collecte",
        "objected": "opposition",
        "bloctel": "inscrit sur Bloctel",
        "last_contact": "dernier contact",
        "consent_date": "date du consentement",
        "sector": "secteur",
        "date": "date",
        "weekday": "jour",
        "hour": "heure",
        "contact": "contact",
        "action": "action",
        "comment_kind": "type de commentaire",
    },
    "en": {
        "ongoing_contract": "ongoing contract",
        "related_offer": "related offer",
        "partner_consent": "partner consent",
        "last_contact": "last contact",
        "consent_date": "consent date",
        "comment_kind": "comment kind",
    },
}

VALUE_NAMES = {
    "fr": {
        "yes": "oui",
        "no": "non",
        "email": "e-mail",
        "phone": "téléphone",
        "post": "courrier",
        "automated_call": "appel automatisé",
        "social_dm": "message privé (réseau social)",
        "generic": "générique",
        "professional": "professionnelle",
        "personal": "personnelle",
        "form": "formulaire",
        "customer": "client",
        "event": "salon / événement",
        "purchased": "fichier acheté",
        "rented": "fichier loué",
        "scraped": "collecte automatisée",
        "directory": "annuaire",
        "referral": "recommandation",
        "social": "réseaux sociaux",
        "unknown": "inconnu",
        "pre_ticked": "case pré-cochée",
        "bundled": "lié aux CGV",
        "energy_renovation": "rénovation énergétique",
        "home_adaptation": "adaptation du logement",
        "other": "autre",
        "monday": "lundi",
        "tuesday": "mardi",
        "wednesday": "mercredi",
        "thursday": "jeudi",
        "friday": "vendredi",
        "saturday": "samedi",
        "sunday": "dimanche",
        "prospect": "prospecter",
        "share_list": "partager le fichier",
        "crm_comment": "commentaire CRM",
        "factual": "factuel",
        "insulting": "insultant",
        "sensitive": "donnée sensible",
    },
    "en": {
        "automated_call": "automated call",
        "social_dm": "social network DM",
        "pre_ticked": "pre-ticked box",
        "energy_renovation": "energy renovation",
        "home_adaptation": "home adaptation",
        "share_list": "share the list",
        "crm_comment": "CRM comment",
    },
}

TITLES = {
    "fr": {
        "facts": "Faits compris",
        "obligations": "À faire",
        "legal_basis": "Base légale",
        "sources": "Sources",
        "missing": "Précisez",
        "alternatives": "Ce qui changerait la réponse",
        "changes": "Évolution dans le temps",
        "warnings": "Attention",
        "date": "Verdict pour le",
        "from": "à partir du",
        "asked": "a demandé",
        "none": "aucun",
        "up": "👍 Utile",
        "down": "👎 Pas utile",
        "escalate": "🧑‍⚖️ Demander au DPO",
    },
    "en": {
        "facts": "Facts understood",
        "obligations": "To do",
        "legal_basis": "Legal basis",
        "sources": "Sources",
        "missing": "Tell me",
        "alternatives": "What would change it",
        "changes": "Over time",
        "warnings": "Warning",
        "date": "Verdict for",
        "from": "from",
        "asked": "asked",
        "none": "none",
        "up": "👍 Helpful",
        "down": "👎 Not helpful",
        "escalate": "🧑‍⚖️ Ask the DPO",
    },
}

AUTHORITY_NAMES = {"law": "Loi", "cnil": "CNIL", "internal": "Interne", "article": "Article"}


def lang_of(lang: str | None) -> str:
    return "en" if lang == "en" else "fr"


def fact_name(key: str, lang: str) -> str:
    return FACT_NAMES.get(lang, {}).get(key) or (key.replace("_", " ") if lang == "en" else key)


def value_name(value: object, lang: str) -> str:
    text = str(value)
    return VALUE_NAMES.get(lang, {}).get(text, text.replace("_", " ") if lang == "en" else text)


def title(key: str, lang: str) -> str:
    return TITLES[lang_of(lang)][key]
