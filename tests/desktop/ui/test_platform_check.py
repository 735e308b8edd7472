"""The start-up check of Qt's X11 plugin, against a simulated missing system library.

The simulation: a PySide6 tree of symbolic links to the installed one, except for ``libqxcb.so``, which is a copy
whose dependency ``libxcb-cursor.so.0`` is renamed ``libxcb-cursor.so.9`` (same length, so the ELF stays valid) —
a library no system has. Qt started on that tree aborts with its English message (issue #21); ``konvergensi``
must stop before that with the Indonesian one. Child processes only: the test process keeps its own Qt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui.platform_check import DEBIAN_PACKAGES, README_APT_PACKAGES, PlatformProblem, missing_libraries

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="the X11 plugin check is Linux-only"
)
NEEDED = b"\x00libxcb-cursor.so.0\x00"
ABSENT = "libxcb-cursor.so.9"
README = Path(__file__).resolve().parents[3] / "README.md"


def _mirror(source: Path, target: Path, keep: str) -> None:
    """``target`` holds links to every entry of ``source`` but ``keep``, which becomes a real folder."""
    target.mkdir(parents=True)
    for entry in source.iterdir():
        if entry.name != keep:
            (target / entry.name).symlink_to(entry)


@pytest.fixture(scope="module")
def broken_pyside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for PYTHONPATH whose PySide6 has an X11 plugin with one missing dependency."""
    import PySide6

    real = Path(PySide6.__file__).resolve().parent
    plugin = real / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    data = plugin.read_bytes() if plugin.is_file() else b""
    if data.count(NEEDED) != 1:
        pytest.skip("this PySide6's X11 plugin does not link libxcb-cursor.so.0")
    root = tmp_path_factory.mktemp("pyside")
    _mirror(real, root / "PySide6", "Qt")
    _mirror(real / "Qt", root / "PySide6" / "Qt", "plugins")
    _mirror(real / "Qt" / "plugins", root / "PySide6" / "Qt" / "plugins", "platforms")
    platforms = root / "PySide6" / "Qt" / "plugins" / "platforms"
    _mirror(real / "Qt" / "plugins" / "platforms", platforms, "libqxcb.so")
    (platforms / "libqxcb.so").write_bytes(data.replace(NEEDED, b"\x00" + ABSENT.encode() + b"\x00"))
    return root


def _env(broken_pyside: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "WAYLAND_", "XDG_SESSION"))}
    return {**env, "PYTHONPATH": str(broken_pyside), "DISPLAY": ":97", **extra}


def _check_in_child(env: dict[str, str]) -> list[str]:
    code = (
        "import os; from desktop.ui.platform_check import check_display_platform; "
        "problem = check_display_platform(); "
        "print(problem.missing if problem else None); print(os.environ.get('QT_QPA_PLATFORM', ''))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_missing_library_stops_the_start_with_the_install_command(broken_pyside: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=_env(broken_pyside),
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    err = result.stderr
    assert "Konvergensi tidak dapat membuka jendela" in err
    assert f"  {ABSENT} (paket libxcb-cursor0)" in err
    assert "\n  sudo apt install libxcb-cursor0" in err
    assert f"Pesan ini juga dicatat di {data_dir / 'logs' / 'konvergensi.log'}" in err
    # Qt never got as far as its own English abort.
    assert "qt.qpa.plugin" not in err and "could not be initialized" not in err
    log = (data_dir / "logs" / "konvergensi.log").read_text(encoding="utf-8")
    assert "display platform cannot start: " + ABSENT in log and "sudo apt install libxcb-cursor0" in log
    assert not (data_dir / "konvergensi.sqlite3").exists(), "nothing was opened before the check"


def test_ldd_reports_the_renamed_dependency(broken_pyside: Path) -> None:
    plugin = broken_pyside / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    missing = missing_libraries(plugin, dict(os.environ))
    assert missing is not None and ABSENT in missing
    assert missing_libraries(plugin.with_name("none.so"), dict(os.environ)) is None


@pytest.mark.parametrize(
    "extra",
    [{"QT_QPA_PLATFORM": "offscreen"}, {"QT_QPA_PLATFORM": "wayland"}, {"DISPLAY": "", "WAYLAND_DISPLAY": "w-0"}],
    ids=["offscreen", "wayland-asked", "wayland-only"],
)
def test_check_stays_out_when_x11_is_not_used(broken_pyside: Path, extra: dict[str, str]) -> None:
    assert _check_in_child(_env(broken_pyside, **extra))[0] == "None"


def test_no_display_at_all_is_said_in_indonesian(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "WAYLAND_", "DISPLAY"))}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("Konvergensi tidak dapat membuka jendela: tidak ada tampilan grafis")
    assert "could not connect to display" not in result.stderr


def test_explicit_xcb_is_checked(broken_pyside: Path) -> None:
    lines = _check_in_child(_env(broken_pyside, QT_QPA_PLATFORM="xcb"))
    assert ABSENT in lines[0] and lines[1] == "xcb"


def test_wayland_session_falls_back_to_wayland(broken_pyside: Path) -> None:
    wayland = broken_pyside / "PySide6" / "Qt" / "plugins" / "platforms" / "libqwayland.so"
    lines = _check_in_child(_env(broken_pyside, WAYLAND_DISPLAY="wayland-9"))
    if missing_libraries(wayland, dict(os.environ)) == ():
        assert lines == ["None", "wayland"]
    else:  # this machine lacks the Wayland libraries too: the X11 problem is reported
        assert ABSENT in lines[0] and lines[1] == ""


def test_message_names_packages_and_unknown_libraries(tmp_path: Path) -> None:
    problem = PlatformProblem(tmp_path / "libqxcb.so", ("libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libzz.so.3"))
    assert problem.packages == ["libxcb-cursor0", "libxkbcommon-x11-0"]
    assert problem.install_command == "sudo apt install libxcb-cursor0 libxkbcommon-x11-0"
    text = problem.message()
    assert "  libzz.so.3 (paket tidak diketahui)" in text and "apt-file search libzz.so.3" in text
    assert PlatformProblem(tmp_path, ("libzz.so.3",)).install_command == ""


def test_readme_names_the_apt_line_before_the_run_command() -> None:
    text = README.read_text(encoding="utf-8")
    line = "sudo apt install " + " ".join(README_APT_PACKAGES)
    assert line in text
    assert text.index(line) < text.index("<!-- run-command -->")
    assert set(README_APT_PACKAGES) <= set(DEBIAN_PACKAGES.values())
