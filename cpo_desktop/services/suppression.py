"""The board's small-number suppression threshold (issue 22, point 4): counts of 1 up to it, in
sensitive series, are shown as "c" in every public output (``model.suppression``). Kept as the
setting ``performance.suppression_threshold`` (``services.settings``); 5 unless the board
changes it, and never below 1 or above 20.

The command line (``cpo-desktop performance suppression [--threshold N]``) and the window call
these two functions; the services that build public tables pass ``threshold(store)`` to
``model.suppression.suppress``.
"""

from __future__ import annotations

from sqlmodel import Session

from cpo_desktop.model.suppression import DEFAULT_THRESHOLD
from cpo_desktop.services import settings
from cpo_desktop.store.db import Store

KEY = "performance.suppression_threshold"
LOWEST, HIGHEST = 1, 20

__all__ = ["DEFAULT_THRESHOLD", "HIGHEST", "KEY", "LOWEST", "set_threshold", "threshold"]


def threshold(store: Store | Session) -> int:
    """The board's threshold: DEFAULT_THRESHOLD (5) when never set."""
    return settings.value(store, KEY)


def set_threshold(store: Store | Session, n: int) -> bool:
    """Set the threshold to ``n`` (a whole number from 1 to 20); True when that changed what is
    stored (the threshold it already has writes nothing). A SettingsError (a UserError) says what
    is allowed, and nothing is saved, for anything else."""
    if isinstance(n, bool) or not isinstance(n, int) or not LOWEST <= n <= HIGHEST:
        raise settings.SettingsError(
            f"The suppression threshold must be a whole number from {LOWEST} to {HIGHEST} (counts from 1 up to it "
            f"are shown as “c” in public papers), not “{n}”. Nothing was saved.")
    return settings.put(store, KEY, n)
