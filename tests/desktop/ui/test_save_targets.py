"""Every save dialog checks its target before any work starts (issue #17), through the one shared check
(desktop/ui/widgets/save_target.py): a device and a folder that cannot be written each get one sentence in the
family's own label, and nothing runs or is written. Families: the import dialogs (KRS template, child list's
rejected rows), the cases page (desa list), Aksi (year overview), meeting print, exchange (office card, period
submission) and the audit export."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.services.meetings.meeting_service import get_meeting
from desktop.ui.audit.audit_page import AuditPage
from desktop.ui.cases.case_import_dialog import CaseImportDialog
from desktop.ui.cases.cases_page import CasesPage
from desktop.ui.exchange.exchange_page import ExchangePage
from desktop.ui.exchange.period_tab import PeriodTab
from desktop.ui.krs.import_dialog import KrsImportDialog
from desktop.ui.meetings.print_row import PrintRow
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.aksi.conftest import open_aksi_page
from tests.desktop.ui.cases.conftest import settle
from tests.desktop.ui.cases.test_case_import_dialog import BAD, HEADER
from tests.desktop.ui.settings.test_letterheads_section import _meeting

DEVICE = Path("/dev/full")
Attempt = Callable[[WindowContext, QtBot, Path, Path], str]


def _unwritable(folder: Path) -> Path:
    """A folder new files cannot be made in: read-only by its mode; for root (who ignores modes) sysfs."""
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        handle, probe = tempfile.mkstemp(dir=folder)
    except OSError:
        return folder
    os.close(handle)
    os.unlink(probe)
    folder.chmod(stat.S_IRWXU)
    sysfs = Path("/sys")
    try:
        handle, probe = tempfile.mkstemp(dir=sysfs)
    except OSError:
        return sysfs
    os.close(handle)
    os.unlink(probe)
    pytest.skip("no folder here refuses new files (root, and no sysfs)")


@pytest.fixture(params=["device", "unwritable"])
def refused_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A target that must be refused, and a word of the sentence that says why."""
    if request.param == "device":
        if not DEVICE.exists():
            pytest.skip("needs a device file (/dev/full)")
        yield DEVICE, "bukan berkas biasa"
        return
    folder = _unwritable(tmp_path / "hanya-baca")
    yield folder / "keluaran.pdf", "izin"
    if folder.is_relative_to(tmp_path):
        folder.chmod(stat.S_IRWXU)


def _krs_template(context: WindowContext, qtbot: QtBot, tmp_path: Path, target: Path) -> str:
    listed = tmp_path / "krs.csv"
    listed.write_text("Kode Desa;Nama Kepala Keluarga\n36.02.18.2004;Ujang\n", encoding="utf-8")
    dialog = KrsImportDialog(context, listed)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.save_template(target) is None
    return dialog.message.text()


def _case_rejected(context: WindowContext, qtbot: QtBot, tmp_path: Path, target: Path) -> str:
    listed = tmp_path / "anak.csv"
    listed.write_text(HEADER + BAD, encoding="utf-8")
    dialog = CaseImportDialog(context.app.session_factory, context.runner, app=context.app)
    qtbot.addWidget(dialog)
    dialog.set_path(listed)
    qtbot.waitUntil(lambda: dialog.handle is None and dialog.checked is not None, timeout=10_000)
    assert dialog.save_rejected(target) is None
    return dialog.summary.text()


def _desa_list(context: WindowContext, qtbot: QtBot, _tmp_path: Path, target: Path) -> str:
    page = CasesPage(context)
    qtbot.addWidget(page)
    settle(page)
    page.kecamatan.setCurrentIndex(page.kecamatan.findData("36.02.18"))
    page.desa.setCurrentIndex(page.desa.findData("36.02.18.2004"))
    settle(page)
    assert page.print_desa_list(target, open_after=False) is None
    assert not page.busy
    return page.message.text()


def _aksi_overview(context: WindowContext, qtbot: QtBot, _tmp_path: Path, target: Path) -> str:
    page = open_aksi_page(context, qtbot)
    assert page.print_overview(target) is None and page.printing is None
    assert page.print_button.isEnabled()
    return page.print_message.text()


def _meeting_print(context: WindowContext, qtbot: QtBot, _tmp_path: Path, target: Path) -> str:
    _series, meeting = _meeting(context)
    row = PrintRow(context)
    qtbot.addWidget(row)
    row.open_after.setChecked(False)
    row.set_meeting(meeting, get_meeting(context.app.session_factory, meeting), [])
    said: list[str] = []
    row.message.connect(said.append)
    row.print_document(target)
    assert row.print_button.isEnabled()  # no print started
    return " ".join(said)


def _office_card(
    context: WindowContext, qtbot: QtBot, _tmp_path: Path, target: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), "")))
    page = ExchangePage(context)
    qtbot.addWidget(page)
    page._on_card_clicked()
    return page.message.text()


def _period_submission(context: WindowContext, qtbot: QtBot, _tmp_path: Path, target: Path) -> str:
    label = QLabel()
    tab = PeriodTab(context, label)
    qtbot.addWidget(tab)
    tab.submit_to(target, "3602-000000")
    return tab.result.text()


def _audit_export(context: WindowContext, qtbot: QtBot, _tmp_path: Path, target: Path) -> str:
    page = AuditPage(context)
    qtbot.addWidget(page)
    assert page.export(target) is None
    assert page.export_button.isEnabled()
    return page.message.text()


FAMILIES: dict[str, Callable[..., str]] = {
    "krs-import-template": _krs_template,
    "case-import-rejected": _case_rejected,
    "cases-desa-list": _desa_list,
    "aksi-overview": _aksi_overview,
    "meeting-print": _meeting_print,
    "exchange-card": _office_card,
    "exchange-period": _period_submission,
    "audit-export": _audit_export,
}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_every_save_dialog_refuses_a_target_it_cannot_write(
    window_context: WindowContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    refused_target: tuple[Path, str],
    family: str,
) -> None:
    target, word = refused_target
    attempt = FAMILIES[family]
    if family == "exchange-card":
        text = attempt(window_context, qtbot, tmp_path, target, monkeypatch)
    else:
        text = attempt(window_context, qtbot, tmp_path, target)
    assert word in text and str(target) in text, text
    assert "\n" not in text and "Traceback" not in text
    if target != DEVICE:
        assert not target.exists() and not list(target.parent.glob(".keluaran*"))
