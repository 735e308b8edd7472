"""Fonts embedded in printed documents (DejaVu Sans Condensed; free licence in DejaVu-LICENSE.txt)."""
