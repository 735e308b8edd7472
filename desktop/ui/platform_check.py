"""Before the first window on Linux: can Qt's display plugin load? If not, say which system library is missing.

Qt 6.5+ loads its X11 platform plugin (``libqxcb.so``) when the ``QApplication`` is created; a system library it
links to that is not installed (``libxcb-cursor.so.0`` on a fresh Debian 12, typically) makes Qt print an English
message and abort the process. This check runs ``ldd`` on the plugin first (``ldd`` follows the same search rules
as the loader, ``LD_LIBRARY_PATH`` and the plugin's RUNPATH included) and turns every ``not found`` line into one
Indonesian message naming the library and the ``apt install`` command for it.

When the session is Wayland and the X11 plugin cannot load but the Wayland one can, the Wayland plugin is chosen
instead (``QT_QPA_PLATFORM=wayland``), so nobody is stopped by a library their desktop does not use.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.i18n import _

# Shared library (as the loader names it) -> the Debian/Ubuntu package that installs it: the X11 and Wayland
# plugins' dependencies. Checked on Debian 12 with ``dpkg -S`` (``apt-cache show`` for libxcb-xinput0, which was not
# installed there); Ubuntu uses the same names, not checked on an Ubuntu machine.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
# The one line the README gives for Debian/Ubuntu: every system library the X11 plugin links to directly, as packages
# (most are on any desktop already; apt skips those). tests/desktop/ui/test_platform_check.py holds README to it.
README_APT_PACKAGES = (
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libx11-xcb1",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
)
_BY_STEM = {name.split(".so")[0]: package for name, package in DEBIAN_PACKAGES.items()}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)
XCB_PLUGIN = "libqxcb.so"


@dataclass(frozen=True, slots=True)
class PlatformProblem:
    """The window cannot open: the display plugin lacks system libraries, or there is no display at all.

    Attributes:
        plugin: the plugin checked (None when there is no display).
        missing: the libraries ``ldd`` did not find, in its order (empty when there is no display).
    """

    plugin: Path | None
    missing: tuple[str, ...]

    def package_of(self, library: str) -> str | None:
        """The Debian/Ubuntu package that installs ``library``, when known."""
        return DEBIAN_PACKAGES.get(library) or _BY_STEM.get(library.split(".so")[0])

    @property
    def packages(self) -> list[str]:
        """The packages to install, each once, in the order of the missing libraries."""
        found = (self.package_of(library) for library in self.missing)
        return list(dict.fromkeys(package for package in found if package))

    @property
    def install_command(self) -> str:
        """``sudo apt install ...`` for the known packages ("" when none is known)."""
        return f"sudo apt install {' '.join(self.packages)}" if self.packages else ""

    def message(self) -> str:
        """The explanation (in the interface language) printed to the terminal and written to the log."""
        if not self.missing:
            return _(
                "Konvergensi tidak dapat membuka jendela: tidak ada tampilan grafis (variabel DISPLAY dan "
                "WAYLAND_DISPLAY kosong). Jalankan dari desktop, atau lewat SSH dengan 'ssh -X'. Perintah tanpa "
                "jendela tetap dapat dipakai: lihat 'konvergensi --help'."
            )
        lines = [
            _(
                "Konvergensi tidak dapat membuka jendela: pustaka sistem yang dibutuhkan tampilan Qt (X11/xcb) "
                "belum terpasang."
            ),
            _("Pustaka yang tidak ditemukan:"),
        ]
        for library in self.missing:
            package = self.package_of(library)
            if package:
                lines.append("  " + _("{library} (paket {package})").format(library=library, package=package))
            else:
                lines.append("  " + _("{library} (paket tidak diketahui)").format(library=library))
        if self.install_command:
            lines += [_("Pasang dengan perintah ini (Debian/Ubuntu), lalu jalankan konvergensi lagi:"), ""]
            lines.append(f"  {self.install_command}")
            lines.append("")
        unknown = [library for library in self.missing if not self.package_of(library)]
        if unknown:
            lines.append(
                _(
                    "Cari paket untuk pustaka lain dengan: apt-file search {libraries} (Debian/Ubuntu), "
                    "atau dnf provides '*/{first}' (Fedora)."
                ).format(libraries=" ".join(unknown), first=unknown[0])
            )
        lines.append(_("Plugin yang diperiksa: {plugin}").format(plugin=self.plugin))
        return "\n".join(lines)


def plugin_dirs(environ: Mapping[str, str]) -> list[Path]:
    """The folders Qt looks in for platform plugins: ``QT_QPA_PLATFORM_PLUGIN_PATH`` (if set), then Qt's own."""
    from PySide6.QtCore import QLibraryInfo  # QtCore only: no platform plugin is loaded by this

    folders = [Path(environ["QT_QPA_PLATFORM_PLUGIN_PATH"])] if environ.get("QT_QPA_PLATFORM_PLUGIN_PATH") else []
    return [*folders, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"]


def missing_libraries(plugin: Path, environ: Mapping[str, str]) -> tuple[str, ...] | None:
    """The libraries the plugin needs that the loader cannot find; None when this cannot be told.

    Args:
        plugin: the plugin file.
        environ: the environment the application runs with (``LD_LIBRARY_PATH`` counts).

    Returns:
        The missing libraries (empty when all load), or None without ``ldd`` or without the plugin.
    """
    ldd = shutil.which("ldd", path=environ.get("PATH", os.defpath))
    if ldd is None or not plugin.is_file():
        return None
    try:
        result = subprocess.run(
            [ldd, str(plugin)],
            capture_output=True,
            text=True,
            timeout=20,
            env={**environ, "LC_ALL": "C"},
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return tuple(dict.fromkeys(_NOT_FOUND.findall(result.stdout)))


def _requested_platform(environ: Mapping[str, str]) -> str:
    # "xcb", "wayland;xcb" (a fallback list), "xcb:option=value": the first name is what Qt tries first.
    return environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()


def check_display_platform(environ: MutableMapping[str, str] | None = None) -> PlatformProblem | None:
    """Checks, before the ``QApplication`` exists, that Qt's X11 plugin can load where it will be used.

    Only on Linux, when the platform is X11 (``QT_QPA_PLATFORM`` unset or ``xcb``); without any display (neither
    ``DISPLAY`` nor, for the default platform, ``WAYLAND_DISPLAY``) that is the problem reported. On a
    Wayland session without an explicit platform, a plugin that cannot load makes the check choose Wayland
    (``environ["QT_QPA_PLATFORM"] = "wayland"``) when the Wayland plugin's libraries are all present.

    Args:
        environ: the process environment (``os.environ`` when None); may be updated as said above.

    Returns:
        The problem to report, or None when the window can open (or the check does not apply).
    """
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    requested = _requested_platform(environ)
    if requested not in ("", "xcb"):
        return None
    if not environ.get("DISPLAY"):
        if requested or not environ.get("WAYLAND_DISPLAY"):
            # Neither X11 nor Wayland: Qt would abort with "could not connect to display".
            return PlatformProblem(None, ())
        return None
    problem = _x11_problem(environ)
    if problem is not None and not requested and environ.get("WAYLAND_DISPLAY") and _wayland_loads(environ):
        environ["QT_QPA_PLATFORM"] = "wayland"
        return None
    return problem


def _x11_problem(environ: Mapping[str, str]) -> PlatformProblem | None:
    # Qt takes the plugin from whichever folder it loads from: one loadable copy is enough.
    problems: list[PlatformProblem] = []
    for folder in plugin_dirs(environ):
        missing = missing_libraries(folder / XCB_PLUGIN, environ)
        if missing == ():
            return None
        if missing:
            problems.append(PlatformProblem(folder / XCB_PLUGIN, missing))
    # No plugin found, or no ldd: nothing certain to say, and Qt reports it itself.
    return problems[-1] if problems else None


def _wayland_loads(environ: Mapping[str, str]) -> bool:
    # "wayland" is served by libqwayland.so (Qt 6.5+) or libqwayland-generic.so (earlier Qt 6).
    return any(
        missing_libraries(folder / name, environ) == ()
        for folder in plugin_dirs(environ)
        for name in ("libqwayland.so", "libqwayland-generic.so")
    )
