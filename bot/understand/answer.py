"""Free-text question -> Answer: clean the input, find its language, its topic or its facts, let
`rules` decide, and let the pipeline cite and render.

Order of the checks: unreadable input; instructions aimed at the bot cut out (`injection`);
another language; the kind of question (`kind`): outside the field (``out_of_scope``), a general
question (``info`` on its topic), or a case; claims of approval flagged (`authority`); an
off-topic one (``out_of_scope``); else a case for `rules.decide` — a vague case comes back from
the rules as ``needs_info`` with the questions to ask.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any, Protocol

from bot.answer import Answer
from bot.render import verdict_label
from bot.understand import authority, language, llm
from bot.understand import extract as extraction
from bot.understand.doubts import doubts
from bot.understand.evidence import evidence_of
from bot.understand.extract import consent_condition, extract
from bot.understand.injection import strip_injection
from bot.understand.kind import asks_permission, question_kind
from bot.understand.readers.period import action_period, without_candidate_date
from bot.understand.scope import about_prospecting, in_domain, is_gibberish
from bot.understand.text import fold, looks_binary, truncate
from bot.understand.topics import FALLBACK, topic_of
from rules.decision import Verdict
from rules.facts import Facts

log = logging.getLogger(__name__)


class Decider(Protocol):
    """What understanding hands a question over to (bot.pipeline.Pipeline): the rules' verdict on
    a case or a general topic, with the do-not-contact list, the citations and the rendering.
    Understanding never imports the pipeline; the pipeline calls `answer_question`."""

    settings: Any

    def decide_case(
        self,
        facts: Facts,
        on: dt.date,
        *,
        lang: str,
        question: str,
        doubts: frozenset[str] = frozenset(),
        period: tuple[dt.date, dt.date] | None = None,
    ) -> Answer: ...

    def inform(self, topic: str, on: dt.date, *, lang: str, question: str) -> Answer | None: ...


_TEXTS = {
    "empty": {
        "fr": "Votre message est vide. Posez une question de prospection, par exemple : « Puis-je "
        "envoyer un SMS promotionnel à un client particulier ? »",
        "en": "Your message is empty. Ask a prospecting question, for example: “Can I send a "
        "promotional text to a consumer who is a customer?”",
    },
    "binary": {
        "fr": "Je n'ai pas pu lire ce message : il ne contient pas de texte lisible. Posez votre "
        "question en français ou en anglais.",
        "en": "I could not read this message: it holds no readable text. Ask your question in "
        "French or English.",
    },
    "language": {
        "fr": "Je ne traite que les questions en français et en anglais{name}. Reformulez votre "
        "question dans l'une de ces langues.",
        "en": "I handle questions in French and English only{name}. Please ask again in one of "
        "these languages.",
    },
    "off_topic": {
        "fr": "Je réponds aux questions de prospection commerciale et de données personnelles "
        "(RGPD, CNIL, démarchage par e-mail, SMS, téléphone, courrier…). Cette question sort de ce "
        "périmètre.",
        "en": "I answer questions about sales prospecting and personal data (GDPR, CNIL, e-mail, "
        "text, phone or postal marketing…). This question is outside that scope.",
    },
    "gibberish": {
        "fr": "Je n'ai pas compris ce message. Décrivez la prospection envisagée : canal, cible "
        "(particulier ou professionnel), origine des coordonnées, consentement.",
        "en": "I could not make sense of this message. Describe the contact you plan: channel, "
        "audience (consumer or business), where the details come from, consent.",
    },
}
_TRUNCATED = {
    "fr": "Question très longue : seuls ses {n} premiers caractères ont été lus.",
    "en": "Very long question: only its first {n} characters were read.",
}
_INJECTED = {
    "fr": "Des instructions adressées au bot dans la question ont été ignorées : le verdict vient "
    "toujours des règles.",
    "en": "Instructions addressed to the bot in the question were ignored: the verdict always "
    "comes from the rules.",
}
_ONLY_CONTACT = {
    "fr": "Je n'ai reçu que des coordonnées ({contact}) : dites-moi ce que vous voulez faire. ",
    "en": "I only got contact details ({contact}): tell me what you want to do. ",
}
#: Facts that describe a case (dates and contacts alone do not make a question about prospecting).
_CASE_FACTS = (
    "channel",
    "audience",
    "customer",
    "ongoing_contract",
    "related_offer",
    "source",
    "consent",
    "partner_consent",
    "informed",
    "objected",
    "bloctel",
    "action",
    "comment_kind",
    "address",
    "callback",
    "calls_30d",
)
_CONTACTS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d .-]{7,}\d")
_FOLLOW_UP = re.compile(
    r"^\s*(?:et|and|what|si|if|sinon|otherwise|ok|d'accord|alors|so|mais|but|même|same|pareil|"
    r"idem|dans ce cas|in that case|et si|and if|what if|what about|how about)\b",
    re.IGNORECASE,
)


_CONDITIONED = {
    "fr": "Un consentement demandé en échange d'une réduction ou d'une participation à un jeu n'est "
    "libre que si l'avantage reste accessible sans accepter la prospection (RGPD art. 7(4)) : le "
    "consentement ne doit pas être la condition de l'avantage.",
    "en": "Consent asked in exchange for a discount or a game entry is free only if the advantage "
    "stays available without agreeing to marketing (GDPR art. 7(4)): consent must not be the "
    "condition of the advantage.",
}
#: Topics about calls: a call with its date, hour or count of earlier calls is a case.
_CALL_TOPICS = ("call_hours", "phone_consent", "phone_reform", "call_fines")
#: Facts that say what is done to whom: a case about them is no general question.
_ACTING = ("channel", "action", "consent", "source", "objected", "partner_consent", "bloctel")


def _concrete(facts: Facts, topic: str) -> bool:
    if facts.calls_30d is not None or facts.callback is not None:
        return True
    timed = facts.weekday is not None or facts.hour is not None or facts.date is not None
    return topic in _CALL_TOPICS and timed


def _acts(facts: Facts) -> bool:
    known = facts.model_dump(exclude_none=True)
    return any(k in known for k in (*_ACTING, "callback", "calls_30d", "comment_kind", "informed"))


def _refusal(kind: str, lang: str, on: dt.date, **fmt: str) -> Answer:
    lang = "en" if lang == "en" else "fr"
    text = _TEXTS[kind][lang].format(**fmt)
    return Answer(
        verdict=Verdict.out_of_scope,
        summary=f"{verdict_label(Verdict.out_of_scope, lang)}. {text}",
        language=lang,
        date=on,
    )


def _as_text(question: Any) -> str | None:
    """The question as text, or None when it is not text at all."""
    if question is None:
        return ""
    if isinstance(question, bytes | bytearray):
        try:
            question = bytes(question).decode("utf-8")
        except UnicodeDecodeError:
            return None
    if not isinstance(question, str):
        question = str(question)
    return None if looks_binary(question) else question


def _case_facts(facts: Facts) -> dict[str, Any]:
    return {k: v for k, v in facts.model_dump(exclude_none=True).items() if k in _CASE_FACTS}


def merge_context(new: Facts, context: Facts | None, question: str) -> Facts:
    """Facts of the thread under the new ones: "et si c'est un client ?" changes one fact.

    A question that states a whole new case (its own channel and audience) without reading as a
    follow-up starts afresh, so that stale facts of the thread do not leak into it.
    """
    if context is None:
        return new
    if new.channel and new.audience and not _FOLLOW_UP.match(question):
        return new
    merged = context.model_dump(exclude_none=True)
    merged.update(new.model_dump(exclude_none=True))
    if new.action is None and context.action is not None and new.channel:
        merged.pop("action", None)  # "and by SMS?" after a CRM question: back to prospecting
    return Facts(**merged)


def answer_question(
    pipeline: Decider,
    question: Any,
    on: dt.date,
    lang: str | None = None,
    context: Facts | None = None,
    explicit_date: bool = False,
) -> Answer:
    """Answer one free-text question; never raises on bad input.

    With ``explicit_date`` (``ask --date``), ``on`` is the day of the action unless the text
    names one: it then sets the weekday and public holidays, as ``check --date`` does."""
    lang = lang if lang in ("fr", "en") else None
    text = _as_text(question)
    if text is None:
        return _refusal("binary", lang or "fr", on)
    text = text.strip()
    if not text:
        return _refusal("empty", lang or "fr", on)
    text, truncated = truncate(text)
    original = text
    text, injected = strip_injection(text)
    if not text:
        # nothing left but instructions to the bot: answer in the language they were written in
        said = language.detect(_CONTACTS.sub(" ", original))
        refusal = _refusal("empty", lang or (said if said in ("fr", "en") else "fr"), on)
        refusal.warnings.append(_INJECTED[refusal.language])
        return refusal

    detected = language.detect(_CONTACTS.sub(" ", text))
    if detected not in ("fr", "en"):
        name = language.NAMES.get(detected, "")
        hint = f"; this message looks like {name}" if name and lang != "fr" else ""
        refusal = _refusal("language", lang or "en", on, name=hint)
        if injected:  # the rep should still learn that the instruction was not followed
            refusal.warnings.append(_INJECTED[refusal.language])
        return refusal
    lang = lang or detected

    warnings: list[str] = []
    if truncated:
        warnings.append(_TRUNCATED[lang].format(n=len(text)))
    if injected:
        warnings.append(_INJECTED[lang])
    if authority.claimed_approval(text):
        warnings.append(authority.warning(lang))  # a claim is never a fact; say so

    kind = question_kind(text)
    if kind == "off_field" and (context is None or not _FOLLOW_UP.match(text)):
        # (in a thread, "et si c'est un stagiaire ?" changes a fact of the case in hand)
        return _finish(_refusal("off_topic", lang, on), warnings, None)

    helper = llm.get_llm(getattr(pipeline.settings, "llm_model", None))
    facts = extract(text, on, context)
    read = facts  # what the text itself says: the facts that get a span as evidence
    if helper is not None:
        facts = llm.merge_under(facts, helper.extract(text))

    topic = topic_of(text, general=kind == "general")
    # a contact to make with its own particulars (a time, calls already made) is a case, even
    # beside a general question ("how long does her consent last, can I call a sixth time?")
    concrete = topic is not None and _concrete(facts, topic)
    if kind == "case" or (concrete and (kind != "general" or asks_permission(text))):
        topic = None  # a contact to make with its own particulars is a case, not a general question
    if topic is not None:
        answer = _inform(pipeline, topic, on, lang, text)
        if answer is not None:
            return _finish(answer, warnings, helper)

    case = _case_facts(facts)
    case.pop("address", None)  # read off an address alone: still no case described
    if (
        context is None
        and case
        and kind != "case"  # a contact asked for ("je lui envoie une offre ?") is prospecting
        and not _acts(facts)
        and not facts.contact  # a person's number or address is personal data
        and not about_prospecting(text)
    ):
        # "un déj client près de la Défense": a customer, but no contact, channel or data at stake
        return _finish(_refusal("off_topic", lang, on), warnings, None)
    if consent_condition(fold(text)) in ("unclear", "forced", "free"):
        warnings.append(_CONDITIONED[lang])
    if not case and context is None:
        if facts.contact:
            answer = pipeline.decide_case(
                _dated(facts, on, explicit_date), on, lang=lang, question=text
            )
            if answer.verdict is Verdict.needs_info:
                lead = _ONLY_CONTACT[lang].format(contact=facts.contact)
                answer = answer.model_copy(update={"summary": lead + answer.summary})
            return _finish(_with_evidence(answer, text, on, context, read), warnings, helper)
        if is_gibberish(text):
            return _finish(_refusal("gibberish", lang, on), warnings, None)
        if not in_domain(text):
            return _finish(_refusal("off_topic", lang, on), warnings, None)
    elif (
        not case
        and not in_domain(text)
        and not _FOLLOW_UP.match(text)
        and facts.date is None
        and facts.weekday is None
        and facts.hour is None
    ):
        return _finish(_refusal("off_topic", lang, on), warnings, None)

    facts = merge_context(facts, context, text)
    period = action_period(fold(text), on)
    if period:
        facts = without_candidate_date(facts, fold(text), period)
        period = period if facts.date is None else None
    if period is None:
        facts = _dated(facts, on, explicit_date)  # a period said is no day for --date to fill
    # the facts left in doubt are asked; the day of the action known only within a period: the
    # rules weigh its two ends
    answer = pipeline.decide_case(
        facts, on, lang=lang, question=text, doubts=doubts(text, facts), period=period
    )
    return _finish(_with_evidence(answer, text, on, context, read), warnings, helper)


def _with_evidence(
    answer: Answer, text: str, on: dt.date, context: Facts | None, read: Facts
) -> Answer:
    """Each fact the answer holds as the text stated it, with the span it was read from (facts of
    the thread, of the do-not-contact list or inferred by the rules have none)."""
    stated = {k: v for k, v in read.known().items() if answer.facts.get(k) == v}
    if not stated:
        return answer
    find = getattr(extraction, "evidence_of", None) or evidence_of
    try:
        spans = find(text, on, context, facts=read)
    except Exception:  # evidence is a help to read the answer, never a reason to lose it
        log.warning("could not find the evidence of the facts", exc_info=True)
        return answer
    kept = {k: v for k, v in spans.items() if k in stated and v}
    return answer.model_copy(update={"facts_evidence": kept}) if kept else answer


def _dated(facts: Facts, on: dt.date, explicit_date: bool) -> Facts:
    """With ``ask --date``, that day is the day of the action unless the text names a day (a date
    or a weekday: "dimanche à 11h" keeps its Sunday)."""
    if explicit_date and facts.date is None and facts.weekday is None:
        return facts.with_(date=on)
    return facts


def _inform(pipeline: Decider, topic: str, on: dt.date, lang: str, question: str) -> Answer | None:
    """The topic's info answer, else its broader topic's (the rules may not have every one)."""
    for candidate in (topic, FALLBACK.get(topic)):
        if candidate:
            answer = pipeline.inform(candidate, on, lang=lang, question=question)
            if answer is not None:
                return answer
    return None


def _finish(answer: Answer, warnings: list[str], helper: llm.LLMHelper | None) -> Answer:
    update: dict[str, Any] = {}
    if warnings:
        update["warnings"] = [*answer.warnings, *(w for w in warnings if w not in answer.warnings)]
    if helper is not None and answer.verdict is not Verdict.out_of_scope:
        better = helper.rephrase(answer)
        if better:
            update["summary"] = better
    return answer.model_copy(update=update) if update else answer
