"""tools/coverage_floor.py on real report and floor files: exit 1 naming the package under its floor, 0 otherwise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tools.coverage_floor import PACKAGES, main, read_floors

ROOT = Path(__file__).resolve().parents[2]


def _file(lines: int, covered_lines: int, branches: int = 0, covered_branches: int = 0) -> dict[str, object]:
    summary = {
        "covered_lines": covered_lines,
        "num_statements": lines,
        "covered_branches": covered_branches,
        "num_branches": branches,
    }
    return {"summary": summary}


def _write(tmp_path: Path, files: dict[str, dict[str, object]], floors: str) -> list[str]:
    report = tmp_path / "coverage.json"
    report.write_text(json.dumps({"meta": {"branch_coverage": True}, "files": files}), encoding="utf-8")
    config = tmp_path / "pyproject.toml"
    config.write_text(f"[tool.konvergensi.coverage-floor]\n{floors}\n", encoding="utf-8")
    return ["--report", str(report), "--config", str(config)]


FILES = {
    # desktop.ui: (70 + 10) of (100 + 20) = 66.67 %
    "desktop/ui/main_window.py": _file(100, 70, 20, 10),
    # desktop.services: (45 + 5) of (50 + 10) and 40 of 40 = 90 of 100
    "desktop/services/krs/importer.py": _file(50, 45, 10, 5),
    "desktop/services/cases.py": _file(40, 40),
    # the rest of desktop: 9 of 10
    "desktop/__main__.py": _file(10, 9),
    "desktop/context.py": _file(0, 0),
    # db: 30 of 40; the migration scripts (1 of 10) are reported, not gated
    "db/engine.py": _file(40, 30),
    "db/migrations/versions/0001_initial.py": _file(10, 1),
}
FLOORS = '"desktop.ui" = 66\n"desktop.services" = 90\n"desktop" = 90\n"db" = 75'


def test_passes_when_every_package_meets_its_floor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(_write(tmp_path, FILES, FLOORS)) == 0
    out = capsys.readouterr().out
    assert "desktop.ui                66.66%  floor 66%  ok" in out
    assert "desktop.services          90.00%  floor 90%  ok" in out
    assert "db                        75.00%  floor 75%  ok" in out
    assert "db.migrations.versions    10.00%  not gated" in out
    # Packages that do not exist yet (no measured file) are skipped, not failed.
    assert "desktop.domain           not present, skipped" in out
    assert "desktop.cli              not present, skipped" in out


def test_fails_naming_the_package_its_figure_and_its_floor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    floors = FLOORS.replace('"desktop.ui" = 66', '"desktop.ui" = 67').replace('"db" = 75', '"db" = 75.5')
    assert main(_write(tmp_path, FILES, floors)) == 1
    captured = capsys.readouterr()
    assert "desktop.ui                66.66%  floor 67%  BELOW FLOOR" in captured.out
    assert "desktop.ui is at 66.66%, below its floor of 67%" in captured.err
    assert "db is at 75.00%, below its floor of 75.5%" in captured.err
    assert "desktop.services" not in captured.err


def test_a_measured_package_without_a_floor_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {**FILES, "desktop/domain/zscore.py": _file(20, 19)}
    assert main(_write(tmp_path, files, FLOORS)) == 1
    err = capsys.readouterr().err
    assert 'desktop.domain has no floor: it measures 95.00%; add "desktop.domain" = 95' in err


@pytest.mark.parametrize(
    ("floors", "message"),
    [
        ('"desktop.gui" = 50', "unknown packages: desktop.gui"),
        ('"db" = "high"', "db = 'high' is not a percentage"),
        ('"db" = 101', "db = 101 is not a percentage"),
    ],
)
def test_a_wrong_floor_table_fails_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], floors: str, message: str
) -> None:
    assert main(_write(tmp_path, FILES, floors)) == 1
    assert message in capsys.readouterr().err


def test_a_report_without_files_or_branches_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(_write(tmp_path, {}, FLOORS)) == 1
    assert "lists no measured files" in capsys.readouterr().err
    args = _write(tmp_path, FILES, FLOORS)
    (tmp_path / "coverage.json").write_text(json.dumps({"meta": {}, "files": FILES}), encoding="utf-8")
    assert main(args) == 1
    assert "no branch coverage" in capsys.readouterr().err
    (tmp_path / "coverage.json").unlink()
    assert main(args) == 1
    assert "cannot check" in capsys.readouterr().err


def test_print_floors_rounds_the_figures_down(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*_write(tmp_path, FILES, FLOORS), "--print-floors"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "[tool.konvergensi.coverage-floor]",
        '"desktop.ui" = 66',
        '"desktop.services" = 90',
        '"db" = 75',
        '"desktop" = 90',
    ]


def test_runs_as_a_script_with_its_exit_code(tmp_path: Path) -> None:
    args = _write(tmp_path, FILES, FLOORS.replace('"desktop" = 90', '"desktop" = 91'))
    command = [sys.executable, str(ROOT / "tools" / "coverage_floor.py"), *args]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 1
    assert "desktop is at 90.00%, below its floor of 91%" in result.stderr


def test_the_repository_floors_name_known_packages() -> None:
    # The real table: every floor is a whole percent for a known package (the check itself needs a report).
    floors = read_floors(ROOT / "pyproject.toml")
    assert floors and set(floors) <= set(PACKAGES)
    assert all(value == int(value) for value in floors.values())
