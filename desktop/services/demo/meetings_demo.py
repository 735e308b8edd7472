"""Demo meetings from the source articles (``shared/seeds``).

- The TPPS meeting at Bapelitbangda Lebak on Thursday 30 May 2024 preparing the Intervensi Serentak Pencegahan
  Stunting (participants by office as reported; Paryono, dr. Nurul Isneini and Mohamad Sukma are named in the
  article, the other people are invented).
- The Gebyar Mini Lokakarya Stunting Series II on Friday 11 October 2024, hybrid, in the kecamatan Cibadak,
  Kalanganyar, Cimarga and Leuwidamar (opened online by the Sekda; camat and staff names are invented).
- A November 2024 Minlok in Cibadak, created through the carry-over so the open RTL of October appear in it.

Civil servants get a pangkat and an invented, structurally valid NIP (birth date, CPNS month, sex digit, serial)
so the signature blocks look like real ones; these numbers are made up for the demo and belong to nobody.
Non-civil-servants (PKK, TPK, consultants, TNI/Polri) have no NIP. Idempotent: nothing is added when the series
exist.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.meeting import MeetingSeries
from db.models.region import Region
from desktop.domain.meetings.records import (
    ActionData,
    AgendaData,
    DecisionData,
    DiscussionData,
    MeetingData,
    ParticipantData,
    SeriesData,
    Signer,
)
from desktop.domain.office import IssuerLetterheadData
from desktop.services.letterheads import save_letterhead
from desktop.services.meetings.content_service import (
    copy_participants_from_previous,
    save_action,
    save_agenda,
    save_decisions,
    save_discussion,
    save_participants,
)
from desktop.services.meetings.meeting_service import create_meeting, save_series
from desktop.services.meetings.versions import finalise_meeting
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import reading

TPPS_SERIES = "Rakor TPPS Kabupaten Lebak"
SERIES_II = "Gebyar Mini Lokakarya Stunting Series II"
# kecamatan code, name, camat (invented), camat's NIP (invented), puskesmas
KECAMATAN = [
    ("36.02.18", "Cibadak", "Drs. H. Encep Supriatna, M.Si.", "197001011995031001"),
    ("36.02.24", "Kalanganyar", "Asep Saepudin, S.STP., M.Si.", "198203152001121002"),
    ("36.02.11", "Cimarga", "H. Deden Rahmat, S.Sos.", "197508202003121004"),
    ("36.02.06", "Leuwidamar", "Ujang Sobari, S.IP., M.M.", "197811042006041003"),
]


# Invented pangkat and NIPs for the demo (they belong to nobody).
NIP_PARYONO = "197205141998031004"
RANK_PARYONO = "Pembina (IV/a)"
MIDWIFE_RANK = "Penata Muda Tk. I (III/b)"


def _nip(birth: str, cpns: str, sex: str, serial: int) -> str:
    """An invented NIP: birth date yyyymmdd, CPNS yyyymm, 1 (male) or 2 (female), 3-digit serial."""
    return f"{birth}{cpns}{sex}{serial:03d}"


BAPELITBANGDA, DINKES = "Bapelitbangda Kabupaten Lebak", "Dinas Kesehatan Kabupaten Lebak"
# The TPPS meeting's participants: name, jabatan, instansi, sex, NIP (invented; empty for non-civil-servants).
TPPS = [
    ("Paryono", "Kepala Bidang PPM", BAPELITBANGDA, "L", NIP_PARYONO),
    ("Dewi Anggraeni, S.E.", "Analis Perencanaan", BAPELITBANGDA, "P", "199204122019032011"),
    ("dr. Nurul Isneini", "Kepala Bidang Promkes", DINKES, "P", _nip("19790823", "200604", "2", 7)),
    ("Rika Fitriani, S.K.M.", "Pengelola Program Gizi", DINKES, "P", _nip("19880306", "201101", "2", 12)),
    ("Hendra Gunawan, S.Sos.", "Kepala Bidang Dalduk KB KS", "DP3AP2KB Kabupaten Lebak", "L",
     _nip("19760919", "200212", "1", 5)),
    ("Yuyun Yuningsih, S.ST.", "Kepala Bidang Rehabilitasi Sosial", "Dinas Sosial Kabupaten Lebak", "P",
     _nip("19800211", "200501", "2", 3)),
    ("Iwan Setiawan, S.IP.", "Analis Bidang LKD dan LHA", "DPMD Kabupaten Lebak", "L",
     _nip("19850704", "201001", "1", 9)),
    ("Mohamad Sukma", "Technical Assistant Lebak", "Satgas PPS Provinsi Banten", "L", ""),
]  # fmt: skip


def _midwife_nip(code: str) -> str:
    return _nip("19900612", "201404", "2", int(code[-2:]))


def _p(
    name: str, position: str, institution: str, gender: str, attendance: str = "hadir", nip: str = ""
) -> ParticipantData:
    return ParticipantData(
        name=name, position=position, institution=institution, gender=gender, attendance=attendance, nip=nip
    )


def _tpps_meeting(session_factory: sessionmaker[Session]) -> int:
    series = save_series(
        session_factory,
        SeriesData(name=TPPS_SERIES, meeting_type="RAKOR_TPPS_KAB", level="kabupaten", region_code="36.02"),
    )
    meeting = create_meeting(
        session_factory,
        MeetingData(
            series_id=series,
            title="Rapat Terbatas TPPS Persiapan Intervensi Serentak Pencegahan Stunting Tahun 2024",
            meeting_type="RAKOR_TPPS_KAB",
            level="kabupaten",
            region_code="36.02",
            number="400.5.7/087/Bapelitbangda/2024",
            meeting_date=date(2024, 5, 30),
            start_time=time(9, 0),
            end_time=time(12, 0),
            place="Ruang Rapat Kantor Bapelitbangda Kabupaten Lebak, Rangkasbitung",
            chair=Signer("Paryono", "Kepala Bidang PPM Bapelitbangda Kabupaten Lebak", RANK_PARYONO, NIP_PARYONO),
            secretary=Signer(
                "Dewi Anggraeni, S.E.",
                "Analis Perencanaan Bidang PPM",
                "Penata Muda Tk. I (III/b)",
                "199204122019032011",
            ),
            opening="Rapat dibuka oleh Kepala Bidang PPM Bapelitbangda selaku Wakil TPPS untuk menindaklanjuti "
            "Surat Kemendagri RI dan Gubernur Banten perihal Dukungan Intervensi Serentak Pencegahan Stunting di "
            "Daerah tahun 2024.",
        ),
    ).id
    save_participants(
        session_factory,
        meeting,
        [_p(name, position, office, sex, nip=nip) for name, position, office, sex, nip in TPPS],
    )
    save_agenda(
        session_factory,
        meeting,
        [
            AgendaData(title="Pengkajian Surat Kemendagri dan Gubernur Banten tentang Intervensi Serentak", done=True),
            AgendaData(
                title="Penjabaran langkah aksi teknis per unsur (OPD, kecamatan, desa, TKSK, PKH, TPK, KPM, PD, PLD)",
                done=True,
            ),
            AgendaData(title="Draf surat dukungan Pemerintah Kabupaten Lebak (edaran atau instruksi)", done=False),
        ],
    )
    save_discussion(
        session_factory,
        meeting,
        [
            DiscussionData(
                None,
                "Paryono (Kabid PPM Bapelitbangda)",
                "Waktu pelaksanaan 10 pasti dalam intervensi serentak sangat pendek, sedangkan target "
                "capaian harus dipenuhi dalam satu bulan: jumlah balita dan ibu hamil yang datang dan "
                "diukur di posyandu, ketersediaan antropometri terstandar, serta input e-PPGBM dan "
                "Elsimil. Ini menyangkut kredibilitas pemerintah daerah, sehingga TPPS harus bergerak cepat.",
            ),
            DiscussionData(
                None,
                "dr. Nurul Isneini (Kabid Promkes Dinkes)",
                "Intervensi serentak memerlukan kekompakan semua OPD dan pihak terkait, karena banyak "
                "butir 10 pasti yang perlu didukung lintas OPD, terutama penggerakan sasaran.",
            ),
            DiscussionData(
                None,
                "Mohamad Sukma (TA Satgas PPS Banten)",
                "Setelah Rakor TPPS Provinsi Banten oleh BKKBN Banten, TPPS Lebak langsung merespons. "
                "Pada hari kedua rapat terbatas ini draf aksi sudah tersusun; tinggal memutuskan bentuknya, "
                "edaran atau instruksi.",
            ),
        ],
    )
    save_decisions(
        session_factory,
        meeting,
        [
            DecisionData(
                None, "Draf langkah aksi teknis Intervensi Serentak Pencegahan Stunting Kabupaten Lebak disepakati."
            ),
            DecisionData(None, "Bentuk surat dukungan (surat edaran atau instruksi Bupati) diputuskan pimpinan TPPS."),
            DecisionData(
                None,
                "Setiap OPD menggerakkan sumber daya manusianya di kecamatan dan desa untuk mendatangkan "
                "sasaran ke posyandu selama Juni 2024.",
            ),
        ],
    )
    rtl = [
        (
            "Finalisasi draf surat dukungan Intervensi Serentak untuk ditandatangani Bupati",
            "Bapelitbangda (Bidang PPM)",
            date(2024, 6, 3),
            "APBD_KAB",
            "selesai",
        ),
        (
            "Memastikan ketersediaan antropometri terstandar di setiap posyandu",
            "Dinas Kesehatan",
            date(2024, 6, 7),
            "APBN",
            "berjalan",
        ),
        (
            "Input hasil pengukuran ke e-PPGBM dan Elsimil",
            "Dinas Kesehatan dan DP3AP2KB",
            date(2024, 6, 30),
            "DAK_NONFISIK_BOKB",
            "belum",
        ),
        (
            "Penggerakan balita dan ibu hamil ke posyandu melalui TKSK, pendamping PKH, TPK, KPM, PD dan PLD",
            "Dinas Sosial dan DPMD",
            date(2024, 6, 30),
            "DANA_DESA",
            "berjalan",
        ),
    ]
    for description, responsible, deadline, funding, status in rtl:
        action = ActionData(description=description, responsible=responsible, deadline=deadline, funding_source=funding)
        action.action_id = save_action(session_factory, meeting, action)
        if status != "belum":
            action.status = status
            save_action(session_factory, meeting, action)
    finalise_meeting(session_factory, meeting)
    return meeting


def _desa(session_factory: sessionmaker[Session], kecamatan: str) -> list[tuple[str, str]]:
    with reading(session_factory) as session:
        rows = session.execute(
            select(Region.code, Region.name).where(Region.parent_code == kecamatan).order_by(Region.code).limit(3)
        )
        return [(code, name) for code, name in rows]


def _minlok_meeting(session_factory: sessionmaker[Session], code: str, name: str, camat: str, nip: str) -> int:
    serial = int(code[-2:])  # each kecamatan's staff are different people
    midwife = _midwife_nip(code)
    # The camat issues the Minlok's documents: they carry the kecamatan's kop, not the office's.
    kop = save_letterhead(
        session_factory,
        IssuerLetterheadData(
            key=f"kec-{name.lower()}",
            government="PEMERINTAH KABUPATEN LEBAK",
            name=f"KECAMATAN {name.upper()}",
            address=f"Jalan Raya {name} No. {serial}, Kecamatan {name}, Kabupaten Lebak, Banten",
            city=name,
        ),
    )
    series = save_series(
        session_factory,
        SeriesData(
            name=f"Minlok Kecamatan {name}",
            meeting_type="MINLOK_KEC",
            level="kecamatan",
            region_code=code,
            letterhead_id=kop.id,
        ),
    )
    meeting = create_meeting(
        session_factory,
        MeetingData(
            series_id=series,
            title=SERIES_II,
            meeting_type="MINLOK_KEC",
            level="kecamatan",
            region_code=code,
            number=f"400.5.7/{40 + int(code[-2:])}/Kec.{name[:3]}/2024",
            meeting_date=date(2024, 10, 11),
            start_time=time(8, 30),
            end_time=time(12, 0),
            place=f"Aula Kantor Kecamatan {name}",
            online_link="Zoom Meeting (pembukaan oleh Sekda Kabupaten Lebak)",
            chair=Signer(camat, f"Camat {name}", "Pembina (IV/a)", nip),
            secretary=Signer("Siti Nurjanah, A.Md.Keb.", f"Koordinator Bidan Puskesmas {name}", MIDWIFE_RANK, midwife),
            opening="Gebyar Mini Lokakarya Stunting Series II dilaksanakan secara hybrid (daring dan luring) "
            "menindaklanjuti surat Deputi Bidang Advokasi, Penggerakan dan Informasi BKKBN RI Nomor "
            "1162/BL.03/G3/2024 tanggal 24 September 2024, dan dibuka secara resmi oleh Sekretaris Daerah "
            "Kabupaten Lebak selaku Ketua TPPS Kabupaten melalui Zoom Meeting.",
        ),
    ).id
    participants = [
        _p(camat, f"Camat {name}", f"Kecamatan {name}", "L", nip=nip),
        _p("Siti Nurjanah, A.Md.Keb.", "Koordinator Bidan", f"Puskesmas {name}", "P", nip=midwife),
        _p("dr. Fajar Ramadhan", "Kepala Puskesmas", f"Puskesmas {name}", "L",
           nip=_nip("19830417", "201003", "1", serial)),
        _p("Rohaeti, S.Pd.", "Ketua TP PKK Kecamatan", f"TP PKK Kecamatan {name}", "P"),
        _p("Ahmad Hidayat, S.Sos.", "Penyuluh KB (PKB)", "DP3AP2KB Kabupaten Lebak", "L",
           nip=_nip("19870521", "201101", "1", serial + 20)),
        _p("H. Mulyadi, S.Ag.", "Kepala KUA", f"KUA Kecamatan {name}", "L", attendance="terlambat",
           nip=_nip("19740102", "200003", "1", serial + 40)),
        _p("Kapten Inf. Sutrisno", "Danramil", f"Koramil {name}", "L", attendance="tidak_hadir"),
        _p("Iptu Rahmat Hidayat", "Kapolsek", f"Polsek {name}", "L"),
        _p("Lilis Suryani", "Koordinator TPK", f"TPK Kecamatan {name}", "P"),
    ]  # fmt: skip
    if name == "Cibadak":
        participants.append(
            _p("Yayat Nurhayati, S.Pd, M.Pd.", "Ketua Tim Kerja PPS", "Perwakilan BKKBN Provinsi Banten", "P",
               nip=_nip("19781130", "200312", "2", 2))
        )  # fmt: skip
    save_participants(session_factory, meeting, participants)
    desa = _desa(session_factory, code)
    save_agenda(
        session_factory,
        meeting,
        [
            AgendaData(title="Pembukaan oleh Sekda Kabupaten Lebak (daring)", done=True),
            AgendaData(title="Paparan Camat: kondisi stunting dan Keluarga Berisiko Stunting (KRS)", done=True),
            AgendaData(title="Capaian 3 standar dan 4 PASTI pendampingan keluarga per desa", done=True),
            AgendaData(title="Progres verval KRS dan verifikasi kasus stunting per desa", done=False),
        ],
    )
    discussion = [
        DiscussionData(
            None,
            "Sekda Kabupaten Lebak (daring)",
            "Memaparkan kondisi angka stunting dan KRS Kabupaten Lebak serta meminta Minlok bulanan di "
            "setiap kecamatan dilaksanakan sesuai prosedur, petunjuk teknis dan pedoman.",
        ),
        DiscussionData(
            None,
            f"Camat {name}",
            f"Menyampaikan situasi stunting dan KRS di Kecamatan {name}; verval KRS belum selesai di "
            f"Desa {desa[0][1]} dan Desa {desa[1][1]}.",
        ),
        DiscussionData(
            None,
            f"Kepala Puskesmas {name}",
            "Data e-PPGBM perlu dicocokkan dengan hasil ukur ulang di posyandu; alat antropometri "
            "terstandar belum tersedia di semua posyandu.",
        ),
    ]
    if name == "Cibadak":
        discussion.append(
            DiscussionData(
                None,
                "Yayat Nurhayati (Perwakilan BKKBN Banten)",
                "Mengapresiasi pelaksanaan Gebyar Minlok Series II; Minlok diharapkan "
                "menjadi wadah koordinasi perencanaan, pengorganisasian dan evaluasi PPS.",
            )
        )
    save_discussion(session_factory, meeting, discussion)
    save_decisions(
        session_factory,
        meeting,
        [
            DecisionData(None, "Minlok stunting kecamatan dilaksanakan setiap bulan dengan undangan lintas sektor."),
            DecisionData(None, "Verval KRS seluruh desa diselesaikan paling lambat 31 Oktober 2024."),
        ],
    )
    rtl = [
        (
            f"Menyelesaikan verval KRS Desa {desa[0][1]}",
            "PKB/PLKB Kecamatan",
            date(2024, 10, 31),
            "DAK_NONFISIK_BOKB",
            desa[0][0],
        ),
        (
            f"Ukur ulang balita terindikasi stunting di Desa {desa[1][1]}",
            f"Puskesmas {name}",
            date(2024, 11, 15),
            "APBD_KAB",
            desa[1][0],
        ),
        (
            "Menganggarkan kegiatan pendampingan keluarga dalam APBDes 2025",
            "Kepala Desa se-kecamatan",
            date(2024, 12, 31),
            "DANA_DESA",
            None,
        ),
    ]
    for description, responsible, deadline, funding, region in rtl:
        save_action(
            session_factory,
            meeting,
            ActionData(
                description=description,
                responsible=responsible,
                deadline=deadline,
                funding_source=funding,
                region_code=region,
            ),
        )
    finalise_meeting(session_factory, meeting)
    return series


def _next_cibadak(session_factory: sessionmaker[Session], series: int) -> None:
    created = create_meeting(
        session_factory,
        MeetingData(
            series_id=series,
            title="Mini Lokakarya Stunting Kecamatan Cibadak Bulan November 2024",
            meeting_type="MINLOK_KEC",
            level="kecamatan",
            region_code="36.02.18",
            number="400.5.7/___/Kec.Cib/2024",
            meeting_date=date(2024, 11, 8),
            start_time=time(9, 0),
            place="Aula Kantor Kecamatan Cibadak",
            chair=Signer("Drs. H. Encep Supriatna, M.Si.", "Camat Cibadak", "Pembina (IV/a)", "197001011995031001"),
            secretary=Signer(
                "Siti Nurjanah, A.Md.Keb.",
                "Koordinator Bidan Puskesmas Cibadak",
                MIDWIFE_RANK,
                _midwife_nip("36.02.18"),
            ),
        ),
    )
    copy_participants_from_previous(session_factory, created.id)


def fill_demo_meetings(session_factory: sessionmaker[Session], control: TaskControl) -> str:
    """Adds the demo meetings unless they exist; returns an Indonesian summary line."""
    with reading(session_factory) as session:
        exists = session.scalar(
            select(MeetingSeries.id).where(MeetingSeries.name == TPPS_SERIES, MeetingSeries.deleted_at.is_(None))
        )
    if exists is not None:
        return "Rapat demo sudah ada."
    control.report(0, 6, "Rapat TPPS 30 Mei 2024")
    _tpps_meeting(session_factory)
    cibadak = 0
    for index, (code, name, camat, nip) in enumerate(KECAMATAN, start=1):
        control.check()
        control.report(index, 6, f"Gebyar Minlok Series II Kecamatan {name}")
        series = _minlok_meeting(session_factory, code, name, camat, nip)
        cibadak = cibadak or series
    control.report(5, 6, "Minlok Cibadak November 2024 (carry-over)")
    _next_cibadak(session_factory, cibadak)
    control.report(6, 6, "Selesai")
    return "Rapat demo dibuat: rapat TPPS 30 Mei 2024, Gebyar Minlok Series II di 4 kecamatan, Minlok Cibadak November."
