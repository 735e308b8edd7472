"""Keluarga Berisiko Stunting (KRS): imported families, their field verifications and the status code lists.

Search over names, NIK and address uses the SQLite FTS5 table ``krs_family_fts`` (trigram tokenizer, external
content on ``krs_family``, kept in sync by triggers); it is created by the migration only, not by these models.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, event, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, ExchangeMixin
from desktop.domain.krs.codes import FLAGS

# Names of the FTS5 virtual table and its shadow tables start with this; the models-vs-migration check skips them.
KRS_FTS_TABLE = "krs_family_fts"

# The trigger that indexes a new family for search (also created by migration 0003). Bulk imports drop it inside
# their transaction, index the new rows in one INSERT ... SELECT (ten times faster) and create it again.
KRS_FTS_INSERT_TRIGGER = (
    "CREATE TRIGGER krs_family_fts_ai AFTER INSERT ON krs_family BEGIN "
    "INSERT INTO krs_family_fts(rowid, head_name, wife_name, nik, no_kk, address) "
    "VALUES (new.id, new.head_name, new.wife_name, new.nik, new.no_kk, new.address); END"
)

FLAG_COLUMNS: tuple[str, ...] = tuple(flag.value for flag in FLAGS)
"""The family's boolean flag columns, one per sasaran and risk factor of the domain's code lists."""


class KrsFamily(ExchangeMixin, Base):
    """One family of a KRS list (one source round), with its current verification state.

    ``identity_key`` identifies the family within a round (``KK:<No. KK>``, else ``NIK:<NIK>``); re-importing the
    same round updates the family with that key. ``content_hash`` digests the imported fields, so an unchanged row
    is recognised without comparing every column. The verification columns mirror the latest
    :class:`KrsVerification` for fast filtering.
    """

    __tablename__ = "krs_family"
    __table_args__ = (
        UniqueConstraint("source_round", "identity_key"),
        # One live family per NIK and round, held by the database itself (two imports at once: migration 0014).
        Index(
            "uq_krs_family_round_nik",
            "source_round",
            "nik",
            unique=True,
            sqlite_where=text("nik IS NOT NULL AND deleted_at IS NULL"),
            postgresql_where=text("nik IS NOT NULL AND deleted_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_round: Mapped[str] = mapped_column(String(12))
    semester: Mapped[int | None] = mapped_column(Integer, default=None)
    identity_key: Mapped[str] = mapped_column(String(24))
    kecamatan_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    desa_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    rw: Mapped[str] = mapped_column(String(40), default="")
    rt: Mapped[str] = mapped_column(String(10), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    head_name: Mapped[str] = mapped_column(String(120))
    nik: Mapped[str | None] = mapped_column(String(16), default=None, index=True)
    no_kk: Mapped[str | None] = mapped_column(String(16), default=None, index=True)
    wife_name: Mapped[str] = mapped_column(String(120), default="")
    wife_age: Mapped[int | None] = mapped_column(Integer, default=None)
    baduta: Mapped[bool] = mapped_column(Boolean, default=False)
    balita: Mapped[bool] = mapped_column(Boolean, default=False)
    pus: Mapped[bool] = mapped_column(Boolean, default=False)
    pus_hamil: Mapped[bool] = mapped_column(Boolean, default=False)
    air_minum_tidak_layak: Mapped[bool] = mapped_column(Boolean, default=False)
    jamban_tidak_layak: Mapped[bool] = mapped_column(Boolean, default=False)
    terlalu_muda: Mapped[bool] = mapped_column(Boolean, default=False)
    terlalu_tua: Mapped[bool] = mapped_column(Boolean, default=False)
    terlalu_dekat: Mapped[bool] = mapped_column(Boolean, default=False)
    terlalu_banyak: Mapped[bool] = mapped_column(Boolean, default=False)
    welfare_rank: Mapped[str] = mapped_column(String(4), default="")
    risk_status: Mapped[str] = mapped_column(String(30), default="")
    content_hash: Mapped[str] = mapped_column(String(32), default="")
    existence_code: Mapped[str | None] = mapped_column(String(30), default=None)
    result_code: Mapped[str | None] = mapped_column(String(30), default=None, index=True)
    verified_on: Mapped[date | None] = mapped_column(Date, default=None)


class KrsVerification(ExchangeMixin, Base):
    """One field verification of a family: existence, result, updated flags, the TPK verifier, date and notes.

    Never edited after the fact in normal use; a later visit adds a new row, so the rows are the history.
    ``flags_json`` holds the risk/sasaran flags the verifier corrected (``{"jamban_tidak_layak": false}``).
    """

    __tablename__ = "krs_verification"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("krs_family.id"), index=True)
    existence_code: Mapped[str] = mapped_column(String(30))
    result_code: Mapped[str | None] = mapped_column(String(30), default=None)
    flags_json: Mapped[str] = mapped_column(Text, default="{}")
    verifier_name: Mapped[str] = mapped_column(String(120), default="")
    verifier_role: Mapped[str] = mapped_column(String(30), default="")
    verified_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


SEEDED_AT = datetime(2026, 11, 23, tzinfo=UTC)
"""The creation time migration 0015 gives the code list entries that existed (seeded ones): the same everywhere."""

CODE_NAMESPACE = uuid.UUID("6b1f3c5e-2a47-4f0e-9d43-5c2e8a1b7f10")
"""The namespace of the code list entries' uuids (also in migration 0015)."""


def code_uuid(list_name: str, code: str) -> str:
    """The uuid of a code list entry, the same at every office: derived from its list and code."""
    return str(uuid.uuid5(CODE_NAMESPACE, f"{list_name}/{code}"))


class KrsCode(ExchangeMixin, Base):
    """An entry of an editable code list: ``existence`` (status keberadaan), ``result`` (hasil verval) or
    ``verifier_role`` (peran TPK). Seeded by the migration; the office may rename, add or deactivate entries.

    Entries are exchanged (the kabupaten's lists go down to its kecamatan); the uuid is :func:`code_uuid`, so the same
    code is one record at every office.
    """

    __tablename__ = "krs_code"
    __table_args__ = (UniqueConstraint("list_name", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_name: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(30))
    label: Mapped[str] = mapped_column(String(80))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


@event.listens_for(KrsCode, "init")
def _derived_uuid(target: KrsCode, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Gives a new entry its :func:`code_uuid` (unless one is given)."""
    if "uuid" not in kwargs and "list_name" in kwargs and "code" in kwargs:
        kwargs["uuid"] = code_uuid(str(kwargs["list_name"]), str(kwargs["code"]))
