"""The unsaved-changes guard: the tracker, the question, and the main window asking before it switches or closes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.pages import PageSpec
from desktop.ui.widgets.dialogs import confirm_delete
from desktop.ui.widgets.unsaved import DirtyTracker, settle_unsaved
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.dialog_answers import DialogAnswers


class _EditorPage(QWidget):
    """A page with one text field, implementing the page and editor protocols like the real pages do."""

    def __init__(self, _context: WindowContext) -> None:
        super().__init__()
        self.field = QLineEdit(self)
        self.stored = ""
        self.tracker = DirtyTracker(self)
        self.tracker.watch(self.field)
        QVBoxLayout(self).addWidget(self.field)

    def has_unsaved_changes(self) -> bool:
        return self.tracker.is_dirty

    def save_changes(self) -> bool:
        if not self.field.text():
            return False  # a real editor shows why
        self.stored = self.field.text()
        self.tracker.mark_clean()
        return True

    def discard_changes(self) -> None:
        with self.tracker.loading():
            self.field.setText(self.stored)

    def unsaved_title(self) -> str:
        return "catatan"

    def confirm_leave(self) -> bool:
        return settle_unsaved(self, self)


def _window(context: WindowContext, qtbot: QtBot) -> tuple[MainWindow, _EditorPage]:
    from PySide6.QtWidgets import QStyle

    pages = [
        PageSpec("edit", "Edit", QStyle.StandardPixmap.SP_DirHomeIcon, _EditorPage),
        PageSpec("other", "Lain", QStyle.StandardPixmap.SP_DirHomeIcon, lambda _c: QWidget()),
    ]
    window = MainWindow(context, pages)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("edit")
    assert isinstance(page, _EditorPage)
    return window, page


def test_tracker_counts_input_not_loading(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    line, combo, day = QLineEdit(holder), QComboBox(holder), QDateEdit(holder)
    combo.addItems(["a", "b"])
    tracker = DirtyTracker(holder)
    tracker.watch(line, combo, day)
    with tracker.loading():
        line.setText("dari basis data")
        combo.setCurrentIndex(1)
    assert not tracker.is_dirty
    with qtbot.waitSignal(tracker.dirty_changed):
        combo.setCurrentIndex(0)
    assert tracker.is_dirty
    tracker.mark_clean()
    qtbot.keyClicks(line, "x")
    assert tracker.is_dirty


def test_switching_page_with_unsaved_input_asks_and_cancel_stays(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    window, page = _window(window_context, qtbot)
    qtbot.keyClicks(page.field, "Rapat Januari")
    dialogs.answer("unsaved_cancel")
    window.navigation.setCurrentRow(1)
    assert window.current_page_key() == "edit"
    assert window.navigation.currentRow() == 0
    assert page.field.text() == "Rapat Januari"
    assert dialogs.asked[0][0] == "unsaved_question" and "catatan" in dialogs.asked[0][1]


def test_switching_page_save_or_discard_goes_on(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    window, page = _window(window_context, qtbot)
    qtbot.keyClicks(page.field, "disimpan")
    dialogs.answer("unsaved_save")
    window.navigation.setCurrentRow(1)
    assert window.current_page_key() == "other" and page.stored == "disimpan"
    window.show_page("edit")
    qtbot.keyClicks(page.field, " lagi")
    dialogs.answer("unsaved_discard")
    window.show_page("other")
    assert window.current_page_key() == "other" and page.field.text() == "disimpan"


def test_failed_save_keeps_the_page(window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    window, page = _window(window_context, qtbot)
    qtbot.keyClicks(page.field, "x")
    page.field.clear()  # dirty, but the editor refuses to save an empty field
    dialogs.answer("unsaved_save")
    window.show_page("other")
    assert window.current_page_key() == "edit"


def test_closing_the_window_asks_and_can_be_refused(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    window, page = _window(window_context, qtbot)
    window.show_page("other")
    page.tracker.mark_dirty()
    dialogs.answer("unsaved_cancel")
    assert not window.close()
    assert window.isVisible() and window.current_page_key() == "edit"  # shown the page the question is about
    dialogs.answer("unsaved_discard")
    assert window.close()


def test_delete_confirmation_defaults_to_keeping(qtbot: QtBot, dialogs: DialogAnswers) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    dialogs.answer("delete_cancel", "delete_confirm")
    assert not confirm_delete(holder, "berkas 'SK Tim.pdf'")
    assert confirm_delete(holder, "berkas 'SK Tim.pdf'")
    assert dialogs.asked[0] == ("delete_question", "Hapus berkas 'SK Tim.pdf'?")
