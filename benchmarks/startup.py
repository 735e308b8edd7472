"""Cold start to a visible main window and to a filled dashboard, beside a bare PySide6 window, in one run.

Usage: ``python benchmarks/startup.py [--runs 5] [--data-dir DIR] [--json]``

Each run is a fresh process (``konvergensi gui --measure-startup``) on a data folder prepared with the demo office,
so the figures are what a user waits for on a normal start: interpreter, imports, database open and migration
check, main window shown ("window"), the home page's figures gathered and shown ("dashboard"), and the whole
process from start to its end ("process"). The baseline process imports PySide6 and shows an empty QMainWindow.
Goals (issue #18): dashboard ready < 1 s on the demo database, < 1.5 s on 1M families; the whole process at most
5x the bare window.
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


def _timed(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Runs one start; returns its figures (seconds from launch): window, dashboard (when reported), process."""
    launched = time.time()
    env = env | {"KONVERGENSI_LAUNCH_TIME": repr(launched)}
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout
    ended = time.time() - launched
    line = next(line for line in out.splitlines() if line.startswith("{"))
    figures = json.loads(line)
    window = float(figures["seconds_to_window"])
    dashboard = figures.get("seconds_to_dashboard")
    return {"window": window, "dashboard": float("nan") if dashboard is None else float(dashboard), "process": ended}


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> None:
    """Prints median and best start-up seconds for the application and the baseline."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", help="existing data folder to start on (e.g. one with 1M families)")
    parser.add_argument("--json", action="store_true", help="also print the medians as one JSON line (run_all.py)")
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
        described = f"{data_dir} ({size.stat().st_size / 1e6:.1f} MB)" if size.exists() else "temporary"
    bare_window, bare_process = _median(base, "window"), _median(base, "process")
    result = {
        "window": _median(app, "window"),
        "dashboard": _median(app, "dashboard"),
        "process": _median(app, "process"),
        "bare_window": bare_window,
        "bare_process": bare_process,
    }
    result["dashboard_ratio"] = result["dashboard"] / bare_window
    result["process_ratio"] = result["process"] / bare_window
    print(f"database: {described}")
    print(f"{'median s of ' + str(args.runs) + ' runs':28}{'window':>10}{'dashboard':>11}{'process':>10}")
    print(f"{'konvergensi':28}{result['window']:>10.3f}{result['dashboard']:>11.3f}{result['process']:>10.3f}")
    print(f"{'bare PySide6 window':28}{bare_window:>10.3f}{'':>11}{bare_process:>10.3f}")
    print(
        f"ratio to the bare window: dashboard ready {result['dashboard_ratio']:.2f}x, whole process "
        f"{result['process_ratio']:.2f}x (goal <= 5x); dashboard ready {result['dashboard']:.2f} s (goal < 1 s on "
        "the demo database, < 1.5 s on 1M families)"
    )
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
