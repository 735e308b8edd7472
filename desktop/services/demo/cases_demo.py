"""Demo stunting cases: an e-PPGBM list of the February 2026 weighing month in the four demo kecamatan, imported
through the real import path, then verification re-measurements and status decisions.

The list holds realistic z-scores (about a quarter of the children stunted, as in Lebak) drawn from the WHO
tables, Sundanese names, posyandu names, and a few typing slips the app must flag: a length of 7.6 cm, a weight of
31 kg at 80 cm, a birth date after the measurement date, and a child older than 60 months. Where the KRS demo
list is present, some children carry the No. KK and mother of a KRS family of their desa, so the link shows.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.krs import KrsFamily
from desktop.domain.cases.codes import CaseStatus
from desktop.domain.cases.records import CaseRow, MeasurementInput
from desktop.domain.cases.zscore import LAST_LENGTH_DAY, Method, Sex, reference_value
from desktop.services.cases.case_import import import_cases
from desktop.services.cases.case_info import CaseError
from desktop.services.cases.records import change_status, list_cases, record_remeasurement
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import reading

WEIGHING_DAY = date(2026, 2, 10)
REMEASURE_DAY = date(2026, 3, 12)
DECISION_DAY = date(2026, 3, 16)
# The import refuses future dates; the demo's fixed dates must never count as future.
_TODAY_AT_LEAST = date(2026, 4, 30)

HEADER = (
    "No", "NIK", "Nama", "JK", "Tgl Lahir", "Nama Ortu", "No KK", "Kec", "Desa/Kel", "Posyandu", "Alamat",
    "Tanggal Pengukuran", "Berat", "Tinggi", "Cara Ukur", "Petugas",
)  # fmt: skip

# (desa code, desa name, kecamatan name, posyandu names)
DEMO_DESA = (
    ("36.02.18.2004", "Cibadak", "Cibadak", ("Melati", "Mawar")),
    ("36.02.18.2001", "Tambakbaya", "Cibadak", ("Anggrek",)),
    ("36.02.18.2003", "Panancangan", "Cibadak", ("Dahlia", "Kenanga")),
    ("36.02.24.2001", "Kalanganyar", "Kalanganyar", ("Flamboyan",)),
    ("36.02.24.2002", "Pasirkupa", "Kalanganyar", ("Cempaka",)),
    ("36.02.11.2005", "Cimarga", "Cimarga", ("Teratai", "Sakura")),
    ("36.02.11.2001", "Sarageni", "Cimarga", ("Seruni",)),
    ("36.02.06.2004", "Leuwidamar", "Leuwidamar", ("Tulip",)),
    ("36.02.06.2002", "Cisimeut", "Leuwidamar", ("Bougenvil",)),
)
_GIRLS = ("Siti Nurhaliza", "Aisyah", "Nabila", "Zahra", "Putri Ayu", "Salsabila", "Keysha", "Alya", "Nayla",
          "Rahma", "Citra", "Hana", "Syifa", "Dewi Lestari", "Neng Fitri")  # fmt: skip
_BOYS = ("Muhammad Rizki", "Ahmad Fauzan", "Raka", "Dimas", "Fajar", "Alif", "Arkan", "Rafa", "Ilham", "Yusuf",
         "Asep Saepudin", "Ujang Hidayat", "Dede Kurnia", "Farhan", "Gilang")  # fmt: skip
_MOTHERS = ("Euis", "Iyah", "Neng Sri", "Enok", "Ai Rohmah", "Imas", "Entin", "Yayah", "Cucu", "Lilis", "Nining",
            "Ela Nurlela", "Titin", "Popon", "Enah")  # fmt: skip
_KADER = ("Kader Yeti", "Kader Oom", "Kader Iis", "Bidan Desi", "Kader Nani")
CHILDREN_PER_DESA = 6


def _families(session_factory: sessionmaker[Session], desa_code: str) -> list[tuple[str, str]]:
    with reading(session_factory) as session:
        rows = session.execute(
            select(KrsFamily.no_kk, KrsFamily.wife_name)
            .where(KrsFamily.desa_code == desa_code, KrsFamily.deleted_at.is_(None), KrsFamily.no_kk.is_not(None))
            .where(KrsFamily.wife_name != "")
            .order_by(KrsFamily.id)
            .limit(3)
        ).all()
    return [(str(no_kk), str(wife)) for no_kk, wife in rows]


def _nik(desa_code: str, birth: date, female: bool, serial: int) -> str:
    day = birth.day + (40 if female else 0)
    return f"{desa_code.replace('.', '')[:6]}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def _child_row(rng: random.Random, number: int, desa: tuple[str, str, str, tuple[str, ...]]) -> list[object]:
    code, desa_name, kecamatan, posyandu = desa
    female = rng.random() < 0.5
    sex = Sex.P if female else Sex.L
    age_days = rng.randint(60, 1790)
    birth = WEIGHING_DAY - timedelta(days=age_days)
    # Leuwidamar (Baduy area) fares worse; extreme values are left to the deliberate slips below.
    haz = min(max(rng.gauss(-1.75 if kecamatan == "Leuwidamar" else -1.35, 1.05), -4.2), 2.5)
    waz = min(max(rng.gauss(-0.9, 0.9), -3.5), 2.0)
    height = reference_value("lhfa", sex, age_days, haz)
    method = Method.LYING if age_days <= LAST_LENGTH_DAY else Method.STANDING
    if age_days > 600 and age_days <= LAST_LENGTH_DAY and rng.random() < 0.3:
        method, height = Method.STANDING, height - 0.7  # measured standing before two years: the app corrects
    weight = reference_value("wfa", sex, age_days, waz)
    nik = _nik(code, birth, female, 100 + number) if rng.random() < 0.7 else ""
    return [
        number, nik, rng.choice(_GIRLS if female else _BOYS), sex.value, birth, rng.choice(_MOTHERS),
        f"{code.replace('.', '')[:6]}{rng.randint(10, 28):02d}{rng.randint(1, 12):02d}{rng.randint(15, 23):02d}"
        f"{rng.randint(1, 60):04d}", kecamatan, desa_name, rng.choice(posyandu),
        f"Kp. {desa_name} RT 0{rng.randint(1, 9)}/RW 0{rng.randint(1, 5)}", WEIGHING_DAY, round(weight, 1),
        round(height, 1), "Terlentang" if method is Method.LYING else "Berdiri", rng.choice(_KADER),
    ]  # fmt: skip


def _anomalies(start: int) -> list[list[object]]:
    """Typing slips of the kind e-PPGBM lists contain, which the app flags (those outside Cibadak and Kalanganyar
    stay unverified in the demo, so the flags show in the list)."""

    def place(kecamatan: str, desa: str, posyandu: str) -> list[object]:
        return ["", kecamatan, desa, posyandu, f"Kp. {desa} RT 02/RW 01", WEIGHING_DAY]

    cibadak, cimarga, leuwidamar = (
        place("Cibadak", "Cibadak", "Melati"),
        place("Cimarga", "Cimarga", "Teratai"),
        place("Leuwidamar", "Leuwidamar", "Tulip"),
    )
    return [
        # 7.6 cm instead of 76 cm (re-measured in the demo).
        [start, "", "Putri Anjani", "P", date(2025, 1, 20), "Ai Rohmah", *cibadak, 9.0, 7.6, "Terlentang", "Kader Oom"],
        # 17.5 cm instead of 71.5 cm.
        [start + 1, "", "Nurul Hikmah", "P", date(2025, 3, 3), "Enah", *leuwidamar, 8.1, 17.5, "Terlentang",
         "Kader Nani"],
        # 31 kg instead of 10.3 kg at 80 cm.
        [start + 2, "", "Bagas Pratama", "L", date(2024, 6, 2), "Imas", *cimarga, 31.0, 80.0, "Terlentang",
         "Kader Iis"],
        # Birth date typed after the weighing day.
        [start + 3, "", "Kirana", "P", date(2026, 3, 5), "Lilis", *cibadak, 6.5, 63.0, "Terlentang", "Kader Oom"],
        # Older than 60 months, still on the posyandu list.
        [start + 4, "", "Rendi Saputra", "L", date(2020, 11, 2), "Titin", *cibadak, 16.0, 104.5, "Berdiri",
         "Kader Oom"],
    ]  # fmt: skip


def demo_case_rows(session_factory: sessionmaker[Session] | None = None, seed: int = 2026) -> list[list[object]]:
    """The demo e-PPGBM rows (header excluded); with a session factory, some rows use KRS families' No. KK."""
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for desa in DEMO_DESA:
        families = _families(session_factory, desa[0]) if session_factory is not None else []
        for index in range(CHILDREN_PER_DESA):
            row = _child_row(rng, len(rows) + 1, desa)
            if index < len(families):
                row[6], row[5] = families[index]
            rows.append(row)
    return rows + _anomalies(len(rows) + 1)


def write_demo_list(target: Path, rows: list[list[object]]) -> Path:
    """Writes the rows as an e-PPGBM-like workbook (title rows above the header, NIK and No. KK as text)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data Balita"
    sheet.append(["DATA HASIL PENGUKURAN BALITA (e-PPGBM) BULAN FEBRUARI 2026"])
    sheet.append(["Kabupaten Lebak"])
    sheet.append(list(HEADER))
    for row in rows:
        sheet.append(row)
        for column in (2, 7):
            sheet.cell(sheet.max_row, column).number_format = "@"
    book.save(target)
    return target


def _remeasure(session_factory: sessionmaker[Session], case: CaseRow, rng: random.Random, shift: float) -> float:
    """Re-measures a case a month later: the same child grown a little, TB/U moved by ``shift``."""
    latest = case.latest
    assert latest is not None and latest.age_days is not None
    age = latest.age_days + (REMEASURE_DAY - latest.measured_on).days
    haz = (latest.haz if latest.haz is not None and abs(latest.haz) < 6 else -2.2) + shift
    method = Method.LYING if age <= LAST_LENGTH_DAY else Method.STANDING
    height = round(reference_value("lhfa", Sex(case.sex), age, haz), 1)
    weight = round(latest.weight_kg + 0.2, 1) if latest.weight_kg and latest.weight_kg < 25 else 10.4
    info = record_remeasurement(
        session_factory,
        case.id,
        MeasurementInput(REMEASURE_DAY, height, method, weight, rng.choice(("Bidan Desi", "Tim TPPS Kecamatan"))),
        note="ukur ulang verifikasi kasus",
        today=_TODAY_AT_LEAST,
    )
    return info.haz if info.haz is not None else 0.0


def _verify(session_factory: sessionmaker[Session], cases: list[CaseRow], rng: random.Random) -> int:
    """Verification in Cibadak and Kalanganyar: re-measure listed stunted and flagged children, decide."""
    done = 0
    for case in cases:
        if (
            case.status != CaseStatus.TERDATA
            or case.latest is None
            or not case.desa_code.startswith(("36.02.18", "36.02.24"))
        ):
            continue
        if "age_over_60_months" in case.latest.flags or "measured_before_birth" in case.latest.flags:
            change_status(session_factory, case.id, CaseStatus.DATA_TIDAK_VALID, note="cek ulang data", on=DECISION_DAY)
            done += 1
            continue
        if not (case.latest.flags or (case.latest.haz is not None and case.latest.haz < -1.8)):
            continue
        # Re-measured: most stay stunted, some were mismeasured at the posyandu.
        haz = _remeasure(session_factory, case, rng, rng.choice((0.1, -0.1, 0.0, 0.6)))
        decision = CaseStatus.TERKONFIRMASI_STUNTING if haz < -2 else CaseStatus.BUKAN_STUNTING
        change_status(session_factory, case.id, decision, note="keputusan tim verifikasi", on=DECISION_DAY)
        if decision is CaseStatus.TERKONFIRMASI_STUNTING and haz < -3:
            change_status(
                session_factory, case.id, CaseStatus.PERLU_RUJUKAN, note="rujuk ke Puskesmas", on=DECISION_DAY
            )
        done += 1
    return done


def fill_demo_cases(session_factory: sessionmaker[Session], control: TaskControl) -> str:
    """Imports the demo e-PPGBM list and verifies part of it; running it again adds nothing.

    Returns:
        One summary line in Indonesian.
    """
    today = max(date.today(), _TODAY_AT_LEAST)
    with tempfile.TemporaryDirectory(prefix="konvergensi-demo-") as folder:
        path = write_demo_list(Path(folder) / "e-ppgbm-februari-2026.xlsx", demo_case_rows(session_factory))
        summary = import_cases(session_factory, path, dry_run=False, control=control, today=today)
    control.check()
    rng = random.Random(7)
    try:
        verified = _verify(session_factory, list_cases(session_factory), rng)
    except CaseError as error:  # pragma: no cover - the demo data are built to pass
        return f"Kasus stunting: impor {summary.new} anak; verifikasi berhenti: {error}"
    flagged = sum(1 for case in list_cases(session_factory) if case.latest is not None and case.latest.flags)
    return (
        f"Kasus stunting: {summary.new} anak baru, {summary.unchanged} sudah ada, {verified} diverifikasi, "
        f"{flagged} data janggal ditandai."
    )
