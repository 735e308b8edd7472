"""The Aksi Konvergensi page, walked as a user would: pick a year, select an action, edit and save it, add an
output and an evidence file, open it, and fill a checklist grid; plus the item models under qtmodeltester."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.models.aksi import AksiProgress
from desktop.services.aksi.checklists import get_template, month_grid
from desktop.services.aksi.evidence import list_evidence
from desktop.services.aksi.progress import detail_of, list_year
from desktop.ui.aksi.aksi_table_model import AksiTableModel
from desktop.ui.aksi.checklist_table_model import ChecklistTableModel
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.aksi.conftest import TODAY
from tests.desktop.ui.aksi.conftest import open_aksi_page as _page


def test_walk_the_page(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(window_context, qtbot)
    assert page.year.value() == 2024
    assert page.model.rowCount() == 8
    assert page.framework_label.text() == "Kerangka: aksi-2019-2024"
    # Aksi 1 is planned to end in March: overdue on 1 July 2024, shown in red with a note.
    assert page.model.index(0, 2).data() == "Belum mulai (terlambat)"

    page.select_action(3)
    detail = page.detail
    assert "Rembuk Stunting" in detail.title.text()
    assert page.selected_progress_id() is None  # viewing writes nothing: no progress row until a save
    with window_context.app.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(AksiProgress)) == 0
    detail.status.setCurrentIndex(detail.status.findData("selesai"))
    detail.save_button.click()
    assert detail.message.text() == "Status 'Selesai' memerlukan tanggal selesai realisasi."
    detail.actual_start.set_value(date(2024, 5, 21))
    detail.actual_end.set_value(date(2024, 5, 21))
    detail.person.setText("Drs. Asep Saepudin")
    detail.province_score.setText("A")
    detail.save_button.click()
    assert detail.message.text() == "Tersimpan."
    assert page.model.index(2, 2).data() == "Selesai"
    assert page.model.index(2, 4).data() == "21 Mei 2024"
    assert page.selected_progress_id() == page.model.rows[2].progress_id
    # The first save creates the progress row: one audited creation carrying the saved values.
    assert detail.history_table.rowCount() == 1 and detail.history_table.item(0, 3).text() == "dibuat"

    detail.output_name.setCurrentIndex(1)
    detail.output_number.setText("400.5.7/198/Bapelitbangda/2024")
    detail.output_date.set_value(date(2024, 5, 21))
    detail.add_output_button.click()
    assert detail.outputs_table.rowCount() == 1
    assert detail.outputs_table.item(0, 1).text() == "400.5.7/198/Bapelitbangda/2024"

    source = tmp_path / "berita-acara.pdf"
    source.write_bytes(b"%PDF-1.4 berita acara")
    monkeypatch.setattr(
        "desktop.ui.aksi.evidence_widget.QFileDialog.getOpenFileName", lambda *args, **kwargs: (str(source), "")
    )
    evidence = detail.evidence
    evidence.evidence_code.setCurrentIndex(evidence.evidence_code.findData("BERITA_ACARA"))
    with qtbot.waitSignal(evidence.add_finished, timeout=10_000):  # hashed and copied in the background
        evidence.add_button.click()
    assert evidence.table.rowCount() == 1
    assert evidence.table.item(0, 1).text() == "berita-acara.pdf"
    assert page.model.index(2, 6).data() == "1 (1/3 wajib)"
    assert evidence.checklist.item(0).text().startswith("✓ Berita acara")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    evidence.select_row(0)
    evidence.open_button.click()
    stored = list_evidence(window_context.app.session_factory, page.model.rows[2].progress_id)[0]
    assert opened and Path(opened[0].toLocalFile()) == window_context.app.files_dir / stored.stored_path
    with qtbot.waitSignal(evidence.add_finished, timeout=10_000):
        evidence.add_button.click()
    assert "sudah dilampirkan" in evidence.message.text()

    # Another year follows its own framework.
    page.year.setValue(2025)
    assert page.model.rowCount() == 6 and page.model.index(0, 0).data() == "Aksi Utama 1"
    assert not page.detail.isEnabled()


def test_checklist_grid_entry(window_context: WindowContext, qtbot: QtBot) -> None:
    page = _page(window_context, qtbot)
    page.tabs.setCurrentIndex(1)
    grid = page.checklists
    grid.month.setCurrentIndex(4)  # Mei
    model = grid.model
    template = get_template("3S4P")
    assert model.columnCount() == len(template.items) + 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "TPK terlatih"
    assert "Pastikan semua sasaran terdata" in model.headerData(
        4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    for column, item in enumerate(template.items, start=1):
        value = "Ya" if item.type == "ya_tidak" else "95,5"
        assert model.setData(model.index(0, column), value)
    assert model.index(0, len(template.items) + 1).data() == "Ya"
    assert not model.setData(model.index(1, 4), "120")
    assert "ditolak, harus angka 0-100" in grid.message.text()
    grid.save_button.click()
    assert grid.message.text() == f"Tersimpan: {len(template.items)} isian berubah."
    assert grid.summary.text().startswith("1 dari ")
    kecamatan = grid.kecamatan.currentData()
    saved = month_grid(window_context.app.session_factory, "3S4P", kecamatan, 2024, 5)
    assert saved[0].values["P1_TERDATA"] == 95.5 and saved[0].values["S1_TPK_TERLATIH"] is True


def test_prevalence_tab(window_context: WindowContext, qtbot: QtBot) -> None:
    page = _page(window_context, qtbot)
    widget = page.prevalence
    widget.year.setValue(2024)
    widget.kind.setCurrentIndex(1)
    widget.value.setValue(21.4)
    widget.save_button.click()
    assert widget.message.text() == "sumber data capaian wajib diisi (mis. SSGI, SKI, e-PPGBM)"
    widget.source.setCurrentText("SSGI")
    widget.save_button.click()
    assert widget.message.text() == "Angka tersimpan."
    assert widget.table.item(0, 3).text() == "21,4%"
    assert widget.table.item(0, 4).text() == "19,8% (SSGI)"


def test_print_overview(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> None:
    from pypdf import PdfReader

    page = _page(window_context, qtbot)
    target = tmp_path / "ikhtisar.pdf"
    with qtbot.waitSignal(page.printed, timeout=20_000) as printed:
        assert page.print_overview(target) is not None
        assert not page.print_button.isEnabled() and "Mencetak" in page.print_message.text()
    assert printed.args == [target] and page.print_button.isEnabled()
    reader = PdfReader(str(target))
    text = reader.pages[0].extract_text()
    assert "IKHTISAR PELAKSANAAN AKSI KONVERGENSI TAHUN 2024" in text
    assert "Rembuk Stunting" in text and "PEMERINTAH KABUPATEN LEBAK" in text
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (935, 609)  # F4 landscape
    assert "ikhtisar.pdf" in page.print_message.text()


def test_models_pass_qtmodeltester(window_context: WindowContext, qtmodeltester: ModelTester) -> None:
    factory = window_context.app.session_factory
    aksi = AksiTableModel(TODAY)
    aksi.set_rows(list_year(factory, 2024))
    qtmodeltester.check(aksi)
    checklist = ChecklistTableModel()
    checklist.set_rows(get_template("3S4P"), month_grid(factory, "3S4P", "36.02.18", 2024, 5))
    qtmodeltester.check(checklist)
    assert detail_of(factory, aksi.rows[0]).row.number == 1


def test_meeting_becomes_evidence_with_one_click(window_context: WindowContext, qtbot: QtBot) -> None:
    from db.models.meeting import Meeting

    factory = window_context.app.session_factory
    with factory() as session, session.begin():
        session.add(
            Meeting(
                title="Rembuk Stunting Kabupaten Lebak",
                meeting_type="REMBUK_STUNTING_KAB",
                level="kabupaten",
                region_code="36.02",
                meeting_date=date(2024, 5, 21),
            )
        )
    page = _page(window_context, qtbot)
    page.select_action(3)
    evidence = page.detail.evidence
    assert evidence.meetings.currentText() == "Rembuk Stunting Kabupaten Lebak, 21 Mei 2024"
    evidence.link_button.click()
    assert evidence.message.text() == "Rapat ditambahkan sebagai data dukung."
    assert evidence.table.item(0, 1).text() == "Rapat"
    assert not evidence.link_button.isEnabled()
    page.select_action(1)
    assert not page.detail.evidence.link_button.isEnabled()


def test_framework_file_is_loaded_or_refused_with_its_reason(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path
) -> None:
    import json

    from desktop.services.aksi.frameworks import shipped_framework_files

    page = _page(window_context, qtbot)
    shipped = next(p for p in shipped_framework_files() if p.name == "aksi-2019-2024.json")
    document = json.loads(shipped.read_text(encoding="utf-8"))
    document["revision"] = 2
    document["actions"][7]["name"] = "Reviu Kinerja Tahunan (revisi)"
    good = tmp_path / "revisi.json"
    good.write_text(json.dumps(document), encoding="utf-8")
    assert page.load_framework(good)
    assert (
        page.print_message.text() == "Kerangka aksi-2019-2024 (tahun 2019-2024, 8 aksi) dipasang."
    )  # viewing installed nothing
    assert page.model.index(7, 1).data() == "Reviu Kinerja Tahunan (revisi)"
    document["actions"][0]["outputs"] = []
    bad = tmp_path / "rusak.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert not page.load_framework(bad)
    assert page.print_message.text() == "Berkas kerangka aksi ditolak: actions[0].outputs: paling sedikit 1 butir"


def test_intervensi_serentak_opens_on_june(window_context: WindowContext, qtbot: QtBot) -> None:
    page = _page(window_context, qtbot)
    grid = page.checklists
    grid.template.setCurrentIndex(grid.template.findData("INTERVENSI_SERENTAK"))
    assert grid.month.currentText() == "Juni"
    assert grid.model.headerData(grid.model.columnCount() - 2, Qt.Orientation.Horizontal) == "Cakupan %"
    assert grid.model.setData(grid.model.index(0, grid.model.columnCount() - 2), "85")
    assert (
        grid.model.data(grid.model.index(0, grid.model.columnCount() - 2), Qt.ItemDataRole.ForegroundRole) is not None
    )


def test_evidence_for_an_action_not_started_creates_its_row_in_the_background(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path
) -> None:
    factory = window_context.app.session_factory
    page = _page(window_context, qtbot)
    page.year.setValue(2030)
    page.select_action(1)
    assert page.selected_progress_id() is None and "Belum ada catatan tahun ini" in page.detail.title.text()
    source = tmp_path / "ansit.pdf"
    source.write_bytes(b"%PDF-1.4 analisis situasi " * 1000)
    evidence = page.detail.evidence
    with qtbot.waitSignal(evidence.add_finished, timeout=10_000) as added:
        assert evidence.add_file(source) is not None
        assert not evidence.add_button.isEnabled()  # one copy at a time; the GUI stays responsive meanwhile
    assert added.args == [True] and evidence.table.rowCount() == 1
    assert page.selected_progress_id() is not None
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(AksiProgress)) == 1
    evidence.select_row(0)
    with qtbot.waitSignal(evidence.verify_selected().ended, timeout=10_000):  # type: ignore[union-attr]
        pass
    assert evidence.message.text() == "Berkas utuh: hash SHA-256 sama dengan saat dilampirkan."


def test_typed_dates_are_saved_and_invalid_ones_refused_under_the_field(
    window_context: WindowContext, qtbot: QtBot
) -> None:
    page = _page(window_context, qtbot)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.select_action(3)
    detail = page.detail
    detail.status.setCurrentIndex(detail.status.findData("selesai"))
    field = detail.actual_start
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    qtbot.keyClicks(field, "21052024")
    field = detail.actual_end
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    qtbot.keyClicks(field, "31-04-2024")  # April has 30 days
    qtbot.mouseClick(detail.person, Qt.MouseButton.LeftButton)
    assert detail.errors.error_text("actual_end") == "Tanggal 31-04-2024 tidak ada di kalender."
    assert detail.errors.error_label("actual_end").isVisible()
    detail.save_button.click()
    assert detail.message.text() == "Belum tersimpan: periksa tanggal yang ditandai merah."
    with window_context.app.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(AksiProgress)) == 0  # nothing saved
    # A date before the start: the service's refusal is shown under the end date.
    field.selectAll()
    qtbot.keyClicks(field, "20/05/2024")
    assert detail.errors.error_text("actual_end") == ""
    assert detail.message.text() == ""  # the "periksa tanggal" line went with the last marked field
    detail.save_button.click()
    assert (
        detail.errors.error_text("actual_end") == "Tanggal selesai realisasi lebih awal dari tanggal mulai realisasi."
    )
    field.selectAll()
    qtbot.keyClicks(field, "22.05.2024")
    detail.save_button.click()
    assert detail.message.text() == "Tersimpan."
    saved = list_year(window_context.app.session_factory, 2024)[2]
    assert (saved.actual_start, saved.actual_end) == (date(2024, 5, 21), date(2024, 5, 22))
