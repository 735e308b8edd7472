"""``python -m desktop`` and the ``konvergensi`` command: the GUI by default, sub-commands for admin work."""

from __future__ import annotations

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
