"""Two real sessions (two engines, two users) editing the same record: on SQLite, and on PostgreSQL when
``KONVERGENSI_TEST_POSTGRES_URL`` names a test server (a fresh database per test, dropped afterwards)."""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, or_, select, text
from sqlalchemy.engine import make_url

from db.engine import make_engine, sqlite_url
from db.models.region import Region
from desktop.context import AppContext, open_context
from desktop.domain.meetings.records import MeetingError
from desktop.paths import DATABASE_FILE
from desktop.services.aksi.progress import ProgressError, get_detail, list_year
from desktop.services.aksi.progress_writes import save_progress, start_year
from desktop.services.concurrency import ConcurrentEditError
from desktop.services.job_lock import JobBusyError, current_job, long_job
from desktop.services.meetings.meeting_save import MeetingConflictError, MeetingEdit, meeting_row_version, save_meeting
from desktop.services.meetings.meeting_service import create_meeting, get_meeting
from tests.desktop.services.meetings.conftest import minlok_data

SERVER_URL = os.environ.get("KONVERGENSI_TEST_POSTGRES_URL", "")


@pytest.fixture(params=["sqlite", "postgresql"])
def two_users(
    request: pytest.FixtureRequest, tmp_path: Path, office_template: Path
) -> Iterator[tuple[AppContext, AppContext]]:
    """Two contexts on one database, as two PCs of one office: ``siti`` and ``rudi`` (on SQLite with the regions
    and the demo office; on PostgreSQL a freshly migrated, empty database)."""
    url = None
    admin = None
    name = ""
    if request.param == "postgresql":
        if not SERVER_URL:
            pytest.skip("KONVERGENSI_TEST_POSTGRES_URL not set (CI sets it)")
        name = f"konvergensi_test_{secrets.token_hex(4)}"
        admin = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)
    else:
        (tmp_path / "data").mkdir()
        shutil.copy(office_template, tmp_path / "data" / DATABASE_FILE)
    contexts = []
    for actor in ("siti", "rudi"):
        context = open_context(tmp_path / actor if url else tmp_path / "data", url)
        context.session_factory.kw["info"] = {"actor": actor}
        contexts.append(context)
    try:
        yield contexts[0], contexts[1]
    finally:
        for context in contexts:
            context.dispose()
        if admin is not None:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            admin.dispose()


def test_a_stale_save_names_who_and_the_fields_then_mine_applies_on_top(
    two_users: tuple[AppContext, AppContext],
) -> None:
    siti, rudi = two_users
    start_year(siti.session_factory, 2024)
    progress_id = list_year(siti.session_factory, 2024)[0].progress_id
    assert progress_id is not None
    opened_by_siti = get_detail(siti.session_factory, progress_id)
    opened_by_rudi = get_detail(rudi.session_factory, progress_id)
    theirs = opened_by_rudi.values
    theirs.responsible_person = "Rudi Hartono"
    theirs.planned_end = date(2024, 4, 30)
    save_progress(rudi.session_factory, progress_id, theirs, opened_by_rudi.row_version)

    mine = opened_by_siti.values
    mine.responsible_person = "Siti Aminah"
    mine.remarks = "catatan yang saya ketik"
    with pytest.raises(ConcurrentEditError) as refused:
        save_progress(siti.session_factory, progress_id, mine, opened_by_siti.row_version)
    conflict = refused.value
    assert isinstance(conflict, ProgressError)  # the editors' existing handling still applies
    assert conflict.actor == "rudi" and conflict.at is not None
    assert "rudi" in conflict.message and "telah diubah oleh pengguna lain" in conflict.message
    differences = {d.field: (d.label, d.theirs, d.mine) for d in conflict.differences}
    assert differences["responsible_person"] == ("Petugas", "Rudi Hartono", "Siti Aminah")
    assert differences["remarks"] == ("Keterangan", "", "catatan yang saya ketik")
    assert differences["planned_end"][1] == "2024-04-30"  # theirs, kept unless mine overrides
    assert "status" not in differences  # the same on both sides
    stored = get_detail(siti.session_factory, progress_id)
    assert stored.values.responsible_person == "Rudi Hartono"  # nothing of the refused save was written

    # "Terapkan milik saya": the typed values saved on top of the version they conflicted with.
    saved = save_progress(siti.session_factory, progress_id, mine, conflict.current_version)
    assert saved.responsible_person == "Siti Aminah"
    after = get_detail(rudi.session_factory, progress_id)
    assert after.values.remarks == "catatan yang saya ketik" and after.row_version == conflict.current_version + 1
    # Rudi's editor, still at the old version, is now the stale one.
    with pytest.raises(ConcurrentEditError) as again:
        save_progress(rudi.session_factory, progress_id, theirs, opened_by_rudi.row_version + 1)
    assert again.value.actor == "siti"


def test_the_job_lock_holds_across_two_connections(two_users: tuple[AppContext, AppContext]) -> None:
    siti, rudi = two_users
    with long_job(siti.session_factory, "impor KRS"):
        with pytest.raises(JobBusyError) as refused, long_job(rudi.session_factory, "impor kasus"):
            pytest.fail("a second job started")
        holder = refused.value.holder
        assert holder is not None and holder.name == "siti" and holder.job == "impor KRS"
    assert current_job(rudi.session_factory) is None


def _copy_regions(template: Path, context: AppContext, codes: tuple[str, ...], below: str) -> None:
    """Copies the named regions (and those matching ``below``) of a SQLite template into the context's database."""
    source = make_engine(sqlite_url(str(template)))
    try:
        with source.connect() as connection:
            rows = (
                connection.execute(select(Region.__table__).where(or_(Region.code.in_(codes), Region.code.like(below))))
                .mappings()
                .all()
            )
    finally:
        source.dispose()
    with context.engine.begin() as connection:
        connection.execute(insert(Region.__table__), [dict(row) for row in sorted(rows, key=lambda r: len(r["code"]))])


def _edit_of(context: AppContext, meeting_id: int, **header: object) -> MeetingEdit:
    record = get_meeting(context.session_factory, meeting_id)
    data = replace(record.header, **header)  # type: ignore[arg-type]
    return MeetingEdit(
        header=data,
        participants=record.participants,
        agenda=record.agenda,
        discussion=record.discussion,
        decisions=record.decisions,
        row_version=meeting_row_version(context.session_factory, meeting_id),
    )


def test_a_meeting_header_saved_meanwhile_is_named_and_never_overwritten(
    two_users: tuple[AppContext, AppContext], office_template: Path
) -> None:
    siti, rudi = two_users
    if siti.database_url.startswith("postgresql"):  # the empty server database: Cibadak's regions, from the template
        _copy_regions(office_template, siti, ("36", "36.02", "36.02.18"), "36.02.18.%")
    meeting_id = create_meeting(siti.session_factory, minlok_data(None, date(2024, 10, 11))).id
    by_siti = _edit_of(siti, meeting_id, place="Aula Kecamatan", title="Minlok Oktober")
    save_meeting(rudi.session_factory, _edit_of(rudi, meeting_id, place="Ruang Rapat Bappeda"))
    with pytest.raises(MeetingConflictError) as refused:
        save_meeting(siti.session_factory, by_siti)
    conflict = refused.value
    assert isinstance(conflict, MeetingError) and conflict.actor == "rudi"
    differences = {d.field: (d.label, d.theirs, d.mine) for d in conflict.differences}
    assert differences["place"] == ("Tempat", "Ruang Rapat Bappeda", "Aula Kecamatan")
    assert "title" in differences and "meeting_date" not in differences
    assert get_meeting(rudi.session_factory, meeting_id).header.place == "Ruang Rapat Bappeda"
    save_meeting(siti.session_factory, replace(by_siti, row_version=conflict.current_version))
    assert get_meeting(rudi.session_factory, meeting_id).header.place == "Aula Kecamatan"
