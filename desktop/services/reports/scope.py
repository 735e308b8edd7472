"""What a report covers: its period (a year, optionally one month) and area (the kabupaten, a kecamatan or a desa)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from db.models.region import Region
from desktop.domain.dates import month_name
from desktop.domain.errors import UserError
from desktop.domain.i18n import _, doc_
from desktop.domain.office import OfficeSettings
from desktop.services.office import read_office
from desktop.services.unit_of_work import reading


class ReportError(UserError):
    """A report that cannot be produced as asked; the message says why in Indonesian."""


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What the user asked for.

    Attributes:
        report: the report key (see :data:`desktop.services.reports.catalog.REPORTS`).
        year: the year.
        month: one month (1-12) or None for the whole year.
        kecamatan_code: limit to one kecamatan.
        desa_code: limit to one desa (by-name lists).
        show_nik: print NIK / No. KK in full (by-name lists; the user confirmed it explicitly).
        today: the reference date for overdue days and the generation date (None: today).
    """

    report: str
    year: int
    month: int | None = None
    kecamatan_code: str = ""
    desa_code: str = ""
    show_nik: bool = False
    today: date | None = None

    @property
    def reference_date(self) -> date:
        """The date overdue days are counted to and the report is dated."""
        return self.today or date.today()

    @property
    def period_dates(self) -> tuple[date, date]:
        """The first and the last day of the requested period (the year, or its one month)."""
        if self.month is None:
            return date(self.year, 1, 1), date(self.year, 12, 31)
        if not 1 <= self.month <= 12:
            raise ReportError(_("Bulan {month} tidak sah.").format(month=self.month))
        last = calendar.monthrange(self.year, self.month)[1]
        return date(self.year, self.month, 1), date(self.year, self.month, last)


@dataclass(frozen=True, slots=True)
class Scope:
    """The resolved area of a request.

    Attributes:
        code: the most specific region code (desa, kecamatan or kabupaten); "" without an office.
        level: 2 kabupaten, 3 kecamatan, 4 desa.
        label: ``Kabupaten Lebak``, ``Kecamatan Cibadak`` or ``Desa Cibadak, Kecamatan Cibadak``.
        office: the office settings, None when not set up.
        period: ``Tahun 2024`` or ``Oktober 2024``.
    """

    code: str
    level: int
    label: str
    office: OfficeSettings | None
    period: str

    def contains(self, region_code: str | None) -> bool:
        """True when ``region_code`` lies in the scope (or the scope is the whole database)."""
        if not self.code:
            return True
        if not region_code:
            return False
        return region_code == self.code or region_code.startswith(self.code + ".")


def _name(session: Session, code: str) -> Region:
    region = session.get(Region, code)
    if region is None:
        raise ReportError(_("Kode wilayah {code} tidak dikenal.").format(code=code))
    return region


def period_label(year: int, month: int | None) -> str:
    """``Tahun 2024`` or ``Oktober 2024``."""
    if month is None:
        return doc_("Tahun {year}").format(year=year)
    if not 1 <= month <= 12:
        raise ReportError(_("Bulan {month} tidak sah.").format(month=month))
    return f"{month_name(month)} {year}"


def resolve_scope(session_factory: sessionmaker[Session], request: ReportRequest) -> Scope:
    """Resolves the area of a request against the office's kabupaten.

    Raises:
        ReportError: unknown code, or a kecamatan/desa outside the office's kabupaten or not matching each other.
    """
    with reading(session_factory) as session:
        return resolve_scope_in(session, request)


def resolve_scope_in(session: Session, request: ReportRequest) -> Scope:
    """:func:`resolve_scope` inside an open unit of work."""
    office = read_office(session)
    period = period_label(request.year, request.month)
    base = office.region_code if office else ""
    if request.desa_code:
        desa = _name(session, request.desa_code)
        if desa.level != 4:
            raise ReportError(_("{desa_code} bukan kode desa/kelurahan.").format(desa_code=request.desa_code))
        if request.kecamatan_code and desa.parent_code != request.kecamatan_code:
            raise ReportError(
                _("Desa {name} tidak berada di kecamatan {kecamatan_code}.").format(
                    name=desa.name, kecamatan_code=request.kecamatan_code
                )
            )
        kecamatan = _name(session, desa.parent_code or "")
        code, level, label = (
            desa.code,
            4,
            _("{capitalize} {name}, Kecamatan {name2}").format(
                capitalize=(desa.kind or "desa").capitalize(), name=desa.name, name2=kecamatan.name
            ),
        )
    elif request.kecamatan_code:
        kecamatan = _name(session, request.kecamatan_code)
        if kecamatan.level != 3:
            raise ReportError(_("{kecamatan_code} bukan kode kecamatan.").format(kecamatan_code=request.kecamatan_code))
        code, level, label = kecamatan.code, 3, _("Kecamatan {name}").format(name=kecamatan.name)
    else:
        code, level = base, 2
        label = office.region_name if office else _("Semua wilayah")
    if base and not (code == base or code.startswith(base + ".")):
        raise ReportError(
            _("Wilayah {code} berada di luar {value}.").format(code=code, value=office.region_name if office else base)
        )
    return Scope(code, level, label, office, period)
