"""The reports the application produces, by key (used by the Reports page and ``konvergensi export``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.i18n import N_, _
from desktop.domain.reports.table import ReportTable
from desktop.services.reports.aksi_status import aksi_status
from desktop.services.reports.by_name import case_list, krs_family_list
from desktop.services.reports.cases_recap import cases_recap
from desktop.services.reports.krs_recap import krs_recap
from desktop.services.reports.minlok_recap import minlok_recap
from desktop.services.reports.rtl_list import rtl_list
from desktop.services.reports.scope import ReportError, ReportRequest
from desktop.services.unit_of_work import reading

# A builder reads in the export's one session; rows it streams are read from that session too.
ReportBuilder = Callable[[Session, ReportRequest], ReportTable]


@dataclass(frozen=True, slots=True)
class ReportSpec:
    """One report.

    Attributes:
        key: the key (``minlok`` ...), also the template file name ``templates/<key>.xlsx``.
        label: the Indonesian name shown in the Reports page.
        builder: collects the data.
        personal: a by-name list (NIK masking, password suggested).
        uses_month: the period may be one month.
    """

    key: str
    label: str
    builder: ReportBuilder
    personal: bool = False
    uses_month: bool = True


REPORTS: dict[str, ReportSpec] = {
    spec.key: spec
    for spec in (
        ReportSpec("minlok", N_("Rekap Mini Lokakarya Stunting"), minlok_recap),
        ReportSpec("krs", N_("Rekap Verval KRS"), krs_recap, uses_month=False),
        ReportSpec("cases", N_("Rekap Kasus Stunting"), cases_recap, uses_month=False),
        ReportSpec("aksi", N_("Status Aksi Konvergensi"), aksi_status, uses_month=False),
        ReportSpec("rtl", N_("Daftar RTL"), rtl_list),
        ReportSpec("krs-list", N_("Daftar keluarga KRS (by name)"), krs_family_list, personal=True, uses_month=False),
        ReportSpec("cases-list", N_("Daftar kasus stunting (by name)"), case_list, personal=True, uses_month=False),
    )
}


def build_report(session_factory: sessionmaker[Session], request: ReportRequest) -> ReportTable:
    """Collects the data of the requested report.

    Raises:
        ReportError: unknown report, area or period, or nothing to report on.
    """
    with reading(session_factory) as session:
        return build_report_in(session, request)


def build_report_in(session: Session, request: ReportRequest) -> ReportTable:
    """:func:`build_report` inside an open unit of work (the export's).

    Raises:
        ReportError: unknown report, area or period, or nothing to report on.
    """
    spec = REPORTS.get(request.report)
    if spec is None:
        raise ReportError(
            _("Laporan '{report}' tidak dikenal (pilihan: {join}).").format(
                report=request.report, join=", ".join(REPORTS)
            )
        )
    return spec.builder(session, request)
