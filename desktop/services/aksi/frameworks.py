"""Installing framework files into the database and finding the framework in force for a year."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from db.base import new_uuid
from db.models.aksi import (
    AksiAction,
    AksiEvidence,
    AksiEvidenceTemplate,
    AksiFramework,
    AksiOutput,
    AksiOutputTemplate,
    AksiProgress,
)
from db.models.audit import AuditEntry
from desktop.domain.i18n import _
from desktop.domain.users import Permission
from desktop.paths import resource_path
from desktop.services.aksi.framework_schema import ActionSpec, FrameworkError, FrameworkSpec, read_framework_file
from desktop.services.unit_of_work import unit_of_work

SHIPPED_PATTERN = "aksi-*.json"


@dataclass(frozen=True, slots=True)
class InstallResult:
    """What installing a framework did.

    Attributes:
        code: the framework code.
        name: its name.
        years: the years it covers, as text (``2019-2024``, ``2025-``).
        actions: number of actions.
        created: True for a new framework, False when an installed one was updated.
    """

    code: str
    name: str
    years: str
    actions: int
    created: bool


@dataclass(frozen=True, slots=True)
class FrameworkInfo:
    """An installed framework, as listed.

    Attributes:
        code: the framework code.
        name: its name.
        year_from: the first year it covers.
        year_to: the last year, or None when open-ended.
        revision: its revision.
        actions: number of actions.
    """

    code: str
    name: str
    year_from: int
    year_to: int | None
    revision: int
    actions: int


def list_frameworks(session_factory: sessionmaker[Session]) -> list[FrameworkInfo]:
    """The installed frameworks by first year, the bundled ones installed first when missing (one transaction)."""
    with unit_of_work(session_factory, permission=Permission.FRAMEWORKS) as session:
        ensure_shipped_frameworks_in(session)
        frameworks = session.scalars(select(AksiFramework).order_by(AksiFramework.year_from))
        return [FrameworkInfo(f.code, f.name, f.year_from, f.year_to, f.revision, len(f.actions)) for f in frameworks]


def shipped_framework_files() -> list[Path]:
    """Returns the framework files bundled with the application."""
    return sorted(resource_path("frameworks").glob(SHIPPED_PATTERN))


def _years(year_from: int, year_to: int | None) -> str:
    return f"{year_from}-{year_to}" if year_to is not None else f"{year_from}-"


def _fill_action(action: AksiAction, spec: ActionSpec) -> None:
    action.group = spec.group
    action.name = spec.name
    action.description = spec.description
    action.responsible_opd = spec.responsible_opd
    action.usual_months = ",".join(str(m) for m in spec.usual_months)
    action.meeting_types = ",".join(spec.meeting_types)
    action.outputs = [
        AksiOutputTemplate(position=i, code=o.code, name=o.name) for i, o in enumerate(spec.outputs, start=1)
    ]
    action.evidence_items = [
        AksiEvidenceTemplate(position=i, code=e.code, name=e.name, required=e.required)
        for i, e in enumerate(spec.evidence, start=1)
    ]


def _check_overlap(session: Session, spec: FrameworkSpec) -> None:
    last = spec.year_to if spec.year_to is not None else 9999
    for other in session.scalars(select(AksiFramework).where(AksiFramework.code != spec.code)):
        other_last = other.year_to if other.year_to is not None else 9999
        if spec.year_from <= other_last and other.year_from <= last:
            raise FrameworkError(
                [
                    _(
                        "tahun {years} bertumpang tindih dengan kerangka '{code}' ({years2}); ubah rentang tahun "
                        "salah satunya"
                    ).format(
                        years=_years(spec.year_from, spec.year_to),
                        code=other.code,
                        years2=_years(other.year_from, other.year_to),
                    )
                ]
            )


def _remove_dropped_actions(session: Session, framework: AksiFramework, spec: FrameworkSpec) -> None:
    kept = {a.number for a in spec.actions}
    for action in list(framework.actions):
        if action.number in kept:
            continue
        used = session.scalar(select(func.count()).where(AksiProgress.action_id == action.id))
        if used:
            raise FrameworkError(
                [
                    _("aksi nomor {number} sudah dipakai data kemajuan {used} tahun dan tidak boleh dihapus").format(
                        number=action.number, used=used
                    )
                ]
            )
        framework.actions.remove(action)


def _check_revision(framework: AksiFramework, spec: FrameworkSpec) -> None:
    if spec.revision < framework.revision:
        raise FrameworkError(
            [
                _(
                    "revisi {revision} lebih lama dari revisi {installed} yang sudah terpasang untuk kerangka "
                    "'{code}'; gunakan berkas revisi terbaru"
                ).format(revision=spec.revision, installed=framework.revision, code=spec.code)
            ]
        )


def _check_codes_in_use(session: Session, framework: AksiFramework, spec: FrameworkSpec) -> None:
    """Refuses a framework that drops (or renames) an evidence or output code that recorded data still uses."""
    kept_evidence = {a.number: {e.code for e in a.evidence} for a in spec.actions}
    kept_outputs = {a.number: {o.code for o in a.outputs} for a in spec.actions}
    problems: list[str] = []
    for action in framework.actions:
        if action.number not in kept_evidence:
            continue
        for model, column, kept in (
            (AksiEvidence, AksiEvidence.evidence_code, kept_evidence[action.number]),
            (AksiOutput, AksiOutput.template_code, kept_outputs[action.number]),
        ):
            used = session.scalars(
                select(column)
                .distinct()
                .join(AksiProgress, AksiProgress.id == model.progress_id)
                .where(AksiProgress.action_id == action.id, column != "")
            )
            problems += [
                _(
                    "aksi nomor {number}: kode '{code}' sudah dipakai data yang tercatat dan tidak ada lagi di berkas"
                ).format(number=action.number, code=code)
                for code in sorted(set(used) - kept)
            ]
    if problems:
        raise FrameworkError(problems)


def _audit_install(session: Session, spec: FrameworkSpec, created: bool) -> None:
    session.add(
        AuditEntry(
            actor=str(session.info.get("actor", "")),
            office_code=str(session.info.get("office_code") or ""),
            entity="aksi_framework",
            entity_uuid=new_uuid(),
            action="create" if created else "update",
            field=spec.code[:60],
            new_value=json.dumps({"revision": spec.revision, "sha256": spec.sha256, "actions": len(spec.actions)}),
        )
    )


def install_framework(session_factory: sessionmaker[Session], spec: FrameworkSpec) -> InstallResult:
    """Installs a validated framework, or updates the installed one with the same code.

    Actions keep their keys when updated (matched by number), so yearly progress stays attached.

    Raises:
        FrameworkError: its years overlap another framework, or it drops an action that has progress data.
    """
    with unit_of_work(session_factory, permission=Permission.FRAMEWORKS) as session:
        result = install_framework_in(session, spec)
        # A framework file the user installs is recorded; the bundled ones installed on first use are not.
        _audit_install(session, spec, result.created)
        return result


def install_framework_in(session: Session, spec: FrameworkSpec) -> InstallResult:
    """:func:`install_framework` inside an open unit of work.

    Raises:
        FrameworkError: its years overlap another framework, or it drops an action that has progress data.
    """
    _check_overlap(session, spec)
    framework = session.scalar(
        select(AksiFramework).where(AksiFramework.code == spec.code).options(selectinload(AksiFramework.actions))
    )
    created = framework is None
    if framework is None:
        framework = AksiFramework(code=spec.code)
        session.add(framework)
    else:
        _check_revision(framework, spec)
        _check_codes_in_use(session, framework, spec)
        _remove_dropped_actions(session, framework, spec)
    framework.name = spec.name
    framework.year_from = spec.year_from
    framework.year_to = spec.year_to
    framework.revision = spec.revision
    framework.basis = spec.basis
    framework.groups_json = json.dumps(spec.groups, ensure_ascii=False)
    framework.source_sha256 = spec.sha256
    by_number = {a.number: a for a in framework.actions}
    for action_spec in spec.actions:
        action = by_number.get(action_spec.number)
        if action is None:
            action = AksiAction(number=action_spec.number)
            framework.actions.append(action)
        _fill_action(action, action_spec)
    return InstallResult(spec.code, spec.name, _years(spec.year_from, spec.year_to), len(spec.actions), created)


def load_framework_file(session_factory: sessionmaker[Session], path: Path) -> InstallResult:
    """Validates a framework file and installs it.

    Raises:
        FrameworkError: the file is malformed or conflicts with installed data; nothing was changed.
    """
    return install_framework(session_factory, read_framework_file(path))


def ensure_shipped_frameworks(session_factory: sessionmaker[Session]) -> list[InstallResult]:
    """Installs the bundled frameworks that are not installed yet (installed ones are left as they are)."""
    with unit_of_work(session_factory, permission=Permission.FRAMEWORKS) as session:
        return ensure_shipped_frameworks_in(session)


def ensure_shipped_frameworks_in(session: Session) -> list[InstallResult]:
    """:func:`ensure_shipped_frameworks` inside an open unit of work (an Aksi save installs them in its own)."""
    installed = set(session.scalars(select(AksiFramework.code)))
    results = []
    for path in shipped_framework_files():
        spec = read_framework_file(path)
        if spec.code not in installed:
            results.append(install_framework_in(session, spec))
    return results


def framework_for_year(session: Session, year: int) -> AksiFramework | None:
    """Returns the installed framework in force in ``year`` (the newest start year wins), or None."""
    statement = (
        select(AksiFramework)
        .where(AksiFramework.year_from <= year)
        .where((AksiFramework.year_to.is_(None)) | (AksiFramework.year_to >= year))
        .order_by(AksiFramework.year_from.desc())
        .options(selectinload(AksiFramework.actions))
        .limit(1)
    )
    return session.scalar(statement)
