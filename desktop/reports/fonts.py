"""The document font: DejaVu Sans Condensed, shipped under ``resources/fonts`` so PDFs look the same everywhere.

The built-in PDF fonts cover only Latin-1; names and notes typed by users may hold any character, so a full
Unicode TrueType font is embedded (subset) instead. Registered once per process, on first use.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resource_path

FONT = "KonvSans"
FONT_BOLD = "KonvSans-Bold"
FONT_ITALIC = "KonvSans-Italic"
FONT_BOLD_ITALIC = "KonvSans-BoldItalic"

_FILES = {
    FONT: "DejaVuSansCondensed.ttf",
    FONT_BOLD: "DejaVuSansCondensed-Bold.ttf",
    FONT_ITALIC: "DejaVuSansCondensed-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSansCondensed-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Registers the document font family with reportlab (idempotent, thread-safe).

    Returns:
        The regular font name; ``<b>``/``<i>`` in paragraphs map to the bold and italic faces.
    """
    global _registered
    with _lock:
        if not _registered:
            for name, file_name in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
            addMapping(FONT, 0, 0, FONT)
            addMapping(FONT, 1, 0, FONT_BOLD)
            addMapping(FONT, 0, 1, FONT_ITALIC)
            addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
            _registered = True
    return FONT
