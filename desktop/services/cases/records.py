"""Stunting case records: adding children, recording measurements with their z-scores, changing the status,
listing and reading cases."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.cases import CaseChild, CaseMeasurement, CaseStatusChange
from db.models.region import Region
from db.repositories.cases_repository import children_with_latest, live_measurements
from desktop.domain.cases.codes import CaseStatus, MeasurementSource
from desktop.domain.cases.records import CaseDetail, CaseRow, ChildInput, MeasurementInfo, MeasurementInput
from desktop.domain.cases.workflow import transition_problem
from desktop.domain.cases.zscore import Sex, compute_zscores
from desktop.domain.i18n import _
from desktop.domain.identifiers import nik_problem
from desktop.domain.regions import RegionLevel
from desktop.services.cases.case_info import CaseError, case_row, measurement_info, status_change_info
from desktop.services.unit_of_work import reading, unit_of_work


def child_problems(session: Session, child: ChildInput, today: date) -> list[str]:
    """Checks a child's data; returns the problems in Indonesian (empty when valid)."""
    problems: list[str] = []
    if not child.name.strip():
        problems.append(_("nama anak wajib diisi"))
    if child.birth_date > today:
        problems.append(_("tanggal lahir di masa depan"))
    if child.nik and (reason := nik_problem(child.nik)):
        problems.append(f"NIK {reason}")
    if child.no_kk and (reason := nik_problem(child.no_kk)):
        problems.append(f"No. KK {reason}")
    region = session.get(Region, child.desa_code)
    if region is None or region.level != RegionLevel.DESA:
        problems.append(_("kode desa/kelurahan {desa_code} tidak dikenal").format(desa_code=child.desa_code))
    return problems


def measurement_problems(measurement: MeasurementInput, today: date) -> list[str]:
    """Checks a measurement's data; returns the problems in Indonesian (empty when valid).

    Implausible but possible values (before birth, over 60 months, odd lengths) are not refused: they are stored
    and flagged.
    """
    return list(measurement_field_problems(measurement, today).values())


def measurement_field_problems(measurement: MeasurementInput, today: date) -> dict[str, str]:
    """The problems of :func:`measurement_problems` by field (``measured_on``, ``height_cm``, ``weight_kg``)."""
    problems: dict[str, str] = {}
    if measurement.measured_on > today:
        problems["measured_on"] = _("tanggal ukur di masa depan")
    if not measurement.height_cm > 0:
        problems["height_cm"] = _("panjang/tinggi badan harus lebih dari 0")
    if measurement.weight_kg is not None and not measurement.weight_kg > 0:
        problems["weight_kg"] = _("berat badan harus lebih dari 0")
    return problems


def measurement_values(child: CaseChild, measurement: MeasurementInput) -> dict[str, Any]:
    """The column values of a measurement of ``child``, with z-scores, categories and flags computed now."""
    result = compute_zscores(
        Sex(child.sex),
        child.birth_date,
        measurement.measured_on,
        measurement.height_cm,
        measurement.method,
        measurement.weight_kg,
    )
    return {
        "measured_on": measurement.measured_on,
        "weight_kg": measurement.weight_kg,
        "height_cm": measurement.height_cm,
        "method": measurement.method.value,
        "measurer": measurement.measurer.strip(),
        "age_days": result.age_days,
        "age_months": result.age_months,
        "haz": result.haz,
        "waz": result.waz,
        "whz": result.whz,
        "haz_category": result.haz_category,
        "waz_category": result.waz_category,
        "whz_category": result.whz_category,
        "flags": ",".join(flag.value for flag in result.flags),
    }


def new_measurement(child: CaseChild, measurement: MeasurementInput, source: MeasurementSource) -> CaseMeasurement:
    """Builds a measurement row for ``child`` with its z-scores, categories and flags computed now."""
    return CaseMeasurement(child=child, source=source.value, **measurement_values(child, measurement))


def _actor(session: Session) -> str:
    return str(session.info.get("actor", ""))


def _set_status(session: Session, child: CaseChild, new_status: CaseStatus, on: date, note: str) -> None:
    session.add(
        CaseStatusChange(
            child=child,
            changed_on=on,
            old_status=child.status,
            new_status=new_status.value,
            changed_by=_actor(session),
            note=note.strip(),
        )
    )
    child.status = new_status.value


def insert_child(session: Session, child: ChildInput, today: date) -> CaseChild:
    """Adds a (validated) child with status ``terdata`` and its first history entry to the session."""
    row = CaseChild(
        name=child.name.strip(),
        nik=child.nik or None,
        sex=child.sex.value,
        birth_date=child.birth_date,
        mother_name=child.mother_name.strip(),
        no_kk=child.no_kk or None,
        desa_code=child.desa_code,
        posyandu=child.posyandu.strip(),
        address=child.address.strip(),
        status=CaseStatus.TERDATA.value,
    )
    session.add(row)
    session.add(
        CaseStatusChange(child=row, changed_on=today, new_status=CaseStatus.TERDATA.value, changed_by=_actor(session))
    )
    return row


def add_child(
    session_factory: sessionmaker[Session],
    child: ChildInput,
    measurement: MeasurementInput | None = None,
    *,
    today: date | None = None,
) -> int:
    """Adds a child (status ``terdata``) with an optional first measurement from the list it came from.

    Returns:
        The new child's id.

    Raises:
        CaseError: when the data are not valid (all problems joined).
    """
    today = today or date.today()
    with unit_of_work(session_factory) as session:
        problems = child_problems(session, child, today)
        if measurement is not None:
            problems += measurement_problems(measurement, today)
        if problems:
            raise CaseError("; ".join(problems))
        row = insert_child(session, child, today)
        if measurement is not None:
            session.add(new_measurement(row, measurement, MeasurementSource.IMPORT))
        session.flush()
        return row.id


def _live_child(session: Session, child_id: int) -> CaseChild:
    child = session.get(CaseChild, child_id)
    if child is None or child.deleted_at is not None:
        raise CaseError(_("data anak tidak ditemukan"))
    return child


def record_remeasurement(
    session_factory: sessionmaker[Session],
    child_id: int,
    measurement: MeasurementInput,
    *,
    note: str = "",
    today: date | None = None,
) -> MeasurementInfo:
    """Records a verification re-measurement; the case becomes ``diukur_ulang``.

    Raises:
        CaseError: when the data are not valid or the case cannot be re-measured (``meninggal``).
    """
    today = today or date.today()
    with unit_of_work(session_factory) as session:
        child = _live_child(session, child_id)
        problems = measurement_field_problems(measurement, today)
        if child.status != CaseStatus.DIUKUR_ULANG.value:
            reason = transition_problem(child.status, CaseStatus.DIUKUR_ULANG.value, None, None, automatic=True)
            if reason:
                problems["status"] = reason
        if problems:
            raise CaseError("; ".join(problems.values()), problems)
        row = new_measurement(child, measurement, MeasurementSource.REMEASUREMENT)
        session.add(row)
        if child.status != CaseStatus.DIUKUR_ULANG.value:
            _set_status(session, child, CaseStatus.DIUKUR_ULANG, measurement.measured_on, note)
        session.flush()
        return measurement_info(row)


def change_status(
    session_factory: sessionmaker[Session],
    child_id: int,
    new_status: CaseStatus,
    *,
    note: str = "",
    on: date | None = None,
) -> None:
    """Changes a case's verification status, keeping the history (and the audit trail).

    Raises:
        CaseError: when the workflow does not allow the change (reason in Indonesian).
    """
    with unit_of_work(session_factory) as session:
        child = _live_child(session, child_id)
        remeasured = [m for m in live_measurements(session, child_id) if m.source == MeasurementSource.REMEASUREMENT]
        latest = remeasured[-1] if remeasured else None
        reason = transition_problem(
            child.status,
            new_status.value,
            latest.haz if latest is not None else None,
            latest.flags if latest is not None else None,
        )
        if reason:
            raise CaseError(reason)
        _set_status(session, child, new_status, on or date.today(), note)


def region_names(session: Session, desa_codes: set[str]) -> dict[str, tuple[str, str]]:
    """Maps desa codes to (desa name, kecamatan name)."""
    if not desa_codes:
        return {}
    kecamatan = {code.rsplit(".", 1)[0] for code in desa_codes}
    names = dict(session.execute(select(Region.code, Region.name).where(Region.code.in_(desa_codes | kecamatan))).all())
    return {code: (names.get(code, code), names.get(code.rsplit(".", 1)[0], "")) for code in desa_codes}


def list_cases(
    session_factory: sessionmaker[Session],
    region_code: str | None = None,
    status: str | None = None,
    text: str | None = None,
) -> list[CaseRow]:
    """Lists live cases with their latest measurement.

    Args:
        session_factory: the session factory.
        region_code: kabupaten, kecamatan or desa code to keep only the children within it.
        status: a status value to keep only.
        text: part of the child's or the mother's name.
    """
    with reading(session_factory) as session:
        return list_cases_in(session, region_code, status, text)


def list_cases_in(
    session: Session,
    region_code: str | None = None,
    status: str | None = None,
    text: str | None = None,
) -> list[CaseRow]:
    """:func:`list_cases` inside an open unit of work."""
    pairs = children_with_latest(session, region_code, status, text)
    names = region_names(session, {child.desa_code for child, _ in pairs})
    return [case_row(child, latest, names) for child, latest in pairs]


def get_case(session_factory: sessionmaker[Session], child_id: int) -> CaseDetail:
    """Reads one case with every measurement (oldest first) and the status history.

    Raises:
        CaseError: when the child does not exist (or was deleted).
    """
    with reading(session_factory) as session:
        return get_case_in(session, child_id)


def get_case_in(session: Session, child_id: int) -> CaseDetail:
    """:func:`get_case` inside an open unit of work."""
    child = _live_child(session, child_id)
    measurements = live_measurements(session, child_id)
    names = region_names(session, {child.desa_code})
    history = [status_change_info(row) for row in child.status_changes if row.deleted_at is None]
    return CaseDetail(
        row=case_row(child, measurements[-1] if measurements else None, names),
        measurements=[measurement_info(row) for row in measurements],
        history=history,
    )
