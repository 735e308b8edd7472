"""Exchange between offices: partners, record versions, packages, conflicts

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-01 14:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.base

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Applies this revision: the exchange tables."""
    op.create_table(
        "exchange_partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=13), nullable=False),
        sa.Column("signing_key", sa.String(length=64), nullable=False),
        sa.Column("encryption_key", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("added_at", db.base.UTCDateTime(), nullable=False),
        sa.Column("revoked_at", db.base.UTCDateTime(), nullable=True),
        sa.Column("last_sent_sequence", sa.Integer(), nullable=False),
        sa.Column("last_received_sequence", sa.Integer(), nullable=False),
        sa.Column("last_acked_sequence", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_partner")),
        sa.UniqueConstraint("office_code", name=op.f("uq_exchange_partner_office_code")),
    )
    op.create_table(
        "exchange_record_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("vector", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_record_state")),
        sa.UniqueConstraint("entity", "record_uuid", name=op.f("uq_exchange_record_state_entity")),
    )
    op.create_table(
        "exchange_partner_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_code", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("vector", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_partner_record")),
        sa.UniqueConstraint(
            "partner_code", "entity", "record_uuid", name=op.f("uq_exchange_partner_record_partner_code")
        ),
    )
    op.create_table(
        "exchange_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("partner_code", sa.String(length=40), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("processed_at", db.base.UTCDateTime(), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("acknowledged_at", db.base.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_package")),
        sa.UniqueConstraint("package_id", "direction", name=op.f("uq_exchange_package_package_id")),
    )
    op.create_table(
        "exchange_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("partner_code", sa.String(length=40), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("local", sa.Text(), nullable=False),
        sa.Column("local_vector", sa.Text(), nullable=False),
        sa.Column("incoming", sa.Text(), nullable=False),
        sa.Column("incoming_vector", sa.Text(), nullable=False),
        sa.Column("incoming_hash", sa.String(length=64), nullable=False),
        sa.Column("detected_at", db.base.UTCDateTime(), nullable=False),
        sa.Column("resolved_at", db.base.UTCDateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=12), nullable=True),
        sa.Column("resolved_by", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflict")),
    )


def downgrade() -> None:
    """Reverts this revision."""
    for table in (
        "exchange_conflict",
        "exchange_package",
        "exchange_partner_record",
        "exchange_record_state",
        "exchange_partner",
    ):
        op.drop_table(table)
