"""Persistence: declarative models, engine and session factories, repositories and Alembic migrations.

Nothing here imports Qt, and nothing builds an engine or a session at import time: callers use the factories in
:mod:`db.engine` and pass the session factory down.
"""
