"""Checklist templates as data: 3 standar dan 4 PASTI, Intervensi Serentak."""
