"""Code lists: one convention (a StrEnum whose members carry their label), stored values unchanged, each label
written once."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from db.models.krs import FLAG_COLUMNS, KrsFamily
from desktop.domain.aksi.codes import DONE_STATUSES, AksiStatus
from desktop.domain.cases.codes import CaseStatus
from desktop.domain.codes import CodeList
from desktop.domain.i18n import N_
from desktop.domain.krs.codes import FLAGS, RiskFactor, Sasaran, flag_text
from desktop.domain.meetings.codes import (
    OPEN_ACTION_STATUSES,
    PRESENT_ATTENDANCE,
    TYPE_LEVELS,
    ActionStatus,
    Attendance,
    FundingSource,
    Gender,
    MeetingLevel,
    MeetingStatus,
    MeetingType,
)

ROOT = Path(__file__).resolve().parents[3]

# The strings the databases already hold: a code list may gain members, never rename these.
STORED = {
    MeetingType: {
        "MINLOK_KEC",
        "RAKOR_TPPS_KAB",
        "RAKOR_TPPS_KEC",
        "REMBUK_STUNTING_KAB",
        "REMBUK_STUNTING_KEC",
        "REMBUK_STUNTING_DESA",
        "ANALISIS_SITUASI",
        "REVIU_KINERJA",
        "BIMTEK",
        "LAINNYA",
    },
    MeetingLevel: {"kabupaten", "kecamatan", "desa"},
    FundingSource: {"APBN", "APBD_PROV", "APBD_KAB", "DAK_NONFISIK_BOKB", "DANA_DESA", "CSR", "SWADAYA"},
    ActionStatus: {"belum", "berjalan", "selesai", "batal"},
    Attendance: {"diundang", "hadir", "tidak_hadir", "terlambat", "pulang_awal"},
    Gender: {"L", "P"},
    MeetingStatus: {"draft", "final"},
    CaseStatus: {
        "terdata",
        "diukur_ulang",
        "terkonfirmasi_stunting",
        "bukan_stunting",
        "perlu_rujukan",
        "data_tidak_valid",
        "pindah",
        "meninggal",
    },
    AksiStatus: {"belum_mulai", "berjalan", "selesai", "diunggah", "direviu"},
    Sasaran: {"baduta", "balita", "pus", "pus_hamil"},
    RiskFactor: {
        "air_minum_tidak_layak",
        "jamban_tidak_layak",
        "terlalu_muda",
        "terlalu_tua",
        "terlalu_dekat",
        "terlalu_banyak",
    },
}


@pytest.mark.parametrize("codes", list(STORED), ids=lambda codes: codes.__name__)
def test_every_code_list_is_a_code_list_with_its_stored_values(codes: type[CodeList]) -> None:
    assert issubclass(codes, CodeList)
    assert {member.value for member in codes} == STORED[codes]
    for member in codes:
        assert member == member.value and type(member.value) is str  # the member is the stored string
        assert member.label and member.label != "-"
        assert codes.label_of(member.value) == member.label
        assert codes(member.value) is member


def test_labels_unknown_and_empty_codes() -> None:
    assert MeetingStatus.labels() == {"draft": "Draf", "final": "Final (terkunci)"}
    assert list(ActionStatus.labels()) == ["belum", "berjalan", "selesai", "batal"]  # declaration order
    assert ActionStatus.label_of("ditunda") == "ditunda"  # an unknown code is shown, not lost
    assert ActionStatus.label_of("") == "-" and ActionStatus.label_of(None) == "-"
    assert ActionStatus.of("ditunda") is None and ActionStatus.of("berjalan") is ActionStatus.BERJALAN
    assert CaseStatus.label_of("terkonfirmasi_stunting") == "Terkonfirmasi stunting"
    assert AksiStatus.DIUNGGAH.document_label == "Diunggah ke Web Aksi Bangda"


def test_a_member_without_a_short_label_uses_its_label() -> None:
    class Colour(CodeList):
        """A list for the test."""

        RED = "red", N_("Merah")
        BLUE = "blue", N_("Biru"), N_("B")

    assert Colour.RED.short_label == "Merah" and Colour.BLUE.short_label == "B" and Colour.BLUE.label == "Biru"


def test_subsets_are_members_of_their_list() -> None:
    assert OPEN_ACTION_STATUSES == {ActionStatus.BELUM, ActionStatus.BERJALAN}
    assert PRESENT_ATTENDANCE == {Attendance.HADIR, Attendance.TERLAMBAT, Attendance.PULANG_AWAL}
    assert DONE_STATUSES <= set(AksiStatus)
    assert set(TYPE_LEVELS) <= set(MeetingType) and set(TYPE_LEVELS.values()) <= set(MeetingLevel)
    assert "hadir" in PRESENT_ATTENDANCE and "berjalan" in OPEN_ACTION_STATUSES  # stored strings match members


def test_krs_flags_are_the_family_columns_with_bkkbn_wording() -> None:
    assert FLAG_COLUMNS == tuple(flag.value for flag in FLAGS)
    assert all(hasattr(KrsFamily, flag.value) for flag in FLAGS)
    assert RiskFactor.AIR_MINUM_TIDAK_LAYAK.label == "Sumber air minum tidak layak"
    assert RiskFactor.TERLALU_MUDA.label == "Terlalu muda (<20 th)"
    assert [flag.short_label for flag in RiskFactor] == [
        "Air minum",
        "Jamban",
        "4T muda",
        "4T tua",
        "4T dekat",
        "4T banyak",
    ]

    class Family:
        baduta, balita, pus, pus_hamil = True, False, False, True
        air_minum_tidak_layak = jamban_tidak_layak = terlalu_tua = terlalu_dekat = terlalu_banyak = False
        terlalu_muda = True

    assert flag_text(Family(), Sasaran) == "Baduta, PUS hamil"
    assert flag_text(Family(), RiskFactor) == "Terlalu muda (<20 th)"
    assert flag_text(Family(), RiskFactor, short=True) == "4T muda"


_DOMAIN_CODE_MODULES = {
    "desktop/domain/krs/codes.py",
    "desktop/domain/meetings/codes.py",
    "desktop/domain/aksi/codes.py",
    "desktop/domain/cases/codes.py",
}
# Labels distinctive enough that writing one again elsewhere is a copy of the code list (generic words such as
# "Kecamatan" or "Batal" are left out), plus the wordings the KRS labels had before they became one.
_DISTINCTIVE = {
    *(flag._label for flag in RiskFactor),
    *(flag._short_label for flag in RiskFactor),
    *(member._label for member in MeetingType),
    *(member._label for member in (Attendance.TERLAMBAT, Attendance.PULANG_AWAL, MeetingStatus.FINAL)),
    *(member._label for member in (AksiStatus.DIUNGGAH, AksiStatus.DIREVIU, AksiStatus.BELUM_MULAI)),
    *(member._label for member in (CaseStatus.TERKONFIRMASI_STUNTING, CaseStatus.BUKAN_STUNTING)),
    *(member._label for member in (CaseStatus.PERLU_RUJUKAN, CaseStatus.DIUKUR_ULANG)),
    "Air minum tidak layak",
    "Terlalu muda",
    "Terlalu tua",
    "Terlalu dekat",
    "Terlalu banyak",
}


def _literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(n.lineno, n.value) for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def test_code_labels_are_written_only_in_the_domain() -> None:
    copies = [
        f"{path.relative_to(ROOT)}:{line} {text!r}"
        for folder in ("desktop", "db")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.relative_to(ROOT).as_posix() not in _DOMAIN_CODE_MODULES
        for line, text in _literals(path)
        if text in _DISTINCTIVE
    ]
    assert copies == []


def test_db_copies_no_stored_code_lists() -> None:
    codes = {code for values in STORED.values() for code in values if len(code) > 3}
    copies = [
        f"{path.relative_to(ROOT)}:{line} {text!r}"
        for path in sorted((ROOT / "db").rglob("*.py"))
        if "migrations" not in path.parts  # migrations freeze the schema of their day
        for line, text in _literals(path)
        if text in codes
    ]
    assert copies == []
