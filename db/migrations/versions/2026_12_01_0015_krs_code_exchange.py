"""KRS code lists travel between offices: the exchange columns on krs_code, each entry's uuid from its list and code

Revision ID: 0015_xcontent
Revises: 0014
Create Date: 2026-12-01 20:40:00.000000

The office maintains the KRS code lists (status keberadaan, hasil verval, peran TPK): the kabupaten's entries go
down to its kecamatan with the other records. An entry's uuid is derived from its list and code
(:func:`db.models.krs.code_uuid`), so the entry seeded at every office, or the same code added at two offices, is
one record across offices instead of two that clash on the unique (list, code).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import db.base

revision: str = "0015_xcontent"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The creation time of the existing entries: the same at every office, so an entry seeded everywhere has the same
# content (and content hash) everywhere and meets itself as "unchanged" at the first exchange.
SEEDED_AT = datetime(2026, 11, 23, tzinfo=UTC)

# The entries migration 0003 seeded (list, code, label), in their sort order: an entry still exactly so gets
# SEEDED_AT; one an office renamed, re-ordered, deactivated or added gets the time of this upgrade, so it travels.
SEED = (
    ("existence", "ditemukan", "Ditemukan"),
    ("existence", "pindah", "Pindah"),
    ("existence", "tidak_ditemukan", "Tidak ditemukan"),
    ("existence", "meninggal", "Meninggal"),
    ("existence", "bercerai", "Bercerai/pisah"),
    ("existence", "ganda", "Ganda (duplikat)"),
    ("result", "tetap_berisiko", "Tetap berisiko"),
    ("result", "tidak_berisiko_lagi", "Tidak berisiko lagi"),
    ("result", "bukan_sasaran", "Bukan sasaran"),
    ("result", "data_tidak_valid", "Data tidak valid"),
    ("verifier_role", "bidan", "Bidan"),
    ("verifier_role", "kader_pkk", "Kader PKK"),
    ("verifier_role", "kader_kb", "Kader KB"),
)

# The same namespace as db.models.krs.CODE_NAMESPACE (a migration does not import the models it may outlive).
CODE_NAMESPACE = uuid.UUID("6b1f3c5e-2a47-4f0e-9d43-5c2e8a1b7f10")


def upgrade() -> None:
    """Adds the exchange columns, fills them for the existing entries, then makes them required."""
    with op.batch_alter_table("krs_code", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("origin_office", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("created_at", db.base.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", db.base.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("row_version", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("deleted_at", db.base.UTCDateTime(), nullable=True))
    bind = op.get_bind()
    table = sa.table(
        "krs_code",
        sa.column("id", sa.Integer),
        sa.column("list_name", sa.String),
        sa.column("code", sa.String),
        sa.column("label", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
        sa.column("uuid", sa.String),
        sa.column("origin_office", sa.String),
        sa.column("created_at", db.base.UTCDateTime()),
        sa.column("updated_at", db.base.UTCDateTime()),
        sa.column("row_version", sa.Integer),
    )
    now = datetime.now(UTC)
    seeded = {(name, code, label, order, True) for order, (name, code, label) in enumerate(SEED)}
    columns = (table.c.id, table.c.list_name, table.c.code, table.c.label, table.c.sort_order, table.c.active)
    for row_id, list_name, code, label, order, active in bind.execute(sa.select(*columns)).all():
        as_seeded = (list_name, code, label, order, bool(active)) in seeded
        bind.execute(
            table.update()
            .where(table.c.id == row_id)
            .values(
                uuid=str(uuid.uuid5(CODE_NAMESPACE, f"{list_name}/{code}")),
                origin_office="",
                created_at=SEEDED_AT if as_seeded else now,
                updated_at=now,
                row_version=1,
            )
        )
    with op.batch_alter_table("krs_code", schema=None) as batch_op:
        batch_op.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
        batch_op.alter_column("origin_office", existing_type=sa.String(length=40), nullable=False)
        batch_op.alter_column("created_at", existing_type=db.base.UTCDateTime(), nullable=False)
        batch_op.alter_column("updated_at", existing_type=db.base.UTCDateTime(), nullable=False)
        batch_op.alter_column("row_version", existing_type=sa.Integer(), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_krs_code_uuid"), ["uuid"])


def downgrade() -> None:
    """Reverts this revision."""
    with op.batch_alter_table("krs_code", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_krs_code_uuid"), type_="unique")
        for column in ("deleted_at", "row_version", "updated_at", "created_at", "origin_office", "uuid"):
            batch_op.drop_column(column)
