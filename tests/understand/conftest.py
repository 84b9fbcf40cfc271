"""A pipeline on the real rules, with a one-passage retriever and an in-memory do-not-contact list
(the index and the database are other suites' business)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.settings import Settings

ON = dt.date(2026, 11, 23)  # a Monday, after the 2026-08-11 phone reform


class OnePassage:
    """Stands in for retrieval: one law passage, said to support every rule asked about."""

    def search(self, query, k=5, on=None, rule_ids=()):
        from ingest.passage import Passage

        return [
            Passage(
                source_id="law-test",
                title="Texte de loi (test)",
                url="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042155961",
                authority="law",
                text="La prospection directe par courrier électronique d'une personne physique "
                "est interdite sans son consentement préalable.",
                rule_ids=[r.split(".")[0] for r in rule_ids] or ["R1"],
                score=0.9,
            )
        ]


class OptOut:
    def __init__(self, listed=()):
        self.listed = {c.lower() for c in listed}

    def contains(self, contact: str) -> bool:
        return contact.lower() in self.listed


@pytest.fixture
def pipeline(tmp_path):
    rules = pytest.importorskip("rules")
    if not hasattr(rules, "decide"):
        pytest.skip("rules.decide is not there yet")
    from bot.pipeline import Pipeline

    settings = Settings(data_dir=tmp_path, llm_model=None)
    return Pipeline(settings, retriever=OnePassage(), optout=OptOut(["stop@example.com"]))


@pytest.fixture
def ask(pipeline):
    def _ask(question, on=ON, **kw):
        return pipeline.ask(question, on, record=False, **kw)

    return _ask
