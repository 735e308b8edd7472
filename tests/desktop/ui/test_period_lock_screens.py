"""Every screen that edits period data shows an approved period's lock before a save: read-only and a banner."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models.krs import KrsFamily
from db.models.period import PeriodLock
from desktop.domain.meetings.records import ActionData, MeetingData, SeriesData
from desktop.domain.periods import PeriodState, semester_period
from desktop.services.demo.cases_demo import fill_demo_cases
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.import_service import run_import
from desktop.services.meetings.content_service import save_action
from desktop.services.meetings.meeting_service import create_meeting, save_series
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import reading, unit_of_work
from desktop.ui.aksi.checklist_widget import ChecklistWidget
from desktop.ui.cases.case_dialogs import RemeasureDialog, StatusDialog
from desktop.ui.cases.cases_page import CasesPage
from desktop.ui.krs.krs_page import KrsPage
from desktop.ui.krs.verification_dialog import VerificationDialog
from desktop.ui.meetings.meeting_editor import MeetingEditor
from desktop.ui.window_context import WindowContext
from tests.desktop.services.krs.conftest import write_csv
from tests.desktop.ui.aksi.conftest import open_aksi_page
from tests.desktop.ui.cases.conftest import settle

CIBADAK = "36.02.18"
APPROVER = "Bappeda Lebak (3602-def)"


def approve(context: WindowContext, kind: str, period: str, region: str = CIBADAK) -> None:
    """Records an approved period of ``region``'s office, as importing the approval would."""
    with unit_of_work(context.app.session_factory) as session:
        session.add(
            PeriodLock(
                office_code=f"office-{region}",
                office_name="TPPS Kantor",
                region_code=region,
                approver_code="3602-def",
                kind=kind,
                period=period,
                state=PeriodState.APPROVED.value,
                decided_by=APPROVER,
                decided_at=datetime(2024, 11, 20, 9, 30, tzinfo=UTC),
            )
        )


def assert_banner(banner: object, period: str) -> None:
    """The banner is shown and names the period, who approved it and when."""
    assert not banner.isHidden()  # type: ignore[attr-defined]  # (shown; its tab may be behind another)
    text = banner.text()  # type: ignore[attr-defined]
    assert period in text and f"disetujui oleh {APPROVER} pada 2024-11-20 09:30 UTC" in text


def test_krs_list_and_verification_show_the_lock(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> None:
    factory = window_context.app.session_factory
    run_import(factory, write_csv(tmp_path / "krs.csv", [list(row) for row in krs_rows(60)]), dry_run=False)
    approve(window_context, "krs", "PK24")
    page = KrsPage(window_context)
    qtbot.addWidget(page)
    page.show()
    with reading(factory) as session:
        kecamatan = {
            row.id: row.kecamatan_code for row in session.execute(select(KrsFamily.id, KrsFamily.kecamatan_code))
        }
    rows = {kecamatan[page.model.family_id(row)] == CIBADAK: row for row in range(page.model.rowCount())}
    page.table.selectRow(rows[True])
    assert_banner(page.lock_banner, "Verifikasi KRS PK24")
    assert not page.verify_button.isEnabled()
    page.table.selectRow(rows[False])  # a family of another kecamatan: open
    assert not page.lock_banner.isVisible() and page.verify_button.isEnabled()
    locked = [family for family, code in kecamatan.items() if code == CIBADAK][:1]
    dialog = VerificationDialog(factory, locked)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_banner(dialog.lock_banner, "PK24")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert not dialog.existence.isEnabled() and dialog.notes.isReadOnly()
    assert dialog.save() is False
    other = [family for family, code in kecamatan.items() if code != CIBADAK][:1]
    open_dialog = VerificationDialog(factory, other)
    qtbot.addWidget(open_dialog)
    assert not open_dialog.lock_banner.locked and open_dialog.existence.isEnabled()


def test_case_dialogs_show_the_lock_of_the_dates_semester(window_context: WindowContext, qtbot: QtBot) -> None:
    factory = window_context.app.session_factory
    fill_demo_cases(factory, TaskControl())
    page = CasesPage(window_context)
    qtbot.addWidget(page)
    settle(page)
    case = page.model.rows[0]
    kecamatan = ".".join(case.desa_code.split(".")[:3])
    approve(window_context, "cases", "2024-S2", kecamatan)
    remeasure = RemeasureDialog(factory, case)
    qtbot.addWidget(remeasure)
    remeasure.show()
    save = remeasure.buttons.button(QDialogButtonBox.StandardButton.Save)
    remeasure.form.measured_on.set_value(date(2024, 8, 1))
    assert_banner(remeasure.lock_banner, "Kasus stunting 2024-S2")
    assert not save.isEnabled() and remeasure.save() is False
    remeasure.form.measured_on.set_value(date(2025, 1, 10))  # another semester: open
    assert not remeasure.lock_banner.isVisible() and save.isEnabled()
    approve(window_context, "cases", semester_period(date.today()), kecamatan)
    status = StatusDialog(factory, case)
    qtbot.addWidget(status)
    status.show()
    assert_banner(status.lock_banner, semester_period(date.today()))
    if status.status.count():
        status.status.setCurrentIndex(0)
    assert not status.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert status.save() is False


def test_aksi_year_and_checklist_month_show_the_lock(window_context: WindowContext, qtbot: QtBot) -> None:
    approve(window_context, "aksi", "2024", "36.02")  # the kabupaten's own year, approved by the province
    page = open_aksi_page(window_context, qtbot)
    page.select_action(3)
    detail = page.detail
    assert_banner(detail.lock_banner, "Aksi Konvergensi 2024")
    assert not detail.save_button.isEnabled() and not detail.status.isEnabled()
    assert detail.history_table.isEnabled()  # the history stays readable
    checklist = ChecklistWidget(window_context)
    qtbot.addWidget(checklist)
    checklist.show()
    checklist.set_year(2024)
    index = checklist.kecamatan.findData(CIBADAK)
    assert index >= 0
    approve(window_context, "checklist", "2024-10")
    checklist.kecamatan.setCurrentIndex(index)
    checklist.month.setCurrentIndex(9)  # Oktober
    assert_banner(checklist.lock_banner, "Daftar periksa 2024-10")
    assert checklist.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not checklist.save_button.isVisible()
    checklist.month.setCurrentIndex(10)  # November: open
    assert not checklist.lock_banner.isVisible() and checklist.save_button.isVisible()
    assert checklist.view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers


def test_an_rtl_from_an_approved_month_is_read_only_in_a_later_meeting(
    window_context: WindowContext, qtbot: QtBot
) -> None:
    factory = window_context.app.session_factory
    series = save_series(factory, SeriesData(name="Minlok Kecamatan Cibadak", region_code=CIBADAK))
    october = MeetingData(
        title="Minlok Oktober", region_code=CIBADAK, meeting_date=date(2024, 10, 15), place="Aula", series_id=series
    )
    first = create_meeting(factory, october).id
    save_action(factory, first, ActionData(description="Verval KRS Desa Cibadak", responsible="PKB"))
    november = create_meeting(factory, replace(october, title="Minlok November", meeting_date=date(2024, 11, 12)))
    assert november.carried_actions == 1
    approve(window_context, "minlok", "2024-10")
    editor = MeetingEditor(window_context, [])
    qtbot.addWidget(editor)
    editor.show()
    editor.load(november.id)
    rtl = editor.rtl
    assert rtl.save_button.isEnabled()  # November itself is open
    rtl.select_action(rtl.model.row_at(0).action_id)
    assert_banner(rtl.lock_banner, "Minlok (rapat) 2024-10")
    assert rtl.description.isReadOnly() and rtl.responsible.isReadOnly() and not rtl.funding.isEnabled()
    assert rtl.status.isEnabled() and not rtl.note.isReadOnly()  # its progress is reported at this meeting
    rtl.clear_form()  # a new RTL of November: open
    assert rtl.lock_banner.isHidden() and not rtl.description.isReadOnly()
