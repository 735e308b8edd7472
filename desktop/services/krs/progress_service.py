"""Verification progress per kecamatan and desa: total families, verified, and counts by result."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models.krs import KrsFamily
from db.models.region import Region
from desktop.services.unit_of_work import reading


@dataclass(slots=True)
class ProgressRow:
    """Progress of one region.

    Attributes:
        code: the kecamatan or desa code.
        name: its name.
        total: families in the list.
        verified: families with at least one verification.
        by_result: result code to number of families (``""`` for verified without a result).
    """

    code: str
    name: str
    total: int = 0
    verified: int = 0
    by_result: dict[str, int] = field(default_factory=dict)

    @property
    def percent(self) -> float:
        """Verified share in percent (0 when empty)."""
        return 100.0 * self.verified / self.total if self.total else 0.0


def verification_progress(
    session_factory: sessionmaker[Session], kecamatan_code: str | None = None, source_round: str | None = None
) -> list[ProgressRow]:
    """Progress per kecamatan, or per desa of one kecamatan; the rows furthest behind come first.

    Args:
        session_factory: the session factory.
        kecamatan_code: when given, one row per desa of this kecamatan; else one row per kecamatan.
        source_round: limit to one round.
    """
    with reading(session_factory) as session:
        return verification_progress_in(session, kecamatan_code, source_round)


def verification_progress_in(
    session: Session, kecamatan_code: str | None = None, source_round: str | None = None
) -> list[ProgressRow]:
    """:func:`verification_progress` inside an open unit of work."""
    group = KrsFamily.desa_code if kecamatan_code else KrsFamily.kecamatan_code
    query = (
        select(group, KrsFamily.existence_code.is_not(None), KrsFamily.result_code, func.count())
        .where(KrsFamily.deleted_at.is_(None))
        .group_by(group, KrsFamily.existence_code.is_not(None), KrsFamily.result_code)
    )
    if kecamatan_code:
        query = query.where(KrsFamily.kecamatan_code == kecamatan_code)
    if source_round:
        query = query.where(KrsFamily.source_round == source_round)
    rows: dict[str, ProgressRow] = {}
    for code, verified, result, count in session.execute(query):
        row = rows.setdefault(code, ProgressRow(code, ""))
        row.total += count
        if verified:
            row.verified += count
            row.by_result[result or ""] = row.by_result.get(result or "", 0) + count
    names = dict(session.execute(select(Region.code, Region.name).where(Region.code.in_(list(rows)))).all())
    for row in rows.values():
        row.name = names.get(row.code, row.code)
    return sorted(rows.values(), key=lambda r: (r.percent, r.name))
