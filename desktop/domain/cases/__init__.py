"""Vocabulary of the cases module (see :mod:`desktop.domain`)."""
