"""The main window's actions as a registry keyed by an enum; menus are declared as data."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.domain.i18n import N_, _


class ActionId(enum.Enum):
    """Every action of the main window."""

    QUIT = enum.auto()
    OPEN_DATA_FOLDER = enum.auto()
    TOGGLE_SIDEBAR = enum.auto()
    SHOW_LOG = enum.auto()
    ABOUT = enum.auto()


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """How one action looks: text (with ``&`` accelerator, ``…`` when it opens a dialog), shortcut, tip."""

    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    checkable: bool = False


def action_specs() -> dict[ActionId, ActionSpec]:
    """The texts of every action, translated at call time."""
    return {
        ActionId.QUIT: ActionSpec(
            _("&Keluar"),
            QKeySequence.StandardKey.Quit,
            _("Tutup aplikasi"),
        ),
        ActionId.OPEN_DATA_FOLDER: ActionSpec(
            _("Buka &folder data"),
            None,
            _("Buka folder data di pengelola berkas"),
        ),
        ActionId.TOGGLE_SIDEBAR: ActionSpec(
            _("&Panel navigasi"),
            "Ctrl+B",
            _("Tampilkan/sembunyikan panel"),
            True,
        ),
        ActionId.SHOW_LOG: ActionSpec(
            _("Buka berkas &log"),
            None,
            _("Buka berkas log aplikasi"),
        ),
        ActionId.ABOUT: ActionSpec(
            _("&Tentang Konvergensi…"),
            None,
            _("Versi, folder data dan lokasi database"),
        ),
    }


VIEW_MENU = N_("&Tampilan")

# (menu title, action ids; None is a separator). Page actions are added to the View menu by the window.
# Titles are marked with N_() for the catalogue and translated when the menus are built.
MENUS: tuple[tuple[str, tuple[ActionId | None, ...]], ...] = (
    (N_("&Berkas"), (ActionId.OPEN_DATA_FOLDER, None, ActionId.QUIT)),
    (VIEW_MENU, (ActionId.TOGGLE_SIDEBAR, None)),
    (N_("Ban&tuan"), (ActionId.SHOW_LOG, None, ActionId.ABOUT)),
)


def create_actions(parent: QWidget, handlers: dict[ActionId, Callable[[], None]]) -> dict[ActionId, QAction]:
    """Creates every action, connected to its handler.

    Args:
        parent: owner of the actions.
        handlers: the slot of each action.

    Returns:
        The actions by id.
    """
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in action_specs().items():
        action = QAction(spec.text, parent)
        action.setObjectName(f"action_{action_id.name.lower()}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setStatusTip(spec.tip)
        action.setCheckable(spec.checkable)
        handler = handlers.get(action_id)
        if handler is not None:
            action.triggered.connect(handler)
        actions[action_id] = action
    return actions
