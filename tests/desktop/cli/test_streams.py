"""Redirected output survives a non-UTF-8 code page (Windows writes redirected output in cp1252)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.log import setup_logging, stop_logging

ROOT = Path(__file__).resolve().parents[3]


def test_db_upgrade_redirected_under_cp1252_prints_its_arrow_in_utf8(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KONVERGENSI_")}
    env |= {"PYTHONIOENCODING": "cp1252", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "db", "upgrade"],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", errors="replace")
    assert "revisi - → " in result.stdout.decode("utf-8")  # cp1252 has no "→": the command used to stop here


def test_stop_logging_closes_the_log_file(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    logging.getLogger("test").warning("satu baris")
    stop_logging()
    assert not [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    assert "satu baris" in path.read_text(encoding="utf-8")
