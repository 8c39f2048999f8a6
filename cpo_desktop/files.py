"""Writing the user's files: always to a temporary name beside the target, then renamed, so
no half-written export ever exists under its final name."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


def part_name(target: Path) -> Path:
    """The temporary name a file is written under before it is renamed to ``target``."""
    return target.with_name(f".{target.name}.part")


def atomic_write(target: Path, write: Callable[[Path], object]) -> Path:
    """Call ``write(temporary_path)``, then rename the temporary file to ``target``.

    On any failure (or cancel) the temporary file is removed and ``target`` is untouched.
    """
    target = Path(target).absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = part_name(target)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
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
    removed when the block ends. Nothing the app handles goes to the system's temporary folder."""
    tmp_root = Path(tmp_root)
    tmp_root.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(tmp_root, 0o700)
    work = Path(tempfile.mkdtemp(prefix=prefix, dir=tmp_root))  # mkdtemp makes it 0700
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)
