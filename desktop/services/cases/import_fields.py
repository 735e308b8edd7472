"""The columns of a child list from e-PPGBM or a posyandu, and the Indonesian header texts they come under."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from desktop.domain.i18n import N_, _
from desktop.domain.numbers import decimal_text
from desktop.services.regions import normalize_code
from desktop.services.tabular import CellError, FieldSpec, choice_parser, parse_identifier16, parse_text

IMPORT_KIND = "cases"

# Excel's day 0 in the 1900 date system (with its 1900 leap-year bug, serials after February 1900 count from here).
_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%Y/%m/%d", "%d/%m/%y", "%d-%m-%y")
_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12,
}  # fmt: skip


def parse_date(value: Any) -> date:
    """A date cell, an Excel serial number, or text such as ``12/01/2025``, ``2025-01-12`` or ``12 Januari 2025``.

    Raises:
        CellError: the value is not a date.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float | int) and not isinstance(value, bool):
        if 20_000 <= value <= 80_000:  # 1954 to 2119 as Excel serials
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise CellError(_("bukan tanggal"))
    text = parse_text(value).strip()
    text = re.sub(r"\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$", "", text)  # a time part left by some exports
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    match = re.fullmatch(r"([0-9]{1,2})[\s-]+([A-Za-z]+)[\s-]+([0-9]{4})", text)
    if match and match.group(2).lower() in _MONTHS:
        try:
            return date(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
        except ValueError:
            pass
    raise CellError(_("tanggal tidak sah (pakai mis. 12/01/2025 atau 2025-01-12)"))


def number_parser(low: float, high: float, unit: str) -> Any:
    """Builds a parser of a positive decimal (``8,5`` or ``8.5``) between ``low`` and ``high`` (exclusive)."""

    def parse(value: Any) -> float:
        if isinstance(value, bool):
            raise CellError(_("harus angka"))
        if isinstance(value, float | int):
            number = float(value)
        else:
            text = parse_text(value).lower().replace(unit, "").strip().replace(",", ".")
            try:
                number = float(text)
            except ValueError:
                raise CellError(_("harus angka")) from None
        if not low < number < high:
            low_text, high_text = decimal_text(low, 6, trim=True), decimal_text(high, 6, trim=True)
            raise CellError(
                _("harus lebih dari {low_text} dan kurang dari {high_text} {unit}").format(
                    low_text=low_text, high_text=high_text, unit=unit
                )
            )
        return round(number, 2)

    return parse


def parse_desa_code(value: Any) -> str:
    """A desa/kelurahan code: ``36.02.18.2004`` or ``3602182004``."""
    code = normalize_code(parse_text(value))
    if not re.fullmatch(r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}", code):
        raise CellError(_("kode desa harus 10 angka (mis. 36.02.18.2004)"))
    return code


def _text(limit: int) -> Any:
    def parse(value: Any) -> str:
        text = parse_text(value)
        if len(text) > limit:
            raise CellError(_("terlalu panjang (maksimum {limit} karakter)").format(limit=limit))
        return text

    return parse


_SEX = {"l": "L", "lk": "L", "laki laki": "L", "laki": "L", "p": "P", "pr": "P", "perempuan": "P", "wanita": "P"}
_METHOD = {
    "l": "L", "terlentang": "L", "telentang": "L", "berbaring": "L", "pb": "L", "panjang": "L",
    "panjang badan": "L", "recumbent": "L",
    "h": "H", "berdiri": "H", "tb": "H", "tinggi": "H", "tinggi badan": "H", "standing": "H",
}  # fmt: skip

CASE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", N_("Nama Anak"), ("nama", "nama balita", "nama anak balita", "nama bayi"), True, _text(120)),
    FieldSpec("nik", N_("NIK Anak"), ("nik", "nik balita", "nik bayi"), False, parse_identifier16),
    FieldSpec(
        "sex",
        N_("Jenis Kelamin"),
        ("jk", "l p", "kelamin", "sex"),
        True,
        choice_parser(_SEX, N_("jenis kelamin harus L atau P")),
    ),
    FieldSpec("birth_date", N_("Tanggal Lahir"), ("tgl lahir", "tanggal lahir anak", "tgl lhr"), True, parse_date),
    FieldSpec("mother_name", N_("Nama Ibu"), ("nama ortu", "nama orang tua", "ibu", "nama ibu kandung"), False,
              _text(120)),
    FieldSpec("no_kk", "No. KK", ("no kk", "nomor kk", "no kartu keluarga", "nomor kartu keluarga", "kk"), False,
              parse_identifier16),
    FieldSpec("desa_code", N_("Kode Desa"), ("kode desa kel", "kode kelurahan", "kd desa", "kode wilayah"), False,
              parse_desa_code),
    FieldSpec("desa_name", N_("Desa/Kelurahan"), ("desa", "desa kel", "kelurahan", "nama desa", "desa kelurahan"),
              False, _text(120)),
    FieldSpec("kecamatan_name", N_("Kecamatan"), ("kec", "nama kecamatan"), False, _text(120)),
    FieldSpec("posyandu", N_("Posyandu"), ("nama posyandu",), False, _text(120)),
    FieldSpec("address", N_("Alamat"), ("alamat lengkap", "dusun", "rt rw"), False, _text(200)),
    FieldSpec("measured_on", N_("Tanggal Ukur"), ("tanggal pengukuran", "tgl ukur", "tgl pengukuran", "tanggal ukur"),
              True, parse_date),
    FieldSpec("weight_kg", N_("Berat (kg)"), ("berat", "bb", "berat badan", "bb kg", "berat kg", "berat badan kg"),
              False, number_parser(0, 100, "kg")),
    FieldSpec(
        "height_cm",
        N_("Tinggi/Panjang (cm)"),
        ("tinggi", "tb", "pb", "tinggi badan", "panjang badan", "tb pb", "pb tb", "tinggi cm", "tinggi badan cm"),
        True,
        number_parser(0, 250, "cm"),
    ),
    FieldSpec(
        "method",
        N_("Cara Ukur"),
        ("cara ukur", "cara pengukuran", "metode", "metode ukur", "posisi", "posisi ukur"),
        True,
        choice_parser(_METHOD, N_("cara ukur harus Terlentang (L) atau Berdiri (H)")),
    ),
    FieldSpec("measurer", N_("Petugas Ukur"), ("petugas", "pengukur", "kader", "nama petugas"), False, _text(120)),
)  # fmt: skip
