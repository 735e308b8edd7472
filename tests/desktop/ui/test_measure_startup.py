"""``konvergensi gui --measure-startup``: a real start reports the window shown and the dashboard filled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


def test_measure_startup_reports_window_and_dashboard(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "demo"], check=True, env=env, capture_output=True
    )
    launched = time.time()
    env["KONVERGENSI_LAUNCH_TIME"] = repr(launched)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "gui", "--measure-startup"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    elapsed = time.time() - launched
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1
    figures = json.loads(lines[0])
    assert set(figures) == {"seconds_to_window", "seconds_to_dashboard"}
    assert figures["seconds_to_dashboard"] is not None
    assert 0 < figures["seconds_to_window"] <= figures["seconds_to_dashboard"] <= elapsed
