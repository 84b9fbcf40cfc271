"""The one pipeline behind every surface: facts -> rules -> retrieval -> answer -> log.

Slack listeners, the CLI and the local chat all call `Pipeline.ask` / `Pipeline.check`; the verdict
always comes from `rules`, retrieval only supplies the passages that are cited.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from functools import cached_property
from typing import TYPE_CHECKING, Any

from bot.answer import Answer, ArticleClaim, Citation
from bot.logging_setup import log_answer
from bot.metrics import observe_answer
from bot.render import render
from bot.settings import Settings, get_settings
from ingest.contradictions import claims_in
from rules import INFO_TOPICS, decide
from rules import inform as inform_topic
from rules.decision import Decision, Verdict
from rules.facts import Facts, YesNo

if TYPE_CHECKING:
    from ingest.retrieve import Passage, Retriever

log = logging.getLogger(__name__)

#: How many passages an answer cites, at most (authorities first).
MAX_CITATIONS = 3
#: Authorities that can ground a verdict on their own; articles are cited only beside them.
_GROUNDING = ("law", "cnil", "internal")


def today() -> dt.date:
    """The clock is read here and in the surfaces only; rules take the date as an argument."""
    return dt.date.today()


class Pipeline:
    def __init__(
        self,
        settings: Settings | None = None,
        *,
        retriever: Retriever | None = None,
        journal: Any | None = None,
        optout: Any | None = None,
    ) -> None:
        self.settings = settings or get_settings()
        self._retriever = retriever
        self._journal = journal
        self._optout = optout

    # -- collaborators, loaded lazily so that `gardefou check --help` stays instant ----------

    @cached_property
    def retriever(self) -> Retriever:
        if self._retriever is not None:
            return self._retriever
        from ingest.index import ingest, live_dir
        from ingest.retrieve import get_retriever

        if live_dir(self.settings.data_dir) is None:
            # First use on a fresh machine: build the index rather than answer without sources.
            log.warning("no knowledge index in %s yet: building it once", self.settings.data_dir)
            ingest(settings=self.settings)
        return get_retriever(self.settings)

    @cached_property
    def journal(self) -> Any:
        if self._journal is not None:
            return self._journal
        from bot.db.journal import get_journal

        return get_journal(self.settings)

    @cached_property
    def optout(self) -> Any:
        if self._optout is not None:
            return self._optout
        from bot.db.optout import get_optout

        return get_optout(self.settings)

    @cached_property
    def source_changes(self) -> Any:
        """Changes of the official texts (law watch), in the same database as the log."""
        from ingest.sources.changes import Changes

        return Changes(self.settings)

    # -- surfaces -----------------------------------------------------------------------------

    def check(
        self,
        facts: Facts,
        on: dt.date | None = None,
        *,
        lang: str = "fr",
        surface: str = "cli",
        user: str | None = None,
        channel: str | None = None,
        thread: str | None = None,
        question: str | None = None,
        record: bool = True,
    ) -> Answer:
        """Decide one concrete case from structured facts."""
        started = time.perf_counter()
        if on is not None and facts.date is None:
            # An explicit date is the day of the action: it also sets the weekday and holidays.
            facts = facts.with_(date=on)
        on = facts.date or today()
        facts = self.apply_optout(facts)
        decision = decide(facts, on)
        answer = self.answer_for(decision, lang=lang, question=question)
        return self._finish(answer, question, started, surface, user, channel, thread, record)

    def ask(
        self,
        question: str,
        on: dt.date | None = None,
        *,
        lang: str | None = None,
        context: Facts | None = None,
        surface: str = "cli",
        user: str | None = None,
        channel: str | None = None,
        thread: str | None = None,
        record: bool = True,
    ) -> Answer:
        """Answer one free-text question (French or English)."""
        from bot.understand import answer_question

        started = time.perf_counter()
        answer = answer_question(
            self, question, on or today(), lang=lang, context=context, explicit_date=on is not None
        )
        return self._finish(answer, question, started, surface, user, channel, thread, record)

    # -- steps --------------------------------------------------------------------------------

    def decide_case(
        self,
        facts: Facts,
        on: dt.date,
        *,
        lang: str,
        question: str,
        doubts: frozenset[str] = frozenset(),
        period: tuple[dt.date, dt.date] | None = None,
    ) -> Answer:
        """A case understood from a question: the rules decide (do-not-contact list first);
        ``doubts`` are facts the question leaves in doubt, asked rather than presumed;
        ``period``: the day of the action known only within it (the rules weigh both ends)."""
        facts = self.apply_optout(facts)
        decision = decide(facts, facts.date or on, doubts, period)
        return self.answer_for(decision, lang=lang, question=question)

    def inform(self, topic: str, on: dt.date, *, lang: str, question: str) -> Answer | None:
        """A general question on one of the rules' info topics; None if the rules have no such
        topic."""
        if topic not in INFO_TOPICS:
            return None
        try:
            decision = inform_topic(topic, on)
        except (KeyError, ValueError):
            log.info("rules have no info topic %r", topic)
            return None
        return self.answer_for(decision, lang=lang, question=question)

    def apply_optout(self, facts: Facts) -> Facts:
        """A contact on the do-not-contact list is an objection (GDPR art. 21), whatever was said."""
        if facts.contact and facts.objected is not YesNo.yes:
            try:
                listed = self.optout.contains(facts.contact)
            except Exception:
                log.warning("do-not-contact list unavailable", exc_info=True)
                listed = False
            if listed:
                return facts.with_(objected=YesNo.yes)
        return facts

    def answer_for(self, decision: Decision, *, lang: str, question: str | None = None) -> Answer:
        citations = self.cite(decision, question)
        return render(
            decision, citations, lang, extra_warnings=self.text_changes(decision, citations, lang)
        )

    def text_changes(self, decision: Decision, citations: list[Citation], lang: str) -> list[str]:
        """Warn when the answer rests on an official text that changed and is not yet reviewed."""
        if decision.verdict is Verdict.out_of_scope:
            return []
        from ingest.sources.alerts import change_warnings

        try:
            pending = self.source_changes.pending()
        except Exception:  # the database being down must not stop the answers
            log.warning("pending official-text changes unavailable", exc_info=True)
            return []
        urls = {b.url for b in decision.legal_basis} | {c.url for c in citations}
        return change_warnings(pending, rule_ids=decision.rule_ids, urls=urls, lang=lang)

    def cite(self, decision: Decision, question: str | None = None) -> list[Citation]:
        """Retrieve the passages that support the deciding rules (law and CNIL first)."""
        if decision.verdict is Verdict.out_of_scope:
            return []
        queries = list(decision.topics) or [decision.explanation.fr]
        if question:
            queries.append(question)
        found: dict[str, Passage] = {}
        for query in queries:
            for passage in self.retriever.search(
                query, k=8, on=decision.date, rule_ids=decision.rule_ids
            ):
                key = f"{passage.source_id}:{passage.text[:60]}"
                if key not in found or found[key].score < passage.score:
                    found[key] = passage
        ranked = sorted(found.values(), key=lambda p: p.score, reverse=True)
        deciding = {r.split(".")[0] for r in decision.rule_ids}

        def supports(p: Passage) -> bool:
            return bool(deciding & {r.split(".")[0] for r in p.rule_ids})

        grounding = [p for p in ranked if p.authority in _GROUNDING and p.in_force(decision.date)]
        notes = [p for p in grounding if p.kind != "official"]
        chosen = _by_authority([p for p in notes if supports(p)])
        if not chosen:
            chosen = _by_authority(notes)
        # The official wording itself (fetched by `gardefou sources fetch`) first, beside our notes.
        official = [p for p in grounding if p.kind == "official" and supports(p)]
        chosen = official[:1] + chosen

        # One article passage on the same point, so that a contradiction can be flagged.
        def contradicts(p: Passage) -> bool:
            return bool(deciding & {r.split(".")[0] for r in p.contradicts})

        articles = [p for p in ranked if p.authority == "article" and contradicts(p)]
        articles += [p for p in ranked if p.authority == "article" and supports(p)]
        chosen += articles[:1]
        query = queries[0]
        return [
            Citation(
                source_id=p.source_id,
                title=p.title,
                url=p.url,
                authority=p.authority,
                kind=p.kind,
                excerpt=p.excerpt(query=query),
                score=round(float(p.score), 4),
                contradicts=list(p.contradicts),
                claims=[
                    ArticleClaim(rule_ids=c.contradicts, claim=c.claim, correction=c.correction)
                    for c in claims_in(p.source_id, p.text)
                ],
            )
            for p in chosen
        ]

    def _finish(
        self,
        answer: Answer,
        question: str | None,
        started: float,
        surface: str,
        user: str | None,
        channel: str | None,
        thread: str | None,
        record: bool,
    ) -> Answer:
        seconds = time.perf_counter() - started
        observe_answer(answer.verdict.value, surface, seconds)
        entry_id = None
        if record:
            try:
                entry_id = self.journal.record(
                    question, answer, surface=surface, user=user, channel=channel, thread=thread
                )
            except Exception:
                log.error("could not write the log entry", exc_info=True)
        log_answer(log, answer, surface=surface, seconds=seconds, entry_id=entry_id)
        return answer


def _by_authority(passages: list[Passage]) -> list[Passage]:
    """The best passage of each authority first (law, then CNIL, then our guides), then by score:
    an answer rests on the text of the law where one supports it (LEGAL_BRIEF: law > CNIL)."""
    heads: list[Passage] = []
    for authority in _GROUNDING:
        best = next((p for p in passages if p.authority == authority), None)
        if best is not None:
            heads.append(best)
    rest = [p for p in passages if p not in heads]
    return (heads + rest)[:MAX_CITATIONS]


_default: Pipeline | None = None


def get_pipeline(settings: Settings | None = None) -> Pipeline:
    """The process-wide pipeline (models load once); a given Settings gets its own."""
    global _default
    if settings is not None:
        return Pipeline(settings)
    if _default is None:
        _default = Pipeline(get_settings())
    return _default
