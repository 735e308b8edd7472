"""Bundled resources: icons, translations, reference data and report assets (see :mod:`desktop.paths`)."""
