"""Which backups to keep: the daily / weekly / monthly rotation, in plain Python with the clock passed in.

The rule is the one of Litestream, borg and GnuCash: walking from the newest backup back, keep the newest backup
of each of the last ``daily`` days that have one, of each of the last ``weekly`` ISO weeks and of each of the last
``monthly`` months. Backups made before a schema migration or before a restore are kept as well (the newest
``special`` of each kind), because they hold what no later backup does. The newest backup is always kept.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.i18n import N_, _


class BackupReason(StrEnum):
    """Why a backup was made (recorded in its manifest and in its file name)."""

    MANUAL = "manual"
    ON_CLOSE = "tutup"
    BEFORE_MIGRATION = "sebelum-migrasi"
    BEFORE_RESTORE = "sebelum-pemulihan"
    BEFORE_ENCRYPTION = "sebelum-enkripsi"
    BEFORE_REKEY = "sebelum-ganti-kunci"
    BEFORE_IMPORT = "sebelum-impor"

    @property
    def label(self) -> str:
        """The reason in the interface language."""
        return _(_REASON_LABELS[self])


_REASON_LABELS = {
    BackupReason.MANUAL: N_("manual"),
    BackupReason.ON_CLOSE: N_("otomatis saat aplikasi ditutup"),
    BackupReason.BEFORE_MIGRATION: N_("sebelum migrasi skema"),
    BackupReason.BEFORE_RESTORE: N_("sebelum pemulihan"),
    BackupReason.BEFORE_ENCRYPTION: N_("sebelum enkripsi"),
    BackupReason.BEFORE_REKEY: N_("sebelum penggantian kunci database"),
    BackupReason.BEFORE_IMPORT: N_("sebelum impor paket pertukaran"),
}

SPECIAL_REASONS = (
    BackupReason.BEFORE_MIGRATION,
    BackupReason.BEFORE_RESTORE,
    BackupReason.BEFORE_ENCRYPTION,
    BackupReason.BEFORE_REKEY,
    BackupReason.BEFORE_IMPORT,
)

# The dashboard warns when the newest good backup is older than this many days.
WARN_AFTER_DAYS = 7


@dataclass(frozen=True, slots=True)
class RotationPolicy:
    """How many backups to keep per period (all at least 0).

    Attributes:
        daily: newest backup of each of the last ``daily`` days with a backup.
        weekly: newest backup of each of the last ``weekly`` ISO weeks with a backup.
        monthly: newest backup of each of the last ``monthly`` months with a backup.
        special: newest backups kept of each special reason (before a migration, before a restore).
    """

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    special: int = 2

    def __post_init__(self) -> None:
        if min(self.daily, self.weekly, self.monthly, self.special) < 0:
            raise ValueError("rotation counts must not be negative")


@dataclass(frozen=True, slots=True)
class Dated:
    """One backup as the rotation sees it: when it was made and why."""

    created: datetime
    reason: BackupReason


def _newest_per_period(items: Sequence[Dated], count: int, period: Callable[[datetime], Hashable]) -> set[Dated]:
    kept: set[Dated] = set()
    seen: set[Hashable] = set()
    for item in items:
        if len(seen) >= count:
            break
        key = period(item.created)
        if key not in seen:
            seen.add(key)
            kept.add(item)
    return kept


def _week(moment: datetime) -> Hashable:
    iso = moment.isocalendar()
    return (iso.year, iso.week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def _day(moment: datetime) -> date:
    return moment.date()


def backups_to_keep(backups: Sequence[Dated], policy: RotationPolicy) -> set[Dated]:
    """Chooses the backups the rotation keeps.

    Args:
        backups: every backup in the folder, in any order (times in one time zone, the local one in practice).
        policy: the counts.

    Returns:
        The backups to keep; the others may be deleted.
    """
    newest_first = sorted(backups, key=lambda item: item.created, reverse=True)
    if not newest_first:
        return set()
    kept = {newest_first[0]}
    kept |= _newest_per_period(newest_first, policy.daily, _day)
    kept |= _newest_per_period(newest_first, policy.weekly, _week)
    kept |= _newest_per_period(newest_first, policy.monthly, _month)
    for reason in SPECIAL_REASONS:
        kept |= set([item for item in newest_first if item.reason is reason][: policy.special])
    return kept


def backup_is_stale(last_good: datetime | None, now: datetime, days: int = WARN_AFTER_DAYS) -> bool:
    """True when there is no good backup or the newest is more than ``days`` days old."""
    return last_good is None or (now - last_good).total_seconds() > days * 86_400


@dataclass(frozen=True, slots=True)
class BackupSettings:
    """Where backups go and how many are kept (Pengaturan, kept per computer in ``preferences.ini``).

    Attributes:
        folder: the backup folder; None means ``cadangan`` in the data folder.
        second_folder: a second folder (external disk, USB stick) that receives a copy of each backup, or None.
        policy: the rotation.
    """

    folder: str | None = None
    second_folder: str | None = None
    policy: RotationPolicy = RotationPolicy()
