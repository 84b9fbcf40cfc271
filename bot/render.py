"""Decision + cited passages -> Answer, in the question's language. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer import (
    AlternativeOut,
    Answer,
    ChangeOut,
    Citation,
    LegalBasis,
    MissingFactOut,
)
from bot.citation_labels import titled
from rules.decision import Decision, Verdict

_VERDICT_WORDS = {
    "fr": {
        Verdict.allowed: "Autorisé",
        Verdict.forbidden: "Interdit",
        Verdict.needs_info: "Il me manque une information",
        Verdict.info: "Pour information",
        Verdict.out_of_scope: "Hors de mon périmètre",
    },
    "en": {
        Verdict.allowed: "Allowed",
        Verdict.forbidden: "Forbidden",
        Verdict.needs_info: "I need one more fact",
        Verdict.info: "For your information",
        Verdict.out_of_scope: "Outside what I cover",
    },
}

_CONTRADICTION = {
    "fr": "Attention : l'article « {title} » dit autre chose sur ce point ; la loi et la CNIL "
    "priment, suivez la réponse ci-dessus.",
    "en": "Warning: the article “{title}” says otherwise on this point; the law and the CNIL "
    "prevail, follow the answer above.",
}
#: One sentence a rep can act on: what the article claims, and what the law or the CNIL says.
_CLAIM = {
    "fr": "Attention : l'article « {title} » affirme que {claim} ; or {correction}.",
    "en": "Warning: the article “{title}” claims that {claim}; but {correction}.",
}


def verdict_label(verdict: Verdict, lang: str) -> str:
    return _VERDICT_WORDS["en" if lang == "en" else "fr"][verdict]


def contradiction_warnings(
    decision: Decision, passages: Sequence[Citation], lang: str
) -> list[str]:
    """Warn when a cited or retrieved article contradicts the rules that decided: quote its claim
    (our paraphrase, ingest/contradictions.yaml) when known, else say that it disagrees."""
    lang = "en" if lang == "en" else "fr"
    deciding = {rid.split(".")[0] for rid in decision.rule_ids}
    seen: set[str] = set()
    warnings: list[str] = []
    for citation in passages:
        flagged = {c.split(".")[0] for c in citation.contradicts}
        if citation.authority != "article" or not flagged & deciding or citation.source_id in seen:
            continue
        seen.add(citation.source_id)
        claims = [c for c in citation.claims if {r.split(".")[0] for r in c.rule_ids} & deciding]
        if not claims:
            warnings.append(_CONTRADICTION[lang].format(title=citation.title))
        for c in claims:
            text = _CLAIM[lang].format(
                title=citation.title, claim=c.claim[lang], correction=c.correction[lang]
            )
            if text not in warnings:
                warnings.append(text)
    return warnings


def render(
    decision: Decision,
    citations: Sequence[Citation],
    lang: str,
    *,
    extra_warnings: Sequence[str] = (),
) -> Answer:
    lang = "en" if lang == "en" else "fr"
    summary = f"{verdict_label(decision.verdict, lang)}. {decision.explanation.in_(lang)}"
    warnings = [w.in_(lang) for w in (*decision.warnings, *decision.to_confirm_warnings())]
    warnings += [w for w in contradiction_warnings(decision, citations, lang) if w not in warnings]
    warnings += [w for w in extra_warnings if w not in warnings]
    return Answer(
        verdict=decision.verdict,
        summary=summary.strip(),
        language=lang,
        date=decision.date,
        facts=decision.facts.known(),
        rule_ids=list(decision.rule_ids),
        legal_basis=_unique_basis(decision),
        obligations=[o.in_(lang) for o in decision.obligations],
        missing_facts=[
            MissingFactOut(fact=m.fact, question=m.question.in_(lang), options=list(m.options))
            for m in decision.missing_facts
        ],
        citations=[titled(c, lang) for c in citations],
        alternatives=[
            AlternativeOut(change=a.change, verdict=a.verdict, explanation=a.explanation.in_(lang))
            for a in decision.alternatives
        ],
        changes_over_time=[
            ChangeOut(from_=c.from_, verdict=c.verdict, rule_id=c.rule_id)
            for c in decision.changes_over_time
        ],
        warnings=warnings,
    )


def _unique_basis(decision: Decision) -> list[LegalBasis]:
    out: list[LegalBasis] = []
    seen: set[str] = set()
    for ref in decision.legal_basis:
        if ref.ref not in seen:
            seen.add(ref.ref)
            out.append(LegalBasis(ref=ref.ref, url=ref.url))
    return out
