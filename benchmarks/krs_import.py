"""Benchmark: KRS list import (read + validate + store) against pandas.read_excel(engine="openpyxl") merely reading.

Generates a realistic N-row x 25-column .xlsx (two title rows, then the header) with xlsxwriter's constant-memory
writer, prepares a database with regions and the demo office, then runs, each in its own child process so peak
memory (ru_maxrss) is the child's own: (1) our import (apply, one transaction), (2) the same import into a
database encrypted with SQLCipher (issue #16), (3) pandas reading the same file.

Usage: ``python benchmarks/krs_import.py --rows 1000000 [--workdir /tmp/krs_bench] [--skip-pandas]
[--skip-encrypted]``.
DESIGN.md section 7 bar: import < 60 s, >= 3x faster than the pandas read, peak < 2 GB; with encryption on too.
Requires the ``bench`` extra (xlsxwriter, pandas).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_IMPORT_CHILD = """
import json, resource, sys, time
from pathlib import Path
from desktop.context import open_context
from desktop.services.krs.import_service import run_import
context = open_context(Path(sys.argv[1]), secret=sys.argv[3] if len(sys.argv) > 3 else None)
start = time.perf_counter()
summary = run_import(context.session_factory, sys.argv[2], dry_run=False)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "new": summary.new, "rejected": summary.rejected}))
"""

_PANDAS_CHILD = """
import json, resource, sys, time
import pandas
start = time.perf_counter()
frame = pandas.read_excel(sys.argv[1], engine="openpyxl", dtype=str, header=2)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "rows": len(frame)}))
"""

_SETUP_CHILD = """
import sys
from pathlib import Path
from desktop.context import open_context
from desktop.services.demo.office_demo import demo_office_settings
from desktop.services.office import save_office
from desktop.services.regions import load_regions
context = open_context(Path(sys.argv[1]))
load_regions(context.session_factory)
save_office(context.session_factory, demo_office_settings())
if len(sys.argv) > 2:
    from desktop.services.encryption import encrypt_database
    encrypt_database(context.engine, context.data_dir, sys.argv[2])
context.dispose()
"""

BENCH_PASSPHRASE = "frasa sandi benchmark"


def generate(path: Path, rows: int) -> float:
    """Writes the benchmark list with xlsxwriter (constant memory); returns the seconds it took."""
    import xlsxwriter

    sys.path.insert(0, str(ROOT))
    from desktop.services.demo.krs_demo import DEMO_DESA, KRS_HEADER, krs_rows

    start = time.perf_counter()
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False})
    sheet = workbook.add_worksheet("KRS")
    sheet.write_string(0, 0, "DAFTAR KELUARGA BERISIKO STUNTING - KABUPATEN LEBAK (BENCHMARK)")
    sheet.write_row(2, 0, KRS_HEADER)
    for number, row in enumerate(krs_rows(rows, seed=1, desa=DEMO_DESA), start=3):
        sheet.write_row(number, 0, row)
    workbook.close()
    return time.perf_counter() - start


def _child(code: str, *args: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _import(data_dir: Path, source: Path, label: str, encrypted: bool = False) -> dict[str, float]:
    """Prepares a fresh data folder (encrypted when asked), imports ``source`` into it and prints the figures."""
    if data_dir.exists():
        import shutil

        shutil.rmtree(data_dir)
    secret = [BENCH_PASSPHRASE] if encrypted else []
    subprocess.run([sys.executable, "-c", _SETUP_CHILD, str(data_dir), *secret], cwd=ROOT, check=True)
    ours = _child(_IMPORT_CHILD, str(data_dir), str(source), *secret)
    print(
        f"{label}: {ours['seconds']:.1f} s, peak {ours['maxrss_kb'] / 1024:.0f} MB, "
        f"{ours['new']:.0f} new, {ours['rejected']:.0f} rejected",
        flush=True,
    )
    return ours


def main() -> int:
    """Runs the benchmark and prints the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--workdir", default="/tmp/krs_bench")
    parser.add_argument("--skip-pandas", action="store_true")
    parser.add_argument("--skip-encrypted", action="store_true")
    args = parser.parse_args()
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / f"krs_{args.rows}.xlsx"
    if not source.exists():
        print(f"generating {source} ...", flush=True)
        print(f"  written in {generate(source, args.rows):.1f} s, {source.stat().st_size / 1e6:.1f} MB", flush=True)
    data_dir = workdir / f"data_{args.rows}"
    ours = _import(data_dir, source, "konvergensi import")
    if not args.skip_encrypted:
        encrypted = _import(workdir / f"data_{args.rows}_encrypted", source, "konvergensi import, SQLCipher", True)
        print(f"ratio (encrypted / plain import): {encrypted['seconds'] / ours['seconds']:.2f}x", flush=True)
    if not args.skip_pandas:
        base = _child(_PANDAS_CHILD, str(source))
        print(
            f"pandas.read_excel(openpyxl) read only: {base['seconds']:.1f} s, peak {base['maxrss_kb'] / 1024:.0f} MB",
            flush=True,
        )
        print(f"ratio (pandas read / our import): {base['seconds'] / ours['seconds']:.2f}x", flush=True)
    print(f"database kept at {data_dir} (for benchmarks/krs_list_view.py)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
