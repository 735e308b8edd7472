"""Packages that must be refused with one Indonesian sentence and nothing written, and a kill -9 mid-import."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models.exchange import ExchangePackage
from db.models.krs import KrsFamily
from desktop.context import AppContext
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.exchange.export import export_package
from desktop.services.exchange.importer import import_package
from desktop.services.exchange.keys import ensure_keys, load_keys
from desktop.services.exchange.offices import ExchangeError, revoke_partner
from desktop.services.exchange.package_file import MANIFEST, Member, encode_lines, write_package
from desktop.services.krs.import_service import run_import
from desktop.services.unit_of_work import reading
from tests.desktop.services.exchange.conftest import Offices
from tests.desktop.services.krs.conftest import write_csv
from tests.processes import KILLED_RETURNCODE, kill_hard, unmeasured_environment

ROOT = Path(__file__).resolve().parents[4]


def _package(offices: Offices, folder: Path, name: str = "down.konv") -> Path:
    path = folder / name
    export_package(offices.kabupaten.session_factory, offices.kabupaten.data_dir, offices.kec, path, full=True)
    return path


def _nothing_written(context: AppContext) -> None:
    with reading(context.session_factory) as session:
        assert session.scalar(select(func.count()).select_from(KrsFamily)) == 0
        assert session.scalar(select(func.count()).select_from(ExchangePackage)) == 0


def _refused(context: AppContext, path: Path, words: str) -> str:
    with pytest.raises(ExchangeError) as caught:
        import_package(context.session_factory, context.data_dir, path)
    message = str(caught.value)
    assert words in message and "\n" not in message and "Traceback" not in message
    _nothing_written(context)
    return message


def _rewrite(
    source: Path, target: Path, change: dict[str, bytes | None], extra: dict[str, bytes] | None = None
) -> Path:
    """Copies a package member by member, replacing (or dropping, with None) some members."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = change.get(info.filename, old.read(info.filename))
            if data is not None:
                new.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return target


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_changed_member_a_changed_manifest_and_a_flipped_byte_are_refused(offices: Offices, tmp_path: Path) -> None:
    package = _package(offices, tmp_path)
    with zipfile.ZipFile(package) as archive:
        member = next(name for name in archive.namelist() if name.startswith("data/krs_family"))
        content = bytearray(archive.read(member))
        manifest = json.loads(archive.read(MANIFEST))
        info = archive.getinfo(member)
    # The local header is 30 bytes, then the name and the extra field, then the stored data.
    data_start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    content[len(content) // 2] ^= 0x01
    changed = _rewrite(package, tmp_path / "member.konv", {member: bytes(content)})
    _refused(offices.kecamatan, changed, "sudah berubah")
    manifest["counts"]["krs_family"] = 1
    forged = _rewrite(package, tmp_path / "manifest.konv", {MANIFEST: json.dumps(manifest).encode()})
    _refused(offices.kecamatan, forged, "Tanda tangan paket")
    raw = bytearray(package.read_bytes())
    raw[data_start + info.compress_size // 2] ^= 0x40  # one byte on the stick flips inside the family records
    flipped = tmp_path / "flipped.konv"
    flipped.write_bytes(bytes(raw))
    _refused(offices.kecamatan, flipped, "rusak")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_truncated_traversal_bomb_and_foreign_files_are_refused(offices: Offices, tmp_path: Path) -> None:
    package = _package(offices, tmp_path)
    truncated = tmp_path / "truncated.konv"
    truncated.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    _refused(offices.kecamatan, truncated, "rusak atau terpotong")
    climbing = _rewrite(package, tmp_path / "climb.konv", {}, {"../../evil.txt": b"x"})
    _refused(offices.kecamatan, climbing, "keluar dari foldernya")
    bomb = _rewrite(package, tmp_path / "bomb.konv", {}, {"data/bomb.bin": bytes(300_000_000)})
    _refused(offices.kecamatan, bomb, "bom zip")
    extra = _rewrite(package, tmp_path / "extra.konv", {}, {"data/extra.bin": b"unlisted"})
    _refused(offices.kecamatan, extra, "rusak")
    text = tmp_path / "notes.konv"
    text.write_text("bukan paket", encoding="utf-8")
    _refused(offices.kecamatan, text, "rusak")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_other_recipient_unknown_or_revoked_sender_and_newer_format_are_refused(
    offices: Offices, tmp_path: Path
) -> None:
    for_province = tmp_path / "prov.konv"
    export_package(offices.kabupaten.session_factory, offices.kabupaten.data_dir, offices.prov, for_province)
    _refused(offices.kecamatan, for_province, "ditujukan kepada kantor")
    keys = load_keys(offices.kabupaten.data_dir)
    with zipfile.ZipFile(_package(offices, tmp_path)) as archive:
        manifest = json.loads(archive.read(MANIFEST))
    del manifest["members"]
    newer = tmp_path / "newer.konv"
    write_package(
        newer,
        manifest | {"format_version": 99},
        [Member("data/audit.jsonl.gz", encode_lines([]))],
        keys,
        load_keys(offices.kecamatan.data_dir).encryption_public,
    )
    _refused(offices.kecamatan, newer, "lebih baru")
    stranger_keys = ensure_keys(tmp_path / "stranger")
    stranger = tmp_path / "stranger.konv"
    sender = manifest["sender"] | {"code": "3603-000000"}
    write_package(
        stranger,
        manifest | {"sender": sender},
        [],
        stranger_keys,
        load_keys(offices.kecamatan.data_dir).encryption_public,
    )
    _refused(offices.kecamatan, stranger, "bukan mitra")
    impostor = tmp_path / "impostor.konv"  # claims to be the kabupaten, signed with another key
    write_package(impostor, manifest, [], stranger_keys, load_keys(offices.kecamatan.data_dir).encryption_public)
    _refused(offices.kecamatan, impostor, "Tanda tangan paket")
    package = _package(offices, tmp_path, "again.konv")
    revoke_partner(offices.kecamatan.session_factory, offices.kab)
    _refused(offices.kecamatan, package, "sudah dicabut")
    with pytest.raises(ExchangeError, match="sudah dicabut"):
        export_package(offices.kecamatan.session_factory, offices.kecamatan.data_dir, offices.kab, tmp_path / "x.konv")
    assert not (tmp_path / "x.konv").exists()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_kill_9_during_import_leaves_the_database_as_it_was(offices: Offices, tmp_path: Path) -> None:
    cibadak = (("36.02.18.2001", "Tambakbaya", "Cibadak"), ("36.02.18.2004", "Cibadak", "Cibadak"))
    rows = [list(row) for row in krs_rows(15_000, seed=5, desa=cibadak)]
    run_import(offices.kabupaten.session_factory, write_csv(tmp_path / "big.csv", rows), dry_run=False)
    package = _package(offices, tmp_path, "big.konv")
    offices.kecamatan.dispose()
    wal = offices.kecamatan.data_dir / "konvergensi.sqlite3-wal"
    command = [sys.executable, "-m", "desktop", "--data-dir", str(offices.kecamatan.data_dir), "exchange", "import"]
    child = subprocess.Popen(
        [*command, str(package)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=unmeasured_environment(),
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None:
        if wal.exists() and wal.stat().st_size > 2_000_000:  # the families are being written
            break
        time.sleep(0.02)
    assert child.poll() is None, "the import ended before it could be killed; make the package bigger"
    kill_hard(child)
    assert child.wait(30) == KILLED_RETURNCODE
    _nothing_written(offices.kecamatan)
    result = import_package(offices.kecamatan.session_factory, offices.kecamatan.data_dir, package)
    assert result.total("new") == result.package["counts"]["krs_family"] + sum(
        count for name, count in result.package["counts"].items() if name != "krs_family"
    )
    in_cibadak = select(func.count()).select_from(KrsFamily).where(KrsFamily.kecamatan_code == "36.02.18")
    with reading(offices.kabupaten.session_factory) as session:
        expected = session.scalar(in_cibadak)
    with reading(offices.kecamatan.session_factory) as session:
        assert expected and expected >= 15_000 and session.scalar(in_cibadak) == expected
