"""Standard output that never fails on a character: Windows writes redirected output in its ANSI code page.

On a Windows console Python writes Unicode; redirected to a file or a pipe (``konvergensi db upgrade > log.txt``)
it encodes with the ANSI code page (cp1252), which has no ``→`` and no letters of many names, and a ``print``
would stop the command half-way with UnicodeEncodeError. Redirected output is therefore written as UTF-8 (what
Notepad, PowerShell 7 and git read by default); a console or a UTF-8 locale is left as it is.
"""

from __future__ import annotations

import io
import sys


def use_utf8_when_redirected() -> None:
    """Switches redirected, non-UTF-8 ``sys.stdout``/``sys.stderr`` to UTF-8 (nothing else changes)."""
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper) or stream.encoding.lower().replace("-", "") == "utf8":
            continue
        try:
            redirected = not stream.isatty()
        except ValueError:  # closed
            continue
        if redirected:
            stream.reconfigure(encoding="utf-8")
