"""Typed models, one module per aggregate. Importing this package registers every table on ``Base.metadata``."""

from db.models.aksi import (
    AksiAction,
    AksiEvidence,
    AksiEvidenceTemplate,
    AksiFramework,
    AksiOutput,
    AksiOutputTemplate,
    AksiProgress,
    AksiStatus,
    ChecklistValue,
    PrevalenceFigure,
)
from db.models.audit import AuditEntry
from db.models.cases import CaseChild, CaseMeasurement, CaseStatus, CaseStatusChange, MeasurementSource
from db.models.krs import KrsCode, KrsFamily, KrsVerification
from db.models.meeting import (
    ActionItem,
    ActionReview,
    ActionStatusChange,
    AgendaItem,
    Decision,
    DiscussionPoint,
    Meeting,
    MeetingAttachment,
    MeetingParticipant,
    MeetingSeries,
    MeetingVersion,
    Person,
)
from db.models.office import Office, PaperSize
from db.models.region import Region, RegionLevel
from db.models.tabular import ImportMapping

__all__ = [
    "ActionItem",
    "ActionReview",
    "ActionStatusChange",
    "AgendaItem",
    "AksiAction",
    "AksiEvidence",
    "AksiEvidenceTemplate",
    "AksiFramework",
    "AksiOutput",
    "AksiOutputTemplate",
    "AksiProgress",
    "AksiStatus",
    "AuditEntry",
    "CaseChild",
    "CaseMeasurement",
    "CaseStatus",
    "CaseStatusChange",
    "ChecklistValue",
    "Decision",
    "DiscussionPoint",
    "ImportMapping",
    "KrsCode",
    "KrsFamily",
    "KrsVerification",
    "MeasurementSource",
    "Meeting",
    "MeetingAttachment",
    "MeetingParticipant",
    "MeetingSeries",
    "MeetingVersion",
    "Office",
    "PaperSize",
    "Person",
    "PrevalenceFigure",
    "Region",
    "RegionLevel",
]
