"""Tests of the Verval KRS page."""
