"""Meetings as evidence (a Rembuk Stunting for Aksi 3) and open RTL as deadlines on the dashboard."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models.meeting import ActionItem, Meeting
from desktop.context import AppContext
from desktop.services.aksi.due import due_items
from desktop.services.aksi.evidence import EvidenceError, list_evidence
from desktop.services.aksi.meeting_links import link_meeting, meeting_candidates
from desktop.services.aksi.progress import get_detail, list_year
from desktop.services.aksi.progress_writes import start_year


def _meeting(factory: sessionmaker[Session], kind: str, when: date, title: str) -> tuple[str, int]:
    with factory() as session, session.begin():
        meeting = Meeting(title=title, meeting_type=kind, level="kabupaten", region_code="36.02", meeting_date=when)
        session.add(meeting)
        session.flush()
        return meeting.uuid, meeting.id


def test_rembuk_stunting_becomes_evidence_of_aksi_3(office_context: AppContext) -> None:
    factory = office_context.session_factory
    rembuk, _ = _meeting(factory, "REMBUK_STUNTING_KAB", date(2024, 5, 21), "Rembuk Stunting Kabupaten Lebak 2024")
    _meeting(factory, "REMBUK_STUNTING_KAB", date(2023, 5, 30), "Rembuk Stunting 2023")
    minlok, _ = _meeting(factory, "MINLOK_KEC", date(2024, 5, 7), "Minlok Cibadak Mei")
    start_year(factory, 2024)
    rows = list_year(factory, 2024)
    aksi_1, aksi_3 = rows[0].progress_id, rows[2].progress_id
    candidates = meeting_candidates(factory, aksi_3)
    assert [c.uuid for c in candidates] == [rembuk]
    assert candidates[0].evidence_title == "Rembuk Stunting Kabupaten Lebak 2024, 21 Mei 2024"
    assert meeting_candidates(factory, aksi_1) == []
    info = link_meeting(factory, aksi_3, rembuk)
    assert info.is_meeting and info.meeting_uuid == rembuk
    assert meeting_candidates(factory, aksi_3)[0].linked
    assert get_detail(factory, aksi_3).row.evidence_count == 1
    with pytest.raises(EvidenceError, match="sudah menjadi data dukung"):
        link_meeting(factory, aksi_3, rembuk)
    with pytest.raises(EvidenceError, match="bukan jenis rapat"):
        link_meeting(factory, aksi_3, minlok)
    assert len(list_evidence(factory, aksi_3)) == 1


def test_open_rtl_are_listed_with_the_aksi(office_context: AppContext) -> None:
    factory = office_context.session_factory
    _, meeting_id = _meeting(factory, "RAKOR_TPPS_KAB", date(2026, 7, 20), "Rakor TPPS Juli")
    with factory() as session, session.begin():
        session.add_all(
            [
                ActionItem(origin_meeting_id=meeting_id, description="Validasi data KRS", responsible="DP3AP2KB",
                           deadline=date(2026, 8, 17), status="belum"),
                ActionItem(origin_meeting_id=meeting_id, description="Sudah beres", responsible="Dinkes",
                           deadline=date(2026, 8, 10), status="selesai"),
            ]
        )  # fmt: skip
    items = [i for i in due_items(factory, date(2026, 8, 1)) if i.kind == "rtl"]
    assert len(items) == 1
    assert items[0].title == "RTL: Validasi data KRS (Rakor TPPS Juli)"
    assert items[0].effective_deadline == date(2026, 8, 18) and items[0].responsible == "DP3AP2KB"
