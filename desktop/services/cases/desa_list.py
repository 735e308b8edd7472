"""The by-name list of one desa for the posyandu follow-up: what the printed list needs, gathered in one place."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.cases.codes import CaseStatus
from desktop.domain.cases.records import DesaCaseList
from desktop.domain.i18n import _
from desktop.domain.users import Permission
from desktop.services.cases.case_info import CaseError
from desktop.services.cases.records import list_cases_in
from desktop.services.office import read_office
from desktop.services.permissions import require
from desktop.services.regions import read_region
from desktop.services.unit_of_work import reading

# Children no longer followed up by the desa's posyandu.
_LEFT = (CaseStatus.PINDAH.value, CaseStatus.MENINGGAL.value)


def desa_case_list(
    session_factory: sessionmaker[Session], desa_code: str, printed_on: date | None = None
) -> DesaCaseList:
    """Gathers a desa's children for the follow-up list.

    Raises:
        CaseError: when the code is not a desa/kelurahan.
        NotPermitted: the signed-in user may not take by-name lists out (a pembaca).
    """
    with reading(session_factory) as session:  # the desa, its children and the office, for one print
        require(session, Permission.EXPORT_NAMES)  # the children's names
        region = read_region(session, desa_code)
        if region is None or region.level != 4:
            raise CaseError(_("kode desa/kelurahan {desa_code} tidak dikenal").format(desa_code=desa_code))
        parent = read_region(session, region.parent_code or "")
        rows = [row for row in list_cases_in(session, region.code) if row.status not in _LEFT]
        office = read_office(session)
    rows.sort(key=lambda row: (row.posyandu.lower(), row.name.lower(), row.id))
    return DesaCaseList(
        desa_code=region.code,
        desa_name=region.name,
        kecamatan_name=parent.name if parent else "",
        rows=rows,
        office=office,
        printed_on=printed_on or date.today(),
    )
