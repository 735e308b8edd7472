"""Aksi Konvergensi: framework files, yearly progress with outputs and evidence, checklists, prevalence and
deadlines. No Qt here."""
