"""Plain data the case services hand out, and the inputs they take."""

from __future__ import annotations

from db.models.cases import CaseChild, CaseMeasurement, CaseStatusChange
from desktop.domain.cases.records import CaseRow, MeasurementInfo, StatusChangeInfo
from desktop.domain.errors import UserError


class CaseError(UserError):
    """A case service refused a request; the message is Indonesian and meant for the user.

    Attributes:
        problems: field name (``measured_on``, ``height_cm``, ``weight_kg``, ``status``) to reason, when the
            refusal concerns entered fields; empty otherwise.
    """

    def __init__(self, message: str, problems: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.problems: dict[str, str] = dict(problems or {})


def measurement_info(row: CaseMeasurement) -> MeasurementInfo:
    """Converts a measurement row."""
    return MeasurementInfo(
        id=row.id,
        measured_on=row.measured_on,
        weight_kg=row.weight_kg,
        height_cm=row.height_cm,
        method=row.method,
        measurer=row.measurer,
        source=row.source,
        age_days=row.age_days,
        age_months=row.age_months,
        haz=row.haz,
        waz=row.waz,
        whz=row.whz,
        haz_category=row.haz_category,
        waz_category=row.waz_category,
        whz_category=row.whz_category,
        flags=tuple(code for code in row.flags.split(",") if code),
    )


def status_change_info(row: CaseStatusChange) -> StatusChangeInfo:
    """Converts a status history row."""
    return StatusChangeInfo(row.changed_on, row.old_status, row.new_status, row.changed_by, row.note)


def case_row(child: CaseChild, latest: CaseMeasurement | None, region_names: dict[str, tuple[str, str]]) -> CaseRow:
    """Converts a child and its latest measurement; ``region_names`` maps desa code to (desa, kecamatan) names."""
    desa_name, kecamatan_name = region_names.get(child.desa_code, (child.desa_code, ""))
    return CaseRow(
        id=child.id,
        uuid=child.uuid,
        name=child.name,
        nik=child.nik,
        sex=child.sex,
        birth_date=child.birth_date,
        mother_name=child.mother_name,
        no_kk=child.no_kk,
        desa_code=child.desa_code,
        desa_name=desa_name,
        kecamatan_name=kecamatan_name,
        posyandu=child.posyandu,
        address=child.address,
        status=child.status,
        family_uuid=child.family_uuid,
        latest=measurement_info(latest) if latest is not None else None,
    )
