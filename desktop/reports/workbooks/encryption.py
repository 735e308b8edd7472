"""A password to open a workbook: Office "Agile" encryption (AES) through msoffcrypto-tool.

openpyxl cannot encrypt; the plain workbook is written to a temporary file first, then encrypted into the target
stream. Excel and LibreOffice ask for the password on opening.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from msoffcrypto.format.ooxml import OOXMLFile


def encrypt_xlsx(plain: Path, stream: IO[bytes], password: str) -> None:
    """Encrypts the xlsx file ``plain`` with ``password`` into ``stream``.

    Raises:
        ValueError: an empty password.
    """
    if not password:
        raise ValueError("empty password")  # the caller checks first: reaching this is a bug
    with plain.open("rb") as source:
        OOXMLFile(source).encrypt(password, stream)


def decrypt_xlsx(encrypted: IO[bytes], stream: IO[bytes], password: str) -> None:
    """Decrypts an encrypted workbook into ``stream`` (used by tests and by re-imports).

    Raises:
        msoffcrypto.exceptions.InvalidKeyError: wrong password.
    """
    office_file = OOXMLFile(encrypted)
    office_file.load_key(password=password)
    office_file.decrypt(stream)
