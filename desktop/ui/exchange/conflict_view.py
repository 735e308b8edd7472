"""How a conflict is shown to the officer who decides: Indonesian field labels, readable values, a record's name.

Bookkeeping columns (uuids, references, hashes, write times, version counters) are left out of the field-by-field
table; the deletion time is shown only when the two versions differ in it ("Dihapus").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from desktop.domain.aksi.codes import AksiStatus
from desktop.domain.cases.codes import CaseStatus
from desktop.domain.codes import CodeList
from desktop.domain.dates import long_date
from desktop.domain.i18n import N_, _
from desktop.domain.identifiers import mask_nik
from desktop.domain.krs.codes import FLAGS
from desktop.domain.meetings.codes import (
    ActionStatus,
    Attendance,
    FundingSource,
    Gender,
    MeetingLevel,
    MeetingStatus,
    MeetingType,
)
from desktop.services.exchange.entities import BY_NAME

HIDDEN = frozenset(
    {"uuid", "id", "content_hash", "created_at", "updated_at", "row_version", "version", "identity_key"}
    | {"origin_office", "flags_json", "letterhead_id", "person_id", "carried_from_id"}
)
"""Columns never shown field by field (plus every ``..._id`` / ``..._uuid`` reference)."""

COMMON_LABELS = {
    "name": N_("Nama"),
    "nik": N_("NIK"),
    "no_kk": N_("No. KK"),
    "address": N_("Alamat"),
    "desa_code": N_("Kode desa"),
    "kecamatan_code": N_("Kode kecamatan"),
    "region_code": N_("Kode wilayah"),
    "notes": N_("Catatan"),
    "note": N_("Catatan"),
    "status": N_("Status"),
    "old_status": N_("Status lama"),
    "new_status": N_("Status baru"),
    "changed_by": N_("Diubah oleh"),
    "changed_on": N_("Tanggal perubahan"),
    "changed_at": N_("Waktu perubahan"),
    "order_no": N_("No. urut"),
    "content": N_("Isi"),
    "title": N_("Judul"),
    "position": N_("Jabatan"),
    "institution": N_("Instansi"),
    "gender": N_("L/P"),
    "phone": N_("Telepon"),
    "nip": N_("NIP"),
    "rank": N_("Pangkat/golongan"),
    "source": N_("Sumber"),
    "existence_code": N_("Status"),
    "result_code": N_("Hasil"),
    "verified_on": N_("Tgl Verval"),
    "meeting_type": N_("Jenis rapat"),
    "level": N_("Tingkat"),
    "deleted_at": N_("Dihapus"),
    "year": N_("Tahun"),
    "month": N_("Bulan"),
}
"""Labels of columns that mean the same in every exchanged table."""

ENTITY_FIELD_LABELS: dict[str, dict[str, str]] = {
    "krs_family": {
        "source_round": N_("Putaran pendataan"),
        "semester": N_("Semester"),
        "rw": N_("RW"),
        "rt": N_("RT"),
        "head_name": N_("Nama Kepala Keluarga"),
        "wife_name": N_("Nama Istri"),
        "wife_age": N_("Umur istri"),
        "welfare_rank": N_("Peringkat kesejahteraan"),
        "risk_status": N_("Status risiko"),
        **{flag.value: flag.source_label for flag in FLAGS},
    },
    "krs_verification": {"verifier_name": N_("Nama verifikator"), "verifier_role": N_("Peran verifikator")},
    "krs_code": {
        "list_name": N_("Daftar kode"),
        "code": N_("Kode"),
        "label": N_("Label"),
        "sort_order": N_("Urutan"),
        "active": N_("Aktif"),
    },
    "case_child": {
        "name": N_("Nama anak"),
        "sex": N_("L/P"),
        "birth_date": N_("Tanggal lahir"),
        "mother_name": N_("Nama ibu"),
        "posyandu": N_("Posyandu"),
    },
    "case_measurement": {
        "measured_on": N_("Tanggal ukur"),
        "weight_kg": N_("Berat (kg)"),
        "height_cm": N_("Tinggi (cm)"),
        "method": N_("Cara ukur"),
        "measurer": N_("Pengukur"),
        "age_days": N_("Umur (hari)"),
        "age_months": N_("Umur (bln)"),
        "haz": N_("TB/U (z)"),
        "waz": N_("BB/U (z)"),
        "whz": N_("BB/TB (z)"),
        "haz_category": N_("TB/U"),
        "waz_category": N_("BB/U"),
        "whz_category": N_("BB/TB"),
        "flags": N_("Tanda"),
    },
    "person": {"last_seen": N_("Terakhir hadir")},
    "meeting": {
        "number": N_("Nomor"),
        "meeting_date": N_("Tanggal rapat"),
        "start_time": N_("Mulai"),
        "end_time": N_("Selesai"),
        "time_zone": N_("Zona waktu"),
        "place": N_("Tempat"),
        "online_link": N_("Tautan daring"),
        "chair_name": N_("Nama pimpinan rapat"),
        "chair_position": N_("Jabatan pimpinan"),
        "chair_rank": N_("Pangkat pimpinan"),
        "chair_nip": N_("NIP pimpinan"),
        "secretary_name": N_("Nama notulis"),
        "secretary_position": N_("Jabatan notulis"),
        "secretary_rank": N_("Pangkat notulis"),
        "secretary_nip": N_("NIP notulis"),
        "opening": N_("Pembukaan"),
        "correction_reason": N_("Alasan koreksi"),
    },
    "meeting_participant": {"attendance": N_("Kehadiran")},
    "agenda_item": {"done": N_("Selesai dibahas")},
    "discussion_point": {"speaker": N_("Pembicara")},
    "action_item": {
        "description": N_("Uraian"),
        "responsible": N_("Penanggung jawab"),
        "deadline": N_("Tenggat"),
        "funding_source": N_("Sumber dana"),
    },
    "action_review": {"carried_over": N_("Dilanjutkan")},
    "checklist_value": {
        "template_code": N_("Daftar periksa"),
        "item_code": N_("Butir"),
        "value_bool": N_("Terpenuhi"),
        "value_number": N_("Nilai"),
        "evidence_note": N_("Bukti"),
    },
    "prevalence_figure": {"kind": N_("Jenis angka"), "value": N_("Nilai")},
}
"""Labels per exchanged table (the wording of the KRS and cases pages where they have one)."""

CODE_LISTS: dict[str, type[CodeList]] = {
    "meeting_type": MeetingType,
    "level": MeetingLevel,
    "funding_source": FundingSource,
    "attendance": Attendance,
    "gender": Gender,
}
"""Columns holding a code of a fixed list, in every exchanged table."""

ENTITY_CODE_LISTS: dict[str, dict[str, type[CodeList]]] = {
    "meeting": {"status": MeetingStatus},
    "action_item": {"status": ActionStatus},
    "action_review": {"status": ActionStatus},
    "action_status_change": {"old_status": ActionStatus, "new_status": ActionStatus},
    "case_child": {"status": CaseStatus, "sex": Gender},
    "case_status_change": {"old_status": CaseStatus, "new_status": CaseStatus},
    "aksi_progress": {"status": AksiStatus},
}
"""Columns holding a code of a fixed list, per exchanged table (``status`` means a different list in each)."""


def code_list(entity: str, key: str) -> type[CodeList] | None:
    """The fixed code list whose codes column ``key`` of ``entity`` holds, or None."""
    return ENTITY_CODE_LISTS.get(entity, {}).get(key) or CODE_LISTS.get(key)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_TIME = re.compile(r"^(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?$")


def field_label(entity: str, key: str) -> str:
    """The Indonesian label of column ``key`` of ``entity`` (the column name when no table knows it)."""
    label = ENTITY_FIELD_LABELS.get(entity, {}).get(key) or COMMON_LABELS.get(key)
    return _(label) if label else key


def is_hidden(key: str) -> bool:
    """Whether a column is bookkeeping, not something the officer decides on."""
    return key in HIDDEN or key.endswith(("_id", "_uuid"))


def shown_fields(entity: str, local: dict[str, Any], differences: tuple[str, ...]) -> list[str]:
    """The columns to show in the table's own order, those that differ first; ``deleted_at`` only when it differs."""
    spec = BY_NAME.get(entity)
    order = {name: index for index, name in enumerate(spec.table.columns.keys())} if spec is not None else {}

    def position(key: str) -> tuple[int, str]:
        return order.get(key, len(order)), key

    different = sorted((key for key in differences if not is_hidden(key)), key=position)
    same = sorted(
        (key for key in local if key not in differences and not is_hidden(key) and key != "deleted_at"), key=position
    )
    return different + same


def shown_value(key: str, value: Any, entity: str = "") -> str:
    """A value as the officer reads it: Ya/Tidak, ``-`` for nothing, dates in words, NIK and No. KK masked, a code
    of a fixed list as its label (``entity`` tells which list a ``status`` column holds)."""
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return _("Ya") if value else _("Tidak")
    if not isinstance(value, str):
        return str(value)
    codes = code_list(entity, key)
    if codes is not None:
        return codes.label_of(value)
    if key in {"nik", "no_kk"}:
        return mask_nik(value)
    if _DATE.match(value):
        return long_date(date.fromisoformat(value), screen=True)
    if _TIMESTAMP.match(value):
        try:
            moment = datetime.fromisoformat(value).astimezone()
        except ValueError:
            return value
        return f"{long_date(moment.date(), screen=True)} {moment:%H.%M}"
    found = _TIME.match(value)
    if found:
        return f"{found.group(1)}.{found.group(2)}"
    return value


_NAME_KEYS = ("head_name", "name", "title", "description", "content")
_DATE_KEYS = ("meeting_date", "measured_on", "changed_on", "verified_on", "changed_at")


def describe(entity_label: str, data: dict[str, Any], region_name: Callable[[str], str]) -> str:
    """A record as a person names it: the family head and desa, the child, the meeting and its date...

    Args:
        entity_label: the entity's label, the fallback.
        data: the record's data (the local version).
        region_name: the name of a region code.
    """
    parts = [str(data[key]) for key in _NAME_KEYS if data.get(key)][:1]
    named = bool(parts)
    if data.get("desa_code"):
        parts.append(_("Desa {name}").format(name=region_name(str(data["desa_code"]))))
    when = next((data[key] for key in _DATE_KEYS if data.get(key)), None)
    if when is not None:
        parts.append(shown_value("", when))
    if not named:
        parts.insert(0, entity_label)
    return ", ".join(parts)
