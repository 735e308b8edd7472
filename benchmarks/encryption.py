"""Benchmark: the same office with and without encryption at rest, side by side (issue #16).

For N families (a list written like ``benchmarks/krs_import.py`` writes it), two data folders are prepared, one
plain and one encrypted with SQLCipher, and each gets, in a child process of its own:

1. the KRS list import (apply, one transaction), as ``krs_import.py`` measures it;
2. the list view (``krs_list_view.py``: first page, filters, searches, jumps, counts);
3. a verified backup (``backup create``: copy, integrity and foreign-key checks, counts) and ``backup verify``;
4. for the plain folder only: turning encryption on in place (``db encrypt``: verified backup, encrypted copy,
   checked, swapped) on a copy of it.

The figures are printed as one table, plain and encrypted beside each other, with their ratio.

Measured on the 2-core development machine at 100,000 families with a load average of 11-14 (seven agents on it;
every absolute figure is several times the quiet machine's): import 171 s plain / 218 s encrypted (1.27x), peak
288 / 301 MB; backup create 12 / 47 s, verify 16 / 26 s; ``db encrypt`` of the plain 100,000-family database in
place 72 s. That run found one search inside a kecamatan at 0.41 s plain / 35 s encrypted (``sqlcipher3`` bundles
SQLite 3.51.1, whose planner matched the FTS index once per family; fixed in ``db/repositories/krs_repository.py``).
The list view again afterwards, load about 2, plain / encrypted: first page shown 428 / 258 ms, filters and
searches 36-60 / 32-57 ms (the kecamatan search 52 / 57 ms), counts 56-73 / 180-233 ms, page starts 143 / 553 ms,
100 pages scrolled 915 / 892 ms, sort by name 74-78 / 562-653 ms (query only). The 1,000,000-family run was not
done on that load.

Usage: ``python benchmarks/encryption.py [--rows 1000000] [--workdir /tmp/encryption_bench] [--json]``.
Bars: DESIGN.md section 7 (import < 60 s, first rows < 0.5 s, filter/search < 100 ms) hold encrypted too.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import krs_import  # noqa: E402  (the benchmark beside this one)

_BACKUP_CHILD = """
import json, sys, time
from pathlib import Path
from desktop.context import open_context
from desktop.services.backup.backup_service import create_backup, verify_backup
from db.engine import engine_key
context = open_context(Path(sys.argv[1]), secret=sys.argv[2] if len(sys.argv) > 2 else None)
start = time.perf_counter()
result = create_backup(context.engine, context.data_dir, target=Path(sys.argv[1]) / "bench-backup")
made = time.perf_counter() - start
start = time.perf_counter()
check = verify_backup(result.entry.path, engine_key(context.engine))
verified = time.perf_counter() - start
assert check.ok, check.problems
print(json.dumps({"backup": made, "verify": verified, "size_mb": result.entry.path.stat().st_size / 2**20}))
"""

_ENCRYPT_CHILD = """
import json, sys, time
from pathlib import Path
from desktop.context import open_context
from desktop.services.encryption import encrypt_database
context = open_context(Path(sys.argv[1]))
start = time.perf_counter()
encrypt_database(context.engine, context.data_dir, sys.argv[2])
print(json.dumps({"encrypt": time.perf_counter() - start}))
"""

# "label   rows  12.3 ms ..." or "label: 123 ms" lines of krs_list_view.py
_TABLE_LINE = re.compile(r"^(?P<label>.+?)\s+[\d,]+ rows\s+(?P<ms>[\d.]+) ms")
_COLON_LINE = re.compile(r"^(?P<label>[^:]+?)(?: \([^)]*\))?:.*?(?P<ms>[\d.]+) ms")


def _list_view(data_dir: Path, secret: str | None) -> dict[str, float]:
    """Runs ``krs_list_view.py`` over a folder; its figures by label, in milliseconds."""
    arguments = [sys.executable, str(HERE / "krs_list_view.py"), "--data-dir", str(data_dir)]
    if secret:
        arguments += ["--passphrase", secret]
    output = subprocess.run(arguments, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    figures: dict[str, float] = {}
    for line in output.splitlines():
        match = _TABLE_LINE.match(line) or _COLON_LINE.match(line)
        if match is not None:
            figures[match.group("label").strip()] = float(match.group("ms"))
    return figures


def _measure(data_dir: Path, source: Path, encrypted: bool) -> dict[str, float]:
    label = "encrypted (SQLCipher)" if encrypted else "plain"
    imported = krs_import._import(data_dir, source, f"import, {label}", encrypted)
    secret = [krs_import.BENCH_PASSPHRASE] if encrypted else []
    figures = {"import (s)": imported["seconds"], "import peak (MB)": imported["maxrss_kb"] / 1024}
    figures |= {
        f"list: {name} (ms)": value
        for name, value in _list_view(data_dir, krs_import.BENCH_PASSPHRASE if encrypted else None).items()
    }
    backup = krs_import._child(_BACKUP_CHILD, str(data_dir), *secret)
    figures |= {"backup create (s)": backup["backup"], "backup verify (s)": backup["verify"]}
    figures["backup size (MB)"] = backup["size_mb"]
    shutil.rmtree(data_dir / "bench-backup", ignore_errors=True)
    print(f"{label}: {json.dumps(figures)}", flush=True)
    return figures


def main() -> int:
    """Runs the benchmark and prints the side-by-side table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--workdir", default="/tmp/encryption_bench")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = parser.parse_args()
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / f"krs_{args.rows}.xlsx"
    if not source.exists():
        print(f"generating {source} ...", flush=True)
        print(f"  written in {krs_import.generate(source, args.rows):.1f} s", flush=True)
    started = time.perf_counter()
    plain = _measure(workdir / f"data_{args.rows}", source, encrypted=False)
    encrypted = _measure(workdir / f"data_{args.rows}_encrypted", source, encrypted=True)
    conversion = workdir / f"data_{args.rows}_conversion"
    shutil.rmtree(conversion, ignore_errors=True)
    shutil.copytree(workdir / f"data_{args.rows}", conversion, ignore=shutil.ignore_patterns("cadangan"))
    turned_on = krs_import._child(_ENCRYPT_CHILD, str(conversion), krs_import.BENCH_PASSPHRASE)
    shutil.rmtree(conversion, ignore_errors=True)
    print(f"\n{args.rows:,} families, plain vs encrypted (same machine, same run)")
    print(f"{'figure':<58} {'plain':>10} {'encrypted':>10} {'ratio':>7}")
    for name in plain:
        if name not in encrypted:
            continue
        ratio = encrypted[name] / plain[name] if plain[name] else float("nan")
        print(f"{name:<58} {plain[name]:>10.1f} {encrypted[name]:>10.1f} {ratio:>6.2f}x")
    print(f"{'db encrypt of the plain database, in place (s)':<58} {'':>10} {turned_on['encrypt']:>10.1f}")
    print(f"whole run: {time.perf_counter() - started:.0f} s")
    if args.json:
        print(json.dumps({"rows": args.rows, "plain": plain, "encrypted": encrypted, "encrypt": turned_on["encrypt"]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
