"""Linking children to KRS families by No. KK or the mother's name."""

from __future__ import annotations

from datetime import date

from db.models.krs import KrsFamily
from desktop.context import AppContext
from desktop.domain.cases.records import ChildInput
from desktop.domain.cases.zscore import Sex
from desktop.services.cases.family_link import link_families, linked_family
from desktop.services.cases.records import add_child, get_case

CIBADAK = "36.02.18.2004"


def _family(no_kk: str | None, wife: str, source_round: str = "PK24", head: str = "Ujang") -> KrsFamily:
    return KrsFamily(
        source_round=source_round,
        identity_key=f"KK:{no_kk}" if no_kk else f"W:{wife}",
        kecamatan_code="36.02.18",
        desa_code=CIBADAK,
        head_name=head,
        wife_name=wife,
        no_kk=no_kk,
    )


def test_link_by_no_kk_then_by_unique_mother(office_context: AppContext) -> None:
    sf = office_context.session_factory
    with sf() as session, session.begin():
        old = _family("3602180101200003", "Euis", "PK23", head="Ujang lama")
        new = _family("3602180101200003", "Euis", "PK24")
        session.add_all(
            [
                old,
                new,
                _family("3602180202200004", "Iyah Rohayati"),
                _family(None, "Enok"),
                _family("3602180303200005", "Enok"),
            ]
        )
        session.flush()
        new_uuid = new.uuid
    by_kk = add_child(sf, ChildInput("Ani", Sex.P, date(2025, 1, 1), CIBADAK, "Siapa", no_kk="3602180101200003"))
    by_mother = add_child(sf, ChildInput("Budi", Sex.L, date(2025, 1, 1), CIBADAK, "IYAH  rohayati"))
    ambiguous = add_child(sf, ChildInput("Cici", Sex.P, date(2025, 1, 1), CIBADAK, "Enok"))
    none = add_child(sf, ChildInput("Dedi", Sex.L, date(2025, 1, 1), CIBADAK, "Tidak Ada"))
    assert link_families(sf) == 2
    assert get_case(sf, by_kk).row.family_uuid == new_uuid
    assert linked_family(sf, new_uuid) == ("Ujang", "Euis", "PK24")
    assert get_case(sf, by_mother).row.family_uuid is not None
    assert get_case(sf, ambiguous).row.family_uuid is None
    assert get_case(sf, none).row.family_uuid is None
    assert link_families(sf) == 0
