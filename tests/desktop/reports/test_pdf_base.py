"""The shared PDF foundation: atomic writing, page setup, signature lines."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.atomic_file import atomic_output
from desktop.reports.pdf_base import PageSetup, document_styles, para, render_pdf
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


def test_render_pdf_with_password_is_encrypted() -> None:
    story = [para("RAHASIA", document_styles().title)]
    data, pages = render_pdf(story, setup=PageSetup.for_paper("A4"), password="kunci")
    assert pages == 1
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert reader.decrypt("salah") == 0
    reader = PdfReader(io.BytesIO(data))
    assert reader.decrypt("kunci") != 0
    assert "RAHASIA" in reader.pages[0].extract_text()
    plain, _pages = render_pdf(story, setup=PageSetup.for_paper("A4"))
    assert not PdfReader(io.BytesIO(plain)).is_encrypted
