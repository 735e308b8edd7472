"""Tests of the generic spreadsheet import machinery."""
