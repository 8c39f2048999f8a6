"""The main window's views by name, without importing their widgets (cheap at start-up)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ViewInfo:
    name: str  # the --view name
    title: str
    icon: str


VIEWS = (
    ViewInfo("members", "Members", "members"),
    ViewInfo("seats", "Seats", "seats"),
    ViewInfo("officers", "Reporting officers", "officers"),
    ViewInfo("meetings", "Meetings", "meetings"),
    ViewInfo("agenda", "Agenda", "agenda"),
    ViewInfo("work-programme", "Work programme", "work_programme"),
    ViewInfo("minutes", "Minutes & actions", "minutes"),
    ViewInfo("exchange", "Partner exchange", "exchange"),
    ViewInfo("packs", "Packs", "packs"),
)
