"""Help for work over thousands of rows at once (a big register, a big import)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off Python's cycle collector while thousands of rows are made.

    Each row is a few small containers that reference counting frees anyway; without this
    the collector walks the whole heap (SQLAlchemy, Qt...) again and again for nothing,
    which at 5,000 rows costs as much as the work itself. It is process-wide, so it is
    restored as soon as the rows are made.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
