"""Rekap Verval KRS: per kecamatan and desa, families listed, verified, by result, percentage and by risk factor.

A family can carry several risk factors, so the factor columns overlap: they are never added up (a note says so).
The KRS round follows the year (2024 -> ``PK24``); when that round has no families the latest earlier round is used
and the period line names it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from db.models.krs import KrsCode, KrsFamily
from db.models.region import Region
from desktop.domain.i18n import N_, doc_
from desktop.domain.krs.codes import RiskFactor
from desktop.domain.reports.table import Column, ColumnKind, ReportTable
from desktop.services.reports.scope import ReportRequest, Scope, resolve_scope_in

OVERLAP_NOTE = N_(
    "Catatan: satu keluarga dapat memiliki lebih dari satu faktor risiko, sehingga jumlah per faktor risiko saling "
    "tumpang tindih dan tidak boleh dijumlahkan."
)


def source_round_for(session: Session, year: int) -> str | None:
    """The KRS round of a year (``PK24``), or the latest earlier round that has families; None when none."""
    wanted = f"PK{year % 100:02d}"
    rounds = session.scalars(select(KrsFamily.source_round).where(KrsFamily.deleted_at.is_(None)).distinct()).all()
    if wanted in rounds:
        return wanted
    earlier = sorted(r for r in rounds if r <= wanted)
    return earlier[-1] if earlier else None


def source_period(scope: Scope, source_round: str | None) -> str:
    """The period line naming the KRS round the figures come from (``Tahun 2024 (sumber data PK24)``)."""
    return (
        doc_("{period} (sumber data {source_round})").format(period=scope.period, source_round=source_round)
        if source_round
        else scope.period
    )


def scope_clause(column: Any, scope: Scope) -> Any:
    """``column`` lies in the scope's region (true when the scope is everything)."""
    if not scope.code:
        return column.is_not(None)
    return (column == scope.code) | column.startswith(scope.code + ".")


def _counts(session: Session, scope: Scope, source_round: str | None) -> dict[str, dict[str, int]]:
    """desa code -> counter names (total, verified, result:<code>, risk keys) -> count."""
    flags = [func.sum(cast(getattr(KrsFamily, key), Integer)) for key in RiskFactor]
    query = (
        select(KrsFamily.desa_code, KrsFamily.existence_code.is_not(None), KrsFamily.result_code, func.count(), *flags)
        .where(KrsFamily.deleted_at.is_(None), scope_clause(KrsFamily.desa_code, scope))
        .group_by(KrsFamily.desa_code, KrsFamily.existence_code.is_not(None), KrsFamily.result_code)
    )
    if source_round:
        query = query.where(KrsFamily.source_round == source_round)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for desa, verified, result, count, *risks in session.execute(query):
        row = counts[desa]
        row["total"] += count
        if verified:
            row["verified"] += count
            row[f"result:{result or ''}"] += count
        for key, value in zip(RiskFactor, risks, strict=True):
            row[key] += int(value or 0)
    return counts


def _row(code: str, name: str, counts: dict[str, int], results: list[tuple[str, str]]) -> list[Any]:
    total, verified = counts.get("total", 0), counts.get("verified", 0)
    return [
        code,
        name,
        total,
        verified,
        round(100.0 * verified / total, 1) if total else 0.0,
        *[counts.get(f"result:{result}", 0) for result, _ in results],
        *[counts.get(key, 0) for key in RiskFactor],
    ]


def krs_recap(session: Session, request: ReportRequest) -> ReportTable:
    """Builds the Rekap Verval KRS: a kecamatan row followed by its desa rows, and a total row."""
    scope = resolve_scope_in(session, request)
    source_round = source_round_for(session, request.year)
    counts = _counts(session, scope, source_round)
    results = [
        (c.code, c.label)
        for c in session.scalars(
            select(KrsCode).where(KrsCode.list_name == "result", KrsCode.active).order_by(KrsCode.sort_order)
        )
    ]
    codes = set(counts) | {code.rsplit(".", 1)[0] for code in counts}
    names = dict(session.execute(select(Region.code, Region.name).where(Region.code.in_(codes))).all())
    kecamatan_counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    total: dict[str, int] = defaultdict(int)
    for desa, row in counts.items():
        for key, value in row.items():
            kecamatan_counts[desa.rsplit(".", 1)[0]][key] += value
            total[key] += value
    rows: list[list[Any]] = []
    for kecamatan in sorted(kecamatan_counts):
        label = f"KECAMATAN {names.get(kecamatan, kecamatan).upper()}"
        rows.append(_row(kecamatan, label, kecamatan_counts[kecamatan], results))
        for desa in sorted(code for code in counts if code.startswith(kecamatan + ".")):
            rows.append(_row(desa, names.get(desa, desa), counts[desa], results))
    columns = [
        Column("kode", doc_("Kode wilayah"), ColumnKind.IDENTIFIER, 14),
        Column("wilayah", doc_("Kecamatan / Desa"), ColumnKind.TEXT, 24),
        Column("keluarga", doc_("Jumlah keluarga"), ColumnKind.INTEGER, 10),
        Column("terverifikasi", doc_("Sudah diverval"), ColumnKind.INTEGER, 12),
        Column("persen", doc_("% diverval"), ColumnKind.PERCENT, 12),
        *[
            Column(f"hasil_{code}", doc_("Hasil: {label}").format(label=label), ColumnKind.INTEGER, 11)
            for code, label in results
        ],
        *[Column(key.value, key.document_label, ColumnKind.INTEGER, 10) for key in RiskFactor],
    ]
    return ReportTable(
        key="krs",
        title=doc_("REKAP VERIFIKASI DAN VALIDASI KELUARGA BERISIKO STUNTING"),
        area=scope.label,
        period=source_period(scope, source_round),
        columns=columns,
        rows=rows,
        row_count=len(rows),
        notes=[doc_(OVERLAP_NOTE), doc_("Persentase = keluarga terverifikasi dibagi jumlah keluarga dalam daftar.")],
        office=scope.office,
        generated_on=request.reference_date,
        wide=True,
        total_row=_row("", "JUMLAH", total, results) if counts else None,
    )
