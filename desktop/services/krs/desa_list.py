"""The data of the printed verification list of one desa (masked identifiers, labels resolved)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.krs import KrsCode, KrsFamily
from db.models.region import Region
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.identifiers import mask_nik
from desktop.domain.krs.codes import RiskFactor, Sasaran, flag_text
from desktop.domain.krs.records import DesaKrsList, KrsListRow
from desktop.domain.users import Permission
from desktop.services.office import read_office
from desktop.services.permissions import require
from desktop.services.unit_of_work import reading


def desa_verification_list(
    session_factory: sessionmaker[Session], desa_code: str, printed_on: date | None = None
) -> DesaKrsList:
    """Collects the desa's families for the printed verification list.

    Raises:
        UserError: unknown desa.
        NotPermitted: the signed-in user may not take by-name lists out (a pembaca).
    """
    with reading(session_factory) as session:
        require(session, Permission.EXPORT_NAMES)  # a by-name list of the desa's families
        office = read_office(session)
        desa = session.get(Region, desa_code)
        if desa is None:
            raise UserError(_("Kode desa {code} tidak dikenal.").format(code=desa_code))
        kecamatan = session.get(Region, desa.parent_code) if desa.parent_code else None
        labels = {(c.list_name, c.code): c.label for c in session.scalars(select(KrsCode))}
        families = session.scalars(
            select(KrsFamily)
            .where(KrsFamily.desa_code == desa_code, KrsFamily.deleted_at.is_(None))
            .order_by(KrsFamily.rw, KrsFamily.rt, KrsFamily.head_name, KrsFamily.id)
        )
        rows = [
            KrsListRow(
                f"{f.rw}/{f.rt}",
                f.head_name,
                mask_nik(f.nik) if f.nik else "-",
                mask_nik(f.no_kk) if f.no_kk else "-",
                f.wife_name,
                flag_text(f, Sasaran, short=True, document=True),
                flag_text(f, RiskFactor, short=True, document=True),
                labels.get(("existence", f.existence_code or ""), ""),
                labels.get(("result", f.result_code or ""), ""),
                f.verified_on,
            )
            for f in families
        ]
    return DesaKrsList(
        desa_code, desa.name, kecamatan.name if kecamatan else "", printed_on or date.today(), office, rows
    )
