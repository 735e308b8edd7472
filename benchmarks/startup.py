"""Cold start to a visible main window, beside a bare PySide6 window as the baseline, in one run.

Usage: ``python benchmarks/startup.py [--runs 5] [--data-dir DIR]``

Each run is a fresh process (``konvergensi gui --measure-startup``) on a data folder prepared with the demo office,
so the figure is what a user waits for on a normal start: interpreter, imports, database open and migration
check, main window shown. The baseline process imports PySide6 and shows an empty QMainWindow. DESIGN.md §7 bar:
under 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = """
import time, os
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 760); w.show(); app.processEvents()
print('{"seconds_to_window": %.3f}' % (time.time() - float(os.environ["KONVERGENSI_LAUNCH_TIME"])))
"""


def _timed(command: list[str], env: dict[str, str]) -> float:
    env = env | {"KONVERGENSI_LAUNCH_TIME": repr(time.time())}
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout
    line = next(line for line in out.splitlines() if line.startswith("{"))
    return float(json.loads(line)["seconds_to_window"])


def main() -> None:
    """Prints median and best start-up seconds for the application and the baseline."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", help="existing data folder to start on (e.g. one with 1M families)")
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        data_dir = args.data_dir or folder
        if not args.data_dir:
            subprocess.run([sys.executable, "-m", "desktop", "--data-dir", data_dir, "demo"], check=True, env=env)
        app_cmd = [sys.executable, "-m", "desktop", "--data-dir", data_dir, "gui", "--measure-startup"]
        base_cmd = [sys.executable, "-c", BASELINE]
        _timed(app_cmd, env)  # warm the file cache once, as a second start of the day would be
        app = [_timed(app_cmd, env) for _ in range(args.runs)]
        base = [_timed(base_cmd, env) for _ in range(args.runs)]
    size = Path(data_dir, "konvergensi.sqlite3")
    print(f"database: {data_dir} ({size.stat().st_size / 1e6:.1f} MB)" if size.exists() else "database: temporary")
    print(f"{'':24}{'median s':>10}{'best s':>10}")
    print(f"{'konvergensi window':24}{statistics.median(app):>10.3f}{min(app):>10.3f}")
    print(f"{'bare PySide6 window':24}{statistics.median(base):>10.3f}{min(base):>10.3f}")
    print(f"ratio (median): {statistics.median(app) / statistics.median(base):.2f}x; bar: under 2 s")


if __name__ == "__main__":
    main()
