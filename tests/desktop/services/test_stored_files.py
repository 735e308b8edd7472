"""Stored files: copied under their hash, verified, deduplicated, nothing left behind on refusal or cancel."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.services.stored_files import (
    StoredFileError,
    store_file,
    stored_file_path,
    stored_file_problem,
)
from desktop.services.tasks import Cancelled, TaskControl

CONTENT = b"%PDF-1.4 notulen bertanda tangan" * 1000


def _source(tmp_path: Path, content: bytes = CONTENT) -> Path:
    path = tmp_path / "notulen.pdf"
    path.write_bytes(content)
    return path


def test_store_verify_and_deduplicate(tmp_path: Path) -> None:
    files = tmp_path / "files"
    sha = hashlib.sha256(CONTENT).hexdigest()
    stored = store_file(files, "meetings", _source(tmp_path), lambda h: f"{h[:2]}/{h}.pdf", max_bytes=10**6)
    assert stored.relative_path == f"meetings/{sha[:2]}/{sha}.pdf"
    assert (stored.sha256, stored.size, stored.already_present) == (sha, len(CONTENT), False)
    assert stored_file_path(files, stored.relative_path).read_bytes() == CONTENT
    assert stored_file_problem(files, stored.relative_path, sha, "notulen.pdf") is None
    again = store_file(files, "meetings", _source(tmp_path), lambda h: f"{h[:2]}/{h}.pdf", max_bytes=10**6)
    assert again.already_present
    assert [p.name for p in (files / "meetings").rglob("*") if p.is_file()] == [f"{sha}.pdf"]  # no temp left
    stored_file_path(files, stored.relative_path).write_bytes(b"diubah")
    assert "berubah" in (stored_file_problem(files, stored.relative_path, sha, "notulen.pdf") or "")


def test_refusals_leave_nothing(tmp_path: Path) -> None:
    files = tmp_path / "files"
    with pytest.raises(StoredFileError, match="lebih besar"):
        store_file(files, "aksi/2024", _source(tmp_path), lambda h: h, max_bytes=100)

    def refuse(_sha: str, _size: int) -> None:
        raise StoredFileError("sudah dilampirkan")

    with pytest.raises(StoredFileError, match="sudah dilampirkan"):
        store_file(files, "aksi/2024", _source(tmp_path), lambda h: h, max_bytes=10**6, accept=refuse)
    control = TaskControl()
    control.cancel()
    with pytest.raises(Cancelled):
        store_file(files, "aksi/2024", _source(tmp_path), lambda h: h, max_bytes=10**6, control=control)
    assert not any(p.is_file() for p in files.rglob("*"))
    with pytest.raises(StoredFileError, match="tidak sah"):
        stored_file_path(files, "../luar.pdf")
