"""Backups of a shared PostgreSQL database with the server's own tools: ``pg_dump -Fc``, checked by
``pg_restore --list``.

The password goes to the child process in ``PGPASSWORD``, never on its command line (other users of the PC can
read command lines). Without the client tools the user is told to use the server's own backup.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from desktop.domain.backups import BackupReason, BackupSettings
from desktop.domain.i18n import _
from desktop.services.backup import manifest as mf
from desktop.services.backup.catalogue import BackupError, BackupResult, CheckedCopy, Clock, finish_backup
from desktop.services.tasks import TaskControl

DUMP_TIMEOUT_SECONDS = 3600


def _client_environment(engine: Engine) -> dict[str, str]:
    url = engine.url
    environment = dict(os.environ)
    for variable, value in (
        ("PGHOST", url.host),
        ("PGPORT", str(url.port) if url.port else None),
        ("PGUSER", url.username),
        ("PGPASSWORD", url.password),
        ("PGDATABASE", url.database),
    ):
        if value:
            environment[variable] = str(value)
    return environment


def _facts(engine: Engine) -> tuple[dict[str, int], list[str]]:
    with engine.connect() as connection:
        names = sorted(inspect(connection).get_table_names())
        counts = {name: int(connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()) for name in names}
        revision = sorted(str(row[0]) for row in connection.execute(text("SELECT version_num FROM alembic_version")))
    return counts, revision


def check_dump(path: Path, environment: dict[str, str] | None = None) -> list[str]:
    """Lists a custom-format dump with ``pg_restore --list``; returns the problems in Indonesian (empty when fine)."""
    tool = shutil.which("pg_restore")
    if tool is None:
        return [_("pg_restore tidak ditemukan; cadangan PostgreSQL tidak dapat diperiksa")]
    listed = subprocess.run(
        [tool, "--list", str(path)], capture_output=True, text=True, env=environment, check=False, timeout=600
    )
    if listed.returncode != 0 or "TABLE DATA" not in listed.stdout:
        return [_("pg_restore tidak dapat membaca cadangan: {detail}").format(detail=listed.stderr.strip()[:200])]
    return []


def create_postgres_backup(
    engine: Engine,
    folder: Path,
    *,
    reason: BackupReason,
    settings: BackupSettings,
    control: TaskControl,
    clock: Clock,
) -> BackupResult:
    """Dumps the server database with ``pg_dump -Fc`` into the backup folder, verified with ``pg_restore --list``.

    Raises:
        BackupError: the client tools are missing (the server's own backup must be used) or the dump failed.
    """
    tool = shutil.which("pg_dump")
    if tool is None:
        raise BackupError(
            _(
                "Program pg_dump (alat klien PostgreSQL) tidak ditemukan di komputer ini; pakai cadangan bawaan "
                "server PostgreSQL atau pasang alat kliennya."
            )
        )
    folder.mkdir(parents=True, exist_ok=True)
    environment = _client_environment(engine)
    control.report(0, 0, _("Menyalin database"))
    counts, revision = _facts(engine)
    handle, temp_name = tempfile.mkstemp(prefix=".konvergensi-", suffix=".tmp", dir=folder)
    os.close(handle)
    temp = Path(temp_name)
    try:
        dumped = subprocess.run(
            [tool, "-Fc", "--no-password", "-f", str(temp)],
            capture_output=True,
            text=True,
            env=environment,
            check=False,
            timeout=DUMP_TIMEOUT_SECONDS,
        )
        if dumped.returncode != 0:
            raise BackupError(_("pg_dump gagal: {detail}").format(detail=dumped.stderr.strip()[:300]))
        return finish_backup(
            folder,
            CheckedCopy(temp, check_dump(temp, environment), "postgresql", mf.DUMP_SUFFIX, revision, counts),
            reason=reason,
            clock=clock,
            settings=settings,
        )
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
