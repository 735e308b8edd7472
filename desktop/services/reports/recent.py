"""The last report files produced, kept in ``<data folder>/reports/recent.json`` for the Reports page."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain.atomic_file import atomic_write_bytes

RECENT_FILE = Path("reports") / "recent.json"
KEEP = 20


@dataclass(frozen=True, slots=True)
class RecentOutput:
    """One produced file.

    Attributes:
        path: the file.
        report: the report key.
        label: what it is (``Rekap Verval KRS, Kecamatan Cibadak, Tahun 2024``).
        created: local time it was written, ISO format.
    """

    path: str
    report: str
    label: str
    created: str


def load_recent(data_dir: Path) -> list[RecentOutput]:
    """The recent outputs, newest first; files that no longer exist are left out. A damaged list reads as empty."""
    try:
        items = json.loads((data_dir / RECENT_FILE).read_text(encoding="utf-8"))
        recent = [RecentOutput(**item) for item in items]
    except (OSError, ValueError, TypeError):
        return []
    return [item for item in recent if Path(item.path).exists()]


def remember_output(data_dir: Path, path: Path, report: str, label: str) -> list[RecentOutput]:
    """Adds a produced file at the top of the list (once) and returns the list."""
    item = RecentOutput(str(path), report, label, datetime.now().isoformat(timespec="seconds"))
    recent = [item, *(old for old in load_recent(data_dir) if old.path != item.path)][:KEEP]
    target = data_dir / RECENT_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(target, json.dumps([asdict(r) for r in recent], ensure_ascii=False, indent=1).encode())
    return recent
