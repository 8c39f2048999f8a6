"""Writing the user's files: always to a temporary name beside the target, then renamed, so
no half-written export ever exists under its final name."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def atomic_write_bytes(target: Path, data: bytes) -> Path:
    target = Path(target).absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target
