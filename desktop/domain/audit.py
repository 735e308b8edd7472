"""The audit trail's code lists: what was done (action) and to what kind of record (entity), with their labels."""

from __future__ import annotations

from desktop.domain.codes import CodeList
from desktop.domain.i18n import N_


class AuditAction(CodeList):
    """What an audit entry records."""

    CREATE = "create", N_("Dibuat")
    UPDATE = "update", N_("Diubah")
    DELETE = "delete", N_("Dihapus")
    RESTORE = "restore", N_("Dipulihkan")
    PURGE = "purge", N_("Dihapus permanen")
    EXPORT = "export", N_("Diekspor")
    REVEAL = "reveal", N_("NIK ditampilkan")


class AuditEntity(CodeList):
    """The kinds of record the trail names (the table names of the exchangeable rows)."""

    KRS_FAMILY = "krs_family", N_("Keluarga KRS")
    KRS_VERIFICATION = "krs_verification", N_("Verval KRS")
    KRS_CODE = "krs_code", N_("Daftar kode KRS")
    CASE_CHILD = "case_child", N_("Anak (kasus stunting)")
    CASE_MEASUREMENT = "case_measurement", N_("Pengukuran anak")
    CASE_STATUS_CHANGE = "case_status_change", N_("Status kasus")
    MEETING_SERIES = "meeting_series", N_("Seri rapat")
    MEETING = "meeting", N_("Rapat")
    PERSON = "person", N_("Orang")
    MEETING_PARTICIPANT = "meeting_participant", N_("Peserta rapat")
    AGENDA_ITEM = "agenda_item", N_("Agenda rapat")
    DISCUSSION_POINT = "discussion_point", N_("Pokok bahasan")
    MEETING_DECISION = "meeting_decision", N_("Keputusan rapat")
    ACTION_ITEM = "action_item", N_("Rencana tindak lanjut")
    ACTION_REVIEW = "action_review", N_("Tinjauan RTL")
    ACTION_STATUS_CHANGE = "action_status_change", N_("Status RTL")
    MEETING_VERSION = "meeting_version", N_("Versi notulen")
    MEETING_ATTACHMENT = "meeting_attachment", N_("Lampiran rapat")
    AKSI_FRAMEWORK = "aksi_framework", N_("Kerangka Aksi")
    AKSI_ACTION = "aksi_action", N_("Aksi Konvergensi")
    AKSI_PROGRESS = "aksi_progress", N_("Kemajuan Aksi")
    AKSI_OUTPUT = "aksi_output", N_("Keluaran Aksi")
    AKSI_EVIDENCE = "aksi_evidence", N_("Bukti Aksi")
    CHECKLIST_VALUE = "checklist_value", N_("Isian daftar periksa")
    PREVALENCE_FIGURE = "prevalence_figure", N_("Angka prevalensi")
    OFFICE = "office", N_("Kantor")
    REPORT = "report", N_("Laporan")
    WORKSHEET = "worksheet", N_("Lembar kerja")
    EXCHANGE_PACKAGE = "exchange_package", N_("Paket pertukaran")
    APP_USER = "app_user", N_("Akun pengguna")
