"""Vocabulary of the krs module (see :mod:`desktop.domain`)."""
