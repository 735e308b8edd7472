"""By-name Excel export of 200,000 KRS families beside xlsxwriter's constant-memory mode, in one run.

Usage: ``python benchmarks/export_xlsx.py [--rows 200000] [--keep DIR]``

A temporary database gets the regions, the demo office and ``--rows`` families (Core inserts). Then, each in its
own process so peak memory (max RSS) is its own:

- ``app``: :func:`desktop.services.reports.export.export_report` for ``krs-list`` (page-wise reading, masking,
  formula guard on every value, styled identifier/date cells, title rows, notes, signature, print setup,
  openpyxl write-only mode, temporary name + rename);
- ``xlsxwriter``: the same rows from the same service generator written with
  ``xlsxwriter.Workbook(..., {"constant_memory": True})`` (text format on identifiers, date format on dates);
- ``read``: the same generator with no writer, to show what reading the database costs in both figures;
- ``app`` again with a quarter of the rows, to show memory does not grow with the row count.

DESIGN.md §7 bar: no slower than 1.3x xlsxwriter's constant-memory mode; memory flat.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from db.models.krs import KrsFamily
from desktop.context import open_context
from desktop.domain.reports.table import ColumnKind
from desktop.services.demo.office_demo import demo_office_settings
from desktop.services.office import save_office
from desktop.services.regions import load_regions
from desktop.services.reports.scope import ReportRequest

DESA = ("36.02.18.2001", "36.02.18.2002", "36.02.18.2003", "36.02.18.2004", "36.02.11.2001", "36.02.06.2002")
REQUEST = ReportRequest("krs-list", 2024, today=dt.date(2024, 12, 20))


def _fill(data_dir: Path, count: int) -> None:
    context = open_context(data_dir)
    load_regions(context.session_factory)
    save_office(context.session_factory, demo_office_settings())
    with context.engine.begin() as connection:
        # A throwaway database: no search index needed (the KRS import drops this trigger the same way).
        connection.execute(text("DROP TRIGGER IF EXISTS krs_family_fts_ai"))
        batch: list[dict[str, Any]] = []
        for index in range(count):
            desa = DESA[index % len(DESA)]
            batch.append(
                {
                    "source_round": "PK24",
                    "identity_key": f"KK:{index:016d}",
                    "kecamatan_code": desa.rsplit(".", 1)[0],
                    "desa_code": desa,
                    "rw": f"{index % 12 + 1:03d}",
                    "rt": f"{index % 9 + 1:03d}",
                    "address": f"Kp. Sukamaju No. {index % 400}",
                    "head_name": f"Kepala Keluarga Nomor {index}",
                    "nik": f"360218{index % 28 + 1:02d}{index % 12 + 1:02d}{80 + index % 20:02d}{index % 9999 + 1:04d}",
                    "no_kk": f"3602180{index:09d}",
                    "wife_name": f"Istri Keluarga {index}",
                    "wife_age": 20 + index % 20,
                    "pus": True,
                    "baduta": index % 3 == 0,
                    "air_minum_tidak_layak": index % 2 == 0,
                    "jamban_tidak_layak": index % 5 == 0,
                    "terlalu_muda": index % 7 == 0,
                    "existence_code": "ditemukan" if index % 4 == 0 else None,
                    "result_code": "tetap_berisiko" if index % 4 == 0 else None,
                    "verified_on": dt.date(2024, 9, index % 28 + 1) if index % 4 == 0 else None,
                }
            )
            if len(batch) == 20_000:
                connection.execute(insert(KrsFamily), batch)
                batch.clear()
        if batch:
            connection.execute(insert(KrsFamily), batch)
    context.dispose()


def _xlsxwriter(data_dir: Path, target: Path, rows: int) -> int:
    import xlsxwriter

    from desktop.services.reports.by_name import krs_family_list

    context = open_context(data_dir, upgrade=False)
    table = krs_family_list(context.session_factory, REQUEST)
    workbook = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    sheet = workbook.add_worksheet("krs-list")
    text_format = workbook.add_format({"num_format": "@"})
    date_format = workbook.add_format({"num_format": "dd-mm-yyyy"})
    kinds = [column.kind for column in table.columns]
    sheet.write_row(0, 0, [column.header for column in table.columns])
    count = 0
    for count, values in enumerate(table.rows, start=1):
        for col, (value, kind) in enumerate(zip(values, kinds, strict=True)):
            if value is None:
                continue
            if kind == ColumnKind.DATE:
                sheet.write_datetime(count, col, dt.datetime(value.year, value.month, value.day), date_format)
            elif kind == ColumnKind.IDENTIFIER:
                sheet.write_string(count, col, value, text_format)
            elif isinstance(value, str):
                sheet.write_string(count, col, value)  # write_string: never a formula
            else:
                sheet.write_number(count, col, value)
    workbook.close()
    return count


def _child(mode: str, data_dir: Path, target: Path) -> None:
    started = time.perf_counter()
    rows = 0
    if mode == "app":
        from desktop.services.reports.export import export_report

        context = open_context(data_dir, upgrade=False)
        rows = export_report(context.session_factory, REQUEST, target).rows
    elif mode == "xlsxwriter":
        rows = _xlsxwriter(data_dir, target, rows)
    else:
        from desktop.services.reports.by_name import krs_family_list

        context = open_context(data_dir, upgrade=False)
        rows = sum(1 for _ in krs_family_list(context.session_factory, REQUEST).rows)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = target.stat().st_size if target.exists() else 0
    print(json.dumps({"mode": mode, "rows": rows, "seconds": seconds, "peak_mb": peak_mb, "bytes": size}))


def _run(mode: str, data_dir: Path, target: Path) -> dict[str, Any]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--data", str(data_dir), "--target", str(target)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def main() -> None:
    """Prints seconds, peak memory and file size of each writer, and the ratio to xlsxwriter."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, default=None, help="keep the database and files in this folder")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--target", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.data, args.target)
        return
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        root.mkdir(parents=True, exist_ok=True)
        small, large = root / "quarter", root / "full"
        for folder, count in ((small, args.rows // 4), (large, args.rows)):
            if not folder.exists():
                started = time.perf_counter()
                folder.mkdir()
                _fill(folder, count)
                print(f"database with {count:,} families: {time.perf_counter() - started:.1f} s", flush=True)
        results = {
            "read": _run("read", large, root / "read.none"),
            "xlsxwriter": _run("xlsxwriter", large, root / "xlsxwriter.xlsx"),
            "app": _run("app", large, root / "app.xlsx"),
            "app_quarter": _run("app", small, root / "app_quarter.xlsx"),
        }
    for name, result in results.items():
        print(
            f"{name:12s} rows {result['rows']:>8,}  {result['seconds']:6.2f} s  peak {result['peak_mb']:6.0f} MB  "
            f"file {result['bytes'] / 1e6:5.1f} MB"
        )
    ratio = results["app"]["seconds"] / results["xlsxwriter"]["seconds"]
    read = results["read"]["seconds"]
    write_ratio = (results["app"]["seconds"] - read) / max(results["xlsxwriter"]["seconds"] - read, 1e-9)
    growth = results["app"]["peak_mb"] - results["app_quarter"]["peak_mb"]
    print(f"ratio app / xlsxwriter (end to end): {ratio:.2f}  (bar <= 1.30)")
    print(f"ratio of the writing part alone (minus reading {read:.2f} s): {write_ratio:.2f}")
    print(f"peak memory growth from {args.rows // 4:,} to {args.rows:,} rows: {growth:+.0f} MB (flat = no growth)")


if __name__ == "__main__":
    main()
