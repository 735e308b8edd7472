"""Verified backups of the database and the stored files, their rotation, and restore (issue #16)."""
