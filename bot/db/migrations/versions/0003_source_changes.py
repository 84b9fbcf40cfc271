"""Changes detected in the official texts (law watch), with the rules to review.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

JsonType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "source_changes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("source_id", sa.String(128), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("label", sa.String(255), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("old_hash", sa.String(64), nullable=False),
        sa.Column("new_hash", sa.String(64), nullable=False),
        sa.Column("diff", sa.Text(), nullable=False),
        sa.Column("rule_ids", JsonType, nullable=False),
        sa.Column("reviewed_at", sa.DateTime()),
        sa.Column("reviewed_by", sa.String(128)),
    )
    op.create_index("ix_source_changes_source_id", "source_changes", ["source_id"])
    op.create_index("ix_source_changes_reviewed_at", "source_changes", ["reviewed_at"])


def downgrade() -> None:
    op.drop_index("ix_source_changes_reviewed_at", table_name="source_changes")
    op.drop_index("ix_source_changes_source_id", table_name="source_changes")
    op.drop_table("source_changes")
