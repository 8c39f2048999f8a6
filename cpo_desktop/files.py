"""Writing the user's files: always to a temporary name beside the target, then renamed, so
no half-written export ever exists under its final name; owner-only (0600 files, 0700 folders
made) whatever the umask, since a pack or an export can hold a child's details."""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

PRIVATE_FILE = stat.S_IRUSR | stat.S_IWUSR  # 0600
PRIVATE_DIR = stat.S_IRWXU  # 0700

# A part file (".name.<token>.part", with SQLite's "-journal" beside a backup being written), an
# exchange package being staged (".name.staging-<token>") or swapped out (".name.old-<token>").
_PART = re.compile(r"^\..+\.part(-journal|-wal|-shm)?$")
_STAGING = re.compile(r"^\.(?P<name>.+)\.staging-[0-9a-f]+$")
_OLD = re.compile(r"^\.(?P<name>.+)\.old-[0-9a-f]+$")

_journal: Path | None = None  # the in-flight journal of the data folder this process works on


def use_journal(folder: Path | None) -> None:
    """Note files being written in ``folder`` (a data folder's ``tmp/in-flight``) from now on: the
    store sets it when it opens, so a ``.part`` left beside an export outside the data folder by a
    killed run is found and removed at the next start."""
    global _journal
    _journal = Path(folder) if folder is not None else None


@contextlib.contextmanager
def in_flight(*paths: Path, swap: dict[str, str] | None = None) -> Iterator[None]:
    """While the block runs, the journal names ``paths`` (temporary files or folders to remove if
    the process dies) and, for a package being swapped into place, its three folders."""
    entry = None
    if _journal is not None:
        try:
            make_folders(_journal)
            entry = _journal / f"{os.getpid()}-{secrets.token_hex(6)}.json"
            fd = os.open(entry, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"paths": [str(p) for p in paths], "swap": swap}, fh)
        except OSError:
            entry = None  # the journal only helps tidy up: never a reason to refuse a write
    try:
        yield
    finally:
        if entry is not None:
            with contextlib.suppress(OSError):
                entry.unlink()


def make_folders(folder: Path) -> None:
    """Create ``folder`` and any missing parents owner-only (0700); folders that exist are left
    as they are (an export into the user's Documents does not change Documents)."""
    folder = Path(folder)
    missing = []
    for f in (folder, *folder.parents):
        if f.is_dir():
            break
        missing.append(f)
    for f in reversed(missing):
        with contextlib.suppress(FileExistsError):
            f.mkdir(mode=PRIVATE_DIR)  # umask can only take bits away from 0700


def part_name(target: Path) -> Path:
    """A temporary name for a file being written before it is renamed to ``target``: hidden, beside
    it (so the rename is atomic), unique (so two writers of one target never share one)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def create_private(path: Path) -> None:
    """Create ``path`` as a new empty 0600 file; never follows a link or reuses a file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    os.close(os.open(path, flags, PRIVATE_FILE))


def _make_private(fh) -> None:
    if sys.platform != "win32":
        os.fchmod(fh.fileno(), PRIVATE_FILE)  # a writer that replaced the file made it with the umask


def atomic_write(target: Path, write: Callable[[Path], object]) -> Path:
    """Call ``write(temporary_path)``, then rename the temporary file to ``target``.

    The temporary file is made 0600 before ``write`` sees it (and made 0600 again after, in case
    ``write`` replaced it). On any failure (or cancel) it is removed and ``target`` is untouched.
    """
    target = Path(target).absolute()
    make_folders(target.parent)
    tmp = part_name(target)
    with in_flight(tmp):
        try:
            create_private(tmp)
            write(tmp)
            with open(tmp, "rb+") as fh:
                _make_private(fh)
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
    return target


def atomic_write_bytes(target: Path, data: bytes) -> Path:
    return atomic_write(target, lambda tmp: tmp.write_bytes(data))


@contextlib.contextmanager
def scratch_dir(tmp_root: Path, prefix: str = "work-") -> Iterator[Path]:
    """A private (0700) folder for work in progress under ``tmp_root`` (a data folder's ``tmp``),
    removed when the block ends (or, if the process is killed, at the next start). Nothing the app
    handles goes to the system's temporary folder."""
    tmp_root = Path(tmp_root)
    make_folders(tmp_root)
    with contextlib.suppress(OSError):
        os.chmod(tmp_root, PRIVATE_DIR)
    work = Path(tempfile.mkdtemp(prefix=prefix, dir=tmp_root))  # mkdtemp makes it 0700
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --- leftovers of a run that was killed ------------------------------------------------------------

def _remove(path: Path) -> bool:
    try:
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.is_dir():
            shutil.rmtree(path)
        else:
            return False
    except OSError:
        return False
    return True


def settle_package(old: Path) -> None:
    """A package folder swapped out (``.name.old-<token>``) by a run killed before it could put
    the new one in place: put it back if its place is empty, otherwise it is stale and goes."""
    m = _OLD.match(old.name)
    if m is None or not old.is_dir():
        return
    final = old.with_name(m["name"])
    if not final.exists():
        with contextlib.suppress(OSError):
            os.rename(old, final)
            return
    _remove(old)


def is_leftover(path: Path) -> bool:
    """A name only this app gives to work in progress."""
    return bool(_PART.match(path.name) or _STAGING.match(path.name) or _OLD.match(path.name))


def remove_leftovers(root: Path, tmp: Path, journal: Path) -> list[Path]:
    """What runs killed part-way left behind, removed: the journal's part files and package folders
    (inside the data folder or out), everything in ``tmp``, and part files and staging folders
    anywhere under ``root``. Call only when no other process works on this data folder."""
    removed: list[Path] = []
    swaps, plain = [], []
    if journal.is_dir():
        for entry in journal.iterdir():
            try:
                data = json.loads(entry.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            if isinstance(data, dict):
                plain += [Path(p) for p in data.get("paths") or [] if isinstance(p, str)]
                if isinstance(data.get("swap"), dict):
                    swaps.append(data["swap"])
    for swap in swaps:  # first put back a package swapped out, so a staging folder is never the only copy
        old = swap.get("old")
        if old:
            settle_package(Path(old))
    for path in plain:
        if is_leftover(path) and _remove(path):
            removed.append(path)
    for swap in swaps:
        for key in ("staging", "old"):
            if swap.get(key) and is_leftover(Path(swap[key])) and _remove(Path(swap[key])):
                removed.append(Path(swap[key]))
    if tmp.is_dir():
        for child in tmp.iterdir():
            if _remove(child):
                removed.append(child)
    for folder, dirs, names in os.walk(root):
        here = Path(folder)
        if here == tmp:
            dirs[:] = []
            continue
        for d in list(dirs):
            path = here / d
            if _OLD.match(d):
                settle_package(path)
                if not path.exists():
                    dirs.remove(d)
                    removed.append(path)
            elif _STAGING.match(d):
                dirs.remove(d)
                if _remove(path):
                    removed.append(path)
        for name in names:
            if _PART.match(name) and _remove(here / name):
                removed.append(here / name)
    return removed


def make_private_tree(root: Path) -> None:
    """Every folder under ``root`` 0700 and every file 0600: data folders from versions that
    followed the umask (papers at 0644) are tightened at the next start."""
    if sys.platform == "win32":
        return
    for folder, _dirs, names in os.walk(root):
        for path, want in ((folder, PRIVATE_DIR), *((os.path.join(folder, n), PRIVATE_FILE) for n in names)):
            with contextlib.suppress(OSError):
                st = os.lstat(path)
                if not stat.S_ISLNK(st.st_mode) and stat.S_IMODE(st.st_mode) != want:
                    os.chmod(path, want)
