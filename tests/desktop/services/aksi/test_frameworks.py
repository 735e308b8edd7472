"""Framework files: the shipped ones validate and install; malformed ones are refused with their reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models.aksi import AksiAction, AksiEvidenceTemplate, AksiFramework
from desktop.context import AppContext
from desktop.services.aksi.framework_schema import FrameworkError, read_framework_file
from desktop.services.aksi.frameworks import (
    ensure_shipped_frameworks,
    load_framework_file,
    shipped_framework_files,
)


def _shipped(code: str) -> dict:  # type: ignore[type-arg]
    for path in shipped_framework_files():
        document = json.loads(path.read_text(encoding="utf-8"))
        if document["code"] == code:
            return document  # type: ignore[no-any-return]
    raise AssertionError(code)


def test_both_shipped_frameworks_validate() -> None:
    specs = {spec.code: spec for spec in map(read_framework_file, shipped_framework_files())}
    assert set(specs) == {"aksi-2019-2024", "aksi-2025"}
    old = specs["aksi-2019-2024"]
    assert (old.year_from, old.year_to) == (2019, 2024)
    assert [a.number for a in old.actions] == list(range(1, 9))
    assert old.actions[2].name == "Rembuk Stunting"
    assert "REMBUK_STUNTING_KAB" in old.actions[2].meeting_types
    new = specs["aksi-2025"]
    assert (new.year_from, new.year_to) == (2025, None)
    assert [a.group for a in new.actions] == ["utama"] * 4 + ["pendukung"] * 2
    assert "400.5.7/1685/Bangda" in new.basis
    for spec in specs.values():
        for action in spec.actions:
            assert action.outputs and action.evidence and action.usual_months and action.responsible_opd
            assert len(spec.sha256) == 64


def test_malformed_framework_is_refused_with_paths(tmp_path: Path) -> None:
    document = _shipped("aksi-2019-2024")
    document["actions"][1]["usual_months"] = [3, 13]
    del document["actions"][4]["name"]
    document["actions"][7]["number"] = 1
    document["actions"][0]["evidence"][0]["required"] = "ya"
    path = tmp_path / "rusak.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(FrameworkError) as caught:
        read_framework_file(path)
    problems = caught.value.lines
    assert "actions[1].usual_months[1]: bulan harus 1-12, bukan 13" in problems
    assert "actions[4].name: wajib diisi (teks tidak kosong)" in problems
    assert "actions[7].number: nomor aksi 1 dipakai lebih dari sekali" in problems
    assert "actions[0].evidence[0].required: harus true atau false, bukan teks" in problems
    assert str(caught.value).startswith("Berkas kerangka aksi ditolak: ")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{ bukan json", "bukan JSON yang sah: baris 1 kolom 3"),
        (b"\xff\xfe\x00", "bukan teks UTF-8"),
        (b'{"format": "lain"}', "format: harus 'konvergensi.aksi-framework'"),
        (b"[1, 2]", "harus berupa objek JSON, bukan daftar"),
    ],
)
def test_unreadable_files_are_refused(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(FrameworkError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_framework_file(path)


def test_shipped_frameworks_install_once(empty_context: AppContext) -> None:
    factory = empty_context.session_factory
    assert len(ensure_shipped_frameworks(factory)) == 2
    assert ensure_shipped_frameworks(factory) == []
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(AksiFramework)) == 2
        assert session.scalar(select(func.count()).select_from(AksiAction)) == 14
        assert session.scalar(select(func.count()).select_from(AksiEvidenceTemplate)) > 14


def test_updated_framework_keeps_action_keys_and_refuses_overlap(empty_context: AppContext, tmp_path: Path) -> None:
    factory = empty_context.session_factory
    ensure_shipped_frameworks(factory)
    with factory() as session:
        before = session.scalar(
            select(AksiAction.id).where(AksiAction.number == 3, AksiAction.name == "Rembuk Stunting")
        )
    document = _shipped("aksi-2019-2024")
    document["revision"] = 2
    document["actions"][2]["name"] = "Rembuk Stunting Kabupaten"
    path = tmp_path / "revisi.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = load_framework_file(factory, path)
    assert not result.created and result.actions == 8
    with factory() as session:
        after = session.scalar(select(AksiAction.id).where(AksiAction.name == "Rembuk Stunting Kabupaten"))
    assert after == before

    document["code"] = "aksi-lain"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(FrameworkError, match="bertumpang tindih dengan kerangka 'aksi-2019-2024'"):
        load_framework_file(factory, path)
