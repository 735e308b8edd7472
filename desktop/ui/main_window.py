"""The main window: navigation sidebar, one stacked page per module, menus and status bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop import APP_NAME
from desktop.domain.i18n import _
from desktop.services.office import get_office
from desktop.services.users import signed_in
from desktop.ui.about_dialog import AboutDialog
from desktop.ui.actions import MENUS, VIEW_MENU, ActionId, create_actions
from desktop.ui.closing_backup import ClosingBackup
from desktop.ui.pages import PAGES, PageSpec
from desktop.ui.task_progress import TaskProgress
from desktop.ui.ui_settings import UiSettings
from desktop.ui.widgets.opener import open_path
from desktop.ui.widgets.unsaved import page_has_unsaved_changes, page_may_leave
from desktop.ui.window_context import WindowContext

# The size a first window asks for; on a smaller screen (1366 x 768 laptops) it starts maximised instead.
DEFAULT_SIZE = QSize(1280, 800)
# Room for the window manager's title bar and borders, which the client geometry does not include.
FRAME_ALLOWANCE = QSize(16, 40)


def fitted_geometry(size: QSize, available: QRect, top_left: QPoint | None = None) -> QRect:
    """The client geometry of a window of ``size`` fitted inside the screen's ``available`` area.

    The size shrinks to what fits with the frame (:data:`FRAME_ALLOWANCE`), and the window moves so that it lies
    wholly inside ``available``; without ``top_left`` it is centred.

    Args:
        size: the wanted client size.
        available: the screen's available geometry (without task bars and panels).
        top_left: where the window was (a restored geometry), or None.

    Returns:
        The geometry to give the window.
    """
    width = max(1, min(size.width(), available.width() - FRAME_ALLOWANCE.width()))
    height = max(1, min(size.height(), available.height() - FRAME_ALLOWANCE.height()))
    left_margin = FRAME_ALLOWANCE.width() // 2
    top_margin = FRAME_ALLOWANCE.height() - left_margin  # the title bar is above the client area
    if top_left is None:
        x = available.x() + (available.width() - width) // 2
        y = available.y() + top_margin + (available.height() - FRAME_ALLOWANCE.height() - height) // 2
    else:
        x, y = top_left.x(), top_left.y()
    x = min(max(x, available.x() + left_margin), available.x() + available.width() - left_margin - width)
    y = min(max(y, available.y() + top_margin), available.y() + available.height() - left_margin - height)
    return QRect(x, y, width, height)


def fits(size: QSize, available: QRect) -> bool:
    """True when a window of client ``size`` and its frame fit in ``available``."""
    return (
        size.width() + FRAME_ALLOWANCE.width() <= available.width()
        and size.height() + FRAME_ALLOWANCE.height() <= available.height()
    )


class MainWindow(QMainWindow):
    """The application window.

    Pages are built lazily the first time they are shown, so start-up only pays for the first page.

    Args:
        context: the window context.
        pages: the pages to offer (all registered pages by default).
    """

    def __init__(self, context: WindowContext, pages: list[PageSpec] | None = None) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("main_window")
        self.page_specs = list(pages if pages is not None else PAGES)
        self._pages: dict[str, QWidget] = {}
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(150)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        for spec in self.page_specs:
            item = QListWidgetItem(self.style().standardIcon(spec.icon), spec.translated_title)
            item.setData(256, spec.key)
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # placeholder until first shown
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

        self.window_actions = create_actions(
            self,
            {
                ActionId.QUIT: self._on_quit,
                ActionId.OPEN_DATA_FOLDER: self._on_open_data_folder,
                ActionId.TOGGLE_SIDEBAR: self._on_toggle_sidebar,
                ActionId.SHOW_LOG: self._on_show_log,
                ActionId.ABOUT: self._on_about,
            },
        )
        self.page_actions: list[QAction] = []
        self._build_menus()
        self.task_progress = TaskProgress(self)
        self.closing_backup = ClosingBackup(self, self.context)
        self.statusBar().addPermanentWidget(self.task_progress)
        self.office_label = QLabel(self)
        self.office_label.setObjectName("office_label")
        self.statusBar().addPermanentWidget(self.office_label)
        self.user_label = QLabel(self)
        self.user_label.setObjectName("user_label")
        self.statusBar().addPermanentWidget(self.user_label)
        self._show_user()
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self._restore_state()
        self.refresh_office()
        self.update_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menus: dict[str, QMenu] = {}
        for title, items in MENUS:
            menu = menus[title] = bar.addMenu(_(title))
            for action_id in items:
                if action_id is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.window_actions[action_id])
        # One "go to page" action per page, at the end of the View menu.
        for index, spec in enumerate(self.page_specs):
            action = QAction(spec.translated_title, self)
            action.setObjectName(f"action_page_{spec.key}")
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            menus[VIEW_MENU].addAction(action)
            self.page_actions.append(action)

    def update_actions(self) -> None:
        """Brings the actions' enabled/checked state in line with the window."""
        log_path = self.context.app.log_path
        self.window_actions[ActionId.SHOW_LOG].setEnabled(log_path is not None and log_path.exists())
        self.window_actions[ActionId.TOGGLE_SIDEBAR].setChecked(self.navigation.isVisible() or not self.isVisible())

    def page(self, key: str) -> QWidget:
        """Returns a page, building it on first use."""
        if key not in self._pages:
            index = self._index(key)
            spec = self.page_specs[index]
            widget = spec.factory(self.context)
            placeholder = self.stack.widget(index)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.stack.insertWidget(index, widget)
            self._pages[key] = widget
            saved = getattr(widget, "office_saved", None)
            if saved is not None:
                saved.connect(self.refresh_office)
        return self._pages[key]

    def _index(self, key: str) -> int:
        for index, spec in enumerate(self.page_specs):
            if spec.key == key:
                return index
        raise KeyError(key)

    def show_page(self, key: str) -> QWidget:
        """Shows a page and selects it in the sidebar."""
        index = self._index(key)
        if self.navigation.currentRow() != index:
            self.navigation.setCurrentRow(index)  # switches through _on_navigation_current_row_changed
        else:
            self._switch_to(index)
        return self.page(key)

    def current_page_key(self) -> str:
        """Key of the page shown."""
        return self.page_specs[self.stack.currentIndex()].key

    def _switch_to(self, index: int) -> bool:
        """Shows page ``index``; False when the page shown has unsaved changes the user chose to keep."""
        key = self.page_specs[index].key
        current = self.stack.currentWidget()
        if current is not None and current in self._pages.values() and current is not self._pages.get(key):
            if not page_may_leave(current):
                self._select_row(self.stack.currentIndex())
                return False
        built = key in self._pages
        widget = self.page(key)
        if self.stack.currentWidget() is not widget:
            self.stack.setCurrentWidget(widget)
            refresh = getattr(widget, "refresh", None)
            # A page just built has loaded its data in its constructor; only a page shown again reloads.
            if built and callable(refresh):
                refresh()
        return True

    def _select_row(self, row: int) -> None:
        """Moves the sidebar's selection back without switching pages again."""
        blocked = self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(row)
        self.navigation.blockSignals(blocked)

    def confirm_close(self) -> bool:
        """Asks every built page about unsaved changes, the one shown first; False when the user kept one."""
        current = self.stack.currentWidget()
        pages = sorted(self._pages.values(), key=lambda page: page is not current)
        for page in pages:
            if page is not current and page_has_unsaved_changes(page):
                self.stack.setCurrentWidget(page)  # show the page whose changes the question is about
                self._select_row(self.stack.currentIndex())
            if not page_may_leave(page):
                return False
        return True

    @Slot(int)
    def _on_navigation_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.page_specs):
            self._switch_to(row)

    def _show_user(self) -> None:
        """The signed-in user and role in the status bar; nothing on a database without users."""
        current = signed_in(self.context.app.session_factory)
        self.user_label.setVisible(current is not None)
        if current is not None:
            self.user_label.setText(_("Pengguna: {name} ({role})").format(name=current[0], role=current[1].label))

    @Slot()
    def refresh_office(self) -> None:
        """Shows the office in the title and status bar (after the settings change)."""
        office = get_office(self.context.app.session_factory)
        name = f"{office.name} — {office.region_name}" if office else _("kantor belum diatur")
        self.setWindowTitle(f"{APP_NAME} — {name}")
        self.office_label.setText(name)
        home = self._pages.get("home")
        refresh = getattr(home, "refresh", None)
        if callable(refresh):
            refresh()

    def show_about(self) -> AboutDialog:
        """Opens Help → About (non-modal, so tests and users can keep working)."""
        dialog = AboutDialog(self.context.app, self)
        dialog.show()
        return dialog

    @Slot()
    def _on_quit(self) -> None:
        self.close()

    @Slot()
    def _on_about(self) -> None:
        self.show_about()

    @Slot()
    def _on_open_data_folder(self) -> None:
        open_path(self, self.context.app.data_dir)

    @Slot()
    def _on_show_log(self) -> None:
        if self.context.app.log_path is not None:
            open_path(self, self.context.app.log_path)

    @Slot(bool)
    def _on_toggle_sidebar(self, checked: bool = True) -> None:
        self.navigation.setVisible(checked)

    def _restore_state(self) -> None:
        settings = self.context.ui_settings
        geometry = settings.geometry(UiSettings.WINDOW_GEOMETRY)
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.setGeometry(fitted_geometry(DEFAULT_SIZE, available))
            if not fits(DEFAULT_SIZE, available):
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        elif not self.isMaximized() and not self.isFullScreen():
            # A geometry saved on a bigger monitor (or before a resolution change) is fitted to this screen.
            restored = self.geometry()
            screen = QGuiApplication.screenAt(restored.center()) or screen
            available = screen.availableGeometry()
            if not available.contains(restored) or not fits(restored.size(), available):
                self.setGeometry(fitted_geometry(restored.size(), available, restored.topLeft()))
        state = settings.geometry(UiSettings.WINDOW_STATE)
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([210, max(self.width() - 210, 400)])
        key = settings.text(UiSettings.CURRENT_PAGE, "home")
        keys = [spec.key for spec in self.page_specs]
        self.show_page(key if key in keys else keys[0])

    def save_state(self) -> None:
        """Writes geometry, splitter and current page to the UI-state file."""
        settings = self.context.ui_settings
        settings.set_geometry(UiSettings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.set_geometry(UiSettings.WINDOW_STATE, self.splitter.saveState())
        settings.set_text(UiSettings.CURRENT_PAGE, self.current_page_key())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Asks about unsaved changes, saves the window state, then lets running tasks finish."""
        if not self.confirm_close() or self.closing_backup.hold_close():
            event.ignore()
            return
        self.save_state()
        self.context.runner.drain()
        super().closeEvent(event)
