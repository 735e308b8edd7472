"""Code lists of the meetings module: stored codes and their Indonesian labels."""

from __future__ import annotations

from desktop.domain.i18n import N_

MEETING_TYPES: dict[str, str] = {
    "MINLOK_KEC": N_("Mini Lokakarya Stunting Kecamatan"),
    "RAKOR_TPPS_KAB": N_("Rakor TPPS Kabupaten"),
    "RAKOR_TPPS_KEC": N_("Rakor TPPS Kecamatan"),
    "REMBUK_STUNTING_KAB": N_("Rembuk Stunting Kabupaten"),
    "REMBUK_STUNTING_KEC": N_("Rembuk Stunting Kecamatan"),
    "REMBUK_STUNTING_DESA": N_("Rembuk Stunting Desa"),
    "ANALISIS_SITUASI": N_("Analisis Situasi"),
    "REVIU_KINERJA": N_("Reviu Kinerja"),
    "BIMTEK": N_("Bimtek/Sosialisasi"),
    "LAINNYA": N_("Lainnya"),
}

LEVELS: dict[str, str] = {
    "kabupaten": N_("Kabupaten"),
    "kecamatan": N_("Kecamatan"),
    "desa": N_("Desa/Kelurahan"),
}

TYPE_LEVELS: dict[str, str] = {
    "MINLOK_KEC": "kecamatan",
    "RAKOR_TPPS_KAB": "kabupaten",
    "RAKOR_TPPS_KEC": "kecamatan",
    "REMBUK_STUNTING_KAB": "kabupaten",
    "REMBUK_STUNTING_KEC": "kecamatan",
    "REMBUK_STUNTING_DESA": "desa",
    "ANALISIS_SITUASI": "kabupaten",
    "REVIU_KINERJA": "kabupaten",
}
"""The level a meeting type implies (Bimtek and Lainnya imply none: the user chooses)."""

TIME_ZONES: tuple[str, ...] = ("WIB", "WITA", "WIT")

FUNDING_SOURCES: dict[str, str] = {
    "APBN": "APBN",
    "APBD_PROV": N_("APBD Provinsi"),
    "APBD_KAB": N_("APBD Kabupaten"),
    "DAK_NONFISIK_BOKB": N_("DAK Non-Fisik / BOKB"),
    "DANA_DESA": N_("Dana Desa"),
    "CSR": "CSR",
    "SWADAYA": N_("Swadaya"),
}

ACTION_STATUSES: dict[str, str] = {
    "belum": N_("Belum"),
    "berjalan": N_("Berjalan"),
    "selesai": N_("Selesai"),
    "batal": N_("Batal"),
}
OPEN_ACTION_STATUSES: frozenset[str] = frozenset({"belum", "berjalan"})

ATTENDANCE: dict[str, str] = {
    "diundang": N_("Diundang"),
    "hadir": N_("Hadir"),
    "tidak_hadir": N_("Tidak hadir"),
    "terlambat": N_("Datang terlambat"),
    "pulang_awal": N_("Pulang lebih awal"),
}
PRESENT_ATTENDANCE: frozenset[str] = frozenset({"hadir", "terlambat", "pulang_awal"})

GENDERS: dict[str, str] = {"L": N_("Laki-laki"), "P": N_("Perempuan")}

STATUS_DRAFT = "draft"
STATUS_FINAL = "final"
MEETING_STATUSES: dict[str, str] = {STATUS_DRAFT: N_("Draf"), STATUS_FINAL: N_("Final (terkunci)")}


def region_level(region_code: str) -> str:
    """The level of a dotted region code: ``36.02`` kabupaten, ``36.02.18`` kecamatan, ``36.02.18.2004`` desa."""
    return {1: "kabupaten", 2: "kecamatan", 3: "desa"}.get(region_code.count("."), "")


def label(codes: dict[str, str], code: str) -> str:
    """Returns the label of ``code`` in a code list, or the code itself when unknown (or ``-`` when empty)."""
    return codes.get(code, code) or "-"
