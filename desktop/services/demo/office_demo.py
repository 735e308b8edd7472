"""The demo office: Bapelitbangda Kabupaten Lebak, Banten."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.office import OfficeSettings
from desktop.paths import resource_path
from desktop.services.office import get_office, save_office
from desktop.services.regions import load_regions, regions_loaded
from desktop.services.tasks import TaskControl

LEBAK = "36.02"


class DemoConflictError(UserError):
    """Raised when the database already belongs to another office; the demo never overwrites real data."""


def demo_office_settings() -> OfficeSettings:
    """Returns the settings of the demo office (people and numbers are invented; the place is real)."""
    return OfficeSettings(
        region_code=LEBAK,
        name="Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
        address="Jalan R.T. Hardiwinangun No. 1 Rangkasbitung, Lebak, Banten 42312",
        city="Rangkasbitung",
        phone="(0252) 201234",
        email="bapelitbangda@lebakkab.go.id",
        website="bapelitbangda.lebakkab.go.id",
        emblem_png=resource_path("assets", "emblem_placeholder.png").read_bytes(),
        head_name="Dr. H. Ahmad Fauzi, S.E., M.Si.",
        head_position="Kepala Bapelitbangda Kabupaten Lebak",
        head_rank="Pembina Utama Muda (IV/c)",
        head_nip="197203151998031004",
        paper_size="F4",
        document_number_pattern="400.5.7/{nomor}/Bapelitbangda/{tahun}",
    )


def fill_demo_office(session_factory: sessionmaker[Session], control: TaskControl) -> str:
    """Creates the demo office, loading the region table first if needed.

    Raises:
        DemoConflictError: the database already holds an office of another kabupaten.
    """
    if not regions_loaded(session_factory):
        load_regions(session_factory, control)
    current = get_office(session_factory)
    if current is not None and current.region_code != LEBAK:
        raise DemoConflictError(
            _(
                "Database ini sudah berisi kantor {name} ({region}); data demo hanya diisi ke database baru atau "
                "database demo (gunakan --data-dir lain)."
            ).format(name=current.name, region=current.region_name)
        )
    if current is not None:
        return f"Kantor demo sudah ada: {current.name}"
    saved = save_office(session_factory, demo_office_settings())
    return f"Kantor demo dibuat: {saved.name} ({saved.region_name}), kode {saved.code}"
