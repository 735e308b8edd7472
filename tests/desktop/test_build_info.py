"""The build record: what ``--version`` and Help → About say about the running build."""

from __future__ import annotations

import json
import platform
from pathlib import Path

from desktop import __version__
from desktop.build_info import BUILD_INFO_FILE, FROM_SOURCE, BuildInfo, build_info, runtime_line


def test_a_source_checkout_has_no_build_record() -> None:
    assert not BUILD_INFO_FILE.exists(), "build_info.json is written by installer/build.py only, never committed"
    assert build_info() == BuildInfo(version=__version__)
    assert build_info().describe() == FROM_SOURCE == "dari kode sumber"


def test_the_windows_build_record_is_read(tmp_path: Path) -> None:
    record = tmp_path / "build_info.json"
    record.write_text(
        json.dumps({"built": "2026-12-01 11:36 UTC", "commit": "5eca060", "target": "windows-amd64", "qt": "6.9.3"}),
        encoding="utf-8",
    )
    info = build_info(record)
    assert info == BuildInfo(__version__, "2026-12-01 11:36 UTC", "5eca060", "windows-amd64")
    assert info.describe() == "build 2026-12-01 11:36 UTC, commit 5eca060, windows-amd64"


def test_a_damaged_record_means_from_source(tmp_path: Path) -> None:
    record = tmp_path / "build_info.json"
    for content in ("{not json", "[1, 2]"):
        record.write_text(content, encoding="utf-8")
        assert build_info(record).describe() == FROM_SOURCE


def test_runtime_line_names_python_and_qt() -> None:
    python = platform.python_version()
    assert runtime_line("6.9.3", "6.9.3") == f"Python {python}, Qt 6.9.3 (PySide6 6.9.3)"
    assert runtime_line(None, None) == f"Python {python}, Qt tidak tersedia"
