"""Logging never disturbs the user (issue #17): a log file on a full disk falls silent, a missing one is no error."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from desktop.log import current_log_file, setup_logging, stop_logging
from desktop.paths import LOG_FILE, log_dir


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (a device whose every write fails)")
def test_a_log_on_a_full_disk_falls_silent(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    folder = log_dir(tmp_path)
    folder.mkdir(parents=True)
    (folder / LOG_FILE).symlink_to("/dev/full")  # every write: ENOSPC, as on a full disk
    try:
        assert setup_logging(tmp_path) == folder / LOG_FILE
        logging.getLogger("konvergensi.test").warning("first message, refused by the disk")
        logging.getLogger("konvergensi.test").error("second message")
        captured = capfd.readouterr()
        assert "Logging error" not in captured.err and "Traceback" not in captured.err
        assert "second message" not in captured.err  # not even logging's last resort on stderr
        assert current_log_file() is None  # the file handler has been taken away
    finally:
        stop_logging()


def test_an_unusable_log_folder_gives_no_log_and_no_error(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    log_dir(tmp_path).parent.mkdir(parents=True, exist_ok=True)
    log_dir(tmp_path).write_text("a file where the log folder should be", encoding="utf-8")
    try:
        assert setup_logging(tmp_path) is None
        logging.getLogger("konvergensi.test").error("nowhere to go")
        assert "nowhere to go" not in capfd.readouterr().err
    finally:
        stop_logging()
