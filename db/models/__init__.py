"""Typed models, one module per aggregate. Importing this package registers every table on ``Base.metadata``."""

from db.models.aksi import (
    AksiAction,
    AksiEvidence,
    AksiEvidenceTemplate,
    AksiFramework,
    AksiOutput,
    AksiOutputTemplate,
    AksiProgress,
    ChecklistValue,
    PrevalenceFigure,
)
from db.models.audit import AuditEntry
from db.models.cases import CaseChild, CaseMeasurement, CaseStatusChange
from db.models.exchange import (
    ExchangeConflict,
    ExchangePackage,
    ExchangePartner,
    ExchangePartnerRecord,
    ExchangeRecordState,
)
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
from db.models.office import Office
from db.models.period import PeriodLock
from db.models.region import Region
from db.models.tabular import ImportMapping
from db.models.users import User
from desktop.domain.aksi.codes import AksiStatus
from desktop.domain.cases.codes import CaseStatus, MeasurementSource
from desktop.domain.office import PaperSize
from desktop.domain.regions import RegionLevel

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
    "ExchangeConflict",
    "ExchangePackage",
    "ExchangePartner",
    "ExchangePartnerRecord",
    "ExchangeRecordState",
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
    "PeriodLock",
    "Person",
    "PrevalenceFigure",
    "Region",
    "RegionLevel",
    "User",
]
