"""Plain data the case services hand out and the printed lists take, and the inputs the services accept."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.cases.codes import CaseStatus
from desktop.domain.cases.zscore import FLAG_LABELS, Flag, Method, Sex
from desktop.domain.i18n import N_
from desktop.domain.identifiers import mask_nik
from desktop.domain.office import OfficeSettings

SOURCE_LABELS = {"import": N_("Impor e-PPGBM/posyandu"), "ukur_ulang": N_("Ukur ulang")}


METHOD_LABELS = {"L": N_("Terlentang (PB)"), "H": N_("Berdiri (TB)")}


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
        old = CaseStatus.label_of(self.old_status) if self.old_status else "-"
        return f"{old} \u2192 {CaseStatus.label_of(self.new_status)}"


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
        """Indonesian label of the status, untranslated (``_()`` where shown, ``doc_()`` in documents)."""
        return CaseStatus.source_label_of(self.status)

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


@dataclass(frozen=True, slots=True)
class DesaCaseList:
    """A desa's children for the printed follow-up list.

    Attributes:
        desa_code: the desa's code.
        desa_name: the desa's name.
        kecamatan_name: its kecamatan.
        rows: children still in the desa (moved and deceased left out), by posyandu then name.
        office: the office (kop and signature), None before setup.
        printed_on: the print date.
    """

    desa_code: str
    desa_name: str
    kecamatan_name: str
    rows: list[CaseRow] = field(default_factory=list)
    office: OfficeSettings | None = None
    printed_on: date = field(default_factory=date.today)

    @property
    def stunted(self) -> int:
        """Children whose latest measurement is stunted (TB/U below -2, no flag)."""
        return sum(1 for row in self.rows if row.latest is not None and row.latest.stunted)

    @property
    def flagged(self) -> int:
        """Children whose latest measurement is flagged."""
        return sum(1 for row in self.rows if row.latest is not None and row.latest.flags)
