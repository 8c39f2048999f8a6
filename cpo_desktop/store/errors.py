"""Errors the store raises, each with a message written for the Corporate Parenting Officer."""

from cpo_desktop.errors import UserError


class StoreError(UserError):
    """Something about the data store that the user must be told; nothing was changed."""


class NotCpoDatabaseError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class DatabaseLockedError(StoreError):
    pass


class BackupError(StoreError):
    pass
