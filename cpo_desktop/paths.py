"""Where CPO Desktop keeps its data, backups and exports.

The data folder is the platform's user data folder (platformdirs) unless moved by
``--data-dir`` (passed in as ``override``) or the ``CPO_DATA_DIR`` environment variable,
in that order of precedence.  Nothing is written beside the executable.
"""

from __future__ import annotations

import functools
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from cpo_desktop import APP_NAME
from cpo_desktop.errors import UserError

DB_NAME = "cpo-desktop.sqlite3"
ENV_DATA_DIR = "CPO_DATA_DIR"


class DataFolderError(UserError):
    """The data folder cannot be created or written."""


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def documents(self) -> Path:
        """Papers and partner minutes, stored under their content hash."""
        return self.root / "documents"

    @property
    def ui_settings(self) -> Path:
        return self.root / "window.ini"

    @property
    def tmp(self) -> Path:
        """Scratch space for work in progress (conversions, staging): inside the data folder,
        never the system's temporary folder, and emptied when the store next opens."""
        return self.root / "tmp"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve(override: str | os.PathLike[str] | None = None) -> DataPaths:
    """Work out the data folder without creating anything."""
    if override:
        root = Path(override)
    elif os.environ.get(ENV_DATA_DIR):
        root = Path(os.environ[ENV_DATA_DIR])
    else:
        root = default_data_dir()
    return DataPaths(root.expanduser().absolute())


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) and make it owner-only (0700)."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        if sys.platform != "win32":
            os.chmod(path, stat.S_IRWXU)
    except OSError as exc:
        raise DataFolderError(
            f"Cannot use the data folder {path}: {exc.strerror or exc}. "
            "Choose another with --data-dir or CPO_DATA_DIR."
        ) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataFolderError(
            f"The data folder {path} is not writable. Choose another with --data-dir or CPO_DATA_DIR."
        )


def make_private_file(path: Path) -> None:
    """Make an existing file owner-only (0600); a no-op on Windows, where ACLs apply."""
    if sys.platform != "win32" and path.exists():
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


@functools.cache
def resources_dir() -> Path:
    """The shipped resources: icons, seed data, fonts, default texts."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("CPO Desktop's resources folder is missing; reinstall the application.")
