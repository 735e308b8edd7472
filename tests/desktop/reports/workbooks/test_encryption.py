"""A password to open: openpyxl cannot read the file without decrypting it; the password decrypts it."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from msoffcrypto.exceptions import InvalidKeyError
from openpyxl import load_workbook

from desktop.context import AppContext
from desktop.reports.workbooks.encryption import decrypt_xlsx
from desktop.services.reports.export import export_report
from desktop.services.reports.scope import ReportRequest


def test_password_protected_by_name_list(demo_context: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "krs-list.xlsx"
    request = ReportRequest("krs-list", 2024, kecamatan_code="36.02.18", today=dt.date(2024, 12, 20))
    result = export_report(demo_context.session_factory, request, target, password="Rahasia-2024")
    assert result.encrypted and result.rows == 150
    assert not zipfile.is_zipfile(target)  # an OLE container with the encrypted package
    with pytest.raises(Exception, match=r"(?i)zip|not a"):
        load_workbook(target)
    with target.open("rb") as source, pytest.raises(InvalidKeyError):
        decrypt_xlsx(source, io.BytesIO(), "salah")
    plain = io.BytesIO()
    with target.open("rb") as source:
        decrypt_xlsx(source, plain, "Rahasia-2024")
    ws = load_workbook(plain).active
    assert ws is not None and ws["A3"].value == "DAFTAR KELUARGA BERISIKO STUNTING (BY NAME BY ADDRESS)"
    assert [p.name for p in out.iterdir()] == ["krs-list.xlsx"]  # no plain temporary file left
