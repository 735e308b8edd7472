"""Kasus stunting page: case list, detail, re-measurement, status, recap, z-score calculator, import, print."""
