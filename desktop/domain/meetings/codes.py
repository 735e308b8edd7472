"""Code lists of the meetings module: stored codes and their Indonesian labels."""

from __future__ import annotations

MEETING_TYPES: dict[str, str] = {
    "MINLOK_KEC": "Mini Lokakarya Stunting Kecamatan",
    "RAKOR_TPPS_KAB": "Rakor TPPS Kabupaten",
    "RAKOR_TPPS_KEC": "Rakor TPPS Kecamatan",
    "REMBUK_STUNTING_KAB": "Rembuk Stunting Kabupaten",
    "REMBUK_STUNTING_KEC": "Rembuk Stunting Kecamatan",
    "REMBUK_STUNTING_DESA": "Rembuk Stunting Desa",
    "ANALISIS_SITUASI": "Analisis Situasi",
    "REVIU_KINERJA": "Reviu Kinerja",
    "BIMTEK": "Bimtek/Sosialisasi",
    "LAINNYA": "Lainnya",
}

LEVELS: dict[str, str] = {
    "kabupaten": "Kabupaten",
    "kecamatan": "Kecamatan",
    "desa": "Desa/Kelurahan",
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
    "APBD_PROV": "APBD Provinsi",
    "APBD_KAB": "APBD Kabupaten",
    "DAK_NONFISIK_BOKB": "DAK Non-Fisik / BOKB",
    "DANA_DESA": "Dana Desa",
    "CSR": "CSR",
    "SWADAYA": "Swadaya",
}

ACTION_STATUSES: dict[str, str] = {
    "belum": "Belum",
    "berjalan": "Berjalan",
    "selesai": "Selesai",
    "batal": "Batal",
}
OPEN_ACTION_STATUSES: frozenset[str] = frozenset({"belum", "berjalan"})

ATTENDANCE: dict[str, str] = {
    "diundang": "Diundang",
    "hadir": "Hadir",
    "tidak_hadir": "Tidak hadir",
    "terlambat": "Datang terlambat",
    "pulang_awal": "Pulang lebih awal",
}
PRESENT_ATTENDANCE: frozenset[str] = frozenset({"hadir", "terlambat", "pulang_awal"})

GENDERS: dict[str, str] = {"L": "Laki-laki", "P": "Perempuan"}

STATUS_DRAFT = "draft"
STATUS_FINAL = "final"
MEETING_STATUSES: dict[str, str] = {STATUS_DRAFT: "Draf", STATUS_FINAL: "Final (terkunci)"}


def region_level(region_code: str) -> str:
    """The level of a dotted region code: ``36.02`` kabupaten, ``36.02.18`` kecamatan, ``36.02.18.2004`` desa."""
    return {1: "kabupaten", 2: "kecamatan", 3: "desa"}.get(region_code.count("."), "")


def label(codes: dict[str, str], code: str) -> str:
    """Returns the label of ``code`` in a code list, or the code itself when unknown (or ``-`` when empty)."""
    return codes.get(code, code) or "-"
