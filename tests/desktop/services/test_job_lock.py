"""One long write job at a time, with real child processes holding the lock on a real SQLite database."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.context import AppContext
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.job_lock import JobBusyError, current_job, long_job
from desktop.services.krs.import_service import run_import
from tests.desktop.services.krs.conftest import write_csv
from tests.processes import kill_hard, unmeasured_environment

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.context import open_context
    from desktop.services.job_lock import long_job

    context = open_context(Path(sys.argv[1]))
    with long_job(context.session_factory, "impor KRS"):
        print("held", flush=True)
        sys.stdin.readline()
    print("released", flush=True)
    """
)


@pytest.fixture
def holder(office_context: AppContext) -> Iterator[subprocess.Popen[str]]:
    """Another process of the application that holds the job lock of ``office_context``'s database."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(office_context.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=unmeasured_environment(),
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    yield process
    if process.poll() is None:
        kill_hard(process)
    process.wait(30)
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


def test_a_second_job_is_refused_naming_the_holder(office_context: AppContext, holder: subprocess.Popen[str]) -> None:
    factory = office_context.session_factory
    with pytest.raises(JobBusyError) as refused, long_job(factory, "data contoh"):
        pytest.fail("the lock of another process was taken")
    assert refused.value.holder is not None and refused.value.holder.pid == holder.pid
    assert refused.value.holder.job == "impor KRS"
    assert "sedang diimpor oleh" in str(refused.value) and " sejak " in str(refused.value)
    busy = current_job(factory)
    assert busy is not None and busy.pid == holder.pid
    # The holder ends normally: the lock is free again.
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "released"
    assert holder.wait(30) == 0
    assert current_job(factory) is None
    with long_job(factory, "impor kasus"):
        pass


def test_a_killed_holder_leaves_no_stale_lock(office_context: AppContext, holder: subprocess.Popen[str]) -> None:
    assert current_job(office_context.session_factory) is not None
    kill_hard(holder)
    holder.wait(30)
    assert current_job(office_context.session_factory) is None


def test_the_import_command_is_refused_while_a_dry_run_still_runs(
    office_context: AppContext, holder: subprocess.Popen[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "krs.csv", [list(row) for row in krs_rows(3, seed=5)])
    factory = office_context.session_factory
    preview = run_import(factory, path, dry_run=True)  # writes nothing: no lock needed
    assert preview.new == 3
    data_dir = ["--data-dir", str(office_context.data_dir)]
    assert main([*data_dir, "krs", "import", str(path)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("Galat: Tidak dapat dimulai: data sedang diimpor oleh ") and "(impor KRS)" in error
    assert run_import(factory, path, dry_run=True).new == 3  # nothing was stored by the refused one


def test_a_job_inside_a_job_of_the_same_thread_runs(office_context: AppContext) -> None:
    factory = office_context.session_factory
    with long_job(factory, "data contoh"), long_job(factory, "impor KRS"):
        pass
    assert current_job(factory) is None
