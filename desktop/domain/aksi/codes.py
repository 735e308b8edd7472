"""Code lists of the Aksi Konvergensi module: the yearly status of an action and its Indonesian labels."""

from __future__ import annotations

import enum

from desktop.domain.i18n import N_


class AksiStatus(enum.StrEnum):
    """Progress of one action in one year, in the order it normally moves."""

    BELUM_MULAI = "belum_mulai"
    BERJALAN = "berjalan"
    SELESAI = "selesai"
    DIUNGGAH = "diunggah"  # uploaded to Web Aksi Bangda
    DIREVIU = "direviu"  # reviewed by the province


STATUS_LABELS: dict[str, str] = {
    AksiStatus.BELUM_MULAI: N_("Belum mulai"),
    AksiStatus.BERJALAN: N_("Berjalan"),
    AksiStatus.SELESAI: N_("Selesai"),
    AksiStatus.DIUNGGAH: N_("Diunggah ke Web Aksi Bangda"),
    AksiStatus.DIREVIU: N_("Direviu provinsi"),
}


# Statuses at which the action's own work is done (no longer due).
DONE_STATUSES = frozenset({AksiStatus.SELESAI, AksiStatus.DIUNGGAH, AksiStatus.DIREVIU})
