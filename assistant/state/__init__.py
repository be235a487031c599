"""Relational state: one SQLAlchemy layer, Alembic migrations, SQLite or PostgreSQL."""

from assistant.state.db import Database
from assistant.state.tables import Base

__all__ = ["Base", "Database"]
