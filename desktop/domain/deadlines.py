"""A deadline as the modules that have them (Aksi, meeting RTL) hand it to the dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KIND_AKSI = "aksi"


KIND_RTL = "rtl"


@dataclass(frozen=True, slots=True)
class Deadline:
    """Something with a deadline, as a provider hands it in."""

    kind: str
    title: str
    deadline: date
    responsible: str
    status: str
    reference: str
