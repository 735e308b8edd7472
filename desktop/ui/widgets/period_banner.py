"""The banner a screen shows above data of an approved (locked) period, before anything is typed or saved."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.periods import LockInfo

BANNER_STYLE = "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; padding: 4px; }"


class PeriodLockBanner(QLabel):
    """Hidden while no lock applies; otherwise names the approved period, who approved it and when.

    Args:
        parent: the owning widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("period_lock_banner")
        self.setWordWrap(True)
        self.setStyleSheet(BANNER_STYLE)
        self.lock: LockInfo | None = None
        self.setVisible(False)

    def show_lock(self, lock: LockInfo | None) -> None:
        """Shows the lock's sentence, or hides the banner for None."""
        self.lock = lock
        self.setText(lock.refusal().message if lock is not None else "")
        self.setVisible(lock is not None)

    @property
    def locked(self) -> bool:
        """True while a lock is shown."""
        return self.lock is not None
