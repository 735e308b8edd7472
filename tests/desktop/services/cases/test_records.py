"""Case records: adding children, re-measurements, the status workflow with history and audit, the recap."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.models.audit import AuditEntry
from desktop.context import AppContext
from desktop.domain.cases.codes import CaseStatus
from desktop.domain.cases.records import ChildInput, MeasurementInput
from desktop.domain.cases.workflow import TRANSITIONS, allowed_next, transition_problem
from desktop.domain.cases.zscore import Method, Sex
from desktop.services.cases.case_info import CaseError
from desktop.services.cases.recap import case_recap
from desktop.services.cases.records import add_child, change_status, get_case, list_cases, record_remeasurement

TODAY = date(2026, 11, 20)
CIBADAK = "36.02.18.2004"
ASEM = "36.02.18.2005"
KALANGANYAR = "36.02.24.2001"


def _child(name: str = "Siti Aminah", desa: str = CIBADAK, **kwargs: object) -> ChildInput:
    values: dict[str, object] = {
        "name": name,
        "sex": Sex.P,
        "birth_date": date(2025, 1, 10),
        "desa_code": desa,
        "mother_name": "Euis",
        "nik": "3602185001250001",
        "no_kk": "3602180101200003",
        "posyandu": "Melati",
    } | kwargs
    return ChildInput(**values)  # type: ignore[arg-type]


def _measure(cm: float, kg: float | None = 8.0, on: date = date(2026, 1, 12)) -> MeasurementInput:
    return MeasurementInput(measured_on=on, height_cm=cm, method=Method.LYING, weight_kg=kg, measurer="Kader Yeti")


def test_add_child_stores_measurement_with_zscores(office_context: AppContext) -> None:
    sf = office_context.session_factory
    child_id = add_child(sf, _child(), _measure(65.5), today=TODAY)
    detail = get_case(sf, child_id)
    assert detail.row.status == "terdata" and detail.row.desa_name == "Cibadak"
    assert detail.row.kecamatan_name == "Cibadak" and detail.row.masked_nik == "360218**********"
    [first] = detail.measurements
    assert first.source == "import" and first.age_months == 12 and first.haz is not None and first.haz < -3
    assert first.haz_category == "sangat pendek" and first.stunted
    assert [h.new_status for h in detail.history] == ["terdata"]


def test_invalid_child_is_refused_with_every_problem(office_context: AppContext) -> None:
    bad = _child(name=" ", nik="3602180000000000", desa="36.02.18", birth_date=date(2027, 1, 1))
    with pytest.raises(CaseError) as error:
        add_child(office_context.session_factory, bad, _measure(0), today=TODAY)
    message = str(error.value)
    for part in ("nama anak wajib", "tanggal lahir di masa depan", "NIK", "kode desa", "panjang/tinggi"):
        assert part in message
    assert list_cases(office_context.session_factory) == []


def test_remeasurement_sets_diukur_ulang_and_confirmation_follows_the_haz(office_context: AppContext) -> None:
    sf = office_context.session_factory
    child_id = add_child(sf, _child(), _measure(68.0), today=TODAY)
    with pytest.raises(CaseError, match="otomatis"):
        change_status(sf, child_id, CaseStatus.DIUKUR_ULANG)
    with pytest.raises(CaseError, match="tidak dapat diubah"):
        change_status(sf, child_id, CaseStatus.TERKONFIRMASI_STUNTING)
    info = record_remeasurement(sf, child_id, _measure(69.0, 8.1, date(2026, 2, 2)), note="ukur ulang", today=TODAY)
    assert info.source == "ukur_ulang" and info.stunted
    with pytest.raises(CaseError, match="di bawah -2: stunting"):
        change_status(sf, child_id, CaseStatus.BUKAN_STUNTING)
    change_status(sf, child_id, CaseStatus.TERKONFIRMASI_STUNTING, note="dikonfirmasi bidan", on=date(2026, 2, 3))
    detail = get_case(sf, child_id)
    assert detail.row.status == "terkonfirmasi_stunting"
    assert [(h.old_status, h.new_status) for h in detail.history] == [
        (None, "terdata"),
        ("terdata", "diukur_ulang"),
        ("diukur_ulang", "terkonfirmasi_stunting"),
    ]
    assert detail.history[-1].note == "dikonfirmasi bidan"
    assert detail.history[-1].label == "Diukur ulang \u2192 Terkonfirmasi stunting"
    with sf() as session:
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "case_child", AuditEntry.field == "status")
        ).all()
    assert [(a.old_value, a.new_value) for a in audited] == [
        ("terdata", "diukur_ulang"),
        ("diukur_ulang", "terkonfirmasi_stunting"),
    ]


def test_normal_remeasurement_allows_bukan_stunting_only(office_context: AppContext) -> None:
    sf = office_context.session_factory
    child_id = add_child(sf, _child(), _measure(68.0), today=TODAY)
    record_remeasurement(sf, child_id, _measure(75.5, 9.0, date(2026, 2, 2)), today=TODAY)
    with pytest.raises(CaseError, match="tidak di bawah -2"):
        change_status(sf, child_id, CaseStatus.TERKONFIRMASI_STUNTING)
    change_status(sf, child_id, CaseStatus.BUKAN_STUNTING)
    assert get_case(sf, child_id).row.status == "bukan_stunting"


def test_flagged_remeasurement_cannot_confirm(office_context: AppContext) -> None:
    sf = office_context.session_factory
    child_id = add_child(sf, _child(), _measure(68.0), today=TODAY)
    record_remeasurement(sf, child_id, _measure(6.9, 8.0, date(2026, 2, 2)), today=TODAY)
    with pytest.raises(CaseError, match="janggal"):
        change_status(sf, child_id, CaseStatus.TERKONFIRMASI_STUNTING)
    change_status(sf, child_id, CaseStatus.DATA_TIDAK_VALID)


def test_deceased_is_final(office_context: AppContext) -> None:
    sf = office_context.session_factory
    child_id = add_child(sf, _child(), _measure(68.0), today=TODAY)
    change_status(sf, child_id, CaseStatus.MENINGGAL)
    with pytest.raises(CaseError, match="tidak dapat diubah"):
        record_remeasurement(sf, child_id, _measure(69.0), today=TODAY)
    assert allowed_next("meninggal") == []


def test_transition_table() -> None:
    assert allowed_next("terdata") == [CaseStatus.DATA_TIDAK_VALID, CaseStatus.PINDAH, CaseStatus.MENINGGAL]
    assert CaseStatus.TERKONFIRMASI_STUNTING in allowed_next("diukur_ulang")
    assert set(TRANSITIONS) == set(CaseStatus)
    assert transition_problem("pindah", "terdata", None, None) is None
    assert transition_problem("terdata", "terdata", None, None) == "status sudah terdata"
    assert transition_problem("diukur_ulang", "bukan_stunting", None, None) == "belum ada hasil ukur ulang"
    assert transition_problem("diukur_ulang", "bukan_stunting", None, "") == (
        "TB/U hasil ukur ulang terakhir tidak dapat dihitung"
    )
    assert transition_problem("terdata", "xyz", None, None) == "status tidak dikenal: xyz"


def test_list_filters_and_recap(office_context: AppContext) -> None:
    sf = office_context.session_factory
    add_child(sf, _child("A"), _measure(65.5), today=TODAY)  # sangat pendek
    add_child(sf, _child("B", nik=None), _measure(68.0), today=TODAY)  # pendek (-2.36)
    add_child(sf, _child("C", nik=None, desa=ASEM), _measure(75.0), today=TODAY)  # normal
    add_child(sf, _child("D", nik=None, desa=ASEM), _measure(7.5), today=TODAY)  # flagged
    add_child(sf, _child("E", nik=None, desa=KALANGANYAR), None, today=TODAY)  # not measured
    assert [row.name for row in list_cases(sf, "36.02.18")] == ["A", "B", "C", "D"]
    assert [row.name for row in list_cases(sf, ASEM)] == ["C", "D"]
    assert [row.name for row in list_cases(sf, text="b")] == ["B"]
    e_id = list_cases(sf, KALANGANYAR)[0].id
    change_status(sf, e_id, CaseStatus.PINDAH)
    assert [row.name for row in list_cases(sf, status="pindah")] == ["E"]
    rows = {row.code: row for row in case_recap(sf)}
    cibadak = rows["36.02.18"]
    assert (cibadak.children, cibadak.measured, cibadak.stunted, cibadak.severely_stunted, cibadak.flagged) == (
        4,
        4,
        2,
        1,
        1,
    )
    assert cibadak.stunted_percent == 50.0
    assert (rows[ASEM].stunted, rows[ASEM].flagged) == (0, 1)
    assert (rows["36.02.24"].measured, rows["36.02.24"].verified, rows["36.02.24"].stunted_percent) == (0, 1, 0.0)
    assert rows[""].children == 5 and rows[""].as_dict()["stunted_percent"] == 50.0
    assert [row.code for row in case_recap(sf, "36.02.24")] == ["36.02.24", KALANGANYAR, ""]
