"""Runs every benchmark in this folder, one after another, and prints one table of their figures and ratios.

Usage: ``python benchmarks/run_all.py [--rows 1000000] [--workdir /tmp/krs_bench] [--quick] [--only NAME ...]``

Each benchmark runs as its own process (its output is shown as it comes); afterwards the figures that matter are
collected into one table. Every figure is also given as a ratio to a floor measured in the same run where the
benchmark has one (issue #18: absolute times differ between machines and with load, ratios much less). Not run in
CI: on 1,000,000 rows it takes many minutes. ``--quick`` uses 100,000 rows, 3 start-up runs, no pandas, no
SQLCipher import.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

Row = tuple[str, str, str]
"""A line of the table: figure, value, ratio or bar."""


def _run(name: str, arguments: list[str]) -> list[str]:
    """Runs one benchmark, echoing its output; returns its lines."""
    print(f"\n=== {name} {' '.join(arguments)}", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(HERE / f"{name}.py"), *arguments],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    assert process.stdout is not None
    for line in process.stdout:
        print(f"  {line}", end="", flush=True)
        lines.append(line.rstrip("\n"))
    code = process.wait()
    print(f"=== {name}: exit {code} after {time.perf_counter() - started:.0f} s", flush=True)
    if code != 0:
        lines.append(f"FAILED (exit {code})")
    return lines


def _last_json(lines: list[str]) -> dict[str, float]:
    for line in reversed(lines):
        if line.startswith("{"):
            return json.loads(line)  # type: ignore[no-any-return]
    return {}


def _import_rows(lines: list[str]) -> list[Row]:
    data = _last_json(lines)
    if not data:
        return [("krs import", "failed", "")]
    rows: list[Row] = [
        ("krs import (read+validate+store+index)", f"{data['import']:.1f} s", f"{data['floor_ratio']:.2f}x floor"),
        ("  floor: calamine + sqlite3 executemany + indexes", f"{data['floor']:.1f} s", "goal: import <= 1.5x"),
        (
            "  split: read / validate / insert / index",
            "{read:.1f} / {validate:.1f} / {insert:.1f} / {index:.1f} s".format(**data),
            "",
        ),
        ("  peak memory", f"{data['peak_mb']:.0f} MB", "goal < 1024 MB"),
    ]
    if "pandas_ratio" in data:
        rows.append(("  pandas read / our import", f"{data['pandas_ratio']:.2f}x", "goal >= 10x"))
    if "encrypted_ratio" in data:
        rows.append(("  SQLCipher import / plain import", f"{data['encrypted_ratio']:.2f}x", ""))
    return rows


_MS = re.compile(r"^(?P<label>.+?)\s+(?:(?P<rows>[\d,]+) rows\s+)?(?P<ms>[\d.]+) ms(?:\s+(?P<ratio>[\d.]+)x floor)?$")
_COLON_MS = re.compile(r"^(?P<label>[^:]+?)(?: \([^)]*\))?: (?:(?P<rows>[\d,]+) in )?(?P<ms>[\d.]+) ms")


def _list_rows(lines: list[str]) -> list[Row]:
    rows: list[Row] = []
    for line in lines:
        match = _MS.match(line) or _COLON_MS.match(line)
        if match is None:
            continue
        ms = float(match["ms"])
        label = match["label"].strip().rstrip(":")
        if label.startswith("floor"):
            rows.append((f"list: {label}", f"{ms:.0f} ms", "floor"))
            continue
        if "background" in line or label.startswith("page starts"):
            rows.append((f"list: {label}", f"{ms:.0f} ms", "background"))
            continue
        if label.startswith("scrolling"):
            rows.append((f"list: {label}", f"{ms:.0f} ms", ""))
            continue
        bar = 500.0 if (label.startswith("first page") or label.startswith("jump")) else 100.0
        ratio = f"{float(match['ratio']):.1f}x floor, " if match.groupdict().get("ratio") else ""
        verdict = "ok" if ms < bar else "OVER"
        rows.append((f"list: {label}", f"{ms:.0f} ms", f"{ratio}{verdict} (< {bar:.0f} ms)"))
    return rows or [("list view", "failed", "")]


def _startup_rows(lines: list[str]) -> list[Row]:
    data = _last_json(lines)
    if not data:
        return [("start-up", "failed", "")]
    return [
        ("start: window shown", f"{data['window']:.2f} s", f"{data['window'] / data['bare_window']:.2f}x bare window"),
        ("start: dashboard ready", f"{data['dashboard']:.2f} s", f"{data['dashboard_ratio']:.2f}x bare window"),
        ("start: whole process", f"{data['process']:.2f} s", f"{data['process_ratio']:.2f}x bare (goal <= 5x)"),
        ("start: bare PySide6 window", f"{data['bare_window']:.2f} s", "floor"),
    ]


def _ratio_lines(prefix: str) -> Callable[[list[str]], list[Row]]:
    def rows(lines: list[str]) -> list[Row]:
        found: list[Row] = []
        for line in lines:
            if "ratio" in line or line.startswith(("konvergensi", "bare", "peak")):
                label, _sep, value = line.partition(":")
                found.append((f"{prefix}: {label.strip()}", value.strip(), ""))
        return found or [(prefix, "failed", "")]

    return rows


def main() -> int:
    """Runs the benchmarks and prints the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of the KRS import (and the list view)")
    parser.add_argument("--workdir", default="/tmp/krs_bench")
    parser.add_argument("--quick", action="store_true", help="100,000 rows, fewer runs, no pandas, no SQLCipher")
    parser.add_argument("--only", nargs="*", default=None, help="benchmark names (krs_import, krs_list_view, ...)")
    args = parser.parse_args()
    rows = 100_000 if args.quick else args.rows
    data_dir = str(Path(args.workdir) / f"data_{rows}")
    extra = ["--skip-pandas", "--skip-encrypted"] if args.quick else []
    runs = ["--runs", "3"] if args.quick else []
    plan: list[tuple[str, list[str], Callable[[list[str]], list[Row]]]] = [
        ("krs_import", ["--rows", str(rows), "--workdir", args.workdir, "--json", *extra], _import_rows),
        ("krs_list_view", ["--data-dir", data_dir], _list_rows),
        ("startup", [*runs, "--json"], _startup_rows),
        ("startup", [*runs, "--data-dir", data_dir, "--json"], _startup_rows),
        ("export_xlsx", ["--rows", str(min(rows, 200_000))], _ratio_lines("export xlsx")),
        ("minutes_pdf", runs, _ratio_lines("minutes pdf")),
        ("exchange", ["--rows", str(min(rows, 100_000))], _ratio_lines("exchange")),
    ]
    table: list[Row] = []
    for name, arguments, extract in plan:
        if args.only and name not in args.only:
            continue
        found = extract(_run(name, arguments))
        if name == "startup" and "--data-dir" in arguments:
            found = [(f"{label} ({rows:,} families)", value, ratio) for label, value, ratio in found]
        table.extend(found)
    width = max((len(row[0]) for row in table), default=10)
    print(f"\n| {'figure':<{width}} | {'value':>28} | ratio / bar")
    print(f"|{'-' * (width + 2)}|{'-' * 30}|{'-' * 30}")
    for label, value, ratio in table:
        print(f"| {label:<{width}} | {value:>28} | {ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
