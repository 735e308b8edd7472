"""One window per data folder: a second start hands its files to the first (real processes, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.ui.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[3]
HAND_OVER = (
    "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
    "from desktop.ui.single_instance import SingleInstance; app = QCoreApplication([]); "
    "sys.exit(0 if SingleInstance(Path(sys.argv[1])).hand_over(sys.argv[2:]) else 3)"
)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KONVERGENSI_")}
    return env | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def test_the_name_depends_on_the_data_folder_only(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") == server_name(tmp_path / "b" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


def test_a_second_process_hands_its_files_to_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.listen()
    other = tmp_path / "kantor lain.konv"
    with qtbot.waitSignal(first.files_received, timeout=30000) as received:
        second = subprocess.Popen([sys.executable, "-c", HAND_OVER, str(tmp_path), str(other)], env=_env(), cwd=ROOT)
    assert second.wait(timeout=30) == 0, "the second start must be told the first took its files"
    assert received.args == [[str(other.resolve())]]
    # Another data folder is another instance: nobody listens there, so that start would open its own window.
    alone = subprocess.run([sys.executable, "-c", HAND_OVER, str(tmp_path / "lain")], env=_env(), cwd=ROOT, timeout=30)
    assert alone.returncode == 3


def test_a_second_gui_start_exits_and_the_first_window_takes_the_file(office_context: AppContext) -> None:
    data_dir = office_context.data_dir
    office_context.dispose()
    log_file = data_dir / "logs" / "konvergensi.log"
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "gui"]
    output = data_dir / "first-window.out"
    with output.open("wb") as out:
        first = subprocess.Popen(command, env=_env(), cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while "starting; database" not in (log_file.read_text("utf-8") if log_file.exists() else ""):
            assert first.poll() is None, output.read_text("utf-8", errors="replace")
            assert time.monotonic() < deadline, "the first window did not start"
            time.sleep(0.2)
        exchange = data_dir / "dari desa.konv"
        second = subprocess.run([*command, "--buka", str(exchange)], env=_env(), cwd=ROOT, timeout=120)
        assert second.returncode == 0
        while "files to open" not in log_file.read_text("utf-8"):
            assert time.monotonic() < deadline, "the first window never took the file"
            time.sleep(0.2)
        text = log_file.read_text("utf-8")
        assert "a second start handed over 1 file(s)" in text and str(exchange) in text
        assert first.poll() is None, "the first window must stay open"
    finally:
        first.terminate()
        first.wait(timeout=30)
