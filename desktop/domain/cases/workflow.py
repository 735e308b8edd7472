"""The verification status workflow of a stunting case: allowed transitions and their conditions.

``terdata`` (listed from e-PPGBM / posyandu) becomes ``diukur_ulang`` automatically when a re-measurement is
recorded. After re-measurement the team decides: ``terkonfirmasi_stunting`` (the latest re-measurement has TB/U
below -2 and is not implausible), ``bukan_stunting`` (it has TB/U of -2 or more), ``perlu_rujukan``, or
``data_tidak_valid``. ``pindah`` and ``meninggal`` can be set at any time; ``meninggal`` is final. A moved child or
invalid record can come back (``terdata``) or be re-measured.
"""

from __future__ import annotations

from desktop.domain.cases.codes import CaseStatus
from desktop.domain.cases.number_format import decimal_text
from desktop.domain.i18n import _

_S = CaseStatus
TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    _S.TERDATA: frozenset({_S.DIUKUR_ULANG, _S.DATA_TIDAK_VALID, _S.PINDAH, _S.MENINGGAL}),
    _S.DIUKUR_ULANG: frozenset(
        {_S.TERKONFIRMASI_STUNTING, _S.BUKAN_STUNTING, _S.PERLU_RUJUKAN, _S.DATA_TIDAK_VALID, _S.PINDAH, _S.MENINGGAL}
    ),
    _S.TERKONFIRMASI_STUNTING: frozenset({_S.DIUKUR_ULANG, _S.PERLU_RUJUKAN, _S.PINDAH, _S.MENINGGAL}),
    _S.BUKAN_STUNTING: frozenset({_S.DIUKUR_ULANG, _S.PINDAH, _S.MENINGGAL}),
    _S.PERLU_RUJUKAN: frozenset(
        {_S.DIUKUR_ULANG, _S.TERKONFIRMASI_STUNTING, _S.BUKAN_STUNTING, _S.PINDAH, _S.MENINGGAL}
    ),
    _S.DATA_TIDAK_VALID: frozenset({_S.TERDATA, _S.DIUKUR_ULANG}),
    _S.PINDAH: frozenset({_S.TERDATA, _S.DIUKUR_ULANG}),
    _S.MENINGGAL: frozenset(),
}

# Statuses that record a decision taken after verification (counted as "terverifikasi" in the recap).
VERIFIED_STATUSES = frozenset(
    {_S.TERKONFIRMASI_STUNTING, _S.BUKAN_STUNTING, _S.PERLU_RUJUKAN, _S.DATA_TIDAK_VALID, _S.PINDAH, _S.MENINGGAL}
)


def allowed_next(status: str) -> list[CaseStatus]:
    """The statuses a user may choose next, in workflow order (``diukur_ulang`` excluded: it is automatic)."""
    targets = TRANSITIONS.get(CaseStatus(status), frozenset())
    return [s for s in CaseStatus if s in targets and s is not CaseStatus.DIUKUR_ULANG]


def transition_problem(
    current: str, new: str, remeasured_haz: float | None, remeasured_flags: str | None, *, automatic: bool = False
) -> str | None:
    """Checks a status change.

    Args:
        current: the present status value.
        new: the wanted status value.
        remeasured_haz: TB/U of the latest re-measurement, None when there is none or it has no TB/U.
        remeasured_flags: flag codes of the latest re-measurement ("" none), None when there is no re-measurement.
        automatic: True when the change comes from recording a re-measurement.

    Returns:
        None when allowed, else the reason in Indonesian.
    """
    try:
        old_status, new_status = CaseStatus(current), CaseStatus(new)
    except ValueError:
        return _("status tidak dikenal: {new}").format(new=new)
    if old_status is new_status:
        return _("status sudah {status}").format(status=new_status.label.lower())
    if new_status is CaseStatus.DIUKUR_ULANG and not automatic:
        return _("status 'Diukur ulang' diberikan otomatis saat hasil ukur ulang dicatat")
    if new_status not in TRANSITIONS[old_status]:
        return _("dari '{old}' tidak dapat diubah ke '{new}'").format(old=old_status.label, new=new_status.label)
    if new_status in (CaseStatus.TERKONFIRMASI_STUNTING, CaseStatus.BUKAN_STUNTING):
        if remeasured_flags is None:
            return _("belum ada hasil ukur ulang")
        if remeasured_flags:
            return _("hasil ukur ulang terakhir janggal; ukur ulang lagi atau tandai data tidak valid")
        if remeasured_haz is None:
            return _("TB/U hasil ukur ulang terakhir tidak dapat dihitung")
        if new_status is CaseStatus.TERKONFIRMASI_STUNTING and remeasured_haz >= -2:
            return _("TB/U hasil ukur ulang {decimal_text} tidak di bawah -2: bukan stunting").format(
                decimal_text=decimal_text(remeasured_haz, 2)
            )
        if new_status is CaseStatus.BUKAN_STUNTING and remeasured_haz < -2:
            return _("TB/U hasil ukur ulang {decimal_text} di bawah -2: stunting").format(
                decimal_text=decimal_text(remeasured_haz, 2)
            )
    return None
