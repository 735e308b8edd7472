"""The shared PDF foundation: atomic writing, page setup, signature lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.reports.atomic import atomic_output
from desktop.reports.pdf_base import PageSetup
from desktop.reports.signature import nip_line


def test_atomic_output_keeps_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "laporan.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as stream:
        stream.write(b"half")
        raise RuntimeError("killed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.pdf"]
    with atomic_output(target) as stream:
        stream.write(b"new")
    assert target.read_bytes() == b"new"


def test_page_setup() -> None:
    f4 = PageSetup.for_paper("F4")
    assert tuple(round(v, 1) for v in f4.size) == (609.4, 935.4)
    assert round(f4.frame_width / 72 * 25.4) == 165
    assert tuple(round(v, 1) for v in PageSetup.for_paper("A4", landscape=True).size) == (841.9, 595.3)
    assert PageSetup.for_paper("").paper == "F4"


def test_nip_line() -> None:
    assert nip_line("197001011995031001") == "NIP 19700101 199503 1 001"
    assert nip_line("19700101 199503 1 001") == "NIP 19700101 199503 1 001"
    assert nip_line("") == ""
