"""The Windows build's pinned inputs and the rules it decides by (no download, no Windows tool needed)."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import build  # noqa: E402


def _name(requirement: str) -> str:
    return re.split(r"[<>=!;\[ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_the_lock_pins_every_runtime_dependency_by_hash() -> None:
    text = build.LOCK.read_text(encoding="utf-8")
    entries = re.findall(r"^([A-Za-z0-9_.-]+)==(\S+) \\\n    --hash=sha256:([0-9a-f]{64})$", text, re.MULTILINE)
    names = {name.lower() for name, _version, _hash in entries}
    assert len(entries) == len(re.findall(r"^\S+==", text, re.MULTILINE)), "every entry has exactly one sha256"
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    on_windows = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "python_version": "3.11"}
    windows = [d for d in map(Requirement, dependencies) if d.marker is None or d.marker.evaluate(on_windows)]
    assert "sqlcipher3-binary" not in {d.name for d in windows}  # Linux only: no Windows wheel
    missing = {_name(str(d)) for d in windows} - names
    assert missing == set(), f"add these to installer/requirements-windows.txt: {missing}"
    assert build.locked_version("PySide6-Essentials") == "6.9.3"  # Qt 6.10+ needs Windows 10 1903's ICU


def test_the_qt_modules_are_read_from_the_source() -> None:
    modules = build.imported_qt_modules()
    assert {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtCharts", "QtPdf", "QtNetwork"} <= modules
    assert not {"QtQml", "QtQuick", "QtWebEngineCore"} & modules


def test_an_unknown_or_changed_file_of_the_interpreter_is_refused(tmp_path: Path) -> None:
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / "python311.zip").write_bytes(b"not the standard library")
    with pytest.raises(build.BuildError, match=r"python311\.zip: SHA-256"):
        build.verify_embed(changed)
    unknown = tmp_path / "unknown"
    unknown.mkdir()
    (unknown / "extra.txt").write_text("?", encoding="utf-8")
    with pytest.raises(build.BuildError, match=r"extra\.txt: berkas tak dikenal"):
        build.verify_embed(unknown)


def test_windows_file_versions_have_four_numbers() -> None:
    assert build.numeric_version("0.1.0") == "0.1.0.0"
    assert build.numeric_version("1.2.3.4.5+local") == "1.2.3.4"
