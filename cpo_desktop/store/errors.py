"""Errors the store raises, each with a message written for the Corporate Parenting Officer."""

from pathlib import Path

from cpo_desktop.errors import UserError


class StoreError(UserError):
    """Something about the data store that the user must be told; nothing was changed."""


class NotCpoDatabaseError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class DatabaseLockedError(StoreError):
    pass


class DamagedDatabaseError(StoreError):
    """SQLite found the database damaged. ``good_backup`` is the newest backup that is whole (None
    if there is none), for the window to offer and the CLI to name."""

    def __init__(self, message: str, good_backup: Path | None = None, *, cli: str | None = None,
                 window: str | None = None, cli_form: str | None = None) -> None:
        super().__init__(message, cli=cli, window=window, cli_form=cli_form)
        self.good_backup = good_backup


class BackupError(StoreError):
    pass
