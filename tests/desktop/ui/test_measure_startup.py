"""``konvergensi gui --measure-startup``: a real start reports the window shown and the dashboard filled."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from desktop.paths import DATABASE_FILE
from tests.desktop.services.reports.demo_fixture import demo_template

__all__ = ["demo_template"]  # the fixture, used by name


def test_measure_startup_reports_window_and_dashboard(tmp_path: Path, demo_template: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(demo_template, data_dir / DATABASE_FILE)  # the demo office (`konvergensi demo`), built once per run
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
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
