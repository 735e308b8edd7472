"""The data of each report, from the demo database."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.context import AppContext
from desktop.services.reports.catalog import REPORTS, build_report
from desktop.services.reports.krs_recap import OVERLAP_NOTE
from desktop.services.reports.scope import ReportError, ReportRequest

TODAY = date(2024, 12, 20)
MEASURED = 2026  # the demo's children are weighed and measured in February and March 2026


def _request(report: str, **kwargs: object) -> ReportRequest:
    return ReportRequest(report, 2024, today=TODAY, **kwargs)  # type: ignore[arg-type]


def _by_key(table: object, row: list[object]) -> dict[str, object]:
    return {column.key: value for column, value in zip(table.columns, row, strict=True)}  # type: ignore[attr-defined]


def test_minlok_recap_counts_meetings_attendance_checklist_and_rtl(demo_context: AppContext) -> None:
    table = build_report(demo_context.session_factory, _request("minlok", kecamatan_code="36.02.18"))
    rows = [_by_key(table, list(row)) for row in table.materialized_rows()]
    assert [row["bulan"] for row in rows] == [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]  # fmt: skip
    october, november, march = rows[9], rows[10], rows[2]
    assert october["dilaksanakan"] == "Ya" and october["tanggal"] == date(2024, 10, 11)
    assert isinstance(october["hadir"], int) and october["hadir"] > 0
    assert november["dilaksanakan"] == "Belum final" and november["hadir"] is None  # the demo's draft minutes
    assert march["dilaksanakan"] == "Tidak" and march["hadir"] is None
    assert october["desa_melapor"] == 0  # the demo fills the checklist of other kecamatan
    made = sum(int(row["rtl_dibuat"]) for row in rows)  # type: ignore[call-overload]
    assert made > 0
    assert all(int(row["rtl_selesai"]) + int(row["rtl_terlambat"]) <= int(row["rtl_dibuat"]) for row in rows)  # type: ignore[call-overload]


def test_minlok_recap_aggregates_the_3_standar_4_pasti_checklist(demo_context: AppContext) -> None:
    table = build_report(demo_context.session_factory, _request("minlok", kecamatan_code="36.02.01", month=10))
    (october,) = [_by_key(table, list(row)) for row in table.materialized_rows()]
    # Yes/no items count the desa answering yes; percentages are averaged over the desa that reported.
    assert isinstance(october["desa_melapor"], int) and 0 < october["desa_melapor"] <= october["jumlah_desa"]  # type: ignore[operator]
    assert isinstance(october["s1_tpk_terlatih"], int) and october["s1_tpk_terlatih"] <= october["desa_melapor"]  # type: ignore[operator]
    assert isinstance(october["p1_terdata"], float) and 0 <= october["p1_terdata"] <= 100
    assert october["dilaksanakan"] == "Tidak"


def test_minlok_whole_kabupaten_lists_every_kecamatan_per_month(demo_context: AppContext) -> None:
    table = build_report(demo_context.session_factory, _request("minlok", month=10))
    rows = [_by_key(table, list(row)) for row in table.materialized_rows()]
    assert len(rows) == 28  # Kabupaten Lebak has 28 kecamatan
    held = {row["kecamatan"] for row in rows if row["dilaksanakan"] == "Ya"}
    assert held == {"Cibadak", "Cimarga", "Leuwidamar", "Kalanganyar"}
    assert table.period == "Oktober 2024"


def test_krs_recap_has_kecamatan_and_desa_rows_and_the_overlap_note(demo_context: AppContext) -> None:
    table = build_report(demo_context.session_factory, _request("krs"))
    rows = [_by_key(table, list(row)) for row in table.materialized_rows()]
    cibadak = next(row for row in rows if row["kode"] == "36.02.18")
    desa = next(row for row in rows if row["kode"] == "36.02.18.2004")
    assert cibadak["wilayah"] == "KECAMATAN CIBADAK" and cibadak["keluarga"] == 150
    assert cibadak["terverifikasi"] == 25 and desa["terverifikasi"] == 25
    assert desa["persen"] == 50.0
    assert table.total_row is not None and table.total_row[2] == 450
    assert OVERLAP_NOTE in table.notes
    assert "PK24" in table.period
    # Overlap: the factor counts of a desa can exceed its number of families; they are never summed in a column.
    factors = ["air_minum_tidak_layak", "jamban_tidak_layak", "terlalu_muda", "terlalu_tua"]
    assert sum(int(desa[key]) for key in factors) > 0  # type: ignore[call-overload]
    assert not any("jumlah faktor" in column.header.lower() for column in table.columns)


def test_cases_recap_per_desa_with_total(demo_context: AppContext) -> None:
    table = build_report(demo_context.session_factory, ReportRequest("cases", MEASURED, today=date(2026, 12, 1)))
    rows = [_by_key(table, list(row)) for row in table.materialized_rows()]
    assert table.total_row is not None and table.total_row[2] == 59
    desa_rows = [row for row in rows if str(row["kode"]).count(".") == 3]
    assert sum(int(row["anak"]) for row in desa_rows) == 59  # type: ignore[call-overload]
    assert all(int(row["sangat_pendek"]) <= int(row["stunting"]) for row in rows)  # type: ignore[call-overload]


def test_aksi_status_lists_every_action_with_outputs_and_evidence(demo_context: AppContext) -> None:
    table = build_report(demo_context.session_factory, _request("aksi"))
    rows = [_by_key(table, list(row)) for row in table.materialized_rows()]
    assert len(rows) == 8
    assert any(row["data_dukung"] for row in rows)
    assert all(row["status"] for row in rows)
    with pytest.raises(ReportError, match="kerangka"):
        build_report(demo_context.session_factory, ReportRequest("aksi", 1999))


def test_rtl_list_counts_overdue_days_and_names_the_meeting(demo_context: AppContext) -> None:
    table = build_report(demo_context.session_factory, _request("rtl"))
    rows = [_by_key(table, list(row)) for row in table.materialized_rows()]
    assert len(rows) == 16
    late = [row for row in rows if row["hari_terlambat"]]
    assert late
    for row in late:
        assert row["hari_terlambat"] == (TODAY - row["batas_waktu"]).days  # type: ignore[operator]
    assert all(row["rapat_asal"] and isinstance(row["tanggal_rapat"], date) for row in rows)
    done = [row for row in rows if row["status"] == "Selesai"]
    assert done and all(row["hari_terlambat"] is None for row in done)


def test_by_name_lists_mask_nik_unless_asked(demo_context: AppContext) -> None:
    masked = build_report(demo_context.session_factory, _request("krs-list", desa_code="36.02.18.2004"))
    rows = [_by_key(masked, list(row)) for row in masked.rows]
    assert len(rows) == masked.row_count == 50
    assert all(str(row["nik"]).endswith("**********") for row in rows if row["nik"])
    shown = build_report(demo_context.session_factory, _request("krs-list", desa_code="36.02.18.2004", show_nik=True))
    nik = [_by_key(shown, list(row))["nik"] for row in shown.rows]
    assert any(len(str(value)) == 16 and str(value).isdigit() for value in nik)
    cases = build_report(demo_context.session_factory, ReportRequest("cases-list", MEASURED, today=TODAY))
    case_rows = [_by_key(cases, list(row)) for row in cases.rows]
    assert len(case_rows) == 59
    assert all("*" in str(row["nik"]) for row in case_rows if row["nik"])


def test_scope_errors(demo_context: AppContext) -> None:
    sf = demo_context.session_factory
    with pytest.raises(ReportError, match="tidak dikenal"):
        build_report(sf, _request("krs", kecamatan_code="36.02.99"))
    with pytest.raises(ReportError, match="tidak berada"):
        build_report(sf, _request("krs", kecamatan_code="36.02.11", desa_code="36.02.18.2004"))
    with pytest.raises(ReportError, match="luar"):
        build_report(sf, _request("krs", kecamatan_code="32.01.01"))
    with pytest.raises(ReportError, match="tidak dikenal"):
        build_report(sf, _request("nope"))
    assert set(REPORTS) == {"minlok", "krs", "cases", "aksi", "rtl", "krs-list", "cases-list"}


def test_by_name_list_and_the_krs_page_read_the_same_family_rows(demo_context: AppContext) -> None:
    from db.repositories.krs_repository import FamilyFilter
    from desktop.domain.krs.codes import RiskFactor, Sasaran, flag_text
    from desktop.domain.krs.records import FamilyListRow
    from desktop.services.krs.family_list import list_page

    request = _request("krs-list", desa_code="36.02.18.2004", show_nik=True)
    report = build_report(demo_context.session_factory, request)
    listed = {row["no_kk"]: row for row in (_by_key(report, list(values)) for values in report.rows)}
    page = list_page(demo_context.session_factory, FamilyFilter(desa_code="36.02.18.2004"), 0, 500)
    assert all(type(family) is FamilyListRow for family in page)  # a typed row, not a database row
    assert len(page) == len(listed) and sorted(listed) == sorted(family.no_kk for family in page)
    for family in page:
        row = listed[family.no_kk]
        assert (row["kepala_keluarga"], row["istri"]) == (family.head_name, family.wife_name)
        assert row["sasaran"] == flag_text(family, Sasaran, short=True)
        assert row["faktor_risiko"] == flag_text(family, RiskFactor, short=True)
    assert any(row["faktor_risiko"] for row in listed.values())
