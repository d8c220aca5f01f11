"""Which job store ``[worker] database`` names: SQLite (a path, or empty) or PostgreSQL (a URL).

Its own module, above both stores, so that neither store imports the other.
"""

from __future__ import annotations

from bot.jobs.store import JobStore, SqliteJobStore
from imitate.config import Config


def open_store(cfg: Config) -> JobStore:
    """The job store ``[worker] database`` names: PostgreSQL for a ``postgresql://`` URL, else SQLite.

    The store is not connected yet: ``await store.open()`` (bot, worker and CLI all call this)."""
    if cfg.uses_postgres:
        from bot.jobs.postgres import PostgresJobStore

        return PostgresJobStore(cfg.worker.database)
    return SqliteJobStore(cfg.database_path)
