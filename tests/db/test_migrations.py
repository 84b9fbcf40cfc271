"""The schema built by the migrations is the one the models describe (on both databases)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.db.engine import get_engine
from bot.db.models import Base


def test_migrations_match_the_models(db_url):
    engine = get_engine(db_url)  # runs `upgrade head`
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
