"""Signing in and the user accounts of a shared office."""
