"""Benchmark: KRS list import (read + validate + store + search index) against the machine's floor and pandas.

Generates a realistic N-row x 25-column .xlsx (two title rows, then the header) with xlsxwriter's constant-memory
writer, prepares a database with regions and the demo office, then runs, each in its own child process so peak
memory (ru_maxrss) is the child's own:

1. the floor (issue #18): python-calamine reading the same file, plus a raw ``sqlite3`` ``executemany`` of the same
   rows into a copy of the ``krs_family`` table (its primary key and unique constraints) in a fresh file, then the
   same secondary indexes and the trigram search index built after, in one transaction;
2. our import (apply, one transaction), with the time split, all measured inside that run: read (time waited on
   the reader's row iterator, which parses in a thread of its own), insert and index (inside the bulk writer), and
   validate (the rest: parsing, rules, classification);
3. the same import into a database encrypted with SQLCipher (issue #16);
4. pandas reading the same file.

Usage: ``python benchmarks/krs_import.py --rows 1000000 [--workdir /tmp/krs_bench] [--skip-pandas]
[--skip-encrypted] [--json]``.
Bars: DESIGN.md section 7: import < 60 s, >= 3x faster than the pandas read, peak < 2 GB; issue #18: at most 1.5x
the floor, under 1 GB, the pandas ratio >= 10x. Requires the ``bench`` extra (xlsxwriter, pandas).
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
from desktop.services.krs import bulk_writer
from desktop.services.krs.import_service import run_import
# The time inside the bulk writer: its batch writes ("insert") and its end (search index, secondary indexes).
spent = {"insert": 0.0, "finish": 0.0}
def timed(method, key):
    def wrapper(self, *args):
        begin = time.perf_counter()
        try:
            return method(self, *args)
        finally:
            spent[key] += time.perf_counter() - begin
    return wrapper
bulk_writer.BulkWriter._write = timed(bulk_writer.BulkWriter._write, "insert")
finish = bulk_writer.BulkWriter.finish
def finish_timed(self):
    before = spent["insert"]
    timed(finish, "finish")(self)
    spent["finish"] -= spent["insert"] - before  # its last batch counts as insert
bulk_writer.BulkWriter.finish = finish_timed
# The time spent inside the reader: each next() of the row iterator the import loops over.
from desktop.services.tabular import readers
rows = readers.TableSource.rows
def rows_timed(self, *args, **kwargs):
    iterator = iter(rows(self, *args, **kwargs))
    clock = time.perf_counter
    while True:
        begin = clock()
        try:
            item = next(iterator)
        except StopIteration:
            spent["read"] += clock() - begin
            return
        spent["read"] += clock() - begin
        yield item
spent["read"] = 0.0
readers.TableSource.rows = rows_timed
context = open_context(Path(sys.argv[1]), secret=sys.argv[3] if len(sys.argv) > 3 else None)
start = time.perf_counter()
summary = run_import(context.session_factory, sys.argv[2], dry_run=False)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "new": summary.new, "rejected": summary.rejected, "insert": spent["insert"],
                  "index": spent["finish"], "read": spent["read"]}))
"""

_FLOOR_CHILD = """
import json, resource, sqlite3, sys, time
from python_calamine import CalamineWorkbook
template, target, source = sys.argv[1:4]
schema = sqlite3.connect(template)
table_sql = schema.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'krs_family'").fetchone()[0]
index_sql = [sql for (sql,) in schema.execute(
    "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'krs_family' AND sql IS NOT NULL")]
fts_sql = schema.execute("SELECT sql FROM sqlite_master WHERE name = 'krs_family_fts'").fetchone()[0]
columns = [row[1] for row in schema.execute("PRAGMA table_info(krs_family)")]
schema.close()
header = [str(cell).strip().lower() for cell in json.loads(sys.argv[4])]
# file column of each table column (by the benchmark file's header), else a constant
by_label = {"kode desa": "desa_code", "nama kepala keluarga": "head_name", "nik kepala keluarga": "nik",
            "no. kk": "no_kk", "nama istri": "wife_name", "alamat": "address", "rw/dusun": "rw", "rt": "rt"}
position = {by_label[label]: at for at, label in enumerate(header) if label in by_label}
constant = {"source_round": "PK24", "kecamatan_code": "36.02.01", "origin_office": "bench", "created_at": "2026",
            "updated_at": "2026", "row_version": 1, "content_hash": "0" * 32, "welfare_rank": "", "risk_status": ""}
plan = [(position.get(name), constant.get(name, 0)) for name in columns[1:]]
uuid_at, key_at = columns.index("uuid") - 1, columns.index("identity_key") - 1
start = time.perf_counter()
sheet = CalamineWorkbook.from_path(source).get_sheet_by_index(0)
def values():
    for number, cells in enumerate(sheet.iter_rows()):
        if number < 3:
            continue
        row = [cells[at] if at is not None else value for at, value in plan]
        row[uuid_at] = row[key_at] = str(number)
        yield row
db = sqlite3.connect(target, isolation_level=None)
db.execute(table_sql)
db.execute(fts_sql)
db.execute("BEGIN")
placeholders = ", ".join("?" * (len(columns) - 1))
db.executemany(f"INSERT INTO krs_family ({', '.join(columns[1:])}) VALUES ({placeholders})", values())
loaded = time.perf_counter()
for sql in index_sql:
    db.execute(sql)
db.execute("INSERT INTO krs_family_fts(rowid, head_name, wife_name, nik, no_kk, address) "
           "SELECT id, head_name, wife_name, nik, no_kk, address FROM krs_family")
db.execute("COMMIT")
end = time.perf_counter()
rows = db.execute("SELECT count(*) FROM krs_family").fetchone()[0]
db.close()
print(json.dumps({"seconds": end - start, "load": loaded - start, "index": end - loaded, "rows": rows,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

_CALAMINE_CHILD = """
import json, sys, time
from python_calamine import CalamineWorkbook
start = time.perf_counter()
rows = sum(1 for _row in CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).iter_rows())
print(json.dumps({"seconds": time.perf_counter() - start, "rows": rows}))
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


def _floor(data_dir: Path, workdir: Path, source: Path) -> dict[str, float]:
    """The floor: calamine reading the file, raw sqlite3 executemany, then the indexes; prints it."""
    from desktop.services.demo.krs_demo import KRS_HEADER

    target = workdir / "floor.sqlite3"
    target.unlink(missing_ok=True)
    template = data_dir / "konvergensi.sqlite3"
    floor = _child(_FLOOR_CHILD, str(template), str(target), str(source), json.dumps(list(KRS_HEADER)))
    target.unlink(missing_ok=True)
    read = _child(_CALAMINE_CHILD, str(source))
    floor["read"] = read["seconds"]
    print(
        f"floor (calamine + sqlite3 executemany + indexes after): {floor['seconds']:.1f} s "
        f"(calamine read alone {read['seconds']:.1f} s; read + insert {floor['load']:.1f} s, indexes "
        f"{floor['index']:.1f} s), peak {floor['maxrss_kb'] / 1024:.0f} MB, {floor['rows']:.0f} rows",
        flush=True,
    )
    return floor


def main() -> int:
    """Runs the benchmark and prints the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--workdir", default="/tmp/krs_bench")
    parser.add_argument("--skip-pandas", action="store_true")
    parser.add_argument("--skip-encrypted", action="store_true")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line (run_all.py)")
    args = parser.parse_args()
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / f"krs_{args.rows}.xlsx"
    if not source.exists():
        print(f"generating {source} ...", flush=True)
        print(f"  written in {generate(source, args.rows):.1f} s, {source.stat().st_size / 1e6:.1f} MB", flush=True)
    data_dir = workdir / f"data_{args.rows}"
    ours = _import(data_dir, source, "konvergensi import")
    floor = _floor(data_dir, workdir, source)
    read = ours["read"]
    validate = max(ours["seconds"] - read - ours["insert"] - ours["index"], 0.0)
    result: dict[str, float] = {
        "import": ours["seconds"],
        "peak_mb": ours["maxrss_kb"] / 1024,
        "floor": floor["seconds"],
        "floor_ratio": ours["seconds"] / floor["seconds"],
        "read": read,
        "validate": validate,
        "insert": ours["insert"],
        "index": ours["index"],
    }
    print(
        f"time split of our import: read {read:.1f} s (waiting on our reader's thread; calamine alone "
        f"{floor['read']:.1f} s), "
        f"validate {validate:.1f} s (parse, rules, classify: the rest), insert {ours['insert']:.1f} s, "
        f"index {ours['index']:.1f} s (search index, secondary indexes)",
        flush=True,
    )
    print(
        f"ratio (our import / floor): {result['floor_ratio']:.2f}x (goal <= 1.5x); peak {result['peak_mb']:.0f} MB "
        "(goal < 1 GB)",
        flush=True,
    )
    if not args.skip_encrypted:
        encrypted = _import(workdir / f"data_{args.rows}_encrypted", source, "konvergensi import, SQLCipher", True)
        result["encrypted_ratio"] = encrypted["seconds"] / ours["seconds"]
        print(f"ratio (encrypted / plain import): {result['encrypted_ratio']:.2f}x", flush=True)
    if not args.skip_pandas:
        base = _child(_PANDAS_CHILD, str(source))
        result["pandas_ratio"] = base["seconds"] / ours["seconds"]
        print(
            f"pandas.read_excel(openpyxl) read only: {base['seconds']:.1f} s, peak {base['maxrss_kb'] / 1024:.0f} MB",
            flush=True,
        )
        print(f"ratio (pandas read / our import): {result['pandas_ratio']:.2f}x (goal >= 10x)", flush=True)
    print(f"database kept at {data_dir} (for benchmarks/krs_list_view.py)")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
