"""The one base class for errors the user is told about in words (a dialog in the GUI, one
line on stderr in the CLI). Anything else is a bug and is reported as one."""


class UserError(Exception):
    """Something the user can act on; nothing was changed or half-saved."""
