"""Text lengths are enforced by the services on SQLite as on PostgreSQL (issue #17)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models.krs import KrsCode
from db.text_limits import TextTooLongError
from desktop.context import AppContext
from desktop.services.krs.verification_service import save_code


def test_a_code_label_longer_than_its_column_is_refused(office_context: AppContext) -> None:
    with pytest.raises(TextTooLongError, match="terlalu panjang: 5000 karakter"):
        save_code(office_context.session_factory, "existence", "hilang", "x" * 5000)
    with office_context.session_factory() as session:
        assert session.scalar(select(KrsCode).where(KrsCode.code == "hilang")) is None
    save_code(office_context.session_factory, "existence", "hilang", "Tidak ditemukan lagi")
