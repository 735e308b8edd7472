"""Typed models, one module per aggregate. Importing this package registers every table on ``Base.metadata``."""

from db.models.audit import AuditEntry
from db.models.office import Office, PaperSize
from db.models.region import Region, RegionLevel

__all__ = ["AuditEntry", "Office", "PaperSize", "Region", "RegionLevel"]
