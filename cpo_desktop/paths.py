"""Where CPO Desktop keeps its data, backups and exports.

The data folder is the platform's user data folder (platformdirs) unless moved by
``--data-dir`` (passed in as ``override``) or the ``CPO_DATA_DIR`` environment variable,
in that order of precedence.  Nothing is written beside the executable.
"""

from __future__ import annotations

import contextlib
import functools
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from cpo_desktop import APP_NAME
from cpo_desktop.errors import UserError

DB_NAME = "cpo-desktop.sqlite3"
MARKER_NAME = ".cpo-desktop"  # made on first use: says "this is a data folder"; also the lock file
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
    def marker(self) -> Path:
        return self.root / MARKER_NAME

    @property
    def in_flight(self) -> Path:
        """The journal of files being written (``.part`` files, package folders being staged),
        one small entry each, so leftovers of a killed run are removed at the next start."""
        return self.tmp / "in-flight"

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
    """Create ``path`` (and any missing parents) owner-only (0700), whatever the umask, and make
    ``path`` itself 0700 if it already existed."""
    from cpo_desktop.files import make_folders

    try:
        make_folders(path)
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


def is_data_folder(root: Path) -> bool:
    """A folder CPO Desktop has used: it holds the database or the marker made on first use."""
    return (root / DB_NAME).exists() or (root / MARKER_NAME).is_file()


def claim_data_folder(data_paths: DataPaths) -> None:
    """Make ``data_paths.root`` the data folder: a missing or empty folder becomes one (0700, with
    the marker); an existing data folder is kept owner-only. Any other folder (a home folder, a
    project) is refused with nothing changed, not made 0700 or filled with our files."""
    root = data_paths.root
    if root.exists() and not root.is_dir():
        raise DataFolderError(f"Cannot use the data folder {root}: it is a file, not a folder. "
                              "Choose another with --data-dir or CPO_DATA_DIR.")
    if root.is_dir() and not is_data_folder(root):
        try:
            holds_something = next(root.iterdir(), None) is not None
        except OSError as exc:
            raise DataFolderError(f"Cannot use the data folder {root}: {exc.strerror or exc}. "
                                  "Choose another with --data-dir or CPO_DATA_DIR.") from exc
        if holds_something:
            raise DataFolderError(
                f"{root} already holds other files and is not a CPO Desktop data folder; nothing was changed. "
                "Choose a new or empty folder with --data-dir or CPO_DATA_DIR.")
    make_private_dir(root)
    marker = data_paths.marker
    if not marker.exists():
        try:
            fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return  # another process made it just now
        except OSError as exc:
            raise DataFolderError(f"Cannot use the data folder {root}: {exc.strerror or exc}. "
                                  "Choose another with --data-dir or CPO_DATA_DIR.") from exc
        with os.fdopen(fd, "w") as fh:
            fh.write(f"{APP_NAME} data folder: do not put other files here.\n")


def make_private_file(path: Path) -> None:
    """Make an existing file owner-only (0600); a no-op on Windows, where ACLs apply."""
    if sys.platform != "win32" and path.exists():
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def create_private_file(path: Path) -> None:
    """Make ``path`` an empty owner-only (0600) file if it does not exist yet, so that what
    writes into it later (SQLite, Qt) finds it private from the first byte."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


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
