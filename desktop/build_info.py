"""Which build is running: the record the Windows build writes into the package, or "from source".

``installer/build.py`` writes ``desktop/build_info.json`` beside this module in the installed program (version,
build time, commit, the bundled Python and Qt versions); a source checkout or a developer's wheel has none. The
command line (``konvergensi --version``) and Help → About show it, with the Python and Qt actually running.
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.domain.i18n import N_, _

BUILD_INFO_FILE = Path(__file__).with_name("build_info.json")
FROM_SOURCE = N_("dari kode sumber")


@dataclass(frozen=True)
class BuildInfo:
    """What was built, and when.

    Attributes:
        version: the package version.
        built: build time (``2026-12-01 11:36 UTC``), None when running from source.
        commit: the source commit it was built from (``+`` when the checkout had changes), None from source.
        target: ``windows-amd64`` for the Windows installer, None from source.
    """

    version: str
    built: str | None = None
    commit: str | None = None
    target: str | None = None

    def describe(self) -> str:
        """One line: ``build 2026-12-01 11:36 UTC, commit 5eca060, windows-amd64`` or ``dari kode sumber``."""
        if self.built is None:
            return _(FROM_SOURCE)
        parts = [f"build {self.built}"]
        if self.commit:
            parts.append(f"commit {self.commit}")
        if self.target:
            parts.append(self.target)
        return ", ".join(parts)


def build_info(path: Path = BUILD_INFO_FILE) -> BuildInfo:
    """Reads the build record; a missing or unreadable one means the program runs from source."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return BuildInfo(version=__version__)
    if not isinstance(data, dict):
        return BuildInfo(version=__version__)
    return BuildInfo(
        version=__version__,
        built=str(data["built"]) if data.get("built") else None,
        commit=str(data["commit"]) if data.get("commit") else None,
        target=str(data["target"]) if data.get("target") else None,
    )


def runtime_line(qt_version: str | None, pyside_version: str | None) -> str:
    """``Python 3.11.9, Qt 6.9.3 (PySide6 6.9.3)``; Qt is left out when it cannot be loaded."""
    line = f"Python {platform.python_version()}"
    if qt_version:
        line += f", Qt {qt_version}" + (f" (PySide6 {pyside_version})" if pyside_version else "")
    else:
        line += ", " + _("Qt tidak tersedia")
    return line
