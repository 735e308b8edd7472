"""Checks a built installer without running it: ``python installer/check_installer.py dist/Konvergensi-Setup-*.exe``.

``file`` must call it a 64-bit Windows program (PE32+; its magic names Nullsoft only for 32-bit stubs) and 7-Zip a
64-bit NSIS archive (``Type = Nsis``, ``64-bit = +``); ``7z l`` must list the payload a start
needs (the interpreter, Qt's widgets, the Windows platform plugin, our package, the compiled Qt translation, both
launchers) and none of the parts the build trims away; and it must stay under the size budget.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SIZE_BUDGET = 60 * 1000 * 1000
EXPECTED = (
    "konvergensi.exe",
    "konvergensiw.exe",
    "python/python.exe",
    "python/pythonw.exe",
    "python/python311.dll",
    "python/python311.zip",
    "python/python311._pth",
    "python/Lib/site-packages/PySide6/Qt6Core.dll",
    "python/Lib/site-packages/PySide6/Qt6Widgets.dll",
    "python/Lib/site-packages/PySide6/QtWidgets.pyd",
    "python/Lib/site-packages/PySide6/plugins/platforms/qwindows.dll",
    "python/Lib/site-packages/PySide6/plugins/platforms/qoffscreen.dll",
    "python/Lib/site-packages/desktop/__main__.py",
    "python/Lib/site-packages/desktop/build_info.json",
    "python/Lib/site-packages/db/migrations/env.py",
    "python/Lib/site-packages/resources/translations/qtbase_id.qm",
)
# Substrings no path of the payload may contain: QML/Quick, 3D, WebEngine, Designer and the Qt tools.
FORBIDDEN = (
    "Qt6Qml",
    "Qt6Quick",
    "Qt63D",
    "Qt6WebEngine",
    "QtWebEngineProcess",
    "Qt6Designer",
    "designer.exe",
    "linguist.exe",
    "assistant.exe",
    "lupdate.exe",
    "PySide6/qml/",
    "PySide6/translations/",
    "PySide6/resources/",
    "opengl32sw.dll",
    ".pyi",
)


class InstallerCheckError(Exception):
    """The installer is not what the build promises."""


def payload(installer: Path) -> list[str]:
    """The paths 7-Zip lists inside an NSIS installer (forward slashes); refuses anything but a 64-bit NSIS one."""
    result = subprocess.run(["7z", "l", "-slt", str(installer)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise InstallerCheckError(f"7z tidak dapat membaca {installer.name}: {result.stderr.strip()}")
    header = result.stdout.split("----------", 1)[0]
    if "Type = Nsis" not in header or "64-bit = +" not in header:
        raise InstallerCheckError(f"{installer.name} bukan arsip NSIS 64-bit menurut 7z:\n{header.strip()}")
    return [
        line.removeprefix("Path = ").replace("\\", "/")
        for line in result.stdout.splitlines()
        if line.startswith("Path = ")
    ][1:]  # the first Path is the archive itself


def check_installer(installer: Path) -> int:
    """Runs every check; returns the installer's size in bytes.

    Raises:
        InstallerCheckError: naming the first thing that is wrong.
    """
    if not installer.is_file():
        raise InstallerCheckError(f"{installer} tidak ada")
    kind = subprocess.run(["file", "-b", str(installer)], capture_output=True, text=True, check=True).stdout
    if not kind.startswith("PE32+ executable (GUI) x86-64"):
        raise InstallerCheckError(f"{installer.name} bukan program Windows 64-bit: {kind.strip()}")
    names = payload(installer)
    lowered = {name.lower() for name in names}
    missing = [name for name in EXPECTED if name.lower() not in lowered]
    if missing:
        raise InstallerCheckError(f"{installer.name} tidak berisi: {', '.join(missing)}")
    trimmed = sorted(name for name in names if any(part.lower() in name.lower() for part in FORBIDDEN))
    if trimmed:
        raise InstallerCheckError(f"{installer.name} masih berisi bagian yang dipangkas: {', '.join(trimmed[:10])}")
    size = installer.stat().st_size
    if size >= SIZE_BUDGET:
        raise InstallerCheckError(f"{installer.name} {size / 1e6:.1f} MB, melewati batas {SIZE_BUDGET / 1e6:.0f} MB")
    print(f"[check] {installer.name}: {kind.strip()}; {len(names)} files; {size / 1e6:.1f} MB", flush=True)
    return size


def main(argv: list[str]) -> int:
    """Checks each installer named on the command line."""
    try:
        for name in argv:
            check_installer(Path(name))
    except InstallerCheckError as error:
        print(f"[check] GAGAL: {error}", file=sys.stderr)
        return 1
    return 0 if argv else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
