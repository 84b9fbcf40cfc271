"""Slack event claims get a state and a lease, so that a crash after the ack loses no answer.

Rows from before are events already handled: they become `answered`.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("processed_events") as batch:
        batch.add_column(
            sa.Column("state", sa.String(16), nullable=False, server_default="answered")
        )
        batch.add_column(sa.Column("owner", sa.String(128)))
        batch.add_column(sa.Column("lease_until", sa.DateTime()))
        batch.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("answered_at", sa.DateTime()))


def downgrade() -> None:
    with op.batch_alter_table("processed_events") as batch:
        batch.drop_column("answered_at")
        batch.drop_column("attempts")
        batch.drop_column("lease_until")
        batch.drop_column("owner")
        batch.drop_column("state")
