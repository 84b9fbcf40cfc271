"""Alembic environment: run programmatically by bot.db.engine.migrate (connection passed in), or
by hand with `alembic -c bot/db/migrations/alembic.ini upgrade head` (uses DATABASE_URL or the
default SQLite database of the settings)."""

from __future__ import annotations

from alembic import context

from bot.db.models import Base

#: Any 64-bit number: serialises concurrent migrations on one PostgreSQL database.
PG_MIGRATION_LOCK = 0x6761726465666F75  # "gardefou"


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # ALTER TABLE support on SQLite
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_MIGRATION_LOCK})")
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from bot.db.engine import make_engine
    from bot.settings import get_settings

    engine = make_engine(get_settings().resolved_database_url)
    with engine.connect() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; run them online")
run_migrations_online()
