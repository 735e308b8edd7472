"""Benchmark: an exchange package of N families with verification history, beside ``krs import`` of the same families.

Prepares a kabupaten (Lebak) and its kecamatan (Cibadak) that trust each other, generates an N-row KRS .xlsx (every
family in Cibadak, so all of them are in the kecamatan's scope), then runs, each in its own child process so peak
memory (ru_maxrss) is the child's own: (1) ``krs import`` of the .xlsx at the kabupaten (the baseline), then one
verification per family is added, (2) the full package export for the kecamatan, (3) its import at the kecamatan,
(4) the same package imported again (a no-op).

Usage: ``python benchmarks/exchange.py --rows 100000 [--workdir /tmp/exchange_bench]``.
DESIGN.md section 7 bar: export and import each under 20 s and no slower than ``krs import`` of the same families;
the no-op re-import under 5 s; peak memory under 500 MB. Requires the ``bench`` extra (xlsxwriter).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CIBADAK = (("36.02.18.2001", "Tambakbaya", "Cibadak"), ("36.02.18.2003", "Panancangan", "Cibadak"))

_SETUP_CHILD = """
import shutil, sys
from pathlib import Path
from desktop.context import open_context
from desktop.domain.office import OfficeSettings
from desktop.paths import DATABASE_FILE
from desktop.services.exchange.offices import add_partner, own_card, setup_office
from desktop.services.regions import load_regions
kab, kec = Path(sys.argv[1]), Path(sys.argv[2])
context = open_context(kab)
load_regions(context.session_factory)
context.dispose()
kec.mkdir(parents=True)
shutil.copy(kab / DATABASE_FILE, kec / DATABASE_FILE)
offices = []
for folder, level, region, name in ((kab, 2, "36.02", "Bapelitbangda Lebak"), (kec, 3, "36.02.18", "TPPS Cibadak")):
    context = open_context(folder)
    setup_office(context.session_factory, folder, OfficeSettings(region_code=region, name=name), level)
    offices.append(context)
cards = [own_card(c.session_factory, c.data_dir) for c in offices]
add_partner(offices[0].session_factory, cards[1])
add_partner(offices[1].session_factory, cards[0])
print(cards[1].code)
"""

_KRS_IMPORT_CHILD = """
import json, resource, sys, time
from pathlib import Path
from desktop.context import open_context
from desktop.services.krs.import_service import run_import
context = open_context(Path(sys.argv[1]))
start, cpu = time.perf_counter(), time.process_time()
summary = run_import(context.session_factory, sys.argv[2], dry_run=False)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "cpu": time.process_time() - cpu,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "new": summary.new}))
"""

# One verification per family, written with Core (the history the package carries); not timed.
_VERIFY_CHILD = """
import sys, uuid
from datetime import UTC, date, datetime
from pathlib import Path
from sqlalchemy import insert, select
from db.models.krs import KrsFamily, KrsVerification
from desktop.context import open_context
context = open_context(Path(sys.argv[1]))
now = datetime.now(UTC)
with context.engine.begin() as connection:
    ids = connection.execute(select(KrsFamily.id)).scalars().all()
    rows = [{"uuid": str(uuid.uuid4()), "origin_office": "bench", "created_at": now, "updated_at": now,
             "row_version": 1, "family_id": family, "existence_code": "ditemukan", "result_code": "tetap_berisiko",
             "flags_json": "{}",
             "verifier_name": "Bidan Siti", "verifier_role": "bidan", "verified_on": date(2026, 11, 2), "notes": ""}
            for family in ids]
    connection.execute(insert(KrsVerification.__table__), rows)
print(len(ids))
"""

_EXPORT_CHILD = """
import json, resource, sys, time
from pathlib import Path
from desktop.context import open_context
from desktop.services.exchange.export import export_package
context = open_context(Path(sys.argv[1]))
start, cpu = time.perf_counter(), time.process_time()
result = export_package(context.session_factory, context.data_dir, sys.argv[2], Path(sys.argv[3]), full=True)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "cpu": time.process_time() - cpu,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "records": result.total, "bytes": Path(sys.argv[3]).stat().st_size}))
"""

_IMPORT_CHILD = """
import json, resource, sys, time
from pathlib import Path
from desktop.context import open_context
from desktop.services.exchange.importer import import_package
context = open_context(Path(sys.argv[1]))
start, cpu = time.perf_counter(), time.process_time()
result = import_package(context.session_factory, context.data_dir, Path(sys.argv[2]))
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "cpu": time.process_time() - cpu,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "new": result.total("new"), "unchanged": result.total("unchanged"),
                  "rejected": result.total("rejected")}))
"""


def generate(path: Path, rows: int) -> float:
    """Writes the KRS list with xlsxwriter (constant memory); returns the seconds it took."""
    import xlsxwriter

    sys.path.insert(0, str(ROOT))
    from desktop.services.demo.krs_demo import KRS_HEADER, krs_rows

    start = time.perf_counter()
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False})
    sheet = workbook.add_worksheet("KRS")
    sheet.write_string(0, 0, "DAFTAR KELUARGA BERISIKO STUNTING - KECAMATAN CIBADAK (BENCHMARK)")
    sheet.write_row(2, 0, KRS_HEADER)
    for number, row in enumerate(krs_rows(rows, seed=3, desa=CIBADAK), start=3):
        sheet.write_row(number, 0, row)
    workbook.close()
    return time.perf_counter() - start


def _child(code: str, *args: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _line(name: str, figures: dict[str, float]) -> str:
    # CPU seconds beside the wall clock: on a loaded machine they show the work itself.
    return f"{name}: {figures['seconds']:.1f} s ({figures['cpu']:.1f} s CPU), peak {figures['maxrss_kb'] / 1024:.0f} MB"


def main() -> int:
    """Runs the benchmark and prints the figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--workdir", default="/tmp/exchange_bench")
    args = parser.parse_args()
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / f"krs_cibadak_{args.rows}.xlsx"
    if not source.exists():
        print(f"generating {source} ...", flush=True)
        print(f"  written in {generate(source, args.rows):.1f} s, {source.stat().st_size / 1e6:.1f} MB", flush=True)
    kab, kec = workdir / "kabupaten", workdir / "kecamatan"
    for folder in (kab, kec):
        shutil.rmtree(folder, ignore_errors=True)
    setup = subprocess.run(
        [sys.executable, "-c", _SETUP_CHILD, str(kab), str(kec)], cwd=ROOT, check=True, capture_output=True, text=True
    )
    kec_code = setup.stdout.strip().splitlines()[-1]
    baseline = _child(_KRS_IMPORT_CHILD, str(kab), str(source))
    print(_line("krs import (xlsx, baseline)", baseline) + f", {baseline['new']:.0f} new", flush=True)
    verified = subprocess.run(
        [sys.executable, "-c", _VERIFY_CHILD, str(kab)], cwd=ROOT, check=True, capture_output=True, text=True
    )
    print(f"verification history: {verified.stdout.strip()} verifications added", flush=True)
    package = workdir / "cibadak.konv"
    export = _child(_EXPORT_CHILD, str(kab), kec_code, str(package))
    print(
        _line("exchange export (full)", export)
        + f", {export['records']:.0f} records, {export['bytes'] / 1e6:.1f} MB package",
        flush=True,
    )
    first = _child(_IMPORT_CHILD, str(kec), str(package))
    print(_line("exchange import", first) + f", {first['new']:.0f} new, {first['rejected']:.0f} rejected", flush=True)
    again = _child(_IMPORT_CHILD, str(kec), str(package))
    print(_line("exchange re-import (no-op)", again) + f", {again['unchanged']:.0f} unchanged", flush=True)
    for name, figures in (("export", export), ("import", first)):
        print(
            f"ratio {name} / krs import: {figures['seconds'] / baseline['seconds']:.2f} "
            f"(CPU {figures['cpu'] / baseline['cpu']:.2f})"
        )
    print(
        "bar: export, import < 20 s and ratios <= 1.00; re-import < 5 s; peak < 500 MB: "
        + (
            "met"
            if max(export["seconds"], first["seconds"]) < 20
            and again["seconds"] < 5
            and max(export["seconds"], first["seconds"]) <= baseline["seconds"]
            and max(r["maxrss_kb"] for r in (export, first, again)) < 500 * 1024
            else "NOT met"
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
