"""Code lists of the cases module: verification statuses and measurement sources."""

from __future__ import annotations

import enum

from desktop.domain.codes import CodeList
from desktop.domain.i18n import N_


class CaseStatus(CodeList):
    """Verification status of a case, in the order it normally moves."""

    TERDATA = "terdata", N_("Terdata")  # listed from e-PPGBM / posyandu, not yet re-measured
    DIUKUR_ULANG = "diukur_ulang", N_("Diukur ulang")
    TERKONFIRMASI_STUNTING = "terkonfirmasi_stunting", N_("Terkonfirmasi stunting")
    BUKAN_STUNTING = "bukan_stunting", N_("Bukan stunting")
    PERLU_RUJUKAN = "perlu_rujukan", N_("Perlu rujukan")
    DATA_TIDAK_VALID = "data_tidak_valid", N_("Data tidak valid")
    PINDAH = "pindah", N_("Pindah")
    MENINGGAL = "meninggal", N_("Meninggal")


class MeasurementSource(enum.StrEnum):
    """Where a measurement came from."""

    IMPORT = "import"  # from an imported e-PPGBM / posyandu list
    REMEASUREMENT = "ukur_ulang"  # re-measured for verification
