"""How a conflict's fields and values read: labels, Ya/Tidak, dates in words, bookkeeping left out."""

from __future__ import annotations

from typing import Any

from desktop.ui.exchange.conflict_view import describe, field_label, shown_fields, shown_value


def test_labels_come_from_the_vocabularies() -> None:
    assert field_label("krs_family", "air_minum_tidak_layak") == "Sumber air minum tidak layak"
    assert field_label("krs_family", "head_name") == "Nama Kepala Keluarga"
    assert field_label("case_child", "name") == "Nama anak" and field_label("person", "name") == "Nama"
    assert field_label("meeting", "deleted_at") == "Dihapus"


def test_bookkeeping_is_hidden_and_deletion_shown_only_when_it_differs() -> None:
    local: dict[str, Any] = {
        "uuid": "u",
        "content_hash": "h",
        "created_at": "2026-01-01T00:00:00+00:00",
        "identity_key": "KK:1",
    }
    local |= {"origin_office": "x", "version": 2, "series_id": "s", "family_uuid": "f", "deleted_at": None}
    local |= {"title": "Rapat", "meeting_date": "2026-02-03", "place": "Aula"}
    assert shown_fields("meeting", local, ("place",)) == ["place", "title", "meeting_date"]
    assert shown_fields("meeting", local, ("deleted_at", "content_hash")) == [
        "deleted_at",
        "title",
        "meeting_date",
        "place",
    ]


def test_values_read_as_words() -> None:
    assert (shown_value("baduta", True), shown_value("baduta", False), shown_value("notes", None)) == (
        "Ya",
        "Tidak",
        "-",
    )
    assert shown_value("meeting_date", "2026-02-03") == "3 Februari 2026"
    assert shown_value("deleted_at", "2026-02-03T01:02:03+00:00").startswith("3 Februari 2026 ")
    assert shown_value("start_time", "09:30:00") == "09.30"
    assert shown_value("nik", "3602181234567890") == "360218**********"
    assert shown_value("wife_age", 31) == "31"


def test_a_record_is_named_as_a_person_names_it() -> None:
    names = {"36.02.18.2001": "Cibadak"}.__getitem__
    assert describe("Keluarga KRS", {"head_name": "Sukarna", "desa_code": "36.02.18.2001"}, names) == (
        "Sukarna, Desa Cibadak"
    )
    assert (
        describe("Rapat", {"title": "Rapat TPPS", "meeting_date": "2026-02-03"}, names) == "Rapat TPPS, 3 Februari 2026"
    )
    assert describe("Pengukuran anak", {"measured_on": "2026-02-03"}, names) == "Pengukuran anak, 3 Februari 2026"
    assert describe("Agenda rapat", {}, names) == "Agenda rapat"


def test_codes_of_a_fixed_list_read_as_their_labels() -> None:
    assert shown_value("status", "berjalan", "action_item") == "Berjalan"
    assert shown_value("status", "terkonfirmasi_stunting", "case_child") == "Terkonfirmasi stunting"
    assert shown_value("new_status", "bukan_stunting", "case_status_change") == "Bukan stunting"
    assert shown_value("status", "final", "meeting") == "Final (terkunci)"
    assert shown_value("meeting_type", "MINLOK_KEC", "meeting") == "Mini Lokakarya Stunting Kecamatan"
    assert shown_value("attendance", "tidak_hadir", "meeting_participant") == "Tidak hadir"
    assert shown_value("funding_source", "DANA_DESA", "action_item") == "Dana Desa"
    assert shown_value("sex", "P", "case_child") == "Perempuan"
    assert shown_value("status", "diunggah", "aksi_progress") == "Diunggah ke Web Aksi Bangda"
    # An unknown (old or foreign) code is shown as it is, and a column of no list keeps its value.
    assert shown_value("status", "kode_lama", "action_item") == "kode_lama"
    assert shown_value("status", "berjalan") == "berjalan"
