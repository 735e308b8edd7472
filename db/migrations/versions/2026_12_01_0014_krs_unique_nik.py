"""KRS families: a NIK belongs to one live family per data round, enforced by the database

Revision ID: 0014
Revises: 0010
Create Date: 2026-12-01 17:50:00.000000

Two imports running at the same time on PostgreSQL each checked the NIKs against what was stored before they
began, and both inserted them. The partial unique index makes the second writer fail (the import service turns
that into one sentence; nothing of that import is stored). Soft-deleted families and families without a NIK are
outside the index; the round is part of it (the same family appears in PK23 and PK24).

A database that already holds such duplicates (made by that race) is not changed: the upgrade stops with a sentence
naming the first NIKs, so the office decides which family keeps each NIK; nothing is deleted silently.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "uq_krs_family_round_nik"
LIVE_WITH_NIK = "nik IS NOT NULL AND deleted_at IS NULL"


def upgrade() -> None:
    """Applies this revision: refuses existing duplicates by name, then creates the partial unique index."""
    duplicates = (
        op.get_bind()
        .execute(
            sa.text(
                f"SELECT source_round, nik FROM krs_family WHERE {LIVE_WITH_NIK} "
                "GROUP BY source_round, nik HAVING COUNT(*) > 1 ORDER BY source_round, nik LIMIT 5"
            )
        )
        .all()
    )
    if duplicates:
        named = ", ".join(f"{nik} ({source_round})" for source_round, nik in duplicates)
        raise RuntimeError(
            f"Pembaruan database dihentikan: NIK terdaftar pada lebih dari satu keluarga dalam satu sumber data "
            f"(mis. {named}). Hapus keluarga yang ganda di aplikasi versi sebelumnya, lalu perbarui lagi; tidak ada "
            f"yang diubah."
        )
    op.create_index(
        INDEX,
        "krs_family",
        ["source_round", "nik"],
        unique=True,
        sqlite_where=sa.text(LIVE_WITH_NIK),
        postgresql_where=sa.text(LIVE_WITH_NIK),
    )


def downgrade() -> None:
    """Reverts this revision."""
    op.drop_index(INDEX, table_name="krs_family")
