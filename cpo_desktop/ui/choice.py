"""One entry of a dialog's list (a reporting officer, a seat, a priority, an indicator): its id,
what the list shows, and whether it is retired (shown only where it is already chosen)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    former: bool = False
