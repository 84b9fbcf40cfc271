"""Database fixtures: every DB test runs on SQLite and on the real PostgreSQL of `make test`.

PostgreSQL comes from GARDEFOU_TEST_DATABASE_URL (set by `make test`); each test gets a database of
its own, dropped afterwards. Without the variable the postgres cases are skipped, except under
CI=true where that is an error.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.answer import Answer
from bot.db.engine import dispose_all

PG_ENV = "GARDEFOU_TEST_DATABASE_URL"


def _postgres_server() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{PG_ENV} is not set under CI: run the suite with `make test`")
        pytest.skip(f"{PG_ENV} not set (run `make test` for the PostgreSQL cases)")
    return url


def _pg_admin(server_url: str):
    return create_engine(server_url, isolation_level="AUTOCOMMIT")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL (the schema is created on first use, as in production)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'data' / 'gardefou.db'}"
        dispose_all()
        return
    server = _postgres_server()
    name = f"gf_test_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin(server)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = server.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        dispose_all()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def db_text(url: str) -> str:
    """Everything a reader of the database could see: the raw SQLite files, or every PostgreSQL
    row as text (tables of the public schema)."""
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        blobs = [p.read_bytes() for p in path.parent.glob(path.name + "*")]
        return b"\n".join(blobs).decode("utf-8", errors="replace")
    engine = create_engine(url)
    parts = []
    with engine.connect() as conn:
        tables = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).scalars()
        for table in list(tables):
            rows = conn.execute(text(f'SELECT t::text FROM "{table}" t')).scalars()
            parts.extend(rows)
    engine.dispose()
    return "\n".join(parts)


def make_answer(
    verdict: str = "forbidden",
    *,
    summary: str = "Ce contact s'est opposé : ne le contactez pas.",
    facts: dict | None = None,
    rule_ids: list[str] | None = None,
    language: str = "fr",
) -> Answer:
    return Answer(
        verdict=verdict,
        summary=summary,
        language=language,
        date=dt.date(2026, 11, 23),
        facts=facts if facts is not None else {"channel": "email", "audience": "b2c"},
        rule_ids=rule_ids if rule_ids is not None else ["R16"],
    )


@pytest.fixture
def answer():
    """make_answer(verdict, summary=…, facts=…, rule_ids=…, language=…) -> Answer"""
    return make_answer


@pytest.fixture
def db_dump():
    """db_text(url) -> everything readable in that database, as text"""
    return db_text
