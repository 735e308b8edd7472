"""Code lists of the Aksi Konvergensi module: the yearly status of an action and its Indonesian labels."""

from __future__ import annotations

from desktop.domain.codes import CodeList
from desktop.domain.i18n import N_


class AksiStatus(CodeList):
    """Progress of one action in one year, in the order it normally moves."""

    BELUM_MULAI = "belum_mulai", N_("Belum mulai")
    BERJALAN = "berjalan", N_("Berjalan")
    SELESAI = "selesai", N_("Selesai")
    DIUNGGAH = "diunggah", N_("Diunggah ke Web Aksi Bangda")  # uploaded to Web Aksi Bangda
    DIREVIU = "direviu", N_("Direviu provinsi")  # reviewed by the province


# Statuses at which the action's own work is done (no longer due).
DONE_STATUSES = frozenset({AksiStatus.SELESAI, AksiStatus.DIUNGGAH, AksiStatus.DIREVIU})
