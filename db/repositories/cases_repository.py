"""Queries over stunting cases: children with their latest measurement, filtered by region and status."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from db.models.cases import CaseChild, CaseMeasurement


def latest_measurement_ids(period: tuple[date, date] | None = None) -> Select[tuple[int, int]]:
    """A select of (child_id, id of the child's latest live measurement): latest date, then latest id.

    Args:
        period: the first and last day (inclusive) the measurement must lie in; any date when None.
    """
    live = [CaseMeasurement.deleted_at.is_(None)]
    if period is not None:
        live.append(CaseMeasurement.measured_on.between(*period))
    ranked = (
        select(
            CaseMeasurement.child_id,
            CaseMeasurement.id,
            func.row_number()
            .over(
                partition_by=CaseMeasurement.child_id,
                order_by=(CaseMeasurement.measured_on.desc(), CaseMeasurement.id.desc()),
            )
            .label("rank"),
        )
        .where(*live)
        .subquery()
    )
    return select(ranked.c.child_id, ranked.c.id).where(ranked.c.rank == 1)


def children_with_latest(
    session: Session,
    region_code: str | None = None,
    status: str | None = None,
    text: str | None = None,
    period: tuple[date, date] | None = None,
) -> list[tuple[CaseChild, CaseMeasurement | None]]:
    """Live children with their latest measurement (None when never measured), ordered by desa and name.

    Args:
        session: an open session.
        region_code: a region code (kabupaten, kecamatan or desa); children whose desa lies within it.
        status: a :class:`~db.models.cases.CaseStatus` value to keep only.
        text: part of the child's or the mother's name.
        period: only children measured in these days (inclusive), each with its latest measurement among them.
    """
    latest = latest_measurement_ids(period).subquery()
    measurement = aliased(CaseMeasurement)
    on = latest.c.child_id == CaseChild.id
    base = select(CaseChild, measurement)
    # Within a period, a child never measured in it is not listed.
    query = (
        (base.join(latest, on) if period is not None else base.outerjoin(latest, on))
        .outerjoin(measurement, measurement.id == latest.c.id)
        .where(CaseChild.deleted_at.is_(None))
        .order_by(CaseChild.desa_code, CaseChild.name, CaseChild.id)
    )
    if region_code:
        query = query.where((CaseChild.desa_code == region_code) | CaseChild.desa_code.startswith(region_code + "."))
    if status:
        query = query.where(CaseChild.status == status)
    if text:
        pattern = f"%{text.strip()}%"
        query = query.where(CaseChild.name.ilike(pattern) | CaseChild.mother_name.ilike(pattern))
    return [(child, latest_row) for child, latest_row in session.execute(query)]


def find_child(session: Session, nik: str | None, name: str, birth_date: date, desa_code: str) -> CaseChild | None:
    """Finds a live child by NIK, else by name (case-insensitive), birth date and desa: how imports match rows."""
    if nik:
        found = session.scalars(select(CaseChild).where(CaseChild.nik == nik, CaseChild.deleted_at.is_(None))).first()
        if found is not None:
            return found
    return session.scalars(
        select(CaseChild).where(
            func.lower(CaseChild.name) == name.strip().lower(),
            CaseChild.birth_date == birth_date,
            CaseChild.desa_code == desa_code,
            CaseChild.deleted_at.is_(None),
        )
    ).first()


def live_measurements(session: Session, child_id: int) -> list[CaseMeasurement]:
    """A child's live measurements, oldest first."""
    return list(
        session.scalars(
            select(CaseMeasurement)
            .where(CaseMeasurement.child_id == child_id, CaseMeasurement.deleted_at.is_(None))
            .order_by(CaseMeasurement.measured_on, CaseMeasurement.id)
        )
    )
