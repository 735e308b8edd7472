"""Reusable queries of the Aksi Konvergensi tables. Every query skips soft-deleted rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from db.models.aksi import (
    AksiAction,
    AksiEvidence,
    AksiEvidenceTemplate,
    AksiOutput,
    AksiProgress,
    ChecklistValue,
    PrevalenceFigure,
)
from db.models.audit import AuditEntry


@dataclass(frozen=True, slots=True)
class ProgressCounts:
    """Counts shown beside an action: evidence documents, required evidence items met, outputs."""

    evidence: int = 0
    required: int = 0
    required_done: int = 0
    outputs: int = 0


def progress_for_year(session: Session, year: int) -> list[AksiProgress]:
    """Returns the live progress rows of a year, ordered by action number."""
    statement = (
        select(AksiProgress)
        .where(AksiProgress.year == year, AksiProgress.deleted_at.is_(None))
        .order_by(AksiProgress.framework_code, AksiProgress.action_number)
    )
    return list(session.scalars(statement))


def progress_open_between(session: Session, first_year: int, last_year: int) -> list[AksiProgress]:
    """Returns live progress rows of the years in range (for deadline checks)."""
    statement = (
        select(AksiProgress)
        .where(AksiProgress.year.between(first_year, last_year), AksiProgress.deleted_at.is_(None))
        .order_by(AksiProgress.planned_end)
    )
    return list(session.scalars(statement))


def progress_counts(session: Session, progress_ids: Sequence[int]) -> dict[int, ProgressCounts]:
    """Returns the counts of each progress row in one pass per table."""
    if not progress_ids:
        return {}
    evidence: dict[int, int] = dict(
        session.execute(
            select(AksiEvidence.progress_id, func.count())
            .where(AksiEvidence.progress_id.in_(progress_ids), AksiEvidence.deleted_at.is_(None))
            .group_by(AksiEvidence.progress_id)
        ).all()
    )
    outputs: dict[int, int] = dict(
        session.execute(
            select(AksiOutput.progress_id, func.count())
            .where(AksiOutput.progress_id.in_(progress_ids), AksiOutput.deleted_at.is_(None))
            .group_by(AksiOutput.progress_id)
        ).all()
    )
    required: dict[int, int] = dict(
        session.execute(
            select(AksiProgress.id, func.count(AksiEvidenceTemplate.id))
            .join(AksiEvidenceTemplate, AksiEvidenceTemplate.action_id == AksiProgress.action_id)
            .where(AksiProgress.id.in_(progress_ids), AksiEvidenceTemplate.required.is_(True))
            .group_by(AksiProgress.id)
        ).all()
    )
    done: dict[int, int] = dict(
        session.execute(
            select(AksiProgress.id, func.count(func.distinct(AksiEvidenceTemplate.code)))
            .join(AksiEvidenceTemplate, AksiEvidenceTemplate.action_id == AksiProgress.action_id)
            .join(
                AksiEvidence,
                and_(
                    AksiEvidence.progress_id == AksiProgress.id,
                    AksiEvidence.evidence_code == AksiEvidenceTemplate.code,
                    AksiEvidence.deleted_at.is_(None),
                ),
            )
            .where(AksiProgress.id.in_(progress_ids), AksiEvidenceTemplate.required.is_(True))
            .group_by(AksiProgress.id)
        ).all()
    )
    return {
        pid: ProgressCounts(evidence.get(pid, 0), required.get(pid, 0), done.get(pid, 0), outputs.get(pid, 0))
        for pid in progress_ids
    }


def outputs_of(session: Session, progress_id: int) -> list[AksiOutput]:
    """Returns the live output documents of a progress row."""
    statement = (
        select(AksiOutput)
        .where(AksiOutput.progress_id == progress_id, AksiOutput.deleted_at.is_(None))
        .order_by(AksiOutput.id)
    )
    return list(session.scalars(statement))


def evidence_of(session: Session, progress_id: int) -> list[AksiEvidence]:
    """Returns the live evidence documents of a progress row."""
    statement = (
        select(AksiEvidence)
        .where(AksiEvidence.progress_id == progress_id, AksiEvidence.deleted_at.is_(None))
        .order_by(AksiEvidence.id)
    )
    return list(session.scalars(statement))


def action_by_number(session: Session, framework_id: int, number: int) -> AksiAction | None:
    """Returns an action of a framework by its number."""
    return session.scalar(
        select(AksiAction).where(AksiAction.framework_id == framework_id, AksiAction.number == number)
    )


def checklist_values(
    session: Session, template_code: str, region_codes: Sequence[str], year: int, month: int
) -> list[ChecklistValue]:
    """Returns the live checklist values of the given desa for one month."""
    if not region_codes:
        return []
    statement = select(ChecklistValue).where(
        ChecklistValue.template_code == template_code,
        ChecklistValue.region_code.in_(region_codes),
        ChecklistValue.year == year,
        ChecklistValue.month == month,
        ChecklistValue.deleted_at.is_(None),
    )
    return list(session.scalars(statement))


def prevalence_figures(session: Session, region_code: str) -> list[PrevalenceFigure]:
    """Returns the live prevalence targets and figures of a region, by year."""
    statement = (
        select(PrevalenceFigure)
        .where(PrevalenceFigure.region_code == region_code, PrevalenceFigure.deleted_at.is_(None))
        .order_by(PrevalenceFigure.year, PrevalenceFigure.kind, PrevalenceFigure.source)
    )
    return list(session.scalars(statement))


def audit_of(session: Session, entities: Sequence[tuple[str, str]]) -> list[AuditEntry]:
    """Returns the audit entries of the given (table, uuid) pairs, newest first."""
    if not entities:
        return []
    uuids = [uuid for _table, uuid in entities]
    tables = {table for table, _uuid in entities}
    statement = (
        select(AuditEntry)
        .where(AuditEntry.entity.in_(tables), AuditEntry.entity_uuid.in_(uuids))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    )
    return list(session.scalars(statement))


def child_uuids(session: Session, model: type[AksiOutput] | type[AksiEvidence], progress_id: int) -> list[str]:
    """Returns the uuids of every output or evidence row of a progress row, deleted ones included (for history)."""
    return list(session.scalars(select(model.uuid).where(model.progress_id == progress_id)))
