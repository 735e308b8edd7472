"""By-name lists and the case recap select by their period and say by which rule; by-name lists are numbered 1..n
and ordered kecamatan, desa, RW, RT (each desa in one block)."""

from __future__ import annotations

from datetime import date
from itertools import groupby
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import insert, select

from db.models.cases import CaseChild, CaseMeasurement
from db.models.krs import KrsFamily
from desktop.context import AppContext
from desktop.services.reports.catalog import build_report
from desktop.services.reports.export import export_report
from desktop.services.reports.scope import ReportRequest

TODAY = date(2026, 12, 1)


def _rows(context: AppContext, report: str, year: int, **kwargs: object) -> tuple[list[dict[str, object]], list[str]]:
    table = build_report(context.session_factory, ReportRequest(report, year, today=TODAY, **kwargs))  # type: ignore[arg-type]
    rows = [
        {column.key: value for column, value in zip(table.columns, row, strict=True)}
        for row in table.materialized_rows()
    ]
    assert table.row_count == len(rows)
    return rows, list(table.notes)


def _measure_one_child_in_2024(context: AppContext) -> str:
    """Gives one demo child (born 2021) a measurement of 2024-08-15; returns the child's name."""
    with context.session_factory() as session, session.begin():
        child = session.scalars(
            select(CaseChild).where(CaseChild.birth_date < date(2022, 6, 1)).order_by(CaseChild.id)
        ).first()
        assert child is not None
        session.add(
            CaseMeasurement(
                child_id=child.id, measured_on=date(2024, 8, 15), height_cm=88.0, weight_kg=11.5, method="H", haz=-2.4,
                haz_category="Pendek (stunted)",
            )
        )  # fmt: skip
        return child.name


def test_the_case_list_selects_children_by_measurement_date(demo_context: AppContext) -> None:
    name = _measure_one_child_in_2024(demo_context)
    none, notes = _rows(demo_context, "cases-list", 2019)
    assert none == []
    assert any("tanggal pengukuran" in note and "Tahun 2019" in note for note in notes)
    one, _ = _rows(demo_context, "cases-list", 2024)
    assert [(row["nama_anak"], row["tanggal_ukur"]) for row in one] == [(name, date(2024, 8, 15))]
    assert one[0]["haz"] == -2.4
    every, _ = _rows(demo_context, "cases-list", 2026)
    assert len(every) == 59
    assert all(isinstance(row["tanggal_ukur"], date) and row["tanggal_ukur"].year == 2026 for row in every)
    # The 2026 list shows the child's 2026 measurement, not the 2024 one.
    assert next(row for row in every if row["nama_anak"] == name)["tanggal_ukur"] != date(2024, 8, 15)
    one_month, _ = _rows(demo_context, "cases-list", 2024, month=8)
    assert len(one_month) == 1
    assert _rows(demo_context, "cases-list", 2024, month=9)[0] == []


def test_the_case_recap_counts_only_children_measured_in_the_year(demo_context: AppContext) -> None:
    _measure_one_child_in_2024(demo_context)
    counts = {}
    for year in (2019, 2024, 2026):
        table = build_report(demo_context.session_factory, ReportRequest("cases", year, today=TODAY))
        counts[year] = table.total_row[2] if table.total_row is not None else 0
        assert any("tanggal pengukuran" in note for note in table.notes)
    assert counts == {2019: 0, 2024: 1, 2026: 59}


def _add_round(context: AppContext, source_round: str, count: int) -> None:
    rows = [
        {
            "source_round": source_round,
            "identity_key": f"KK:{source_round}{index:012d}",
            "kecamatan_code": "36.02.18",
            "desa_code": "36.02.18.2004",
            "rw": "003",
            "rt": "001",
            "address": f"Kp. Baru No. {index}",
            "head_name": f"Keluarga {source_round} {index}",
            "no_kk": f"36021877{index:08d}",
            "pus": True,
        }
        for index in range(count)
    ]
    with context.engine.begin() as connection:
        connection.execute(insert(KrsFamily), rows)


def test_the_krs_list_selects_the_data_round_of_the_year(demo_context: AppContext) -> None:
    none, notes = _rows(demo_context, "krs-list", 2019)
    assert none == [] and any("tidak ada pendataan" in note and "2019" in note for note in notes)
    pk24, notes = _rows(demo_context, "krs-list", 2024)
    assert len(pk24) == 450 and any("PK24" in note for note in notes)
    later, notes = _rows(demo_context, "krs-list", 2025)
    assert len(later) == 450 and any("belum ada pendataan tahun 2025" in note and "PK24" in note for note in notes)
    _add_round(demo_context, "PK26", 3)
    pk26, notes = _rows(demo_context, "krs-list", 2026)
    assert [row["kepala_keluarga"] for row in pk26] == [f"Keluarga PK26 {index}" for index in range(3)]
    assert any("PK26" in note for note in notes)
    assert len(_rows(demo_context, "krs-list", 2024)[0]) == 450


def test_by_name_lists_are_numbered_and_ordered_by_area(demo_context: AppContext) -> None:
    with demo_context.session_factory() as session:
        codes = dict(session.execute(select(KrsFamily.no_kk, KrsFamily.desa_code)).all())
    rows, _ = _rows(demo_context, "krs-list", 2024, show_nik=True)
    assert [row["no"] for row in rows] == list(range(1, len(rows) + 1))
    keys = [(codes[str(row["no_kk"])], *str(row["rw_rt"]).split("/")) for row in rows]
    assert keys == sorted(keys)
    blocks = [desa for desa, _ in groupby(row["desa"] for row in rows)]
    assert len(blocks) == len(set(blocks)) > 1  # one block per desa
    cases, _ = _rows(demo_context, "cases-list", 2026)
    assert [row["no"] for row in cases] == list(range(1, 60))
    case_blocks = [(kec, desa) for (kec, desa), _ in groupby((row["kecamatan"], row["desa"]) for row in cases)]
    assert len(case_blocks) == len(set(case_blocks)) > 1


def test_the_pdf_states_the_rule_and_the_filtered_rows(demo_context: AppContext, tmp_path: Path) -> None:
    _measure_one_child_in_2024(demo_context)
    texts = {}
    for year in (2019, 2024, 2026):
        path = tmp_path / f"cases-{year}.pdf"
        request = ReportRequest("cases-list", year, today=TODAY)
        export_report(demo_context.session_factory, request, path, file_format="pdf")
        texts[year] = " ".join(page.extract_text() for page in PdfReader(path).pages)
        assert "tanggal pengukuran" in " ".join(texts[year].split())
    assert "15-08-2024" in texts[2024] and "15-08-2024" not in texts[2026]
    assert "-2026" not in texts[2024] and "-2026" in texts[2026]
    krs = tmp_path / "krs-2019.pdf"
    export_report(demo_context.session_factory, ReportRequest("krs-list", 2019, today=TODAY), krs, file_format="pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(krs).pages).split())
    assert "tidak ada pendataan keluarga sampai tahun 2019" in text


def test_the_aksi_status_note_on_areas_only_when_an_area_was_chosen(demo_context: AppContext) -> None:
    plain = build_report(demo_context.session_factory, ReportRequest("aksi", 2024))
    assert not any("tidak berlaku" in note for note in plain.notes)
    chosen = build_report(demo_context.session_factory, ReportRequest("aksi", 2024, kecamatan_code="36.02.18"))
    assert any("pilihan kecamatan/desa tidak berlaku" in note for note in chosen.notes)


def test_the_demo_minlok_documents_carry_the_kecamatan_kop(demo_context: AppContext, tmp_path: Path) -> None:
    from desktop.services.meetings.meeting_service import list_meetings
    from desktop.services.meetings.printing import print_meeting_document

    meetings = list_meetings(demo_context.session_factory)
    minlok = next(m for m in meetings if m.meeting_type == "MINLOK_KEC" and m.region_code == "36.02.18")
    tpps = next(m for m in meetings if m.meeting_type != "MINLOK_KEC")
    for kind in ("minutes", "statement", "attendance", "invitation"):
        print_meeting_document(demo_context.session_factory, minlok.id, kind, tmp_path / f"{kind}.pdf")
        first = " ".join(PdfReader(tmp_path / f"{kind}.pdf").pages[0].extract_text().split())
        assert "PEMERINTAH KABUPATEN LEBAK KECAMATAN CIBADAK" in first and "BADAN PERENCANAAN" not in first, kind
    print_meeting_document(demo_context.session_factory, tpps.id, "minutes", tmp_path / "tpps.pdf")
    assert "BADAN PERENCANAAN" in PdfReader(tmp_path / "tpps.pdf").pages[0].extract_text()
