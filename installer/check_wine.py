"""Installs the built installer under Wine and runs the installed program: ``python installer/check_wine.py SETUP.exe``.

Everything runs in a fresh ``WINEPREFIX`` (a temporary folder, removed at the end unless ``--keep``): the Windows
interpreter with Windows paths, ``%LOCALAPPDATA%``, file replacement and locking, and the Windows default encodings.
Wine 8.0 lacks ``bcryptprimitives.dll`` (a Windows system DLL since Windows 8, imported by the Rust-built wheels
python-calamine and cryptography); ``wine/bcryptprimitives.c`` is compiled into the prefix's system32 for that,
and is never part of the installer.

1. ``Setup.exe /S`` installs per user; the program folder, the Start-menu shortcut, the Apps & features entry,
   the user PATH and the ``.konv``/``.konvid`` association are checked in the prefix's registry;
2. the installed ``konvergensi.exe``: ``--version``, ``db upgrade``, ``demo``, ``krs import`` of a generated list,
   ``print minutes``, ``export minlok``, ``db check``, and the GUI offscreen ``smoke-test``; each must exit 0 and
   write what it says (the data folder is the Windows default, ``%LOCALAPPDATA%\\Konvergensi``);
3. while a Konvergensi window is open, ``Setup.exe /S`` refuses (exit code 3) and changes nothing;
4. ``Setup.exe /S`` again over the installed one (an upgrade) keeps the data; ``db check`` still passes;
5. with ``--tests``: the Qt-free test suites (db, domain, services, reports) run on the installed Windows
   interpreter, importing the installed package, with pytest from ``requirements-windows-tests.txt``;
   ``--tests-on-stage PAYLOAD`` runs only these, on a copy of the build's payload laid where the installer puts it
   (CI starts it beside makensis, in a prefix of its own);
6. ``uninstall.exe /S`` removes the program, its registry entries and its PATH entry, and keeps the data folder.

Needs Debian's ``wine64``; the checkout's virtual environment (openpyxl, the demo generator) writes the KRS list.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINE = next((p for p in ("/usr/lib/wine/wine64", shutil.which("wine64") or "", shutil.which("wine") or "") if p), "")
WINESERVER = shutil.which("wineserver") or "/usr/lib/wine/wineserver"
INSTALL_DIR = "C:\\users\\{user}\\AppData\\Local\\Programs\\Konvergensi"


class WineCheckError(Exception):
    """A check under Wine failed; the message says which and shows the program's output."""


class Prefix:
    """A fresh Wine prefix and the commands run in it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.env = dict(os.environ, WINEPREFIX=str(folder), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=")
        self.env.pop("DISPLAY", None)
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.user = os.environ.get("USER") or os.environ.get("LOGNAME") or "root"

    def unix(self, windows_path: str) -> Path:
        """The Linux path of a ``C:\\...`` path inside the prefix."""
        drive, _, rest = windows_path.partition(":\\")
        assert drive.upper() == "C", windows_path
        return self.folder / "drive_c" / Path(*rest.split("\\"))

    @property
    def install_dir(self) -> str:
        return INSTALL_DIR.format(user=self.user)

    @property
    def data_dir(self) -> Path:
        return self.unix(f"C:\\users\\{self.user}\\AppData\\Local\\Konvergensi")

    def run(self, program: str, *args: str, timeout: float = 600, expect: int | None = 0) -> str:
        """Runs a Windows program (a ``C:\\`` path or a Linux path) and returns its output."""
        started = time.monotonic()
        result = subprocess.run(
            [WINE, program, *args],
            env=self.env,
            input="",  # a pipe: Wine turns /dev/null into an invalid standard input handle
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=False,
        )
        self.wait()
        output = result.stdout + result.stderr
        name = Path(program.replace("\\", "/")).name
        print(f"[wine] {name} {' '.join(args)} -> {result.returncode} ({time.monotonic() - started:.0f} s)", flush=True)
        if expect is not None and result.returncode != expect:
            raise WineCheckError(f"{name} {' '.join(args)}: exit {result.returncode}, expected {expect}\n{output}")
        return result.stdout

    def konvergensi(self, *args: str, timeout: float = 600) -> str:
        """Runs the installed command-line launcher."""
        return self.run(f"{self.install_dir}\\konvergensi.exe", *args, timeout=timeout)

    def wait(self) -> None:
        """Waits until every process of the prefix has ended (the uninstaller re-runs itself from a copy)."""
        subprocess.run([WINESERVER, "-w"], env=self.env, check=False, timeout=900)

    def registry(self) -> str:
        """The prefix's HKCU hive as text (Wine writes it when its server stops)."""
        return (self.folder / "user.reg").read_text(encoding="utf-8", errors="replace")


def expect(condition: bool, message: str) -> None:
    """Fails the check with ``message`` unless ``condition``."""
    if not condition:
        raise WineCheckError(message)
    print(f"[wine] ok: {message}", flush=True)


def prepare_prefix(prefix: Prefix) -> None:
    """Creates the prefix and adds what Wine 8.0 lacks and Windows 10/11 has (never part of the installer)."""
    subprocess.run([WINE, "wineboot", "--init"], env=prefix.env, input="", capture_output=True, check=False)
    prefix.wait()
    # No display here: Qt must use its offscreen platform. Wine does not pass QT_QPA_PLATFORM from the Linux
    # environment to Windows programs (seen: os.environ lacks it), so it goes into the user's environment instead.
    prefix.run("reg", "add", "HKCU\\Environment", "/v", "QT_QPA_PLATFORM", "/d", "offscreen", "/f")
    system32 = prefix.folder / "drive_c" / "windows" / "system32"
    source = Path(__file__).with_name("wine") / "bcryptprimitives.c"
    command = ["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-s", "-o", str(system32 / "bcryptprimitives.dll")]
    subprocess.run([*command, str(source), "-lbcrypt", "-Wl,--kill-at"], check=True)
    print("[wine] prefix ready; bcryptprimitives.dll (ProcessPrng) added: Wine 8.0 lacks it", flush=True)


def check_install(prefix: Prefix, setup: Path) -> None:
    prefix.run(str(setup), "/S")
    program = prefix.unix(prefix.install_dir)
    for name in ("konvergensi.exe", "konvergensiw.exe", "uninstall.exe", "python/python.exe", "python/python311._pth"):
        expect((program / name).is_file(), f"installed {name}")
    start_menu = prefix.unix(f"C:\\users\\{prefix.user}\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs")
    expect((start_menu / "Konvergensi.lnk").is_file(), "Start-menu shortcut")
    registry = prefix.registry().replace("\\\\", "\\")
    uninstall = registry.split("[Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Konvergensi]", 1)
    expect(len(uninstall) == 2, "Apps & features entry under HKCU")
    entry = uninstall[1].split("\n[", 1)[0]
    for value in ('"DisplayVersion"=', '"Publisher"=', '"EstimatedSize"=dword:', '"UninstallString"='):
        expect(value in entry, f"Apps & features {value.strip('=:')}")
    environment = registry.split("[Environment]", 1)[1].split("\n[", 1)[0]
    expect(prefix.install_dir in environment, "install folder on the user PATH")
    expect("[Software\\Classes\\.konv]" in registry and "[Software\\Classes\\.konvid]" in registry, ".konv(id) types")
    expect('gui --buka \\"%1\\"' in registry.replace("\\\\", "\\"), ".konv opens in the GUI launcher")


def write_krs_list(path: Path) -> int:
    """A KRS list as offices receive it (the demo generator's rows under the official header)."""
    from openpyxl import Workbook

    sys.path.insert(0, str(ROOT))
    from desktop.services.demo.krs_demo import KRS_HEADER, krs_rows

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(KRS_HEADER))
    rows = [list(row) for row in krs_rows(40, seed=14)]
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return len(rows)


def check_commands(prefix: Prefix, version: str) -> None:
    shown = prefix.konvergensi("--version")
    expect(f"konvergensi {version}" in shown and "Python 3.11.9" in shown and "Qt 6.9.3" in shown, shown.strip())
    prefix.konvergensi("db", "upgrade")
    expect((prefix.data_dir / "konvergensi.sqlite3").is_file(), "database in %LOCALAPPDATA%\\Konvergensi")
    prefix.konvergensi("demo", timeout=900)
    work = prefix.folder / "drive_c" / "periksa"
    work.mkdir(exist_ok=True)
    count = write_krs_list(work / "daftar krs.xlsx")
    imported = json.loads(prefix.konvergensi("krs", "import", "C:\\periksa\\daftar krs.xlsx", "--json"))
    expect(imported["new"] + imported["updated"] + imported["unchanged"] == count, f"krs import: {imported['new']} new")
    meetings = json.loads(prefix.konvergensi("meeting", "list", "--json"))
    minutes = "C:\\periksa\\notulen rapat.pdf"
    prefix.konvergensi("print", "minutes", "--meeting", str(meetings[0]["id"]), "-o", minutes)
    expect(prefix.unix(minutes).read_bytes().startswith(b"%PDF"), "print minutes wrote a PDF")
    year = meetings[0]["date"][:4]
    workbook = "C:\\periksa\\minlok.xlsx"
    prefix.konvergensi("export", "minlok", "--year", year, "-o", workbook)
    expect(prefix.unix(workbook).read_bytes().startswith(b"PK"), "export minlok wrote a workbook")
    checked = prefix.konvergensi("db", "check")
    print(checked.strip())
    smoke = prefix.konvergensi("smoke-test", "--json", timeout=900)
    print(smoke.strip()[-600:])


# The test suites that need no Qt, run in-process on the Windows interpreter (the closest this project gets to a
# Windows test run). GUI tests need a Qt window and stay on Linux; tests/desktop/cli starts a Windows Python child
# per case (several seconds each under Wine) and its smoke test starts Qt: the installed command line is checked
# by check_commands above instead.
WINDOWS_SUITES = ("tests/db", "tests/desktop/domain", "tests/desktop/services", "tests/desktop/reports")
# Tests of the checkout itself, not of the program: the installed copy has no source tree to extract texts from.
SOURCE_TREE_TESTS = ("tests/desktop/domain/test_i18n.py::test_catalogue_is_up_to_date_and_complete",)
PYTEST_INI = """[pytest]
testpaths = tests
xfail_strict = true
markers =
    gui: test drives Qt widgets
    slow: test takes more than a few seconds
    xdist_group: tests that share an expensive fixture run in one pytest-xdist worker (not used here)
filterwarnings =
    error
"""
RUN_TESTS = """import sys
sys.path[:0] = ["C:\\\\testtools"]
import pytest
options = ["-p", "no:cacheprovider", "--continue-on-collection-errors", "--timeout=600", "-q", "-ra"]
sys.exit(pytest.main([*options, *sys.argv[1:]]))
"""


def check_windows_tests(prefix: Prefix, suites: Sequence[str] = WINDOWS_SUITES) -> None:
    """Runs the Qt-free suites with the installed ``python.exe``; the tests import the installed package."""
    tools = prefix.folder / "drive_c" / "testtools"
    wheels = prefix.folder / "testwheels"
    command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:", "--platform"]
    command += ["win_amd64", "--python-version", "3.11", "--require-hashes", "-d", str(wheels)]
    subprocess.run([*command, "-r", str(ROOT / "installer" / "requirements-windows-tests.txt")], check=True)
    for wheel in sorted(wheels.glob("*.whl")):
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(tools)
    source = prefix.folder / "drive_c" / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("tests", "installer"):  # not desktop/ or db/: the installed package is what is tested
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    (source / "pytest.ini").write_text(PYTEST_INI, encoding="utf-8")
    (source / "run_tests.py").write_text(RUN_TESTS, encoding="utf-8")
    python = f"{prefix.install_dir}\\python\\python.exe"
    deselect = [f"--deselect={test}" for test in SOURCE_TREE_TESTS]
    environment = dict(prefix.env)
    environment.pop("KONVERGENSI_TEST_POSTGRES_URL", None)  # psycopg's server tests run on Linux (CI's server)

    def run(*arguments: str) -> tuple[str, list[str]]:
        started = time.monotonic()
        result = subprocess.run(
            [WINE, python, "C:\\src\\run_tests.py", "-m", "not gui", "--durations=15", *arguments],
            cwd=source,
            env=environment,
            input="",
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=2400,
            check=False,
        )
        prefix.wait()
        lines = (result.stdout + result.stderr).strip().splitlines()
        summary = lines[-1] if lines else ""
        print(f"[wine] Windows test run ({time.monotonic() - started:.0f} s): {summary}", flush=True)
        slowest = [line for line in lines if re.match(r"\d+\.\d+s (setup|call|teardown) ", line)]
        for line in slowest:  # where the Windows run's time goes (the CI budget is shared with the Linux suite)
            print(f"[wine] slowest: {line[:200]}", flush=True)
        return summary, [line for line in lines if line.startswith(("FAILED ", "ERROR "))]

    summary, failures = run(*deselect, *suites)
    expect(" passed" in summary, "the Qt-free tests ran on the Windows interpreter")
    for line in failures:
        print(f"[wine] windows: {line[:300]}", flush=True)
    # A test that fails is run once more on its own: one that passes then is reported as flaky (listed above), one
    # that fails again fails the check. Each failure is ours to fix (a test written for Linux only, or a Windows bug).
    failed = sorted({line.split()[1] for line in failures if len(line.split()) > 1 and "::" in line.split()[1]})
    if failures and not failed:
        raise WineCheckError(f"the Windows test run failed outside a test: {failures[0][:300]}")
    if failed:
        again, still = run(*failed)
        for line in still:
            print(f"[wine] windows, again: {line[:300]}", flush=True)
        expect(not still and " passed" in again, f"the {len(failed)} failed test(s) pass when run again on Windows")
    expect(True, "the Qt-free tests pass on the Windows interpreter")


def check_refuses_while_running(prefix: Prefix, setup: Path) -> None:
    """A GUI window holds the launcher's mutex; the silent installer must refuse with exit code 3."""
    gui = subprocess.Popen(
        [WINE, f"{prefix.install_dir}\\konvergensiw.exe"],
        env=prefix.env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(20)  # the launcher takes the mutex at once; give Wine time to start it
        expect(gui.poll() is None, f"the GUI is running (offscreen; exit code {gui.returncode} if not)")
        result = subprocess.run(
            [WINE, str(setup), "/S"], env=prefix.env, input="", capture_output=True, timeout=300, check=False
        )
        expect(result.returncode == 3, f"Setup.exe /S refuses while Konvergensi runs (exit {result.returncode})")
    finally:
        subprocess.run([WINESERVER, "-k"], env=prefix.env, check=False)  # ends this prefix's processes only
        gui.wait(timeout=60)


def check_upgrade_and_uninstall(prefix: Prefix, setup: Path) -> None:
    database = prefix.data_dir / "konvergensi.sqlite3"
    before = database.stat().st_size
    prefix.run(str(setup), "/S")
    expect(database.is_file() and database.stat().st_size >= before, "upgrade keeps the database")
    prefix.konvergensi("db", "check")
    prefix.run(f"{prefix.install_dir}\\uninstall.exe", "/S")
    program = prefix.unix(prefix.install_dir)
    expect(not program.exists(), "uninstall removed the program folder")
    expect(database.is_file(), "uninstall kept the data folder")
    registry = prefix.registry().replace("\\\\", "\\")
    expect("CurrentVersion\\Uninstall\\Konvergensi]" not in registry, "Apps & features entry removed")
    environment = registry.split("[Environment]", 1)[1].split("\n[", 1)[0]
    expect(prefix.install_dir not in environment, "PATH entry removed")
    expect("[Software\\Classes\\.konv]" not in registry, ".konv association removed")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("setup", type=Path, nargs="?", help="dist/Konvergensi-Setup-<version>.exe")
    parser.add_argument("--keep", action="store_true", help="keep the Wine prefix (printed) for a look")
    parser.add_argument("--tests", action="store_true", help="also run the Qt-free test suites on the installed Python")
    parser.add_argument(
        "--tests-on-stage",
        type=Path,
        metavar="PAYLOAD",
        help="only the Qt-free test suites, on a copy of the build's payload (build/windows/Konvergensi, the folder "
        "the installer installs) laid where the installer puts it, in a prefix of its own",
    )
    parser.add_argument(
        "--suite",
        action="append",
        metavar="PATH",
        help="with --tests-on-stage: run this test path instead of every Qt-free suite (repeatable; for a quick look)",
    )
    args = parser.parse_args(argv)
    if (args.setup is None) == (args.tests_on_stage is None):
        parser.error("give the installer (SETUP.exe) or --tests-on-stage PAYLOAD")
    return args


def check_tests_on_stage(prefix: Prefix, payload: Path, suites: Sequence[str]) -> None:
    """The Qt-free suites on the payload the installer packs, copied to where ``Setup.exe`` installs it.

    The installer copies this folder as it is (``File /r``), so the interpreter, the package and every DLL are the
    same bytes as after an install; what only the installer adds (shortcuts, registry, the uninstaller) is checked by
    the install checks. CI runs this beside makensis, in a prefix of its own, so the two do not wait for each other.
    """
    target = prefix.unix(prefix.install_dir)
    shutil.copytree(payload, target)
    expect((target / "python" / "python.exe").is_file(), f"payload copied to {prefix.install_dir}")
    check_windows_tests(prefix, suites)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs every check; exit 1 with the reason on the first failure."""
    args = parse_args(argv)
    if not WINE:
        print("[wine] GAGAL: wine64 belum terpasang (apt-get install wine64)", file=sys.stderr)
        return 1
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    folder = Path(tempfile.mkdtemp(prefix="konvergensi-wine-"))
    prefix = Prefix(folder)
    started = time.monotonic()
    try:
        prepare_prefix(prefix)
        if args.tests_on_stage is not None:
            check_tests_on_stage(prefix, args.tests_on_stage.resolve(), args.suite or WINDOWS_SUITES)
            print(f"[wine] the Windows test run passed ({time.monotonic() - started:.0f} s)")
            return 0
        check_install(prefix, args.setup.resolve())
        check_commands(prefix, version)
        if args.tests:
            check_windows_tests(prefix)
        check_refuses_while_running(prefix, args.setup.resolve())
        check_upgrade_and_uninstall(prefix, args.setup.resolve())
    except (WineCheckError, subprocess.TimeoutExpired) as error:
        print(f"[wine] GAGAL: {error}", file=sys.stderr)
        return 1
    finally:
        subprocess.run([WINESERVER, "-k"], env=prefix.env, check=False)
        if args.keep:
            print(f"[wine] prefix kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"[wine] all checks passed ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
