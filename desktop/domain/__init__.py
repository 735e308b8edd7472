"""The bottom layer: the project's shared vocabulary, free of Qt and of the database.

Code lists with their Indonesian labels, the value types that cross layers (records handed to reports, import
summaries), the formatters (dates, identifiers, numbers), the :class:`~desktop.domain.errors.UserError` base, the
translation functions and the atomic file writer. Every other layer may import this package; it imports none of
them (``tests/test_layers.py``). See ``docs/architecture.md``.
"""
