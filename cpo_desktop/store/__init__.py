"""The SQLite store: engine and sessions, Alembic migrations, backup/restore, integrity check
(errors in ``store.errors``)."""
