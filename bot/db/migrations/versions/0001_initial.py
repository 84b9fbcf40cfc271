"""Log entries, processed Slack events, log access audit, do-not-contact hashes.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JsonType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "log_entries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("surface", sa.String(16), nullable=False),
        sa.Column("user_id", sa.String(128)),
        sa.Column("channel", sa.String(128)),
        sa.Column("thread", sa.String(128)),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("verdict_date", sa.Date()),
        sa.Column("question", sa.Text()),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("rule_ids", JsonType, nullable=False),
        sa.Column("facts", JsonType, nullable=False),
        sa.Column("feedback", sa.String(8)),
        sa.Column("feedback_by", sa.String(128)),
        sa.Column("feedback_at", sa.DateTime()),
        sa.Column("escalated", sa.Boolean(), nullable=False),
        sa.Column("escalated_by", sa.String(128)),
        sa.Column("escalated_at", sa.DateTime()),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolved_at", sa.DateTime()),
    )
    op.create_index("ix_log_entries_created_at", "log_entries", ["created_at"])
    op.create_index("ix_log_entries_verdict", "log_entries", ["verdict"])
    op.create_index("ix_log_entries_thread", "log_entries", ["channel", "thread", "id"])

    op.create_table(
        "processed_events",
        sa.Column("event_id", sa.String(255), primary_key=True),
        sa.Column("claimed_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_processed_events_claimed_at", "processed_events", ["claimed_at"])

    op.create_table(
        "log_access",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("viewer", sa.String(128), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("detail", JsonType, nullable=False),
    )
    op.create_index("ix_log_access_at", "log_access", ["at"])

    op.create_table(
        "optout",
        sa.Column("digest", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("optout")
    op.drop_index("ix_log_access_at", table_name="log_access")
    op.drop_table("log_access")
    op.drop_index("ix_processed_events_claimed_at", table_name="processed_events")
    op.drop_table("processed_events")
    op.drop_index("ix_log_entries_thread", table_name="log_entries")
    op.drop_index("ix_log_entries_verdict", table_name="log_entries")
    op.drop_index("ix_log_entries_created_at", table_name="log_entries")
    op.drop_table("log_entries")
