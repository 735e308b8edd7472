"""Verval KRS: importing family-at-risk lists, field verification, desa worksheets, progress (no Qt)."""
