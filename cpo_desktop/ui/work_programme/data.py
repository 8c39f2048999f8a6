"""What the work programme view reads for a municipal year, in one go off the UI thread, and the
words for report rules' months."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cpo_desktop.model import agenda_rules, enums
from cpo_desktop.wording import and_list
from cpo_desktop.ui.choice import Choice

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
FREQUENCIES = list(enums.ReportFrequency)

@dataclass(frozen=True)
class WorkProgrammeData:
    """Everything the view shows for one municipal year, read in one go off the UI thread."""

    year: int
    grid: Any  # services.work_programme.Grid
    coverage: Any  # services.work_programme.Coverage
    rules: list  # services.work_programme.RuleRow
    officers: list[Choice]
    seats: list[Choice]
    priorities: list[Choice]


def read(store, year: int) -> WorkProgrammeData:
    """Runs on the task runner's thread."""
    from sqlmodel import select

    from cpo_desktop.model.tables import Priority, Seat
    from cpo_desktop.services import officers
    from cpo_desktop.services import work_programme as wp

    with store.session() as session:
        seats = [Choice(s.id, s.title, s.former)
                 for s in session.exec(select(Seat).order_by(Seat.sort_order, Seat.id))]
        priorities = [Choice(p.id, p.title, p.former)
                      for p in session.exec(select(Priority).order_by(Priority.sort_order, Priority.id))]
    people = [Choice(o.id, o.role + (f" — {o.person}" if o.person else ""), o.former)
              for o in officers.list_officers(store)]
    return WorkProgrammeData(year=year, grid=wp.grid(store, year), coverage=wp.coverage(store, year),
                             rules=wp.list_rules(store), officers=people, seats=seats, priorities=priorities)


def month_names(months: Sequence[int], short: bool = False) -> str:
    """'May, June and July' (or 'May, Jun, Jul' with ``short``)."""
    names = [MONTHS[m - 1][:3] if short else MONTHS[m - 1] for m in months]
    return ", ".join(names) if short else and_list(names)


def months_of(text: str) -> list[int]:
    """A rule's preferred months as numbers; none when the text cannot be read."""
    try:
        return agenda_rules.parse_months(text)
    except ValueError:
        return []
