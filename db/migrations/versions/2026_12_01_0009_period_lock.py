"""Period approval: submitted, approved, returned and reopened periods (kunci periode)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 17:40:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.base

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Applies this revision: the period_lock table."""
    op.create_table(
        "period_lock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("office_code", sa.String(length=40), nullable=False),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("region_code", sa.String(length=13), nullable=False),
        sa.Column("approver_code", sa.String(length=40), nullable=False),
        sa.Column("approver_name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("submission_package", sa.String(length=36), nullable=False),
        sa.Column("submitted_at", db.base.UTCDateTime(), nullable=True),
        sa.Column("decided_at", db.base.UTCDateTime(), nullable=True),
        sa.Column("decided_by", sa.String(length=120), nullable=False),
        sa.Column("updated_at", db.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_lock")),
        sa.UniqueConstraint("office_code", "kind", "period", name="uq_period_lock_office_kind_period"),
        sa.UniqueConstraint("uuid", name=op.f("uq_period_lock_uuid")),
    )
    with op.batch_alter_table("period_lock", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_period_lock_state"), ["state"], unique=False)


def downgrade() -> None:
    """Reverts this revision."""
    with op.batch_alter_table("period_lock", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_period_lock_state"))
    op.drop_table("period_lock")
