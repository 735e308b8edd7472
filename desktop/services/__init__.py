"""Use-cases in plain Python: they take plain data and a session factory and return plain data. No Qt here."""
