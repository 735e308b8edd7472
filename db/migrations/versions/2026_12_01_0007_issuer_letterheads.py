"""issuer letterheads

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 14:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.base

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOREIGN_KEY = "fk_meeting_series_letterhead_id_issuer_letterhead"


def upgrade() -> None:
    """Applies this revision: letterheads of other issuers, and the one a meeting series prints with."""
    op.create_table(
        "issuer_letterhead",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("government", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("contact", sa.String(length=240), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("emblem_png", sa.LargeBinary(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("origin_office", sa.String(length=40), nullable=False),
        sa.Column("created_at", db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.base.UTCDateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", db.base.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuer_letterhead")),
        sa.UniqueConstraint("key", name=op.f("uq_issuer_letterhead_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_issuer_letterhead_uuid")),
    )
    if op.get_bind().dialect.name == "sqlite":
        # A batch copy of meeting_series would drop a table that meetings reference (refused with foreign keys on);
        # SQLite adds a nullable column with its named reference in place.
        op.execute(
            "ALTER TABLE meeting_series ADD COLUMN letterhead_id INTEGER "
            f"CONSTRAINT {FOREIGN_KEY} REFERENCES issuer_letterhead (id)"
        )
    else:
        op.add_column("meeting_series", sa.Column("letterhead_id", sa.Integer(), nullable=True))
        op.create_foreign_key(FOREIGN_KEY, "meeting_series", "issuer_letterhead", ["letterhead_id"], ["id"])


def downgrade() -> None:
    """Reverts this revision."""
    with op.batch_alter_table("meeting_series", schema=None) as batch_op:
        if op.get_bind().dialect.name != "sqlite":  # SQLite's copy drops the column's inline reference with it
            batch_op.drop_constraint(FOREIGN_KEY, type_="foreignkey")
        batch_op.drop_column("letterhead_id")
    op.drop_table("issuer_letterhead")
