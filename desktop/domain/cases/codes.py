"""Code lists of the cases module: verification statuses and measurement sources."""

from __future__ import annotations

import enum


class CaseStatus(enum.StrEnum):
    """Verification status of a case, in the order it normally moves."""

    TERDATA = "terdata"  # listed from e-PPGBM / posyandu, not yet re-measured
    DIUKUR_ULANG = "diukur_ulang"
    TERKONFIRMASI_STUNTING = "terkonfirmasi_stunting"
    BUKAN_STUNTING = "bukan_stunting"
    PERLU_RUJUKAN = "perlu_rujukan"
    DATA_TIDAK_VALID = "data_tidak_valid"
    PINDAH = "pindah"
    MENINGGAL = "meninggal"


class MeasurementSource(enum.StrEnum):
    """Where a measurement came from."""

    IMPORT = "import"  # from an imported e-PPGBM / posyandu list
    REMEASUREMENT = "ukur_ulang"  # re-measured for verification
