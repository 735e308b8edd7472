"""Qt's own texts (standard buttons, file and print dialogs) in Indonesian, through a compiled Qt Linguist file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from desktop.ui.translations import compiled_translation, install_translations


def test_qt_standard_buttons_speak_indonesian(qtbot: QtBot, tmp_path: Path) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    installed = install_translations(app, tmp_path / "cache")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
        assert QCoreApplication.translate("QWizard", "&Next >") == "&Berikutnya >"
        assert list((tmp_path / "cache").glob("qtbase_id-*.qm"))  # compiled once into the cache, not committed
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_a_compiled_qt_catalogue_replaces_the_source_text(qtbot: QtBot, tmp_path: Path) -> None:
    ts_file = tmp_path / "qtbase_xx.ts"
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="id">'
        "<context><name>QPlatformTheme</name><message><source>Apply</source><translation>Pakai-xx</translation>"
        "</message></context></TS>",
        encoding="utf-8",
    )
    qm = compiled_translation(ts_file, tmp_path / "cache")
    assert qm is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Apply") == "Pakai-xx"
    finally:
        app.removeTranslator(translator)


def test_english_keeps_qt_standard_texts_in_english(qtbot: QtBot, tmp_path: Path) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    assert install_translations(app, tmp_path / "cache", "en") == []
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert not (tmp_path / "cache").exists()  # nothing compiled for a language that needs no Qt catalogue


def test_qt_file_and_print_dialogs_speak_indonesian(qtbot: QtBot, tmp_path: Path) -> None:
    # PySide6 ships no qtbase_id.qm: our own catalogue translates Qt's file and print dialogs.
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    app = QCoreApplication.instance()
    assert app is not None
    installed = install_translations(app, tmp_path / "cache")
    try:
        dialog = QFileDialog(None, "Simpan laporan", str(tmp_path), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "&Cari di:"
        assert labels["fileNameLabel"] == "&Nama berkas:"
        assert labels["fileTypeLabel"] == "&Jenis berkas:"
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert buttons is not None
        assert {button.text() for button in buttons.buttons()} == {"&Simpan", "Batal"}
        printer = QPrinter()
        preview = QPrintPreviewDialog(printer)
        qtbot.addWidget(preview)
        texts = {action.text() for action in preview.findChildren(QAction)}
        assert {"Halaman berikutnya", "Perbesar", "Pengaturan halaman", "Cetak"} <= texts
    finally:
        for translator in installed:
            app.removeTranslator(translator)
