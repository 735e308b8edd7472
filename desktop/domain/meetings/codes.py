"""Code lists of the meetings module: stored codes and their Indonesian labels (see :mod:`desktop.domain.codes`)."""

from __future__ import annotations

from desktop.domain.codes import CodeList
from desktop.domain.i18n import N_


class MeetingType(CodeList):
    """The kinds of meeting a secretariat records."""

    MINLOK_KEC = "MINLOK_KEC", N_("Mini Lokakarya Stunting Kecamatan")
    RAKOR_TPPS_KAB = "RAKOR_TPPS_KAB", N_("Rakor TPPS Kabupaten")
    RAKOR_TPPS_KEC = "RAKOR_TPPS_KEC", N_("Rakor TPPS Kecamatan")
    REMBUK_STUNTING_KAB = "REMBUK_STUNTING_KAB", N_("Rembuk Stunting Kabupaten")
    REMBUK_STUNTING_KEC = "REMBUK_STUNTING_KEC", N_("Rembuk Stunting Kecamatan")
    REMBUK_STUNTING_DESA = "REMBUK_STUNTING_DESA", N_("Rembuk Stunting Desa")
    ANALISIS_SITUASI = "ANALISIS_SITUASI", N_("Analisis Situasi")
    REVIU_KINERJA = "REVIU_KINERJA", N_("Reviu Kinerja")
    BIMTEK = "BIMTEK", N_("Bimtek/Sosialisasi")
    LAINNYA = "LAINNYA", N_("Lainnya")


class MeetingLevel(CodeList):
    """The level of government a meeting is held at."""

    KABUPATEN = "kabupaten", N_("Kabupaten")
    KECAMATAN = "kecamatan", N_("Kecamatan")
    DESA = "desa", N_("Desa/Kelurahan")


TYPE_LEVELS: dict[str, MeetingLevel] = {
    MeetingType.MINLOK_KEC: MeetingLevel.KECAMATAN,
    MeetingType.RAKOR_TPPS_KAB: MeetingLevel.KABUPATEN,
    MeetingType.RAKOR_TPPS_KEC: MeetingLevel.KECAMATAN,
    MeetingType.REMBUK_STUNTING_KAB: MeetingLevel.KABUPATEN,
    MeetingType.REMBUK_STUNTING_KEC: MeetingLevel.KECAMATAN,
    MeetingType.REMBUK_STUNTING_DESA: MeetingLevel.DESA,
    MeetingType.ANALISIS_SITUASI: MeetingLevel.KABUPATEN,
    MeetingType.REVIU_KINERJA: MeetingLevel.KABUPATEN,
}
"""The level a meeting type implies (Bimtek and Lainnya imply none: the user chooses)."""

TIME_ZONES: tuple[str, ...] = ("WIB", "WITA", "WIT")


class FundingSource(CodeList):
    """Where the money of a follow-up action (RTL) comes from."""

    APBN = "APBN", N_("APBN")
    APBD_PROV = "APBD_PROV", N_("APBD Provinsi")
    APBD_KAB = "APBD_KAB", N_("APBD Kabupaten")
    DAK_NONFISIK_BOKB = "DAK_NONFISIK_BOKB", N_("DAK Non-Fisik / BOKB")
    DANA_DESA = "DANA_DESA", N_("Dana Desa")
    CSR = "CSR", N_("CSR")
    SWADAYA = "SWADAYA", N_("Swadaya")


class ActionStatus(CodeList):
    """Status of a follow-up action (RTL)."""

    BELUM = "belum", N_("Belum")
    BERJALAN = "berjalan", N_("Berjalan")
    SELESAI = "selesai", N_("Selesai")
    BATAL = "batal", N_("Batal")


OPEN_ACTION_STATUSES: frozenset[ActionStatus] = frozenset({ActionStatus.BELUM, ActionStatus.BERJALAN})
"""The statuses of an action still to be done (an open action past its deadline is late)."""


class Attendance(CodeList):
    """Attendance of an invited participant."""

    DIUNDANG = "diundang", N_("Diundang")
    HADIR = "hadir", N_("Hadir")
    TIDAK_HADIR = "tidak_hadir", N_("Tidak hadir")
    TERLAMBAT = "terlambat", N_("Datang terlambat")
    PULANG_AWAL = "pulang_awal", N_("Pulang lebih awal")


PRESENT_ATTENDANCE: frozenset[Attendance] = frozenset({Attendance.HADIR, Attendance.TERLAMBAT, Attendance.PULANG_AWAL})
"""The attendance codes of a participant who was there (counted and listed as present)."""


class Gender(CodeList):
    """Gender of a participant (L/P as on Indonesian forms)."""

    L = "L", N_("Laki-laki")
    P = "P", N_("Perempuan")


class MeetingStatus(CodeList):
    """Status of a meeting's record: a draft is editable, a final one is locked."""

    DRAFT = "draft", N_("Draf")
    FINAL = "final", N_("Final (terkunci)")


def region_level(region_code: str) -> str:
    """The level of a dotted region code: ``36.02`` kabupaten, ``36.02.18`` kecamatan, ``36.02.18.2004`` desa."""
    return {1: "kabupaten", 2: "kecamatan", 3: "desa"}.get(region_code.count("."), "")
