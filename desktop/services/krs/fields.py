"""The columns of a KRS by-name-by-address list and the Indonesian header texts they come under."""

from __future__ import annotations

import functools
import re
from typing import Any

from db.models.krs import FLAG_COLUMNS
from desktop.domain.i18n import N_, _
from desktop.domain.krs.codes import RiskFactor, Sasaran
from desktop.domain.office import normalize_round
from desktop.services.regions import normalize_code
from desktop.services.tabular import (
    FLAG_LOOKUP,
    CellError,
    FieldSpec,
    integer_parser,
    parse_flag,
    parse_identifier16,
    parse_text,
)

IMPORT_KIND = "krs"


def parse_desa_code(value: Any) -> str:
    """A desa/kelurahan code: ``36.02.18.2004`` or ``3602182004`` (a number cell is fine: 10 digits fit)."""
    return _desa_code(parse_text(value))


@functools.lru_cache(maxsize=8192)
def _desa_code(text: str) -> str:
    # A list repeats a few hundred codes a million times: the normalised form is cached.
    code = normalize_code(text)
    if not re.fullmatch(r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}", code):
        raise CellError(_("kode desa harus 10 angka (mis. 36.02.18.2004)"))
    return code


def parse_round(value: Any) -> str:
    """A data round: ``PK24``, ``PK 23``, ``pk-21``; a bare year ``2024`` gives ``PK24``."""
    source_round = normalize_round(parse_text(value))
    if source_round is not None:
        return source_round
    raise CellError(_("sumber data harus PK21, PK22, PK23, PK24, ..."))


def _text(limit: int) -> Any:
    def parse(value: Any) -> str:
        text = value.strip() if value.__class__ is str and "  " not in value else parse_text(value)
        if len(text) > limit:
            raise CellError(_("terlalu panjang (maksimum {limit} karakter)").format(limit=limit))
        return text

    return parse


def _welfare(value: Any) -> str:
    text = parse_text(value).replace(" ", "").lower()
    if text in {"1", "2", "3", "4"}:
        return text
    if text in {">4", "4+", "5", "lebihdari4", "diatas4"}:
        return ">4"
    raise CellError(_("peringkat kesejahteraan harus 1, 2, 3, 4 atau >4"))


def _flag(flag: Sasaran | RiskFactor, *variants: str) -> FieldSpec:
    return FieldSpec(flag.value, flag.source_label, variants, parser=parse_flag, empty=False, lookup=FLAG_LOOKUP)


KRS_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "source_round",
        N_("Sumber Data"),
        ("sumber", "periode", "putaran", "pendataan", "sumber pk"),
        False,
        parse_round,
        memo=True,
    ),
    FieldSpec("semester", N_("Semester"), ("smt",), False, integer_parser(1, 2), memo=True),
    FieldSpec(
        "desa_code",
        N_("Kode Desa"),
        ("kode desa kel", "kode desa kelurahan", "kd desa", "kode kelurahan", "kode wilayah desa", "kode wilayah"),
        True,
        parse_desa_code,
        memo=True,
    ),
    FieldSpec("rw", "RW/Dusun", ("rw", "dusun", "rw dusun", "dusun rw"), False, _text(40), memo=True),
    FieldSpec("rt", "RT", ("rt",), False, _text(10), memo=True),
    FieldSpec(
        "address", N_("Alamat"), ("no rumah alamat", "alamat lengkap", "no rumah", "alamat rumah"), False, _text(200)
    ),
    FieldSpec(
        "no_kk",
        "No. KK",
        ("no kk", "nomor kk", "nomor kartu keluarga", "no kartu keluarga", "kode keluarga kki no kk", "kki"),
        False,
        parse_identifier16,
    ),
    FieldSpec(
        "nik", N_("NIK Kepala Keluarga"), ("nik", "nik kk", "nik kepala keluarga", "nik krt"), False, parse_identifier16
    ),
    FieldSpec(
        "head_name",
        N_("Nama Kepala Keluarga"),
        ("nama kk", "nama kepala keluarga", "kepala keluarga", "nama"),
        True,
        _text(120),
    ),
    FieldSpec("wife_name", N_("Nama Istri"), ("istri", "nama istri pus", "nama ibu"), False, _text(120)),
    FieldSpec(
        "wife_age",
        N_("Umur Istri"),
        ("usia istri", "umur", "usia", "umur istri th"),
        False,
        integer_parser(10, 80),
        memo=True,
    ),
    _flag(Sasaran.BADUTA, "keluarga dengan baduta", "ada baduta", "baduta y t"),
    _flag(Sasaran.BALITA, "keluarga dengan balita", "ada balita", "balita y t"),
    _flag(Sasaran.PUS, "pus y t", "pasangan usia subur"),
    _flag(Sasaran.PUS_HAMIL, "pus hamil y t", "hamil", "ibu hamil"),
    _flag(
        RiskFactor.AIR_MINUM_TIDAK_LAYAK,
        "sumber air minum tidak layak",
        "air minum tidak layak",
        "air minum tidak layak y t",
        "air minum",
    ),
    _flag(
        RiskFactor.JAMBAN_TIDAK_LAYAK, "jamban tidak layak", "jamban tidak layak y t", "jamban", "sanitasi tidak layak"
    ),
    _flag(RiskFactor.TERLALU_MUDA, "terlalu muda", "4t terlalu muda", "terlalu muda y t"),
    _flag(RiskFactor.TERLALU_TUA, "terlalu tua", "4t terlalu tua", "terlalu tua y t"),
    _flag(RiskFactor.TERLALU_DEKAT, "terlalu dekat", "4t terlalu dekat", "terlalu dekat y t"),
    _flag(RiskFactor.TERLALU_BANYAK, "terlalu banyak", "4t terlalu banyak", "terlalu banyak y t"),
    FieldSpec(
        "welfare_rank",
        N_("Peringkat Kesejahteraan"),
        ("kesejahteraan", "desil", "peringkat kesejahteraan p3ke"),
        False,
        _welfare,
        memo=True,
    ),
    FieldSpec(
        "risk_status",
        N_("Status Risiko"),
        ("status risiko awal", "status krs", "status", "berisiko"),
        False,
        _text(30),
        memo=True,
    ),
)

# The fields stored on krs_family (everything but the round, which is part of the identity).
STORED_FIELDS = (
    "desa_code",
    "rw",
    "rt",
    "address",
    "no_kk",
    "nik",
    "head_name",
    "wife_name",
    "wife_age",
    *FLAG_COLUMNS,
    "welfare_rank",
    "risk_status",
)
