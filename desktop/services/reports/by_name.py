"""By-name lists (KRS families, stunting cases) for a desa, a kecamatan or the kabupaten.

Rows are read in pages (keyset on the list's order: desa code, which begins with the kecamatan's, then RW, RT or the
name, then id) inside a generator, so a list of any length is written in constant memory, each desa in one block,
numbered 1..n. NIK and No. KK are masked (``360218**********``) unless the request explicitly reveals them.

Each list selects by its period and says by which rule: KRS families by the data round of the year (``PK24``, or
the latest earlier round), stunting cases by the measurement date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import false, func, select, tuple_
from sqlalchemy.orm import Session, aliased

from db.models.cases import CaseChild, CaseMeasurement
from db.models.krs import KrsCode, KrsFamily
from db.models.region import Region
from db.repositories.cases_repository import latest_measurement_ids
from db.repositories.krs_repository import LIST_COLUMNS
from desktop.domain.cases.codes import CaseStatus
from desktop.domain.i18n import N_, doc_
from desktop.domain.identifiers import mask_nik
from desktop.domain.krs.codes import RiskFactor, Sasaran, flag_text
from desktop.domain.reports.table import Column, ColumnKind, ReportTable
from desktop.services.reports.krs_recap import scope_clause, source_period, source_round_for
from desktop.services.reports.scope import ReportRequest, Scope, resolve_scope_in

PAGE_SIZE = 2000
PERSONAL_NOTE = N_(
    "Dokumen kerja berisi data pribadi (UU 27/2022 tentang Pelindungan Data Pribadi): jangan disebarluaskan."
)
ROUND_RULE = N_("Menurut putaran data: keluarga hasil pendataan {source_round}.")
ROUND_LATER_RULE = N_(
    "Menurut putaran data: belum ada pendataan tahun {year}; keluarga hasil pendataan terakhir sebelumnya, "
    "{source_round}."
)
NO_ROUND_RULE = N_("Menurut putaran data: tidak ada pendataan keluarga sampai tahun {year}.")
MEASUREMENT_RULE = N_(
    "Menurut tanggal pengukuran: anak yang diukur pada {period}, masing-masing dengan pengukuran terakhirnya dalam "
    "periode itu."
)


def _identifier(value: str | None, show: bool) -> str:
    if not value:
        return ""
    return value if show else mask_nik(value)


def _names(session: Session, scope: Scope) -> dict[str, str]:
    query = select(Region.code, Region.name).where(Region.level.in_((3, 4)))
    if scope.code:
        prefix = scope.code.rsplit(".", 1)[0] if scope.level == 4 else scope.code
        query = query.where((Region.code == prefix) | Region.code.startswith(prefix + "."))
    return dict(session.execute(query).all())


def _personal_list(
    key: str,
    title: str,
    period: str,
    scope: Scope,
    request: ReportRequest,
    columns: list[Column],
    rows: Iterable[Sequence[Any]],
    count: int,
    rule: str,
) -> ReportTable:
    """A by-name list: landscape, marked personal, with the rule that selected its rows and the privacy notes."""
    shown = doc_("NIK dan No. KK ditampilkan lengkap.") if request.show_nik else doc_("NIK dan No. KK disamarkan.")
    return ReportTable(
        key=key,
        title=title,
        area=scope.label,
        period=period,
        columns=columns,
        rows=rows,
        row_count=count,
        notes=[rule, doc_(PERSONAL_NOTE), shown],
        office=scope.office,
        generated_on=request.reference_date,
        wide=True,
        personal=True,
    )


def _paged(
    session: Session, query: Any, order: Sequence[Any], convert: Callable[[int, Any], Sequence[Any]]
) -> Iterator[Sequence[Any]]:
    """Yields converted rows page by page, in the export's one session, numbered from 1.

    ``order`` are the columns the list is sorted by, ending with a unique one; the query selects them first, so a
    page ends at a known key (keyset paging: no OFFSET). Each page is converted, then its read ends (nothing is held
    between pages while the file is written). The rows are read after the builder returned, so the session may have
    been closed by then: a closed session begins afresh on the next page.
    """
    key = tuple_(*order)
    last: tuple[Any, ...] | None = None
    number = 0
    while True:
        paged = query if last is None else query.where(key > tuple_(*last))
        page = session.execute(paged.order_by(*order).limit(PAGE_SIZE)).all()
        if not page:
            session.rollback()
            return
        converted = []
        for row in page:
            number += 1
            converted.append(convert(number, row))
        last = tuple(page[-1][: len(order)])
        session.rollback()
        yield from converted


def _round_rule(year: int, source_round: str | None) -> str:
    """The note saying which KRS data round the list shows for ``year``."""
    if source_round is None:
        return doc_(NO_ROUND_RULE).format(year=year)
    if source_round == f"PK{year % 100:02d}":
        return doc_(ROUND_RULE).format(source_round=source_round)
    return doc_(ROUND_LATER_RULE).format(year=year, source_round=source_round)


def krs_family_list(session: Session, request: ReportRequest) -> ReportTable:
    """The by-name KRS family list of the area (rows streamed)."""
    scope = resolve_scope_in(session, request)
    source_round = source_round_for(session, request.year)
    names = _names(session, scope)
    labels = {(c.list_name, c.code): c.label for c in session.scalars(select(KrsCode))}
    where = [
        KrsFamily.deleted_at.is_(None),
        scope_clause(KrsFamily.desa_code, scope),
        # No round up to the year: the list is empty, never every round.
        KrsFamily.source_round == source_round if source_round else false(),
    ]
    count = session.scalar(select(func.count()).select_from(KrsFamily).where(*where)) or 0
    order = (KrsFamily.desa_code, KrsFamily.rw, KrsFamily.rt, KrsFamily.id)
    query = select(*order, *LIST_COLUMNS).where(*where)
    show = request.show_nik

    def convert(number: int, row: Any) -> Sequence[Any]:
        return (
            number,
            names.get(row.kecamatan_code, row.kecamatan_code),
            names.get(row.desa_code, row.desa_code),
            f"{row.rw}/{row.rt}",
            row.address,
            row.head_name,
            _identifier(row.nik, show),
            _identifier(row.no_kk, show),
            row.wife_name,
            flag_text(row, Sasaran, short=True, document=True),
            flag_text(row, RiskFactor, short=True, document=True),
            labels.get(("existence", row.existence_code or ""), ""),
            labels.get(("result", row.result_code or ""), ""),
            row.verified_on,
        )

    columns = [
        Column("no", doc_("No."), ColumnKind.INTEGER, 7),
        Column("kecamatan", doc_("Kecamatan"), ColumnKind.TEXT, 14),
        Column("desa", doc_("Desa/Kelurahan"), ColumnKind.TEXT, 16),
        Column("rw_rt", "RW/RT", ColumnKind.TEXT, 11),
        Column("alamat", doc_("Alamat"), ColumnKind.TEXT, 22),
        Column("kepala_keluarga", doc_("Kepala keluarga"), ColumnKind.TEXT, 22),
        Column("nik", "NIK", ColumnKind.IDENTIFIER, 19),
        Column("no_kk", "No. KK", ColumnKind.IDENTIFIER, 19),
        Column("istri", doc_("Nama istri"), ColumnKind.TEXT, 20),
        Column("sasaran", doc_("Sasaran"), ColumnKind.TEXT, 14),
        Column("faktor_risiko", doc_("Faktor risiko"), ColumnKind.TEXT, 22),
        Column("keberadaan", doc_("Keberadaan"), ColumnKind.TEXT, 12),
        Column("hasil", doc_("Hasil verval"), ColumnKind.TEXT, 14),
        Column("tanggal_verval", doc_("Tanggal verval"), ColumnKind.DATE, 11),
    ]
    return _personal_list(
        "krs-list",
        doc_("DAFTAR KELUARGA BERISIKO STUNTING (BY NAME BY ADDRESS)"),
        source_period(scope, source_round),
        scope,
        request,
        columns,
        _paged(session, query, order, convert),
        count,
        _round_rule(request.year, source_round),
    )


def case_list(session: Session, request: ReportRequest) -> ReportTable:
    """The by-name list of stunting cases of the area, each child with its latest measurement (rows streamed)."""
    scope = resolve_scope_in(session, request)
    # Only children measured in the period, each with its latest measurement in it.
    latest = latest_measurement_ids(request.period_dates).subquery()
    measurement = aliased(CaseMeasurement)
    where = [CaseChild.deleted_at.is_(None), scope_clause(CaseChild.desa_code, scope)]
    names = _names(session, scope)
    count = (
        session.scalar(
            select(func.count()).select_from(CaseChild).join(latest, latest.c.child_id == CaseChild.id).where(*where)
        )
        or 0
    )
    order = (CaseChild.desa_code, CaseChild.name, CaseChild.id)
    query = (
        select(*order, CaseChild, measurement)
        .join(latest, latest.c.child_id == CaseChild.id)
        .join(measurement, measurement.id == latest.c.id)
        .where(*where)
    )
    show = request.show_nik

    def convert(number: int, row: Any) -> Sequence[Any]:
        child: CaseChild = row[3]
        m: CaseMeasurement | None = row[4]
        return (
            number,
            names.get(child.desa_code.rsplit(".", 1)[0], ""),
            names.get(child.desa_code, child.desa_code),
            child.name,
            _identifier(child.nik, show),
            child.sex,
            child.birth_date,
            child.mother_name,
            _identifier(child.no_kk, show),
            child.posyandu,
            m.measured_on if m else None,
            m.height_cm if m else None,
            m.weight_kg if m else None,
            m.haz if m else None,
            doc_(m.haz_category) if m and m.haz_category else "",
            doc_("Ya") if m is not None and m.flags else "",
            CaseStatus.document_label_of(child.status),
        )

    columns = [
        Column("no", doc_("No."), ColumnKind.INTEGER, 7),
        Column("kecamatan", doc_("Kecamatan"), ColumnKind.TEXT, 14),
        Column("desa", doc_("Desa/Kelurahan"), ColumnKind.TEXT, 16),
        Column("nama_anak", doc_("Nama anak"), ColumnKind.TEXT, 22),
        Column("nik", "NIK", ColumnKind.IDENTIFIER, 19),
        Column("jk", "L/P", ColumnKind.TEXT, 5),
        Column("tanggal_lahir", doc_("Tanggal lahir"), ColumnKind.DATE, 11),
        Column("nama_ibu", doc_("Nama ibu"), ColumnKind.TEXT, 20),
        Column("no_kk", "No. KK", ColumnKind.IDENTIFIER, 19),
        Column("posyandu", doc_("Posyandu"), ColumnKind.TEXT, 14),
        Column("tanggal_ukur", doc_("Tanggal ukur"), ColumnKind.DATE, 11),
        Column("tb", doc_("TB/PB (cm)"), ColumnKind.DECIMAL, 9),
        Column("bb", doc_("BB (kg)"), ColumnKind.DECIMAL, 8),
        Column("haz", "Z TB/U", ColumnKind.DECIMAL, 8),
        Column("kategori", doc_("Kategori TB/U"), ColumnKind.TEXT, 14),
        Column("janggal", doc_("Data janggal"), ColumnKind.TEXT, 8),
        Column("status", doc_("Status verifikasi"), ColumnKind.TEXT, 18),
    ]
    return _personal_list(
        "cases-list",
        doc_("DAFTAR KASUS STUNTING (BY NAME BY ADDRESS)"),
        doc_("{period}, menurut tanggal pengukuran").format(period=scope.period),
        scope,
        request,
        columns,
        _paged(session, query, order, convert),
        count,
        doc_(MEASUREMENT_RULE).format(period=scope.period),
    )
