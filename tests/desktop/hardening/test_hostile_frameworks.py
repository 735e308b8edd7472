"""Hostile framework files (issue #17): deep nesting, huge numbers, hidden characters, downgrades, dropped codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models.aksi import AksiAction, AksiEvidence, AksiFramework, AksiProgress
from db.models.audit import AuditEntry
from desktop.context import AppContext
from desktop.services.aksi.framework_schema import FrameworkError, read_framework_file
from desktop.services.aksi.frameworks import ensure_shipped_frameworks, load_framework_file, shipped_framework_files


def _shipped(code: str) -> dict:  # type: ignore[type-arg]
    path = next(p for p in shipped_framework_files() if p.stem == code)
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "bersarang terlalu dalam"),
        (b'{"a": ' + b"[" * 50 + b"]" * 50 + b"}", "bersarang terlalu dalam"),
        (b'{"format": "konvergensi.aksi-framework", "revision": ' + b"9" * 5001 + b"}", r"terlalu panjang \(5001"),
    ],
)
def test_deep_or_huge_documents_are_refused_with_a_sentence(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(FrameworkError, match=reason):
        read_framework_file(path)


@pytest.mark.parametrize("hidden", ["\x00", "\u202e", "\u2066", "\x1b", "\n"])
def test_names_with_control_or_direction_characters_are_refused(tmp_path: Path, hidden: str) -> None:
    document = _shipped("aksi-2025")
    document["actions"][0]["name"] = f"Analisis{hidden}Situasi"
    document["actions"][1]["evidence"][0]["name"] = f"Bukti{hidden}"
    path = tmp_path / "x.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(FrameworkError) as caught:
        read_framework_file(path)
    assert any(line.startswith("actions[0].name: berisi karakter tersembunyi") for line in caught.value.lines)
    assert any(line.startswith("actions[1].evidence[0].name: berisi karakter") for line in caught.value.lines)


def test_lower_revision_and_dropped_evidence_codes_are_refused_and_installs_audited(
    empty_context: AppContext, tmp_path: Path
) -> None:
    factory = empty_context.session_factory
    ensure_shipped_frameworks(factory)
    document = _shipped("aksi-2019-2024")
    document["revision"] = 3
    path = tmp_path / "revisi.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    load_framework_file(factory, path)

    document["revision"] = 2
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(FrameworkError, match="revisi 2 lebih lama dari revisi 3"):
        load_framework_file(factory, path)

    with factory() as session, session.begin():
        action = session.scalars(
            select(AksiAction).join(AksiFramework).where(AksiFramework.code == "aksi-2019-2024", AksiAction.number == 1)
        ).one()
        code = action.evidence_items[0].code
        progress = AksiProgress(year=2022, framework_code="aksi-2019-2024", action_number=1, action_id=action.id)
        session.add(progress)
        session.flush()
        session.add(AksiEvidence(progress_id=progress.id, evidence_code=code, title="Laporan"))
    document["revision"] = 4
    document["actions"][0]["evidence"][0]["code"] = code + "-baru"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(FrameworkError, match=f"aksi nomor 1: kode '{code}' sudah dipakai"):
        load_framework_file(factory, path)

    with factory() as session:
        installs = session.scalars(select(AuditEntry).where(AuditEntry.entity == "aksi_framework")).all()
        revisions = [json.loads(entry.new_value or "{}")["revision"] for entry in installs]
        framework = session.scalars(select(AksiFramework).where(AksiFramework.code == "aksi-2019-2024")).one()
    assert revisions == [3]  # the installed file; neither the bundled ones nor the refused ones
    assert framework.revision == 3
