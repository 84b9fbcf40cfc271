"""Engines and sessions: SQLite under the data dir by default, PostgreSQL when DATABASE_URL says so.

The schema is brought to the latest Alembic revision (`upgrade head`) the first time a process
opens a database. SQLite runs in WAL mode with a busy timeout and takes the write lock at the start
of each write transaction (BEGIN IMMEDIATE), so that two processes writing at once wait for each
other instead of failing; reads use a deferred BEGIN and never block writers.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_S = 30
#: Execution option read by the BEGIN hook: reads ask for "DEFERRED".
SQLITE_BEGIN = "sqlite_begin"

_lock = threading.Lock()
_engines: dict[str, Engine] = {}


def normalise_url(url: str) -> str:
    """`postgres://` and bare `postgresql://` mean the psycopg 3 driver (the one installed)."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url.removeprefix("postgres://")
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():  # owner-only; SQLite gives its -wal/-shm files the same mode
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            else:
                _owner_only(path)  # a file made by an older version or by hand may be 0644
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


def _owner_only(path: Path) -> None:
    """The log and the do-not-contact hashes are personal data: no group or world access."""
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if file.exists() and file.stat().st_mode & 0o077:
                file.chmod(0o600)
        except PermissionError:  # not ours (a shared volume): leave it, SQLite will say more
            pass


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
        _enable_wal(cursor)
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Purged rows are overwritten, not left readable in free pages of the file.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        mode = conn.get_execution_options().get(SQLITE_BEGIN, "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")


def _enable_wal(cursor) -> None:
    """Switch a new file to WAL once (the mode is stored in the file).

    Changing the journal mode needs the file to itself and SQLite may refuse it at once with
    "database is locked" without waiting on the busy timeout, when another process opens the
    same new file at that moment (two replicas starting): retry until the busy timeout is spent.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_S
    delay = 0.01
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest revision (idempotent; safe with concurrent starters)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def get_engine(url: str) -> Engine:
    """One engine per database URL per process, migrated on first use."""
    url = normalise_url(url)
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = make_engine(url)
            migrate(engine)
            _engines[url] = engine
        return engine


def dispose_all() -> None:
    """Close every pooled connection (tests, and before a fork)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


class Sessions:
    """Write sessions (BEGIN IMMEDIATE on SQLite) and read sessions (deferred) on one engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._write = sessionmaker(engine, expire_on_commit=False)
        reader = (
            engine.execution_options(**{SQLITE_BEGIN: "DEFERRED"}) if self.is_sqlite else engine
        )
        self._read = sessionmaker(reader, expire_on_commit=False)

    def write(self) -> Session:
        return self._write()

    def read(self) -> Session:
        return self._read()
