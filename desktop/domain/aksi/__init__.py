"""Vocabulary of the aksi module (see :mod:`desktop.domain`)."""
