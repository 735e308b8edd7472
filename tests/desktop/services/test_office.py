"""Office settings: validation with a reason per field, and storage in the database."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.context import AppContext
from desktop.paths import resource_path
from desktop.services.demo.office_demo import demo_office_settings
from desktop.services.office import (
    OfficeValidationError,
    check_office,
    get_office,
    kabupaten_choices,
    save_office,
)


def test_first_save_creates_the_office_with_its_code(region_context: AppContext) -> None:
    assert get_office(region_context.session_factory) is None
    saved = save_office(region_context.session_factory, demo_office_settings())
    assert saved.code.startswith("3602-") and len(saved.code) == 11
    stored = get_office(region_context.session_factory)
    assert stored == saved
    assert stored.region_name == "Kabupaten Lebak"
    assert stored.emblem_png == resource_path("assets", "emblem_placeholder.png").read_bytes()


def test_nip_is_stored_as_digits(region_context: AppContext) -> None:
    settings = replace(demo_office_settings(), head_nip="19720315 199803 1 004")
    assert save_office(region_context.session_factory, settings).head_nip == "197203151998031004"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"region_code": ""}, "region_code", "Pilih kabupaten/kota dari daftar wilayah."),
        ({"region_code": "36.02.18"}, "region_code", "Wilayah kantor harus kabupaten/kota."),
        ({"name": "  "}, "name", "Nama kantor wajib diisi."),
        ({"address": ""}, "address", "Alamat kantor wajib diisi."),
        ({"email": "bappeda@"}, "email", "Alamat e-mail tidak sah."),
        ({"phone": "call me"}, "phone", "Nomor telepon hanya boleh berisi angka, spasi, +, ( ) dan -."),
        ({"head_name": ""}, "head_name", "Nama kepala kantor wajib diisi."),
        ({"head_nip": "1972"}, "head_nip", "NIP harus 18 angka."),
        ({"paper_size": "A3"}, "paper_size", "Ukuran kertas harus F4 atau A4."),
        ({"emblem_png": b"GIF89a..."}, "emblem_png", "Lambang harus berupa gambar PNG atau JPEG."),
    ],
)
def test_each_invalid_field_is_refused_with_its_reason(
    region_context: AppContext, change: dict[str, object], field: str, message: str
) -> None:
    settings = replace(demo_office_settings(), **change)  # type: ignore[arg-type]
    assert check_office(region_context.session_factory, settings) == {field: message}
    with pytest.raises(OfficeValidationError) as raised:
        save_office(region_context.session_factory, settings)
    assert raised.value.problems == {field: message}
    assert get_office(region_context.session_factory) is None


def test_editing_keeps_one_office(office_context: AppContext) -> None:
    settings = get_office(office_context.session_factory)
    assert settings is not None
    code = settings.code
    settings.paper_size = "A4"
    saved = save_office(office_context.session_factory, settings)
    assert (saved.code, saved.paper_size) == (code, "A4")


def test_kabupaten_choices_carry_the_province(region_context: AppContext) -> None:
    choices = kabupaten_choices(region_context.session_factory)
    assert len(choices) == 514
    lebak = next(c for c in choices if c.code == "36.02")
    assert lebak.path == "Kabupaten Lebak, Banten"
