"""Stored files (meeting attachments and photos, Aksi evidence) encrypted at rest with the database key (#16): the
bytes on disk never hold the content, opening and printing still work, ``db encrypt`` seals the files already
there, a new key re-wraps them, backups carry them sealed and a restore brings them back."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from db.engine import engine_key
from desktop.context import AppContext, open_context
from desktop.domain.meetings.records import MeetingData, SeriesData, Signer
from desktop.services import file_cipher
from desktop.services.backup.backup_service import create_backup
from desktop.services.backup.manifest import blob_path
from desktop.services.backup.restore_service import restore_backup
from desktop.services.encryption import encrypt_database, parse_recovery_key, rotate_key
from desktop.services.meetings.attachments import attach_file, attachment_file, list_attachments
from desktop.services.meetings.meeting_service import create_meeting, save_series
from desktop.services.meetings.printing import print_meeting_document
from desktop.services.stored_files import (
    StoredFileError,
    read_stored_bytes,
    stored_file_path,
    stored_file_problem,
)

PASSPHRASE = "rahasia kantor lebak"
# A recognisable content: the test looks for it in the raw bytes on disk.
SECRET_TEXT = b"NIK 3602181234560001 SITI AMINAH keluarga berisiko"


def _pdf(path: Path, size: int = 0) -> Path:
    """A small PDF-looking file with the secret text (``size`` pads it past one cipher chunk when asked)."""
    path.write_bytes(b"%PDF-1.4\n" + SECRET_TEXT + b"\n" + b"x" * size + b"%%EOF\n")
    return path


def _meeting(context: AppContext) -> int:
    factory = context.session_factory
    series = save_series(factory, SeriesData(name="Minlok Kecamatan Cibadak", region_code="36.02.18"))
    header = MeetingData(
        series_id=series,
        title="Minlok Oktober",
        region_code="36.02.18",
        meeting_date=date(2024, 10, 11),
        chair=Signer("Drs. H. Encep Supriatna, M.Si.", "Camat Cibadak"),
        secretary=Signer("Rina Marlina", "Notulis"),
    )
    return create_meeting(factory, header).id


def _on_disk(context: AppContext) -> list[Path]:
    return sorted(path for path in context.files_dir.rglob("*") if path.is_file())


@pytest.fixture
def encrypted_office(office_context: AppContext) -> AppContext:
    """The demo office, encrypted, opened again with its passphrase."""
    encrypt_database(office_context.engine, office_context.data_dir, PASSPHRASE)
    context = open_context(office_context.data_dir, secret=PASSPHRASE)
    yield context
    context.dispose()
    file_cipher.use_database_key(context.files_dir, None)


def test_an_attachment_of_an_encrypted_office_is_sealed_and_still_opens(
    encrypted_office: AppContext, tmp_path: Path
) -> None:
    context = encrypted_office
    meeting = _meeting(context)
    source = _pdf(tmp_path / "notulen.pdf", size=3 * file_cipher.CHUNK)  # four chunks
    info = attach_file(context.session_factory, context.files_dir, meeting, source, "Notulen bertanda tangan")
    (stored,) = _on_disk(context)
    raw = stored.read_bytes()
    assert SECRET_TEXT not in raw and b"%PDF" not in raw and file_cipher.is_sealed(stored)
    assert stored_file_problem(context.files_dir, info.stored_path, info.sha256, "notulen") is None
    viewed = attachment_file(context.files_dir, info)  # what "Buka" gives the system viewer
    assert viewed != stored and viewed.name == "notulen.pdf" and viewed.read_bytes() == source.read_bytes()
    folder = viewed.parent.parent  # the decrypted copy's folder is private:
    if os.name == "nt":  # in the user's own temporary folder (%TEMP%, under the profile only the user may read)
        assert folder.parent.resolve() == Path(tempfile.gettempdir()).resolve()
    else:  # mode 0700 (mkdtemp), wherever the temporary folder is
        assert folder.stat().st_mode & 0o077 == 0
    # The same content attached again is recognised by its plain hash (nothing new written).
    again = _pdf(tmp_path / "lagi.pdf", size=3 * file_cipher.CHUNK)
    assert attach_file(context.session_factory, context.files_dir, meeting, again).sha256 == info.sha256
    assert _on_disk(context) == [stored] and stored.read_bytes() == raw


def test_a_changed_byte_or_a_cut_file_is_a_damaged_file(encrypted_office: AppContext, tmp_path: Path) -> None:
    context = encrypted_office
    info = attach_file(context.session_factory, context.files_dir, _meeting(context), _pdf(tmp_path / "a.pdf", 2 << 20))
    stored = stored_file_path(context.files_dir, info.stored_path)
    raw = bytearray(stored.read_bytes())
    raw[-100] ^= 1
    stored.write_bytes(bytes(raw))
    assert "telah berubah" in (stored_file_problem(context.files_dir, info.stored_path, info.sha256, "a") or "")
    stored.write_bytes(bytes(raw[: file_cipher.HEADER + file_cipher.CHUNK + file_cipher.TAG]))  # last chunk gone
    assert "telah berubah" in (stored_file_problem(context.files_dir, info.stored_path, info.sha256, "a") or "")
    with pytest.raises(StoredFileError, match="rusak"):
        read_stored_bytes(context.files_dir, info.stored_path)


def test_photos_of_an_encrypted_office_are_printed(encrypted_office: AppContext, tmp_path: Path) -> None:
    context = encrypted_office
    meeting = _meeting(context)
    photo = tmp_path / "pembukaan.png"
    Image.new("RGB", (800, 450), (30, 110, 190)).save(photo)
    attach_file(context.session_factory, context.files_dir, meeting, photo, "Pembukaan oleh Camat Cibadak")
    (stored,) = _on_disk(context)
    assert b"PNG" not in stored.read_bytes()[:64]
    target = tmp_path / "notulen.pdf"
    print_meeting_document(context.session_factory, meeting, "minutes", target, files_dir=context.files_dir)
    last = PdfReader(target).pages[-1]
    assert "Foto 1. Pembukaan oleh Camat Cibadak" in " ".join(last.extract_text().split())
    assert len(last.images) == 1  # decrypted and drawn, not "tidak ditemukan atau rusak"


def test_without_the_key_an_encrypted_file_says_so(encrypted_office: AppContext, tmp_path: Path) -> None:
    context = encrypted_office
    info = attach_file(context.session_factory, context.files_dir, _meeting(context), _pdf(tmp_path / "a.pdf"))
    file_cipher.use_database_key(context.files_dir, None)
    with pytest.raises(StoredFileError, match="terenkripsi; buka database"):
        read_stored_bytes(context.files_dir, info.stored_path)


def test_db_encrypt_seals_the_files_already_there_and_a_new_key_rewraps_them(
    office_context: AppContext, tmp_path: Path
) -> None:
    meeting = _meeting(office_context)
    source = _pdf(tmp_path / "lama.pdf", size=file_cipher.CHUNK + 10)
    info = attach_file(office_context.session_factory, office_context.files_dir, meeting, source)
    (stored,) = _on_disk(office_context)
    assert SECRET_TEXT in stored.read_bytes()  # plain before
    data_dir = office_context.data_dir
    first = encrypt_database(office_context.engine, data_dir, PASSPHRASE)
    raw = stored.read_bytes()
    assert SECRET_TEXT not in raw and file_cipher.is_sealed(stored)
    old_key = parse_recovery_key(first.recovery_key)
    assert old_key is not None
    assert file_cipher.sealed_key_id(stored) == file_cipher.key_id(file_cipher.files_key(old_key))
    context = open_context(data_dir, secret=PASSPHRASE)
    assert read_stored_bytes(context.files_dir, info.stored_path) == source.read_bytes()
    second = rotate_key(context.engine, data_dir, PASSPHRASE, "frasa sandi yang baru")
    new_key = parse_recovery_key(second.recovery_key)
    assert new_key is not None
    rewrapped = stored.read_bytes()
    # Re-wrapped: the header names the new key, the sealed chunks are the same bytes.
    assert file_cipher.sealed_key_id(stored) == file_cipher.key_id(file_cipher.files_key(new_key))
    assert rewrapped[file_cipher.HEADER :] == raw[file_cipher.HEADER :] and rewrapped != raw
    with pytest.raises(file_cipher.FileCipherError):
        list(file_cipher.open_chunks(stored, file_cipher.files_key(old_key)))
    reopened = open_context(data_dir, secret="frasa sandi yang baru")
    try:
        assert read_stored_bytes(reopened.files_dir, info.stored_path) == source.read_bytes()
    finally:
        reopened.dispose()
        file_cipher.use_database_key(reopened.files_dir, None)


def test_backups_carry_the_sealed_files_and_a_restore_brings_them_back(
    encrypted_office: AppContext, tmp_path: Path
) -> None:
    context = encrypted_office
    meeting = _meeting(context)
    source = _pdf(tmp_path / "bukti.pdf")
    info = attach_file(context.session_factory, context.files_dir, meeting, source)
    entry = create_backup(context.engine, context.data_dir).entry
    (item,) = entry.manifest.files
    blob = blob_path(entry.path.parent, item.sha256)
    assert SECRET_TEXT not in blob.read_bytes() and file_cipher.is_sealed(blob)
    stored_file_path(context.files_dir, info.stored_path).unlink()
    key = engine_key(context.engine)
    result = restore_backup(context.engine, context.data_dir, entry.path)
    assert result.files_restored == 1
    reopened = open_context(context.data_dir, secret=PASSPHRASE)
    try:
        assert engine_key(reopened.engine) == key
        restored = list_attachments(reopened.session_factory, meeting)[0]
        assert attachment_file(reopened.files_dir, restored).read_bytes() == source.read_bytes()
        assert SECRET_TEXT not in stored_file_path(reopened.files_dir, info.stored_path).read_bytes()
    finally:
        reopened.dispose()


def test_restoring_a_plain_backup_opens_the_files_the_backup_did_not_have(
    office_context: AppContext, tmp_path: Path
) -> None:
    """A plain backup restored over an encrypted office: the newer sealed files are opened with the current key, so
    the plain database that comes back can still show them."""
    data_dir = office_context.data_dir
    plain_backup = create_backup(office_context.engine, data_dir, target=tmp_path / "usb").entry
    encrypt_database(office_context.engine, data_dir, PASSPHRASE)
    context = open_context(data_dir, secret=PASSPHRASE)
    source = _pdf(tmp_path / "baru.pdf")
    info = attach_file(context.session_factory, context.files_dir, _meeting(context), source)
    stored = stored_file_path(context.files_dir, info.stored_path)
    assert file_cipher.is_sealed(stored)
    restore_backup(context.engine, data_dir, plain_backup.path)
    assert not file_cipher.is_sealed(stored) and stored.read_bytes() == source.read_bytes()
    assert file_cipher.registered_key(context.files_dir) is None


def test_a_plain_file_left_by_an_interruption_is_sealed_when_the_database_opens(
    encrypted_office: AppContext, tmp_path: Path
) -> None:
    """A db encrypt killed after the database swap leaves some files plain: the next open seals them."""
    context = encrypted_office
    info = attach_file(context.session_factory, context.files_dir, _meeting(context), _pdf(tmp_path / "a.pdf"))
    stored = stored_file_path(context.files_dir, info.stored_path)
    key = file_cipher.registered_key(context.files_dir)
    assert key is not None
    file_cipher.unseal_file(stored, key)  # as if the conversion had not reached it
    assert SECRET_TEXT in stored.read_bytes()
    reopened = open_context(context.data_dir, secret=PASSPHRASE)
    try:
        assert file_cipher.is_sealed(stored) and SECRET_TEXT not in stored.read_bytes()
        assert stored_file_problem(reopened.files_dir, info.stored_path, info.sha256, "a") is None
    finally:
        reopened.dispose()
