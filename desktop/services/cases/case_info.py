"""Plain data the case services hand out, and the inputs they take."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from db.models.cases import CaseChild, CaseMeasurement, CaseStatusChange
from desktop.services.cases.workflow import status_label
from desktop.services.cases.zscore import FLAG_LABELS, Flag, Method, Sex
from desktop.services.identifiers import mask_nik

SOURCE_LABELS = {"import": "Impor e-PPGBM/posyandu", "ukur_ulang": "Ukur ulang"}
METHOD_LABELS = {"L": "Terlentang (PB)", "H": "Berdiri (TB)"}


class CaseError(ValueError):
    """A case service refused a request; the message is Indonesian and meant for the user.

    Attributes:
        problems: field name (``measured_on``, ``height_cm``, ``weight_kg``, ``status``) to reason, when the
            refusal concerns entered fields; empty otherwise.
    """

    def __init__(self, message: str, problems: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.problems: dict[str, str] = dict(problems or {})


@dataclass(frozen=True, slots=True)
class ChildInput:
    """A child as entered or imported.

    Attributes:
        name: the child's name.
        sex: L or P.
        birth_date: date of birth.
        desa_code: code of the desa/kelurahan (level 4).
        mother_name: mother's name.
        nik: the child's NIK (16 digits) or None.
        no_kk: the family card number (16 digits) or None.
        posyandu: the posyandu's name.
        address: address (RT/RW, dusun).
    """

    name: str
    sex: Sex
    birth_date: date
    desa_code: str
    mother_name: str = ""
    nik: str | None = None
    no_kk: str | None = None
    posyandu: str = ""
    address: str = ""


@dataclass(frozen=True, slots=True)
class MeasurementInput:
    """One measurement as entered or imported.

    Attributes:
        measured_on: measurement date.
        height_cm: length (lying) or height (standing) in cm.
        method: how the child was measured.
        weight_kg: weight in kg, None when not weighed.
        measurer: who measured (name, or e.g. "Kader Posyandu Melati").
    """

    measured_on: date
    height_cm: float
    method: Method
    weight_kg: float | None = None
    measurer: str = ""


@dataclass(frozen=True, slots=True)
class MeasurementInfo:
    """A stored measurement with its z-scores, categories and flags."""

    id: int
    measured_on: date
    weight_kg: float | None
    height_cm: float
    method: str
    measurer: str
    source: str
    age_days: int | None
    age_months: int | None
    haz: float | None
    waz: float | None
    whz: float | None
    haz_category: str | None
    waz_category: str | None
    whz_category: str | None
    flags: tuple[str, ...]

    @property
    def flag_labels(self) -> list[str]:
        """The flags as Indonesian text."""
        return [FLAG_LABELS[Flag(code)] if code in Flag.__members__.values() else code for code in self.flags]

    @property
    def stunted(self) -> bool:
        """TB/U below -2 on a measurement without flags."""
        return not self.flags and self.haz is not None and self.haz < -2

    @property
    def source_label(self) -> str:
        """Indonesian label of the source."""
        return SOURCE_LABELS.get(self.source, self.source)


@dataclass(frozen=True, slots=True)
class StatusChangeInfo:
    """One entry of a case's status history."""

    changed_on: date
    old_status: str | None
    new_status: str
    changed_by: str
    note: str

    @property
    def label(self) -> str:
        """``Terdata -> Diukur ulang``."""
        old = status_label(self.old_status) if self.old_status else "-"
        return f"{old} \u2192 {status_label(self.new_status)}"


@dataclass(frozen=True, slots=True)
class CaseRow:
    """A child in the case list, with the latest measurement."""

    id: int
    uuid: str
    name: str
    nik: str | None
    sex: str
    birth_date: date
    mother_name: str
    no_kk: str | None
    desa_code: str
    desa_name: str
    kecamatan_name: str
    posyandu: str
    address: str
    status: str
    family_uuid: str | None
    latest: MeasurementInfo | None

    @property
    def status_label(self) -> str:
        """Indonesian label of the status."""
        return status_label(self.status)

    @property
    def masked_nik(self) -> str:
        """The NIK masked for screen and print (empty when unknown)."""
        return mask_nik(self.nik) if self.nik else ""

    @property
    def masked_no_kk(self) -> str:
        """The No. KK masked for screen and print (empty when unknown)."""
        return mask_nik(self.no_kk) if self.no_kk else ""


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """A case with every measurement and the status history."""

    row: CaseRow
    measurements: list[MeasurementInfo] = field(default_factory=list)
    history: list[StatusChangeInfo] = field(default_factory=list)


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
