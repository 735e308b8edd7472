"""Tests of the Verval KRS services."""
