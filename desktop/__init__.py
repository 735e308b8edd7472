"""Konvergensi: the desktop application of the TPPS secretariat."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("konvergensi")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Konvergensi"
