"""Aksi Konvergensi framework files (JSON, one per framework version) and national reference figures."""
