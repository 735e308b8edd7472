"""Reporting periods and their approval cycle (kunci periode), without any storage.

A submitting office (a kecamatan, or a kabupaten towards its province) sends the data of one period of one kind;
the receiving office approves it or returns it with a note. An approved period is locked at both ends until the
approving office sends a signed unlock. The kinds and their periods:

- ``minlok`` (meetings) and ``checklist``: a month, ``YYYY-MM``;
- ``krs`` (KRS verification): the data round of the families, e.g. ``PK24``;
- ``cases`` (case follow-up): a semester, ``YYYY-S1`` (January-June) or ``YYYY-S2``;
- ``aksi`` (Aksi Konvergensi progress): a year, ``YYYY``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.errors import UserError
from desktop.domain.i18n import N_, _


class PeriodKind(StrEnum):
    """The kinds of data that are submitted per period."""

    MINLOK = "minlok"
    CHECKLIST = "checklist"
    KRS = "krs"
    CASES = "cases"
    AKSI = "aksi"

    @property
    def label(self) -> str:
        """The kind's name in the interface language."""
        return _(_KIND_LABELS[self])


_KIND_LABELS = {
    PeriodKind.MINLOK: N_("Minlok (rapat)"),
    PeriodKind.CHECKLIST: N_("Daftar periksa"),
    PeriodKind.KRS: N_("Verifikasi KRS"),
    PeriodKind.CASES: N_("Kasus stunting"),
    PeriodKind.AKSI: N_("Aksi Konvergensi"),
}


class PeriodState(StrEnum):
    """Where a period stands in the cycle."""

    NOT_SENT = "belum_dikirim"
    SUBMITTED = "dikirim"
    APPROVED = "disetujui"
    RETURNED = "dikembalikan"
    REOPENED = "dibuka_kembali"

    @property
    def label(self) -> str:
        """The state's name in the interface language."""
        return _(_STATE_LABELS[self])


_STATE_LABELS = {
    PeriodState.NOT_SENT: N_("belum dikirim"),
    PeriodState.SUBMITTED: N_("dikirim"),
    PeriodState.APPROVED: N_("disetujui"),
    PeriodState.RETURNED: N_("dikembalikan"),
    PeriodState.REOPENED: N_("dibuka kembali"),
}


class Decision(StrEnum):
    """What the receiving office decides on a period."""

    APPROVE = "approve"
    RETURN = "return"
    UNLOCK = "unlock"


DECISION_STATES = {
    Decision.APPROVE: PeriodState.APPROVED,
    Decision.RETURN: PeriodState.RETURNED,
    Decision.UNLOCK: PeriodState.REOPENED,
}

_PATTERNS = {
    PeriodKind.MINLOK: re.compile(r"\d{4}-(0[1-9]|1[0-2])"),
    PeriodKind.CHECKLIST: re.compile(r"\d{4}-(0[1-9]|1[0-2])"),
    PeriodKind.KRS: re.compile(r"[A-Z]{2}\d{2}"),
    PeriodKind.CASES: re.compile(r"\d{4}-S[12]"),
    PeriodKind.AKSI: re.compile(r"\d{4}"),
}
_EXAMPLES = {
    PeriodKind.MINLOK: "2024-10",
    PeriodKind.CHECKLIST: "2024-10",
    PeriodKind.KRS: "PK24",
    PeriodKind.CASES: "2024-S2",
    PeriodKind.AKSI: "2024",
}


class PeriodError(UserError):
    """A period request that cannot be done (a bad period, a step out of the cycle's order)."""


class PeriodLocked(UserError):  # noqa: N818 - the name the product uses for the refusal
    """A write to a record of an approved (locked) period."""


def parse_kind(text: str) -> PeriodKind:
    """The kind named by ``text``.

    Raises:
        PeriodError: not a kind.
    """
    try:
        return PeriodKind(text.strip().lower())
    except ValueError:
        raise PeriodError(
            _("Jenis periode {kind} tidak dikenal; pilih salah satu: {choices}.").format(
                kind=text, choices=", ".join(kind.value for kind in PeriodKind)
            )
        ) from None


def normalize_period(kind: PeriodKind, text: str) -> str:
    """The canonical form of a period of ``kind``.

    Raises:
        PeriodError: the text is not a period of that kind.
    """
    value = text.strip().upper()
    if not _PATTERNS[kind].fullmatch(value):
        raise PeriodError(
            _("Periode {period} tidak sah untuk {kind}; contoh: {example}.").format(
                period=text, kind=kind.label, example=_EXAMPLES[kind]
            )
        )
    return value


def month_period(day: date) -> str:
    """The month period (``YYYY-MM``) of a date."""
    return f"{day.year:04d}-{day.month:02d}"


def semester_period(day: date) -> str:
    """The semester period (``YYYY-S1``/``YYYY-S2``) of a date."""
    return f"{day.year:04d}-S{1 if day.month <= 6 else 2}"


def region_covers(lock_region: str, record_region: str | None) -> bool:
    """True when a record of ``record_region`` lies in the region of a lock (None: the whole office)."""
    if record_region is None:
        return True
    return record_region == lock_region or record_region.startswith(lock_region + ".")


def can_submit(state: PeriodState) -> bool:
    """A period may be (re)submitted unless it waits for a decision or is approved."""
    return state in {PeriodState.NOT_SENT, PeriodState.RETURNED, PeriodState.REOPENED}


def can_decide(state: PeriodState, decision: Decision) -> bool:
    """Whether the receiving office may take ``decision`` on a period in ``state``.

    Approve and return need a submission waiting; unlock needs an approved period.
    """
    if decision is Decision.UNLOCK:
        return state is PeriodState.APPROVED
    return state is PeriodState.SUBMITTED


@dataclass(frozen=True, slots=True)
class LockInfo:
    """An approved period, as the refusal names it."""

    kind: PeriodKind
    period: str
    office: str
    region: str
    approved_by: str
    approved_at: str

    def refusal(self) -> PeriodLocked:
        """The one-sentence refusal of a write into this period."""
        return PeriodLocked(
            _(
                "Periode {kind} {period} kantor {office} sudah disetujui oleh {approver} pada {when} dan terkunci; "
                "minta kantor itu membuka kunci bila data harus diubah."
            ).format(
                kind=self.kind.label,
                period=self.period,
                office=self.office,
                approver=self.approved_by,
                when=self.approved_at,
            )
        )
