"""The regions code list: levels of the Kemendagri region codes."""

from __future__ import annotations

import enum


class RegionLevel(enum.IntEnum):
    """Depth of a region code: ``36`` province, ``36.02`` kabupaten/kota, ``36.02.18`` kecamatan, desa below."""

    PROVINSI = 1
    KABUPATEN = 2
    KECAMATAN = 3
    DESA = 4
