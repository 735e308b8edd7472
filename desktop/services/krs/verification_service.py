"""Field verification of KRS families: editable code lists, recording a visit (one or many families), history."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.krs import FLAG_COLUMNS, KrsCode, KrsFamily, KrsVerification
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.services.unit_of_work import reading, unit_of_work

CODE_LISTS = ("existence", "result", "verifier_role")


class VerificationError(UserError):
    """A verification cannot be recorded; ``problems`` maps a field name to the reason (Indonesian)."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(" ".join(problems.values()))  # whole sentences: "… diisi. Notulis …"
        self.problems = problems


@dataclass(frozen=True, slots=True)
class CodeItem:
    """One entry of a code list."""

    list_name: str
    code: str
    label: str
    sort_order: int
    active: bool


def list_codes(
    session_factory: sessionmaker[Session], list_name: str, *, include_inactive: bool = False
) -> list[CodeItem]:
    """The entries of a code list (``existence``, ``result``, ``verifier_role``) in display order."""
    with reading(session_factory) as session:
        return list_codes_in(session, list_name, include_inactive=include_inactive)


def list_codes_in(session: Session, list_name: str, *, include_inactive: bool = False) -> list[CodeItem]:
    """:func:`list_codes` inside an open unit of work."""
    query = select(KrsCode).where(KrsCode.list_name == list_name).order_by(KrsCode.sort_order, KrsCode.id)
    if not include_inactive:
        query = query.where(KrsCode.active.is_(True))
    return [CodeItem(c.list_name, c.code, c.label, c.sort_order, c.active) for c in session.scalars(query)]


def save_code(
    session_factory: sessionmaker[Session], list_name: str, code: str, label: str, *, active: bool = True
) -> None:
    """Adds or edits a code list entry (the office's own statuses).

    Raises:
        VerificationError: unknown list, or empty code/label.
    """
    problems: dict[str, str] = {}
    if list_name not in CODE_LISTS:
        problems["list_name"] = _("Daftar kode tidak dikenal.")
    if not code.strip() or not label.strip():
        problems["code"] = _("Kode dan label wajib diisi.")
    if problems:
        raise VerificationError(problems)
    with unit_of_work(session_factory) as session:
        item = session.scalar(select(KrsCode).where(KrsCode.list_name == list_name, KrsCode.code == code.strip()))
        if item is None:
            last = session.scalar(select(KrsCode.sort_order).order_by(KrsCode.sort_order.desc()).limit(1)) or 0
            item = KrsCode(list_name=list_name, code=code.strip(), sort_order=last + 1)
            session.add(item)
        item.label = label.strip()
        item.active = active


@dataclass(slots=True)
class VerificationInput:
    """What the verifier reports for a visit.

    Attributes:
        existence_code: status keberadaan (``ditemukan``...).
        result_code: hasil verval (``tetap_berisiko``...), None when the family was not found.
        verifier_name: the TPK member.
        verifier_role: ``bidan``, ``kader_pkk``, ``kader_kb`` or an office-defined role.
        verified_on: the visit date.
        notes: free notes.
        flags: corrected sasaran/risk flags (column name to value); applied to the family too.
    """

    existence_code: str
    result_code: str | None
    verifier_name: str
    verifier_role: str
    verified_on: date
    notes: str = ""
    flags: dict[str, bool] = field(default_factory=dict)


def validate_input(session: Session, data: VerificationInput) -> None:
    """Checks a verification against the active code lists and simple rules.

    Raises:
        VerificationError: the problems, per field.
    """
    codes: dict[str, set[str]] = {}
    for item in session.scalars(select(KrsCode).where(KrsCode.active.is_(True))):
        codes.setdefault(item.list_name, set()).add(item.code)
    problems: dict[str, str] = {}
    if data.existence_code not in codes.get("existence", set()):
        problems["existence_code"] = _("Pilih status keberadaan dari daftar.")
    if data.result_code is not None and data.result_code not in codes.get("result", set()):
        problems["result_code"] = _("Pilih hasil verifikasi dari daftar.")
    if not data.verifier_name.strip():
        problems["verifier_name"] = _("Nama verifikator (anggota TPK) wajib diisi.")
    if data.verifier_role not in codes.get("verifier_role", set()):
        problems["verifier_role"] = _("Pilih peran verifikator (bidan, kader PKK, kader KB).")
    if data.verified_on > date.today():
        problems["verified_on"] = _("Tanggal verifikasi tidak boleh di masa depan.")
    unknown = set(data.flags) - set(FLAG_COLUMNS)
    if unknown:
        problems["flags"] = _("Penanda tidak dikenal: ") + ", ".join(sorted(unknown))
    if problems:
        raise VerificationError(problems)


def record_verification(session_factory: sessionmaker[Session], family_ids: list[int], data: VerificationInput) -> int:
    """Records one verification for each of the given families, in one transaction (all or none).

    Every change lands in the audit trail (new verification rows, and the family's current status fields).

    Returns:
        The number of families updated.

    Raises:
        VerificationError: invalid input or unknown family.
    """
    if not family_ids:
        raise VerificationError({"families": _("Pilih minimal satu keluarga.")})
    with unit_of_work(session_factory) as session:
        validate_input(session, data)
        families = list(session.scalars(select(KrsFamily).where(KrsFamily.id.in_(family_ids))))
        if len(families) != len(set(family_ids)):
            raise VerificationError({"families": _("Sebagian keluarga tidak ditemukan.")})
        for family in families:
            session.add(
                KrsVerification(
                    family_id=family.id,
                    existence_code=data.existence_code,
                    result_code=data.result_code,
                    flags_json=json.dumps(data.flags, sort_keys=True),
                    verifier_name=data.verifier_name.strip(),
                    verifier_role=data.verifier_role,
                    verified_on=data.verified_on,
                    notes=data.notes.strip(),
                )
            )
            family.existence_code = data.existence_code
            family.result_code = data.result_code
            family.verified_on = data.verified_on
            for name, value in data.flags.items():
                setattr(family, name, value)
    return len(families)


@dataclass(frozen=True, slots=True)
class VerificationRecord:
    """One row of a family's verification history, with labels resolved."""

    verified_on: date
    existence: str
    result: str
    verifier_name: str
    verifier_role: str
    notes: str
    flags: dict[str, bool]
    recorded_at: datetime


def verification_history(session_factory: sessionmaker[Session], family_id: int) -> list[VerificationRecord]:
    """A family's verifications, newest first."""
    with reading(session_factory) as session:
        labels = {(c.list_name, c.code): c.label for c in session.scalars(select(KrsCode))}
        rows = session.scalars(
            select(KrsVerification)
            .where(KrsVerification.family_id == family_id, KrsVerification.deleted_at.is_(None))
            .order_by(KrsVerification.verified_on.desc(), KrsVerification.id.desc())
        )
        return [
            VerificationRecord(
                v.verified_on,
                labels.get(("existence", v.existence_code), v.existence_code),
                labels.get(("result", v.result_code or ""), v.result_code or "-"),
                v.verifier_name,
                labels.get(("verifier_role", v.verifier_role), v.verifier_role),
                v.notes,
                json.loads(v.flags_json or "{}"),
                v.created_at,
            )
            for v in rows
        ]
