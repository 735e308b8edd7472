"""NIP, NIK and No. KK rules."""

from __future__ import annotations

import pytest

from desktop.domain.identifiers import digits_only, format_nip, mask_nik, nik_problem, nip_problem


def test_format_nip_groups_8_6_1_3() -> None:
    assert format_nip("197001011995031001") == "19700101 199503 1 001"
    assert format_nip("19700101 199503 1 001") == "19700101 199503 1 001"
    assert format_nip("") == ""


@pytest.mark.parametrize(
    ("nip", "problem"),
    [
        ("197001011995031001", None),
        ("19700101 199503 1 001", None),
        ("19700101199503100", "NIP harus 18 angka"),
        ("1970010119950310011", "NIP harus 18 angka"),
        ("19701301199503 1001", "8 angka pertama NIP bukan tanggal lahir yang sah"),
        ("197001011995131001", "angka ke-13 dan ke-14 NIP (bulan pengangkatan) tidak sah"),
        ("197001011995033001", "angka ke-15 NIP (jenis kelamin) harus 1 atau 2"),
        ("197001011995031000", "nomor urut NIP tidak boleh 000"),
        ("1970-01-01199503100", "NIP harus 18 angka"),
    ],
)
def test_nip_problem(nip: str, problem: str | None) -> None:
    assert nip_problem(nip) == problem


@pytest.mark.parametrize(
    ("nik", "problem"),
    [
        ("3602184506900001", None),  # a woman: day 05 + 40
        ("3602180506900001", None),
        ("360218050690000", "harus 16 angka"),
        ("36021805069000a1", "harus 16 angka"),
        ("0002180506900001", "kode wilayah (6 angka pertama) tidak sah"),
        ("3602183206900001", "tanggal lahir (angka ke-7 dan ke-8) tidak sah"),
        ("3602187206900001", "tanggal lahir (angka ke-7 dan ke-8) tidak sah"),
        ("3602180513900001", "bulan lahir (angka ke-9 dan ke-10) tidak sah"),
        ("3602180506900000", "nomor urut (4 angka terakhir) tidak boleh 0000"),
    ],
)
def test_nik_problem(nik: str, problem: str | None) -> None:
    assert nik_problem(nik) == problem


def test_mask_keeps_only_the_region_part() -> None:
    assert mask_nik("3602184506900001") == "360218**********"
    assert mask_nik("1234") == "****"


def test_digits_only() -> None:
    assert digits_only("19700101 199503-1.001") == "197001011995031001"
