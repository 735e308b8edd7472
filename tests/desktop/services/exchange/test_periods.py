"""Period approval between real offices: submit, approve, locked at both ends, unlock, resubmit, forged decisions."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from db.models.aksi import ChecklistValue
from db.models.audit import AuditEntry
from db.models.meeting import ActionItem, Meeting
from desktop.context import AppContext
from desktop.domain.meetings.records import ActionData, MeetingData, ParticipantData
from desktop.domain.periods import Decision, PeriodError, PeriodKind, PeriodLocked, PeriodState
from desktop.services.exchange.export import export_package
from desktop.services.exchange.importer import import_package
from desktop.services.exchange.keys import ensure_keys
from desktop.services.exchange.offices import ExchangeError
from desktop.services.exchange.package_file import FORMAT_VERSION, PACKAGE_FORMAT, Member, encode_lines, write_package
from desktop.services.exchange.periods import decide_period, period_status, record_lock, submit_period
from desktop.services.meetings.content_service import save_action, save_participants, set_action_status
from desktop.services.meetings.meeting_service import (
    create_meeting,
    delete_meeting,
    set_meeting_fields,
)
from desktop.services.unit_of_work import reading, unit_of_work
from tests.desktop.services.exchange.conftest import Offices

OCTOBER = "2024-10"


def meeting_at(context: AppContext, day: date, title: str) -> int:
    """Creates a kecamatan Minlok meeting on ``day``."""
    data = MeetingData(title=title, region_code="36.02.18", meeting_date=day, place="Aula Kecamatan")
    return create_meeting(context.session_factory, data).id


def title_of(context: AppContext, meeting_uuid: str) -> str:
    """The title of the meeting with that uuid at an office."""
    with reading(context.session_factory) as session:
        title = session.scalar(select(Meeting.title).where(Meeting.uuid == meeting_uuid))
        assert title is not None
        return title


def uuid_of(context: AppContext, meeting_id: int) -> str:
    """The uuid of a meeting."""
    with reading(context.session_factory) as session:
        found = session.scalar(select(Meeting.uuid).where(Meeting.id == meeting_id))
        assert found is not None
        return found


def state_at(context: AppContext, office: str, kind: str = "minlok", period: str = OCTOBER) -> PeriodState:
    """The state of a period as an office records it."""
    for row in period_status(context.session_factory, partner_code=None, today=date(2024, 11, 5)):
        if (row.office_code, row.kind, row.period) == (office, kind, period):
            return PeriodState(row.state)
    raise AssertionError(f"no row for {office} {kind} {period}")


def decide(offices: Offices, decision: Decision, folder: Path, note: str = "", period: str = OCTOBER) -> Path:
    """The kabupaten decides on the kecamatan's period; the kecamatan imports the decision."""
    package = folder / f"{decision.value}-{period}-{len(list(folder.iterdir()))}.konv"
    kab = offices.kabupaten
    decide_period(kab.session_factory, kab.data_dir, offices.kec, PeriodKind.MINLOK, period, decision, note, package)
    import_package(offices.kecamatan.session_factory, offices.kecamatan.data_dir, package)
    return package


def submit(offices: Offices, folder: Path, period: str = OCTOBER) -> None:
    """The kecamatan submits a Minlok month; the kabupaten imports it."""
    package = folder / f"submit-{period}-{len(list(folder.iterdir()))}.konv"
    kec = offices.kecamatan
    submit_period(kec.session_factory, kec.data_dir, offices.kab, PeriodKind.MINLOK, period, package)
    import_package(offices.kabupaten.session_factory, offices.kabupaten.data_dir, package)


def test_the_whole_cycle_locks_unlocks_and_locks_again(offices: Offices, tmp_path: Path) -> None:
    folder = tmp_path / "packages"
    folder.mkdir()
    kec = offices.kecamatan
    october = meeting_at(kec, date(2024, 10, 15), "Minlok Oktober")
    november = meeting_at(kec, date(2024, 11, 12), "Minlok November")
    meeting_uuid = uuid_of(kec, october)
    submit(offices, folder)
    assert state_at(kec, offices.kec) is PeriodState.SUBMITTED
    assert state_at(offices.kabupaten, offices.kec) is PeriodState.SUBMITTED
    assert title_of(offices.kabupaten, meeting_uuid) == "Minlok Oktober"  # the data came with the submission
    with pytest.raises(PeriodError):  # waiting for a decision: not again
        submit(offices, folder)

    decide(offices, Decision.APPROVE, folder)
    assert state_at(kec, offices.kec) is PeriodState.APPROVED
    with pytest.raises(PeriodLocked, match=rf"disetujui oleh .* \({offices.kab}\) pada "):
        set_meeting_fields(kec.session_factory, october, title="Diubah diam-diam")
    with pytest.raises(PeriodLocked):
        delete_meeting(kec.session_factory, october)
    with pytest.raises(PeriodLocked):  # moving another meeting into the approved month
        set_meeting_fields(kec.session_factory, november, meeting_date=date(2024, 10, 30))
    set_meeting_fields(kec.session_factory, november, title="Minlok November (revisi)")  # other months stay open
    assert title_of(kec, meeting_uuid) == "Minlok Oktober"
    lock = record_lock(kec.session_factory, "meeting", october)
    assert lock is not None and lock.period == OCTOBER
    assert record_lock(kec.session_factory, "meeting", november) is None
    with reading(offices.kabupaten.session_factory) as session:  # the receiver keeps the approved version
        at_kab = session.scalar(select(Meeting.id).where(Meeting.uuid == meeting_uuid))
    assert at_kab is not None
    with pytest.raises(PeriodLocked):
        set_meeting_fields(offices.kabupaten.session_factory, at_kab, title="Diubah di kabupaten")

    decide(offices, Decision.UNLOCK, folder, note="Jumlah peserta salah ketik")
    assert state_at(kec, offices.kec) is PeriodState.REOPENED
    set_meeting_fields(kec.session_factory, october, title="Minlok Oktober (koreksi)")
    for context in (kec, offices.kabupaten):  # the reason is audited at both ends
        with reading(context.session_factory) as session:
            notes = session.scalars(select(AuditEntry.new_value).where(AuditEntry.entity == "period_lock")).all()
        assert "Jumlah peserta salah ketik" in notes

    submit(offices, folder)
    assert title_of(offices.kabupaten, meeting_uuid) == "Minlok Oktober (koreksi)"
    decide(offices, Decision.APPROVE, folder)
    assert state_at(kec, offices.kec) is PeriodState.APPROVED
    with pytest.raises(PeriodLocked):
        set_meeting_fields(kec.session_factory, october, title="Lagi")


def _checklist_value(context: AppContext, month: int, item: str) -> None:
    """A Cibadak desa's checklist value of a month of 2024."""
    with unit_of_work(context.session_factory) as session:
        session.add(
            ChecklistValue(template_code="desa", region_code="36.02.18.2004", year=2024, month=month, item_code=item)
        )


def _submit_october_and_check_its_scope(offices: Offices, tmp_path: Path) -> int:
    """The kecamatan submits October (Minlok and checklists): only that month travels. Returns the meeting's id."""
    kec, kab = offices.kecamatan, offices.kabupaten
    october = meeting_at(kec, date(2024, 10, 15), "Minlok Oktober")
    november = meeting_at(kec, date(2024, 11, 12), "Minlok November")
    save_participants(kec.session_factory, october, [ParticipantData(name="Ibu Rina", institution="Puskesmas")])
    save_action(kec.session_factory, october, ActionData(description="Verval KRS Desa Cibadak", responsible="PKB"))
    save_action(kec.session_factory, november, ActionData(description="Rembuk November", responsible="Camat"))
    _checklist_value(kec, 10, "a1")
    _checklist_value(kec, 11, "a2")
    package = tmp_path / "submit.konv"
    result = submit_period(kec.session_factory, kec.data_dir, offices.kab, PeriodKind.MINLOK, OCTOBER, package)
    # The month's meeting with its participant (and the contact it points at) and its RTL; not November's meeting,
    # not its RTL, not the checklists (another kind).
    assert result.counts["meeting"] == 1 and result.counts["meeting_participant"] == 1
    assert result.counts["person"] == 1 and result.counts["action_item"] == 1
    assert "checklist_value" not in result.counts and "krs_family" not in result.counts
    import_package(kab.session_factory, kab.data_dir, package)
    with reading(kab.session_factory) as session:
        titles = set(session.scalars(select(Meeting.title)))
        actions = set(session.scalars(select(ActionItem.description)))
        values = session.scalars(select(ChecklistValue.month)).all()
    assert titles == {"Minlok Oktober"} and actions == {"Verval KRS Desa Cibadak"} and values == []
    checklist = tmp_path / "checklist.konv"
    result = submit_period(kec.session_factory, kec.data_dir, offices.kab, PeriodKind.CHECKLIST, OCTOBER, checklist)
    assert result.counts == {"checklist_value": 1}
    import_package(kab.session_factory, kab.data_dir, checklist)
    with reading(kab.session_factory) as session:
        assert session.scalars(select(ChecklistValue.item_code)).all() == ["a1"]
    return october


def test_a_submission_carries_its_period_only_and_a_returned_period_stays_editable(
    offices: Offices, tmp_path: Path
) -> None:
    folder = tmp_path / "packages"
    folder.mkdir()
    october = _submit_october_and_check_its_scope(offices, tmp_path)
    decide(offices, Decision.RETURN, folder, note="Daftar hadir belum lengkap")
    rows = period_status(offices.kecamatan.session_factory, today=date(2024, 11, 5))
    row = next(r for r in rows if r.kind == "minlok" and r.period == OCTOBER)
    assert (row.state, row.note) == (PeriodState.RETURNED.value, "Daftar hadir belum lengkap")
    set_meeting_fields(offices.kecamatan.session_factory, october, title="Minlok Oktober (lengkap)")
    submit(offices, folder)  # resubmission after a return goes through the same cycle
    assert state_at(offices.kabupaten, offices.kec) is PeriodState.SUBMITTED


def test_a_package_changing_an_approved_period_is_refused_as_a_whole_at_both_ends(
    offices: Offices, tmp_path: Path
) -> None:
    folder = tmp_path / "packages"
    folder.mkdir()
    kec = offices.kecamatan
    october = meeting_at(kec, date(2024, 10, 15), "Minlok Oktober")
    november = meeting_at(kec, date(2024, 11, 12), "Minlok November")
    meeting_uuid, november_uuid = uuid_of(kec, october), uuid_of(kec, november)
    rtl = save_action(kec.session_factory, october, ActionData(description="Verval KRS", responsible="PKB"))
    submit(offices, folder)
    decide(offices, Decision.APPROVE, folder)
    set_action_status(kec.session_factory, rtl, "berjalan", "dimulai")  # an RTL's progress moves on after approval
    export_package(kec.session_factory, kec.data_dir, offices.kab, folder / "all.konv")  # November too, once
    import_package(offices.kabupaten.session_factory, offices.kabupaten.data_dir, folder / "all.konv")
    with reading(offices.kabupaten.session_factory) as session:
        assert session.scalars(select(ActionItem.status)).all() == ["berjalan"]
    # An older copy of the program (no hook) changes the approved meeting behind the lock's back, and November.
    with unit_of_work(kec.session_factory) as session:
        session.execute(update(Meeting).where(Meeting.id == october).values(title="Versi lain", row_version=9))
    set_meeting_fields(kec.session_factory, november, title="Minlok November (revisi)")
    package = folder / "up.konv"
    export_package(kec.session_factory, kec.data_dir, offices.kab, package)
    refusal = (
        rf"periode Minlok \(rapat\) 2024-10 .* disetujui oleh .* \({offices.kab}\) pada \d{{4}}-\d\d-\d\d .*"
        "seluruh paket ditolak"
    )
    with pytest.raises(ExchangeError, match=refusal):
        import_package(offices.kabupaten.session_factory, offices.kabupaten.data_dir, package)
    assert title_of(offices.kabupaten, meeting_uuid) == "Minlok Oktober"
    assert title_of(offices.kabupaten, november_uuid) == "Minlok November"  # nothing of the package applied
    # A kabupaten package changing the kecamatan's approved month is refused at the kecamatan too, as a whole.
    with unit_of_work(offices.kabupaten.session_factory) as session:
        session.execute(update(Meeting).where(Meeting.uuid == meeting_uuid).values(place="Balai Desa", row_version=7))
        session.execute(update(Meeting).where(Meeting.uuid == november_uuid).values(place="Aula Baru", row_version=7))
    down = folder / "down.konv"
    export_package(offices.kabupaten.session_factory, offices.kabupaten.data_dir, offices.kec, down, full=True)
    with pytest.raises(ExchangeError, match=refusal):
        import_package(kec.session_factory, kec.data_dir, down)
    with reading(kec.session_factory) as session:
        places = {row.uuid: row.place for row in session.execute(select(Meeting.uuid, Meeting.place))}
    assert places == {meeting_uuid: "Aula Kecamatan", november_uuid: "Aula Kecamatan"}


def _forged_decision(offices: Offices, signer: AppContext, sender_code: str, target: Path) -> None:
    """A hand-made unlock for the kecamatan's October, signed with ``signer``'s keys, claiming ``sender_code``."""
    kec_keys = ensure_keys(offices.kecamatan.data_dir)
    manifest = {
        "format": PACKAGE_FORMAT,
        "format_version": FORMAT_VERSION,
        "package_id": "forged-0000",
        "sequence": 99,
        "sender": {"code": sender_code},
        "recipient": {"code": offices.kec},
        "created_at": datetime.now(UTC).isoformat(),
        "scope": {"kind": "period-decision"},
        "counts": {},
        "period_decision": {
            "kind": "minlok",
            "period": OCTOBER,
            "office": offices.kec,
            "decision": "unlock",
            "note": "buka",
            "decided_by": "?",
            "decided_at": datetime.now(UTC).isoformat(),
        },
    }
    members = [Member("data/audit.jsonl.gz", encode_lines([]))]
    write_package(target, manifest, members, ensure_keys(signer.data_dir), kec_keys.encryption_public)


def test_forged_unsigned_and_foreign_unlocks_are_refused(offices: Offices, tmp_path: Path) -> None:
    folder = tmp_path / "packages"
    folder.mkdir()
    meeting_at(offices.kecamatan, date(2024, 10, 15), "Minlok Oktober")
    submit(offices, folder)
    decide(offices, Decision.APPROVE, folder)
    kec = offices.kecamatan
    # 1. the province (a trusted partner, but not the approving office) signs an unlock.
    foreign = tmp_path / "foreign.konv"
    _forged_decision(offices, offices.provinsi, offices.prov, foreign)
    with pytest.raises(ExchangeError, match="tidak menerima kiriman periode"):
        import_package(kec.session_factory, kec.data_dir, foreign)
    # 2. the province's keys, but claiming to be the kabupaten: the signature does not match.
    forged = tmp_path / "forged.konv"
    _forged_decision(offices, offices.provinsi, offices.kab, forged)
    with pytest.raises(ExchangeError, match="Tanda tangan"):
        import_package(kec.session_factory, kec.data_dir, forged)
    # 3. a genuine unlock whose manifest was altered (the note), or whose signature was removed.
    genuine = folder / "genuine.konv"
    kab = offices.kabupaten
    decide_period(
        kab.session_factory, kab.data_dir, offices.kec, PeriodKind.MINLOK, OCTOBER, Decision.UNLOCK, "x", genuine
    )
    with zipfile.ZipFile(genuine) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(parts["manifest.json"])
    manifest["period_decision"]["note"] = "diubah di jalan"
    for name, changes in (
        ("altered.konv", {"manifest.json": json.dumps(manifest).encode()}),
        ("unsigned.konv", {"manifest.sig": base64.b64encode(b"\0" * 64)}),
    ):
        target = tmp_path / name
        with zipfile.ZipFile(target, "w") as archive:
            for member, data in (parts | changes).items():
                archive.writestr(member, data)
        with pytest.raises(ExchangeError, match="Tanda tangan"):
            import_package(kec.session_factory, kec.data_dir, target)
    assert state_at(kec, offices.kec) is PeriodState.APPROVED
    import_package(kec.session_factory, kec.data_dir, genuine)  # the genuine one still works
    assert state_at(kec, offices.kec) is PeriodState.REOPENED


def test_a_period_goes_only_to_the_office_above_and_the_kabupaten_cycle_runs_with_the_province(
    offices: Offices, tmp_path: Path
) -> None:
    kab = offices.kabupaten
    with pytest.raises(PeriodError, match="kantor di atasnya"):
        submit_period(kab.session_factory, kab.data_dir, offices.kec, PeriodKind.MINLOK, OCTOBER, tmp_path / "x.konv")
    with pytest.raises(PeriodError, match="tidak sah"):
        submit_period(
            kab.session_factory, kab.data_dir, offices.prov, PeriodKind.MINLOK, "2024-13", tmp_path / "y.konv"
        )
    with pytest.raises(PeriodError, match="tidak dapat diambil"):  # nothing submitted yet
        decide_period(
            kab.session_factory,
            kab.data_dir,
            offices.kec,
            PeriodKind.MINLOK,
            OCTOBER,
            Decision.APPROVE,
            "",
            tmp_path / "z",
        )

    # The kabupaten submits its own month to the province: the same cycle one level up.
    prov = offices.provinsi
    data = MeetingData(
        title="Rembuk Stunting Kabupaten", region_code="36.02", meeting_date=date(2024, 10, 8), place="Aula Bappeda"
    )
    own = create_meeting(kab.session_factory, data).id
    later = create_meeting(kab.session_factory, replace(data, title="Rapat Desember", meeting_date=date(2024, 12, 3)))
    own_uuid, later_uuid = uuid_of(kab, own), uuid_of(kab, later.id)
    package = tmp_path / "kab-submit.konv"
    result = submit_period(kab.session_factory, kab.data_dir, offices.prov, PeriodKind.MINLOK, OCTOBER, package)
    assert result.counts["meeting"] == 1  # October only; December stays home
    import_package(prov.session_factory, prov.data_dir, package)
    assert title_of(prov, own_uuid) == "Rembuk Stunting Kabupaten"
    with reading(prov.session_factory) as session:
        assert session.scalar(select(Meeting.id).where(Meeting.uuid == later_uuid)) is None
    assert state_at(prov, offices.kab) is PeriodState.SUBMITTED

    approval = tmp_path / "prov-approve.konv"
    decide_period(
        prov.session_factory, prov.data_dir, offices.kab, PeriodKind.MINLOK, OCTOBER, Decision.APPROVE, "", approval
    )
    import_package(kab.session_factory, kab.data_dir, approval)
    assert state_at(kab, offices.kab) is PeriodState.APPROVED
    with pytest.raises(PeriodLocked, match=rf"disetujui oleh .* \({offices.prov}\) pada "):
        set_meeting_fields(kab.session_factory, own, title="Diubah setelah disetujui")
    with reading(prov.session_factory) as session:
        at_prov = session.scalar(select(Meeting.id).where(Meeting.uuid == own_uuid))
    assert at_prov is not None
    with pytest.raises(PeriodLocked):  # the province keeps the approved version as the reference
        set_meeting_fields(prov.session_factory, at_prov, title="Diubah di provinsi")
    set_meeting_fields(kab.session_factory, later.id, title="Rapat Desember (revisi)")  # another month stays open
    with pytest.raises(PeriodError):  # the kecamatan cannot decide on its kabupaten's period
        decide_period(
            offices.kecamatan.session_factory,
            offices.kecamatan.data_dir,
            offices.kab,
            PeriodKind.MINLOK,
            OCTOBER,
            Decision.UNLOCK,
            "buka",
            tmp_path / "kec-unlock.konv",
        )

    unlock = tmp_path / "prov-unlock.konv"
    reason = "Notulen rembuk belum memuat kesepakatan"
    decide_period(
        prov.session_factory, prov.data_dir, offices.kab, PeriodKind.MINLOK, OCTOBER, Decision.UNLOCK, reason, unlock
    )
    import_package(kab.session_factory, kab.data_dir, unlock)
    assert state_at(kab, offices.kab) is PeriodState.REOPENED
    set_meeting_fields(kab.session_factory, own, title="Rembuk Stunting Kabupaten (koreksi)")
    assert title_of(kab, own_uuid) == "Rembuk Stunting Kabupaten (koreksi)"


def test_meeting_set_on_a_locked_meeting_exits_1_in_a_child_process(offices: Offices, tmp_path: Path) -> None:
    folder = tmp_path / "packages"
    folder.mkdir()
    october = meeting_at(offices.kecamatan, date(2024, 10, 15), "Minlok Oktober")
    submit(offices, folder)
    decide(offices, Decision.APPROVE, folder)
    offices.kecamatan.dispose()  # the child process opens the database itself
    base = [sys.executable, "-m", "desktop", "--data-dir", str(offices.kecamatan.data_dir)]
    refused = subprocess.run(
        [*base, "meeting", "set", "--meeting", str(october), "--title", "Baru"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert refused.returncode == 1, refused.stderr
    assert refused.stderr.startswith("Galat: Periode Minlok (rapat) 2024-10") and "disetujui oleh" in refused.stderr
    status = subprocess.run([*base, "period", "status", "--json"], capture_output=True, text=True, timeout=120)
    assert status.returncode == 0, status.stderr
    rows = json.loads(status.stdout)
    assert {"kind": "minlok", "period": OCTOBER, "state": "disetujui"}.items() <= next(
        row for row in rows if row["period"] == OCTOBER
    ).items()
