"""The board's agenda template (standing items in their opening, standing and closing blocks)
and how an agenda is laid out from it: the template's items, then for a board meeting the
reports due under the work programme and the meeting's theme.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, func, select

from cpo_desktop.errors import UserError
from cpo_desktop.model import enums
from cpo_desktop.model.tables import (
    AgendaItem,
    Meeting,
    ReportingOfficer,
    ReportRule,
    Seat,
    StandingItem,
)
from cpo_desktop.services import numbering, work_programme, working_groups
from cpo_desktop.store.db import Store


class TemplateError(UserError, ValueError):
    """A change to the template refused, with the reason. Nothing was saved."""


# --- laying out an agenda -------------------------------------------------------------------------

def resolve_role(session: Session, role: str | None, day: dt.date) -> tuple[int | None, int | None, str | None]:
    """A presenter given as a role in words: the seat whose title starts with it, or the reporting
    officer with that role (and their named person), else the words themselves."""
    if not role:
        return None, None, None
    key = role.strip().casefold()
    seats = [s for s in session.exec(select(Seat).where(Seat.former == False))  # noqa: E712
             if s.title.casefold().startswith(key)]
    if len(seats) == 1:
        return None, seats[0].id, None
    officer = session.exec(select(ReportingOfficer).where(func.lower(ReportingOfficer.role) == key)).first()
    if officer is not None and officer.person_id:
        return officer.person_id, None, officer.role
    return None, None, role.strip()


def expand_template(session: Session, m: Meeting) -> int:
    """Lay out ``m``'s agenda from the template (and, for a board meeting, the reports due and
    its theme); returns the number of items made."""
    made = template_items(session, m)
    for item in made:
        session.add(item)
    return len(made)


def template_items(session: Session, m: Meeting) -> list[AgendaItem]:
    """The items ``m``'s agenda is laid out with, in their order, not yet added to the session
    (also what brings back a standing item when the deferred item that took its place is
    withdrawn: ``services.resolutions``)."""
    template = session.exec(select(StandingItem).where(StandingItem.active == True)  # noqa: E712
                            .order_by(StandingItem.sort_order)).all()
    board = m.kind == enums.MeetingKind.BOARD
    made: list[AgendaItem] = []

    def add(**values) -> None:
        made.append(AgendaItem(meeting_id=m.id, position=len(made) + 1, **values))

    def from_template(section: str) -> None:
        for s in template:
            if s.section != section:
                continue
            person, seat, role = resolve_role(session, s.presenter_role, m.date)
            add(title=s.title, section=section, purpose=s.purpose, duration_minutes=s.duration_minutes,
                presenter_person_id=person, presenter_seat_id=seat, presenter_role=role,
                standing_item_id=s.id, paper_expected=s.paper_expected)

    def from_rule(rule: ReportRule, section: str) -> None:
        person = seat = None
        role = rule.presenter_role
        if rule.reporting_officer_id:
            officer = session.get(ReportingOfficer, rule.reporting_officer_id)
            person, role = officer.person_id, officer.role
        elif rule.seat_id:
            seat = rule.seat_id
        elif role:
            person, seat, role = resolve_role(session, role, m.date)
        add(title=rule.title, section=section, purpose=rule.purpose, duration_minutes=rule.duration_minutes,
            presenter_person_id=person, presenter_seat_id=seat, presenter_role=role, report_rule_id=rule.id,
            paper_expected=True)

    from_template(enums.AgendaSection.OPENING)
    if board:
        from_template(enums.AgendaSection.STANDING)
        due = work_programme.rules_due_at(session, m)
        for rule in due:
            if rule.priority_id is None or rule.priority_id != m.priority_id:
                from_rule(rule, "report")
        # Only a priority with a working group (not retired) has a group to report: its chair,
        # linked to a person, seat or reporting officer, presents (and is chased for) the report.
        group = working_groups.reports_at(session, m)
        if group is not None:
            person, seat, role = working_groups.report_presenter(session, group)
            add(title=f"Theme: {group.title} – working group report", section="theme", purpose="discussion",
                duration_minutes=10, presenter_person_id=person, presenter_seat_id=seat, presenter_role=role,
                paper_expected=True)
        if m.priority_id:
            for rule in due:
                if rule.priority_id == m.priority_id:
                    from_rule(rule, "theme")
    from_template(enums.AgendaSection.CLOSING)
    return made


def ensure_agenda(session: Session, m: Meeting) -> None:
    """Give ``m`` an agenda from the template if it has none yet."""
    if not numbering.agenda_items(session, m.id):
        expand_template(session, m)
        session.flush()


# --- editing the template -------------------------------------------------------------------------

@dataclass
class TemplateItem:
    """One item of the board's agenda template (a StandingItem), as the user edits it."""

    id: int | None
    title: str
    section: str  # opening, standing or closing
    purpose: str = enums.Purpose.INFORMATION.value
    presenter_role: str | None = None
    duration_minutes: int = 10
    paper_expected: bool = False
    active: bool = True

    def problems(self) -> list[str]:
        problems = []
        if not self.title.strip():
            problems.append("every template item needs a title")
        if self.section not in {s.value for s in enums.AgendaSection}:
            problems.append(f"“{self.section}” is not a template section (opening, standing, closing)")
        if self.purpose not in {p.value for p in enums.Purpose}:
            problems.append(f"“{self.purpose}” is not a purpose (decision, discussion, information)")
        if not 0 <= self.duration_minutes <= 300:
            problems.append("an item lasts from 0 to 300 minutes")
        return problems


def list_template(store: Store) -> list[TemplateItem]:
    """The template in its order: opening block, standing items, closing block."""
    order = {s.value: n for n, s in enumerate(enums.AgendaSection)}
    with store.session() as session:
        rows = session.exec(select(StandingItem).order_by(StandingItem.sort_order, StandingItem.id)).all()
        return sorted((TemplateItem(r.id, r.title, r.section, r.purpose, r.presenter_role, r.duration_minutes,
                                    r.paper_expected, r.active) for r in rows), key=lambda t: order[t.section])


def save_template(store: Store, items: list[TemplateItem]) -> None:
    """Replace the template with ``items`` (in that order), in one transaction. Items left out
    are made inactive, not deleted: agendas already built still point at them."""
    problems = [f"row {n}: {p}" for n, item in enumerate(items, start=1) for p in item.problems()]
    if problems:
        raise TemplateError("The template was not saved: " + "; ".join(problems) + ".")
    with store.session() as session:
        from cpo_desktop.model.tables import Board

        board = session.exec(select(Board)).one()
        existing = {s.id: s for s in session.exec(select(StandingItem))}
        kept = set()
        for n, item in enumerate(items, start=1):
            row = existing.get(item.id) if item.id is not None else None
            if item.id is not None and row is None:
                raise TemplateError(f"Template item {item.id} no longer exists. Nothing was saved.")
            if row is None:
                row = StandingItem(board_id=board.id, title="", section=item.section)
                session.add(row)
            row.title, row.section, row.purpose = item.title.strip(), item.section, item.purpose
            row.presenter_role = (item.presenter_role or "").strip() or None
            row.duration_minutes, row.paper_expected, row.active = item.duration_minutes, item.paper_expected, item.active
            row.sort_order = n
            if row.id is not None:
                kept.add(row.id)
        for row_id, row in existing.items():
            if row_id not in kept:
                row.active = False
