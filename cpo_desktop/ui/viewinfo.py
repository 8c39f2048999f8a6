"""The main window's views by name, without importing their widgets (cheap at start-up).

Each view says which kinds of data it shows (``services.undo`` kinds): a change that touches one
of them marks the view to be read again when it is next shown. The Minutes & actions, Partner
exchange and Packs views draw on every other view's data and are read on every visit.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ViewInfo:
    name: str  # the --view name
    title: str
    icon: str
    shows: frozenset[str] = field(default_factory=frozenset)  # kinds of data (services.undo)
    menu: str = ""  # the title of the view's own menu, if it has one (filled when the view is built)


VIEWS = (
    ViewInfo("members", "Members", "members", frozenset({"people", "seats", "training"})),
    ViewInfo("seats", "Seats", "seats", frozenset({"people", "seats"})),
    ViewInfo("officers", "Reporting officers", "officers", frozenset({"officers"})),
    ViewInfo("meetings", "Meetings", "meetings", frozenset({"meetings"})),
    ViewInfo("agenda", "Agenda", "agenda",
             frozenset({"agenda", "meetings", "officers", "people", "exchange", "minutes", "settings"}), "&Agenda"),
    ViewInfo("work-programme", "Work programme", "work_programme",
             frozenset({"programme", "agenda", "meetings", "minutes"})),
    ViewInfo("minutes", "Minutes & actions", "minutes"),
    ViewInfo("exchange", "Partner exchange", "exchange", menu="E&xchange"),
    ViewInfo("packs", "Packs", "packs", menu="&Packs"),
    ViewInfo("performance", "Performance", "performance", frozenset({"performance", "settings", "programme"}),
             "Pe&rformance"),
)


def info(name: str) -> ViewInfo:
    return next(i for i in VIEWS if i.name == name)


def shows(name: str) -> frozenset[str]:
    """The kinds of data the view ``name`` shows."""
    return info(name).shows
