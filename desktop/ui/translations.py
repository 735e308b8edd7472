"""Qt's own texts in Indonesian: the standard buttons, dialogs and menus of Qt's widgets.

Our own texts go through :mod:`desktop.domain.i18n` (``.po`` catalogues); this module only installs Qt's
translator for its standard widgets when the interface speaks Indonesian. ``resources/translations/qtbase_id.ts``
is compiled to ``.qm`` (not committed) with the ``lrelease`` that ships inside PySide6, into a cache folder, the
first time it is needed or when the ``.ts`` changed; a frozen build ships the compiled ``.qm`` beside the ``.ts``.

PySide6 ships no ``qtbase_id.qm`` (its ``Qt/translations`` has ``qtbase_de``, ``qtbase_ja``, ... but no
Indonesian), so ``qtbase_id.ts`` is ours: the standard buttons, the wizard, the edit menus, Qt's own file dialog
(``QFileDialog``, ``QFileSystemModel``: the dialog Linux gets without a desktop platform theme), the print
dialog's general, page-setup and output tabs (``QPrintDialog``, ``QPrintWidget``, ``QPrintSettingsOutput``,
``QPageSetupWidget``, ``QPrintPropertiesWidget``) and the print preview's toolbar. Still English: the CUPS job
options tab of the print dialog (``QCupsJobWidget``: job priority, banner pages, scheduling), paper-size names
(``QPageSize``: "Letter", "Legal", ...; A4/F4 read the same), the print dialog's page-range syntax message and the
"Pages per sheet" layouts. Native dialogs (Windows, or Linux with a GTK/KDE platform theme) follow the operating
system's language instead. Our own titles, buttons and messages never depend on this: they carry text of their
own, in the interface language. With English, Qt's texts stay Qt's English source.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.paths import resource_path

log = logging.getLogger(__name__)


def _lrelease() -> str | None:
    import PySide6

    candidates = [Path(PySide6.__file__).parent / name for name in ("lrelease", "lrelease.exe")]
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def compiled_translation(ts_file: Path, cache_dir: Path) -> Path | None:
    """Returns the ``.qm`` for a ``.ts`` file, compiling it into ``cache_dir`` when needed.

    Args:
        ts_file: the Linguist source.
        cache_dir: where compiled files are kept.

    Returns:
        The ``.qm`` path, or None when no compiler is available and none was shipped.
    """
    shipped = ts_file.with_suffix(".qm")
    if shipped.exists():
        return shipped
    digest = hashlib.sha256(ts_file.read_bytes()).hexdigest()[:16]
    target = cache_dir / f"{ts_file.stem}-{digest}.qm"
    if target.exists():
        return target
    tool = _lrelease()
    if tool is None:
        log.warning("no lrelease found; %s stays untranslated", ts_file.name)
        return None
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    result = subprocess.run(
        [tool, "-silent", str(ts_file), "-qm", str(partial)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not partial.exists():
        log.warning("lrelease failed for %s: %s", ts_file.name, result.stderr.strip())
        return None
    partial.replace(target)
    return target


def install_translations(app: QCoreApplication, cache_dir: Path, language: str = "id") -> list[QTranslator]:
    """Installs Qt's translator for its standard texts (OK, Batal, Berikutnya, ...) when ``language`` is Indonesian.

    Args:
        app: the application.
        cache_dir: cache folder for compiled files.
        language: ISO 639-1 code of the interface language.

    Returns:
        The installed translators (keep them alive); none for English, whose Qt texts are Qt's own source.
    """
    # Numbers keep the Indonesian form in every interface language (decimal comma, day-month-year, as in the
    # reports): English is the English of Indonesia (en_ID), whose month names are English.
    spoken = QLocale.Language.English if language == "en" else QLocale.Language.Indonesian
    QLocale.setDefault(QLocale(spoken, QLocale.Country.Indonesia))
    if language != "id":
        return []
    installed: list[QTranslator] = []
    ts_file = resource_path("translations", "qtbase_id.ts")
    if not ts_file.exists():
        return installed
    qm = compiled_translation(ts_file, cache_dir)
    translator = QTranslator(app)
    if qm is not None and translator.load(str(qm)):
        app.installTranslator(translator)
        installed.append(translator)
    return installed
