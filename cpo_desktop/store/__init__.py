"""The SQLite store: engine and sessions, Alembic migrations, backup/restore, integrity check."""

from cpo_desktop.store.errors import (  # noqa: F401
    BackupError,
    DamagedDatabaseError,
    DatabaseLockedError,
    NewerSchemaError,
    NotCpoDatabaseError,
    StoreError,
)
