"""Demo KRS list: realistic families in four Lebak kecamatan, imported through the real import path.

:func:`krs_rows` also feeds the tests and the benchmarks, so every consumer sees the same realistic shape: the
25 columns of a BKKBN by-name-by-address list, Sundanese names, RT/RW, 16-digit NIK and No. KK with a plausible
structure.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models.krs import KrsFamily, KrsVerification
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import reading

KRS_HEADER = (
    "No",
    "Kode Desa",
    "Nama Desa",
    "Kecamatan",
    "RW/Dusun",
    "RT",
    "Alamat",
    "No. KK",
    "NIK Kepala Keluarga",
    "Nama Kepala Keluarga",
    "Nama Istri",
    "Umur Istri",
    "Baduta",
    "Balita",
    "PUS",
    "PUS Hamil",
    "Air Minum Tidak Layak",
    "Jamban Tidak Layak",
    "Terlalu Muda",
    "Terlalu Tua",
    "Terlalu Dekat",
    "Terlalu Banyak",
    "Peringkat Kesejahteraan",
    "Status Risiko",
    "Sumber Data",
)

# (desa code, desa name, kecamatan name) in the four demo kecamatan.
DEMO_DESA = (
    ("36.02.18.2001", "Tambakbaya", "Cibadak"),
    ("36.02.18.2003", "Panancangan", "Cibadak"),
    ("36.02.18.2004", "Cibadak", "Cibadak"),
    ("36.02.24.2001", "Kalanganyar", "Kalanganyar"),
    ("36.02.24.2002", "Pasirkupa", "Kalanganyar"),
    ("36.02.11.2001", "Sarageni", "Cimarga"),
    ("36.02.11.2005", "Cimarga", "Cimarga"),
    ("36.02.06.2002", "Cisimeut", "Leuwidamar"),
    ("36.02.06.2004", "Leuwidamar", "Leuwidamar"),
)

_MEN = (
    "Asep",
    "Ujang",
    "Dede",
    "Cecep",
    "Iwan",
    "Jajang",
    "Ade",
    "Endang",
    "Dadang",
    "Yayan",
    "Ahmad",
    "Rahmat",
    "Nana",
    "Engkos",
    "Oman",
    "Dudi",
    "Saepul",
    "Aris",
    "Hendra",
    "Maman",
    "Usep",
    "Jaenudin",
    "Sukarna",
    "Odih",
)
_WOMEN = (
    "Siti",
    "Euis",
    "Neneng",
    "Imas",
    "Cucu",
    "Nining",
    "Yati",
    "Entin",
    "Lilis",
    "Iis",
    "Nur",
    "Ai",
    "Eti",
    "Rina",
    "Dewi",
    "Titin",
    "Enok",
    "Popon",
    "Nia",
    "Elis",
    "Yuyun",
    "Ipah",
    "Aas",
    "Onah",
)
_FAMILY = (
    "Sunarya",
    "Hidayat",
    "Suryana",
    "Supriatna",
    "Saputra",
    "Rohmat",
    "Nurjaman",
    "Kurniawan",
    "Setiawan",
    "Mulyana",
    "Permana",
    "Gunawan",
    "Sumarna",
    "Komarudin",
    "Sobari",
    "Mahmud",
    "Ruhiyat",
    "Aminah",
    "Halimah",
    "Rohayati",
    "Nurhayati",
    "Maryam",
    "Jubaedah",
    "Sopiah",
)
_KAMPUNG = (
    "Kp. Cibeureum",
    "Kp. Pasir Ipis",
    "Kp. Babakan",
    "Kp. Cikadu",
    "Kp. Sukamaju",
    "Kp. Leuwi Ipuh",
    "Kp. Cijoro",
    "Kp. Pasirhaur",
    "Kp. Ciseel",
    "Kp. Kadu Agung",
)


def _identifier(prefix: str, index: int, female: bool, salt: int) -> str:
    day = 1 + index % 28 + (40 if female else 0)
    month = 1 + (index // 28) % 12
    year = (index // 336 + salt) % 100
    serial = 1 + (index // 33_600 + salt * 37) % 9_999
    return f"{prefix}{day:02d}{month:02d}{year:02d}{serial:04d}"


def _yt(flag: bool) -> str:
    return "Y" if flag else "T"


def krs_rows(count: int, seed: int = 2024, desa: Sequence[tuple[str, str, str]] = DEMO_DESA) -> Iterator[list[object]]:
    """Yields ``count`` realistic list rows (values in :data:`KRS_HEADER` order; identifiers as text).

    Args:
        count: how many families.
        seed: the random seed (the same seed gives the same rows).
        desa: the desa to spread the families over.
    """
    rng = random.Random(seed)
    for index in range(count):
        code, desa_name, kecamatan = desa[index * len(desa) // max(count, 1)]
        prefix = code.replace(".", "")[:6]
        wife_age = rng.randint(16, 48)
        baduta, balita = rng.random() < 0.35, rng.random() < 0.45
        pus = wife_age <= 49
        flags = [
            rng.random() < 0.3,
            rng.random() < 0.4,
            wife_age < 20,
            35 <= wife_age <= 40,
            rng.random() < 0.1,
            rng.random() < 0.15,
        ]
        yield [
            index + 1,
            code,
            desa_name,
            kecamatan,
            f"{rng.randint(1, 12):03d}",
            f"{rng.randint(1, 25):03d}",
            f"{rng.choice(_KAMPUNG)} No. {rng.randint(1, 250)}",
            _identifier(prefix, index, False, 7),
            _identifier(prefix, index, False, 0),
            f"{rng.choice(_MEN)} {rng.choice(_FAMILY)}",
            f"{rng.choice(_WOMEN)} {rng.choice(_FAMILY)}",
            wife_age,
            _yt(baduta),
            _yt(balita),
            _yt(pus),
            _yt(rng.random() < 0.08),
            *(_yt(flag) for flag in flags),
            rng.choice(("1", "1", "2", "2", "3", "4", ">4")),
            "Berisiko" if any(flags) else "Tidak berisiko",
            "PK24",
        ]


DEMO_FAMILIES = 450


def fill_demo_krs(session_factory: sessionmaker[Session], control: TaskControl) -> str:
    """Imports the demo KRS list (idempotent: a second run finds every family unchanged) and a few verifications.

    Returns:
        The summary line in Indonesian.
    """
    from openpyxl import Workbook

    from desktop.services.krs.import_service import run_import
    from desktop.services.krs.verification_service import VerificationInput, record_verification

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR KELUARGA BERISIKO STUNTING (KRS) HASIL PK24 - KABUPATEN LEBAK"])
    sheet.append([])
    sheet.append(list(KRS_HEADER))
    for row in krs_rows(DEMO_FAMILIES):
        sheet.append(row)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "krs_demo.xlsx"
        workbook.save(path)
        summary = run_import(session_factory, path, dry_run=False, control=control)
    with reading(session_factory) as session:
        verified = session.scalar(select(func.count()).select_from(KrsVerification)) or 0
        ids = list(session.scalars(select(KrsFamily.id).where(KrsFamily.desa_code == "36.02.18.2004").limit(40)))
    if not verified and ids:
        for number, family_id in enumerate(ids[:25]):
            record_verification(
                session_factory,
                [family_id],
                VerificationInput(
                    existence_code="ditemukan" if number % 6 else "pindah",
                    result_code=("tetap_berisiko", "tidak_berisiko_lagi", "bukan_sasaran")[number % 3],
                    verifier_name="Hj. Euis Rohayati, Amd.Keb.",
                    verifier_role="bidan",
                    verified_on=date(2024, 9, 2 + number % 20),
                    notes="Kunjungan rumah bersama kader PKK.",
                ),
            )
    return (
        f"KRS: {summary.new} keluarga baru, {summary.unchanged} tetap, "
        f"{max(25 - verified, 0) if ids else 0} verifikasi contoh di Desa Cibadak."
    )
