"""The demo cases: realistic, flagged slips included, idempotent."""

from __future__ import annotations

from collections import Counter

from desktop.context import AppContext
from desktop.services.cases.recap import case_recap
from desktop.services.cases.records import list_cases
from desktop.services.demo.cases_demo import demo_case_rows, fill_demo_cases
from desktop.services.tasks import TaskControl


def test_demo_cases_are_realistic_flagged_and_idempotent(office_context: AppContext) -> None:
    sf = office_context.session_factory
    first = fill_demo_cases(sf, TaskControl())
    assert first.startswith("Kasus stunting: 59 anak baru")
    cases = list_cases(sf)
    assert len(cases) == len(demo_case_rows()) == 59
    assert {case.desa_code[:8] for case in cases} == {"36.02.18", "36.02.24", "36.02.11", "36.02.06"}
    flags = Counter(flag for case in cases if case.latest for flag in case.latest.flags)
    assert flags["haz_implausible"] >= 1 and flags["whz_implausible"] >= 1
    assert flags["measured_before_birth"] == 1 and flags["age_over_60_months"] == 1
    statuses = Counter(case.status for case in cases)
    assert statuses["terkonfirmasi_stunting"] + statuses["perlu_rujukan"] >= 2
    assert statuses["bukan_stunting"] >= 1 and statuses["data_tidak_valid"] == 2
    total = case_recap(sf)[-1]
    assert 15 <= total.stunted_percent <= 45, total
    again = fill_demo_cases(sf, TaskControl())
    assert "0 anak baru, 59 sudah ada, 0 diverifikasi" in again
    assert len(list_cases(sf)) == 59
