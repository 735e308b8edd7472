"""Vocabulary of the reports module (see :mod:`desktop.domain`)."""
