"""Coverage floor per package: ``python tools/coverage_floor.py`` after the tests (CI: ``.ci/run``).

Reads the JSON report the test run writes (``coverage.json``: pytest's ``addopts`` in pyproject.toml) and the
floors in pyproject.toml's ``[tool.konvergensi.coverage-floor]``. Each package's figure is its branch coverage
(covered lines and branches over all lines and branches, as coverage.py counts its total). Exit code 1 names every
package below its floor; a package that does not exist yet is skipped with a note. ``--print-floors`` prints the
table with the measured figures rounded down, to paste into pyproject.toml when a figure rises.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FLOOR_TABLE = "tool.konvergensi.coverage-floor"
# Gated packages, most specific first: a file counts towards the first one that holds it. "desktop" is what is
# left of desktop: its top-level modules and any package not listed here.
PACKAGES = ("desktop.domain", "desktop.ui", "desktop.services", "desktop.reports", "desktop.cli", "db", "desktop")
# Measured and reported, never gated: generated migration scripts (their downgrades run only by hand).
NOT_GATED = ("db.migrations.versions",)


@dataclass
class Figure:
    covered: int = 0
    total: int = 0
    files: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.total if self.total else 100.0

    @property
    def shown(self) -> str:
        """Two decimals cut, not rounded: 93.999 shows as 93.99, never as a misleading 94.00 beside a floor of 93."""
        return f"{math.floor(self.percent * 100) / 100:.2f}"


class FloorError(Exception):
    """The report or the floor table cannot be read; the message says why."""


def _group_of(module_parts: Sequence[str]) -> str | None:
    for name in (*NOT_GATED, *PACKAGES):
        prefix = name.split(".")
        if list(module_parts[: len(prefix)]) == prefix:
            return name
    return None


def _module_parts(file_name: str, root: Path) -> tuple[str, ...]:
    path = PurePath(file_name)
    if path.is_absolute():
        try:
            path = path.relative_to(root)
        except ValueError:
            return ()
    return path.with_suffix("").parts


def figures(report: Mapping[str, Any], root: Path) -> dict[str, Figure]:
    """Branch coverage per group (PACKAGES and NOT_GATED) of a coverage.py JSON report; absent groups are left out."""
    files = report.get("files")
    if not isinstance(files, dict) or not files:
        raise FloorError("the report lists no measured files (was the suite run with --no-cov?)")
    if not report.get("meta", {}).get("branch_coverage"):
        raise FloorError("the report has no branch coverage ([tool.coverage.run] branch = true)")
    result: dict[str, Figure] = {}
    for file_name, data in files.items():
        group = _group_of(_module_parts(file_name, root))
        if group is None:
            continue
        summary = data["summary"]
        figure = result.setdefault(group, Figure())
        figure.covered += int(summary["covered_lines"]) + int(summary.get("covered_branches", 0))
        figure.total += int(summary["num_statements"]) + int(summary.get("num_branches", 0))
        figure.files += 1
    return result


def read_floors(config: Path) -> dict[str, float]:
    table: Any = tomllib.loads(config.read_text(encoding="utf-8"))
    for key in FLOOR_TABLE.split("."):
        table = table.get(key) if isinstance(table, dict) else None
    if not isinstance(table, dict):
        raise FloorError(f"{config} has no [{FLOOR_TABLE}] table")
    unknown = sorted(set(table) - set(PACKAGES))
    if unknown:
        raise FloorError(f"[{FLOOR_TABLE}] names unknown packages: {', '.join(unknown)} (known: {', '.join(PACKAGES)})")
    floors: dict[str, float] = {}
    for name, value in table.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
            raise FloorError(f"[{FLOOR_TABLE}] {name} = {value!r} is not a percentage")
        floors[name] = float(value)
    return floors


def check(measured: Mapping[str, Figure], floors: Mapping[str, float]) -> tuple[list[str], list[str]]:
    """The report lines and the failures (empty when every present package meets its floor)."""
    lines: list[str] = []
    failures: list[str] = []
    for name in PACKAGES:
        figure, floor = measured.get(name), floors.get(name)
        if figure is None:
            lines.append(f"  {name:<24} not present, skipped")
        elif floor is None:
            lines.append(f"  {name:<24} {figure.shown:>6}%  no floor")
            failures.append(
                f"{name} has no floor: it measures {figure.shown}%; "
                f'add "{name}" = {math.floor(figure.percent)} to [{FLOOR_TABLE}]'
            )
        else:
            verdict = "ok" if figure.percent >= floor else "BELOW FLOOR"
            lines.append(f"  {name:<24} {figure.shown:>6}%  floor {floor:g}%  {verdict}")
            if figure.percent < floor:
                failures.append(f"{name} is at {figure.shown}%, below its floor of {floor:g}%")
    for name in NOT_GATED:
        if name in measured:
            lines.append(f"  {name:<24} {measured[name].shown:>6}%  not gated")
    return lines, failures


def floor_table(measured: Mapping[str, Figure]) -> str:
    rows = [f'"{name}" = {math.floor(measured[name].percent)}' for name in PACKAGES if name in measured]
    return "\n".join([f"[{FLOOR_TABLE}]", *rows])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--report", type=Path, default=ROOT / "coverage.json", help="coverage.py JSON report")
    parser.add_argument("--config", type=Path, default=ROOT / "pyproject.toml", help="file holding the floors")
    parser.add_argument("--print-floors", action="store_true", help="print the floor table from the measured figures")
    args = parser.parse_args(argv)
    try:
        report = json.loads(args.report.read_text(encoding="utf-8"))
        measured = figures(report, args.config.resolve().parent)
        if args.print_floors:
            print(floor_table(measured))
            return 0
        lines, failures = check(measured, read_floors(args.config))
    except (OSError, ValueError, KeyError, FloorError) as error:
        print(f"coverage floor: cannot check: {error}", file=sys.stderr)
        return 1
    print(f"Coverage per package (branch coverage; floors in {args.config.name} [{FLOOR_TABLE}]):")
    print("\n".join(lines))
    for failure in failures:
        print(f"coverage floor: FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
