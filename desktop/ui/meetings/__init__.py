"""Rapat page (series, meeting editor, printing) and the RTL overview page."""
