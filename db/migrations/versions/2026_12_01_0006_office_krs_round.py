"""office krs round

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 12:05:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Applies this revision: the office's current KRS data round (existing offices get PK24)."""
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.add_column(sa.Column("krs_round", sa.String(length=8), server_default="PK24", nullable=False))


def downgrade() -> None:
    """Reverts this revision."""
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.drop_column("krs_round")
