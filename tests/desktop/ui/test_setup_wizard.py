"""The first-start wizard, clicked through as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.paths import resource_path
from desktop.services.office import get_office
from desktop.ui.settings.setup_wizard import SetupWizard
from tests.desktop.ui.dialog_answers import DialogAnswers


def _next(wizard: SetupWizard, qtbot: QtBot) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_wizard_refuses_empty_fields_then_saves_the_office(region_context: AppContext, qtbot: QtBot) -> None:
    wizard = SetupWizard(region_context.session_factory)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard, qtbot)  # intro → identity
    identity_page = wizard.currentId()
    _next(wizard, qtbot)  # refused: nothing filled in
    assert wizard.currentId() == identity_page
    assert wizard.identity.error_text("region_code") == "Pilih kabupaten/kota dari daftar wilayah."
    assert wizard.identity.error_text("name") == "Nama kantor wajib diisi."

    # The region is found by typing part of its name and picking it from the completer's list.
    region = wizard.identity.region
    qtbot.keyClicks(region, "lebak")
    popup = region.completer().popup()
    assert popup.isVisible()
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert region.text() == "Kabupaten Lebak — Banten (36.02)"
    assert region.code() == "36.02"
    qtbot.keyClicks(wizard.identity.name, "Badan Perencanaan Pembangunan Daerah")
    qtbot.keyClicks(wizard.identity.address, "Jl. Abdi Negara No. 3, Rangkasbitung")
    qtbot.keyClicks(wizard.identity.city, "Rangkasbitung")
    qtbot.keyClicks(wizard.identity.email, "bappeda@lebakkab")
    _next(wizard, qtbot)
    assert wizard.currentId() == identity_page
    assert wizard.identity.error_text("email") == "Alamat e-mail tidak sah."
    qtbot.keyClicks(wizard.identity.email, ".go.id")
    _next(wizard, qtbot)
    assert wizard.currentId() == identity_page + 1

    wizard.emblem.load_file(resource_path("assets", "emblem_placeholder.png"))
    assert not wizard.emblem.preview.pixmap().isNull()
    _next(wizard, qtbot)

    qtbot.keyClicks(wizard.head.head_name, "Dr. H. Ahmad Fauzi, S.E., M.Si.")
    qtbot.keyClicks(wizard.head.head_position, "Kepala Bappeda Kabupaten Lebak")
    wizard.head.head_rank.setCurrentText("Pembina Utama Muda (IV/c)")
    qtbot.keyClicks(wizard.head.head_nip, "19720315 199803 3 004")
    _next(wizard, qtbot)
    assert wizard.head.error_text("head_nip") == "Angka ke-15 NIP (jenis kelamin) harus 1 atau 2."
    wizard.head.head_nip.clear()
    qtbot.keyClicks(wizard.head.head_nip, "19720315 199803 1 004")
    _next(wizard, qtbot)

    wizard.document.paper_size.setCurrentIndex(wizard.document.paper_size.findData("A4"))
    with qtbot.waitSignal(wizard.accepted, timeout=2000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    office = get_office(region_context.session_factory)
    assert office is not None
    assert (office.region_code, office.name, office.head_nip, office.paper_size) == (
        "36.02",
        "Badan Perencanaan Pembangunan Daerah",
        "197203151998031004",
        "A4",
    )
    assert office.emblem_png == resource_path("assets", "emblem_placeholder.png").read_bytes()


def test_wizard_with_typed_input_asks_before_closing(
    region_context: AppContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    wizard = SetupWizard(region_context.session_factory)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # nothing typed yet: closes without a question
    assert not wizard.isVisible() and dialogs.asked == []
    wizard.show()
    _next(wizard, qtbot)
    qtbot.keyClicks(wizard.identity.name, "Bappeda Lebak")
    dialogs.answer("confirm_no")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible() and wizard.identity.name.text() == "Bappeda Lebak"
    assert dialogs.asked[0][0] == "confirm_question" and "akan hilang" in dialogs.asked[0][1]
    dialogs.answer("confirm_yes")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible() and get_office(region_context.session_factory) is None


def test_wizard_errors_go_as_soon_as_the_field_is_corrected(region_context: AppContext, qtbot: QtBot) -> None:
    wizard = SetupWizard(region_context.session_factory)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard, qtbot)  # intro → identity
    _next(wizard, qtbot)  # refused: nothing filled in
    identity = wizard.identity
    name_error = identity.errors.error_label("name")
    assert name_error.isVisible() and name_error.text() == "Nama kantor wajib diisi."
    assert "#b00020" in name_error.styleSheet() and identity.name.property("fieldError") is True
    assert name_error.parentWidget() is identity.name.parentWidget()  # under its own field
    qtbot.keyClicks(identity.name, "Bappeda")
    assert not name_error.isVisible() and identity.error_text("name") == ""
    assert identity.name.property("fieldError") is False
    # The other field's error stays until that field is corrected.
    assert identity.error_text("region_code") == "Pilih kabupaten/kota dari daftar wilayah."
    qtbot.keyClicks(identity.region, "lebak")
    assert identity.error_text("region_code") == ""


def test_emblem_error_goes_when_another_image_is_chosen(region_context: AppContext, qtbot: QtBot) -> None:
    wizard = SetupWizard(region_context.session_factory)
    qtbot.addWidget(wizard)
    wizard.emblem.show_problems({"emblem_png": "Berkas lambang bukan gambar PNG atau JPEG."})
    assert wizard.emblem.error_text("emblem_png")
    wizard.emblem.load_file(resource_path("assets", "emblem_placeholder.png"))
    assert wizard.emblem.error_text("emblem_png") == ""
