"""``konvergensi aksi``: listing a year, deadlines, and loading framework files (good and malformed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models.aksi import AksiProgress
from db.models.audit import AuditEntry
from desktop.cli import main
from desktop.context import AppContext
from desktop.services.aksi.frameworks import shipped_framework_files


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_aksi_list_text_and_json(office_context: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(office_context.data_dir)
    code, out, _ = _run(capsys, "--data-dir", data_dir, "aksi", "list", "--year", "2024")
    assert code == 0
    assert "Aksi Konvergensi tahun 2024 (aksi-2019-2024)" in out
    assert "Rembuk Stunting" in out and "rencana 2024-04-01..2024-06-30" in out
    code, out, _ = _run(capsys, "--data-dir", data_dir, "aksi", "list", "--year", "2025", "--json")
    data = json.loads(out)
    assert [d["label"] for d in data][:2] == ["Aksi Utama 1", "Aksi Utama 2"]
    assert set(data[0]) >= {"number", "name", "status", "planned_start", "actual_end", "evidence_count"}
    code, out, _ = _run(capsys, "--data-dir", data_dir, "aksi", "list", "--year", "2010", "--json")
    assert code == 1 and "tidak ada kerangka aksi untuk tahun 2010" in json.loads(out)["error"]


def test_listing_writes_nothing_and_start_creates_the_year(
    office_context: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(office_context.data_dir)

    def counts() -> tuple[int, int]:
        with office_context.session_factory() as session:
            return (
                session.scalar(select(func.count()).select_from(AksiProgress)) or 0,
                session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
            )

    before = counts()
    code, out, _ = _run(capsys, "--data-dir", data_dir, "aksi", "list", "--year", "2099", "--json")
    assert code == 0 and not any(d["started"] for d in json.loads(out))
    assert counts() == before
    code, out, _ = _run(capsys, "--data-dir", data_dir, "aksi", "start", "--year", "2026", "--json")
    assert code == 0 and json.loads(out) == {"year": 2026, "created": 6}
    assert counts()[0] == before[0] + 6
    code, out, _ = _run(capsys, "--data-dir", data_dir, "aksi", "start", "--year", "2026")
    assert code == 0 and "0 catatan aksi dibuat" in out


def test_aksi_due_json(office_context: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(office_context.data_dir)
    _run(capsys, "--data-dir", data_dir, "aksi", "list", "--year", "2026")
    code, out, _ = _run(capsys, "--data-dir", data_dir, "aksi", "due", "--today", "2026-04-15", "--json")
    data = json.loads(out)
    assert code == 0
    assert data[0]["overdue"] and data[0]["title"].startswith("Aksi Utama 1 2026")


def test_framework_load_good_and_malformed(
    office_context: AppContext, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data_dir = str(office_context.data_dir)
    shipped = next(p for p in shipped_framework_files() if p.name == "aksi-2025.json")
    code, out, _ = _run(capsys, "--data-dir", data_dir, "aksi", "framework", "load", str(shipped))
    assert code == 0 and "Kerangka 'aksi-2025'" in out and "6 aksi" in out

    document = json.loads(shipped.read_text(encoding="utf-8"))
    document["actions"][0]["group"] = "inti"
    bad = tmp_path / "kerangka-rusak.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = _run(capsys, "--data-dir", data_dir, "aksi", "framework", "load", str(bad))
    assert code == 1
    assert "Berkas kerangka aksi ditolak" in err
    assert "actions[0].group: kelompok 'inti' tidak dikenal (yang dikenal: utama, pendukung)" in err

    code, out, _ = _run(capsys, "--data-dir", data_dir, "aksi", "framework", "list", "--json")
    assert [d["code"] for d in json.loads(out)] == ["aksi-2019-2024", "aksi-2025"]
