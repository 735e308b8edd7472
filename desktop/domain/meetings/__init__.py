"""Vocabulary of the meetings module (see :mod:`desktop.domain`)."""
