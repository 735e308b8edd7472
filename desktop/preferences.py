"""Preferences of the person at this computer that the window and the command line both follow.

Kept in ``preferences.ini`` in the data folder (plain ``configparser``, no Qt), beside ``ui-state.ini`` (window
geometry, Qt's). Office-wide settings live in the database instead (``office`` table). Today one preference: the
interface language (``[interface] language = id|en``); ``$KONVERGENSI_LANGUAGE`` overrides it for one run.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from desktop.domain.atomic_file import atomic_write_bytes
from desktop.domain.backups import BackupSettings, RotationPolicy
from desktop.domain.i18n import LANGUAGES, SOURCE_LANGUAGE

PREFERENCES_FILE = "preferences.ini"
LANGUAGE_ENV = "KONVERGENSI_LANGUAGE"


def _read(data_dir: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser()
    path = data_dir / PREFERENCES_FILE
    try:
        parser.read_string(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, configparser.Error):
        pass  # no file yet, or one a person broke by hand: the defaults apply
    return parser


def saved_language(data_dir: Path) -> str:
    """The interface language chosen in Pengaturan (Indonesian when none was chosen or the file is unreadable)."""
    code = _read(data_dir).get("interface", "language", fallback=SOURCE_LANGUAGE).strip()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def interface_language(data_dir: Path) -> str:
    """The language to speak in this run: ``$KONVERGENSI_LANGUAGE`` when set to a known code, else the saved one."""
    override = os.environ.get(LANGUAGE_ENV, "").strip()
    return override if override in LANGUAGES else saved_language(data_dir)


def save_language(data_dir: Path, code: str) -> None:
    """Remembers the interface language (written atomically, other preferences kept).

    Raises:
        ValueError: an unknown language code (a programming error: the choice comes from :data:`LANGUAGES`).
    """
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    parser = _read(data_dir)
    if not parser.has_section("interface"):
        parser.add_section("interface")
    parser.set("interface", "language", code)
    _write(data_dir, parser)


def _write(data_dir: Path, parser: configparser.ConfigParser) -> None:
    lines: list[str] = []
    for section in parser.sections():
        lines.append(f"[{section}]")
        lines.extend(f"{key} = {value}" for key, value in parser.items(section))
        lines.append("")
    data_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(data_dir / PREFERENCES_FILE, "\n".join(lines).encode("utf-8"))


def _count(parser: configparser.ConfigParser, key: str, default: int) -> int:
    try:
        value = parser.getint("backup", key, fallback=default)
    except ValueError:
        return default
    return value if 0 <= value <= 1000 else default


def backup_settings(data_dir: Path) -> BackupSettings:
    """The backup folder, second folder and rotation chosen in Pengaturan (``[backup]``; defaults when unset)."""
    parser = _read(data_dir)
    default = RotationPolicy()
    policy = RotationPolicy(
        daily=_count(parser, "daily", default.daily),
        weekly=_count(parser, "weekly", default.weekly),
        monthly=_count(parser, "monthly", default.monthly),
        special=_count(parser, "special", default.special),
    )
    folder = parser.get("backup", "folder", fallback="").strip() or None
    second = parser.get("backup", "second_folder", fallback="").strip() or None
    return BackupSettings(folder=folder, second_folder=second, policy=policy)


def save_backup_settings(data_dir: Path, settings: BackupSettings) -> None:
    """Remembers the backup settings (written atomically, other preferences kept)."""
    parser = _read(data_dir)
    if not parser.has_section("backup"):
        parser.add_section("backup")
    parser.set("backup", "folder", settings.folder or "")
    parser.set("backup", "second_folder", settings.second_folder or "")
    for key in ("daily", "weekly", "monthly", "special"):
        parser.set("backup", key, str(getattr(settings.policy, key)))
    _write(data_dir, parser)
