"""The dashboard: the home page with deadlines, status, checklist completion and charts."""
