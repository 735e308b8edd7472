"""Developer tools run by CI (not installed with the application)."""
