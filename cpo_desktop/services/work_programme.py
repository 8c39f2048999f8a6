"""The work programme: the rules for recurring reports, which meetings each is due at, the
year grid (meetings × items) and the coverage check.

What is *due* is worked out from the rules each time (so editing a rule or moving a meeting
re-plans the year); what is *scheduled* is what is on the agendas; neither is copied into the
other, so they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from sqlmodel import Session, select

from cpo_desktop import dates, wording
from cpo_desktop.errors import UserError, sentence
from cpo_desktop.model import agenda_rules, enums
from cpo_desktop.model.rules import municipal_year_label
from cpo_desktop.model.tables import (
    AgendaItem,
    Board,
    Meeting,
    Paper,
    Priority,
    ReportingOfficer,
    ReportRule,
    Seat,
    StandingItem,
)
from cpo_desktop.store.db import Store
from cpo_desktop.wording import agenda_name, aside


class WorkProgrammeError(UserError, ValueError):
    """A rule refused, with the reason; nothing was saved."""


# --- rules ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RuleRow:
    id: int
    title: str
    presenter: str
    reporting_officer_id: int | None
    seat_id: int | None
    presenter_role: str | None
    frequency: str
    frequency_label: str
    preferred_months: str
    theme: str
    priority_id: int | None
    purpose: str
    duration_minutes: int
    active: bool
    notes: str | None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class RuleInput:
    title: str
    frequency: str = enums.ReportFrequency.ANNUAL.value
    reporting_officer_id: int | None = None
    seat_id: int | None = None
    presenter_role: str | None = None
    preferred_months: str = ""
    priority_id: int | None = None
    purpose: str = enums.Purpose.DISCUSSION.value
    duration_minutes: int = 10
    active: bool = True
    notes: str | None = None

    def problems(self) -> list[str]:
        problems = []
        if not self.title.strip():
            problems.append("the report needs a title")
        if self.frequency not in {f.value for f in enums.ReportFrequency}:
            problems.append(f"“{self.frequency}” is not a frequency (every_meeting, quarterly, bi_annual, "
                            "annual, as_requested)")
        if self.purpose not in {p.value for p in enums.Purpose}:
            problems.append(f"“{self.purpose}” is not a purpose (decision, discussion, information)")
        try:
            agenda_rules.parse_months(self.preferred_months)
        except ValueError as exc:
            problems.append(str(exc))
        if not 0 <= self.duration_minutes <= 300:
            problems.append("a report takes from 0 to 300 minutes")
        return problems


def _presenters(session: Session) -> tuple[dict[int, str], dict[int, str]]:
    officers = {o.id: o.role for o in session.exec(select(ReportingOfficer))}
    seats = {s.id: s.title for s in session.exec(select(Seat))}
    return officers, seats


def list_rules(store: Store, *, include_inactive: bool = True) -> list[RuleRow]:
    with store.session() as session:
        return _rule_rows(session, include_inactive=include_inactive)


def _rule_rows(session: Session, *, include_inactive: bool = True) -> list[RuleRow]:
    officers, seats = _presenters(session)
    themes = dict(session.exec(select(Priority.id, Priority.title)).all())
    query = select(ReportRule).order_by(ReportRule.sort_order, ReportRule.id)
    rows = []
    for r in session.exec(query):
        if not include_inactive and not r.active:
            continue
        presenter = officers.get(r.reporting_officer_id) or seats.get(r.seat_id) or r.presenter_role or ""
        rows.append(RuleRow(
            id=r.id, title=r.title, presenter=presenter, reporting_officer_id=r.reporting_officer_id,
            seat_id=r.seat_id, presenter_role=r.presenter_role, frequency=r.frequency,
            frequency_label=enums.ReportFrequency(r.frequency).label, preferred_months=r.preferred_months,
            theme=themes.get(r.priority_id, ""), priority_id=r.priority_id, purpose=r.purpose,
            duration_minutes=r.duration_minutes, active=r.active, notes=r.notes))
    return rows


def _check_refs(session: Session, data: RuleInput) -> None:
    if problems := data.problems():
        raise WorkProgrammeError(sentence(problems))
    for model, key, what in ((ReportingOfficer, data.reporting_officer_id, "reporting officer"),
                             (Seat, data.seat_id, "seat"), (Priority, data.priority_id, "priority")):
        if key is not None and session.get(model, key) is None:
            raise WorkProgrammeError(f"There is no {what} with id {key}.")


def add_rule(store: Store, data: RuleInput) -> int:
    with store.session() as session:
        _check_refs(session, data)
        board = session.exec(select(Board)).one()
        last = session.exec(select(ReportRule.sort_order).order_by(ReportRule.sort_order.desc())).first() or 0
        rule = ReportRule(board_id=board.id, sort_order=last + 1, **_fields(data))
        session.add(rule)
        session.flush()
        return rule.id


def update_rule(store: Store, rule_id: int, data: RuleInput) -> None:
    with store.session() as session:
        rule = session.get(ReportRule, rule_id)
        if rule is None:
            raise WorkProgrammeError(f"There is no report rule with id {rule_id}.")
        _check_refs(session, data)
        for key, value in _fields(data).items():
            setattr(rule, key, value)


def _fields(data: RuleInput) -> dict:
    return dict(title=data.title.strip(), frequency=data.frequency, reporting_officer_id=data.reporting_officer_id,
                seat_id=data.seat_id, presenter_role=(data.presenter_role or "").strip() or None,
                preferred_months=",".join(str(m) for m in agenda_rules.parse_months(data.preferred_months)),
                priority_id=data.priority_id, purpose=data.purpose, duration_minutes=data.duration_minutes,
                active=data.active, notes=(data.notes or "").strip() or None)


def rule_input(row: RuleRow) -> RuleInput:
    return RuleInput(title=row.title, frequency=row.frequency, reporting_officer_id=row.reporting_officer_id,
                     seat_id=row.seat_id, presenter_role=row.presenter_role,
                     preferred_months=row.preferred_months, priority_id=row.priority_id, purpose=row.purpose,
                     duration_minutes=row.duration_minutes, active=row.active, notes=row.notes)


def check_rule(session: Session, rule_id: int | None) -> None:
    """Refuse a report rule id that names no rule, saying which ids there are (an agenda item is
    linked to its rule by id: ``agenda add-item/edit-item --rule``)."""
    if rule_id is None or session.get(ReportRule, rule_id) is not None:
        return
    raise unknown_rule(session, str(rule_id))


def unknown_rule(session: Session, given: str) -> WorkProgrammeError:
    """The refusal of ``given`` as a report rule id, listing the rules' ids."""
    ids = [str(i) for i in session.exec(select(ReportRule.id).order_by(ReportRule.id))]
    which = f"the report rules are {wording.and_list(ids)}" if ids else "the work programme has no report rules yet"
    return WorkProgrammeError(
        f"There is no report rule with id {given}: {which}; “none” links the item to no rule. Nothing was saved.",
        cli_form=f"There is no report rule with id {given}: {which} (`cpo-desktop work-programme rules` lists "
                 "them); “--rule none” links the item to no rule. Nothing was saved.")


# --- what is due when -----------------------------------------------------------------------------

def year_meetings(session: Session, year: int) -> list[Meeting]:
    """The board meetings (not forums or sessions, not cancelled) of the municipal year from May ``year``."""
    return list(session.exec(
        select(Meeting).where(Meeting.kind == enums.MeetingKind.BOARD, Meeting.status != enums.MeetingStatus.CANCELLED,
                              Meeting.date >= dt.date(year, 5, 1), Meeting.date <= dt.date(year + 1, 4, 30))
        .order_by(Meeting.date, Meeting.start_time)))


def due_by_meeting(session: Session, meetings: list[Meeting], rules: list[ReportRule]) -> dict[int, list[ReportRule]]:
    """For each meeting id, the rules due there (in the rules' order)."""
    slots = [(m.date, m.priority_id) for m in meetings]
    due: dict[int, list[ReportRule]] = {m.id: [] for m in meetings}
    phases: dict[str, int] = {}
    for rule in rules:
        if not rule.active:
            continue
        phase = phases.get(rule.frequency, 0)
        phases[rule.frequency] = phase + 1
        months = agenda_rules.parse_months(rule.preferred_months)
        for index in agenda_rules.due_meetings(rule.frequency, slots, preferred_months=months,
                                               theme_id=rule.priority_id, phase=phase):
            due[meetings[index].id].append(rule)
    return due


def rules_due_at(session: Session, meeting: Meeting) -> list[ReportRule]:
    """The work-programme reports due at one board meeting."""
    if meeting.kind != enums.MeetingKind.BOARD:
        return []
    from cpo_desktop.model.rules import municipal_year_start

    meetings = year_meetings(session, municipal_year_start(meeting.date))
    if meeting.id not in {m.id for m in meetings}:
        return []
    rules = list(session.exec(select(ReportRule).order_by(ReportRule.sort_order, ReportRule.id)))
    return due_by_meeting(session, meetings, rules)[meeting.id]


# --- the year grid --------------------------------------------------------------------------------

# A cell's state, from least to most done; "missing" is a due item left off a built agenda.
NOT_DUE, PLANNED, MISSING, SCHEDULED, PAPER_RECEIVED, PRESENTED = (
    "", "planned", "missing", "scheduled", "paper received", "presented")


@dataclass(frozen=True)
class GridMeeting:
    id: int
    date: dt.date
    theme: str
    held: bool
    has_agenda: bool
    agenda_minutes: int
    duration_minutes: int


@dataclass(frozen=True)
class GridRow:
    key: str  # "rule:<id>" or "standing:<id>"
    title: str
    kind: str  # "standing item" or the rule's frequency label
    presenter: str
    cells: tuple[str, ...]  # one per meeting, in the meetings' order
    # Items counted for this report by their title (``names_report``), not by a link to its rule:
    # (meeting id, item id, item title).
    by_title: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True)
class Grid:
    year: int
    label: str
    meetings: list[GridMeeting]
    rows: list[GridRow]

    def as_dict(self) -> dict:
        return {"year": self.label,
                "meetings": [{"id": m.id, "date": m.date.isoformat(), "theme": m.theme, "held": m.held,
                              "has_agenda": m.has_agenda, "agenda_minutes": m.agenda_minutes,
                              "duration_minutes": m.duration_minutes} for m in self.meetings],
                "rows": [{"title": r.title, "kind": r.kind, "presenter": r.presenter,
                          "cells": {m.date.isoformat(): c for m, c in zip(self.meetings, r.cells, strict=True)},
                          "counted_by_title": [{"meeting_id": m_id, "item_id": i_id, "item": title}
                                               for m_id, i_id, title in r.by_title]}
                         for r in self.rows]}


def grid(store: Store, year: int) -> Grid:
    with store.session() as session:
        return _grid(session, year)


def _grid(session: Session, year: int) -> Grid:
    meetings = year_meetings(session, year)
    ids = [m.id for m in meetings]
    themes = dict(session.exec(select(Priority.id, Priority.title)).all())
    items = list(session.exec(select(AgendaItem).where(AgendaItem.meeting_id.in_(ids)))) if ids else []
    with_paper = set(session.exec(select(Paper.agenda_item_id).where(
        Paper.agenda_item_id.in_([i.id for i in items])))) if items else set()
    by_meeting: dict[int, list[AgendaItem]] = {m: [] for m in ids}
    for item in items:
        by_meeting[item.meeting_id].append(item)
    grid_meetings = [GridMeeting(id=m.id, date=m.date, theme=themes.get(m.priority_id, m.notes or ""),
                                 held=m.status == enums.MeetingStatus.HELD, has_agenda=bool(by_meeting[m.id]),
                                 agenda_minutes=sum(i.duration_minutes for i in by_meeting[m.id]),
                                 duration_minutes=m.duration_minutes) for m in meetings]
    rules = list(session.exec(select(ReportRule).order_by(ReportRule.sort_order, ReportRule.id)))
    due = due_by_meeting(session, meetings, rules)
    by_title = counted_by_title(items, rules)

    def cell(meeting: Meeting, found: list[AgendaItem], is_due: bool) -> str:
        if found:
            if meeting.status == enums.MeetingStatus.HELD:
                return PRESENTED
            return PAPER_RECEIVED if any(i.id in with_paper for i in found) else SCHEDULED
        if not is_due:
            return NOT_DUE
        return MISSING if by_meeting[meeting.id] else PLANNED

    rows = []
    standing = session.exec(select(StandingItem).where(StandingItem.section == enums.AgendaSection.STANDING,
                                                       StandingItem.active == True)  # noqa: E712
                            .order_by(StandingItem.sort_order)).all()
    for s in standing:
        rows.append(GridRow(f"standing:{s.id}", s.title, "Standing item", s.presenter_role or "", tuple(
            cell(m, [i for i in by_meeting[m.id] if i.standing_item_id == s.id], True) for m in meetings)))
    officers, seats = _presenters(session)
    for r in rules:
        due_ids = {m_id for m_id, due_rules in due.items() if r in due_rules}
        cells = tuple(cell(m, [i for i in by_meeting[m.id] if i.report_rule_id == r.id or by_title.get(i.id) == r.id],
                           m.id in due_ids)
                      for m in meetings)
        if not r.active and not any(cells):
            continue
        rows.append(GridRow(f"rule:{r.id}", r.title, enums.ReportFrequency(r.frequency).label,
                            officers.get(r.reporting_officer_id) or seats.get(r.seat_id) or r.presenter_role or "",
                            cells, tuple((m.id, i.id, i.title) for m in meetings for i in by_meeting[m.id]
                                         if by_title.get(i.id) == r.id)))
    return Grid(year=year, label=municipal_year_label(dt.date(year, 5, 1)), meetings=grid_meetings, rows=rows)


def counted_by_title(items: list[AgendaItem], rules: list[ReportRule]) -> dict[int, int]:
    """Item id → the id of the report rule an item added by hand is counted for: an item linked to
    no rule and to no standing item, whose title names the report (``agenda_rules.names_report``).
    When titles of several rules are in it, the longest (the most particular) is the one."""
    titles = sorted(((agenda_rules.title_words(r.title), r.id) for r in rules), key=lambda t: -len(t[0]))
    counted = {}
    for item in items:
        if item.report_rule_id is not None or item.standing_item_id is not None:
            continue
        rule_id = next((rule_id for words, rule_id in titles if agenda_rules.names_report(item.title, words)), None)
        if rule_id is not None:
            counted[item.id] = rule_id
    return counted


# --- the coverage check ---------------------------------------------------------------------------

@dataclass(frozen=True)
class CoverageProblem:
    kind: str  # "report", "standing item", "over time", "no meetings"; a note: "counted by title"
    text: str
    meeting_id: int | None = None
    cli_text: str = ""  # the text as the command line words it, naming its command ("": the same)
    item_id: int | None = None  # a note's agenda item, and the rule it was counted for
    rule_id: int | None = None

    @property
    def text_for_cli(self) -> str:
        return self.cli_text or self.text


@dataclass
class Coverage:
    label: str
    problems: list[CoverageProblem] = field(default_factory=list)
    # Not problems: due reports found on an agenda by an item's title, not its link, to be linked.
    notes: list[CoverageProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def coverage(store: Store, year: int) -> Coverage:
    """Reports and standing items missing from the year, and agendas that run over time.

    A due report is missing when the meeting's agenda has been built without it, or when the
    year has too few meetings for the rule; a meeting with no agenda yet is not a problem (the
    report will be added when the agenda is built from the template). An item added by hand
    that is linked to no rule but whose title names the report counts for it (``counted_by_title``);
    each such item is noted, to be linked.
    """
    with store.session() as session:
        result = Coverage(label=municipal_year_label(dt.date(year, 5, 1)))
        g = _grid(session, year)
        if not g.meetings:
            text = f"{g.label} has no board meetings planned"
            result.problems.append(CoverageProblem("no meetings", f"{text}.",
                                                   cli_text=f"{text} (`cpo-desktop meetings plan`)."))
        rules = {f"rule:{r.id}": r for r in session.exec(select(ReportRule))}
        days = {m.id: m.date for m in g.meetings}
        for row in g.rows:
            missing = [m for m, c in zip(g.meetings, row.cells, strict=True) if c == MISSING]
            if missing:
                kind = "standing item" if row.key.startswith("standing:") else "report"
                where = agenda_name([m.date for m in missing])
                result.problems.append(CoverageProblem(kind, f"{row.title}: due but not on {where}.", missing[0].id))
            rule = rules.get(row.key)
            for meeting_id, item_id, title in row.by_title:
                result.notes.append(CoverageProblem(
                    "counted by title", f"{row.title}: “{title}” on the agenda of {dates.plain(days[meeting_id])} "
                    "is counted for this report by its title, not by a link. Link it under Edit Item… › Report "
                    "rule.", meeting_id, item_id=item_id, rule_id=rule.id))
            if rule is not None and rule.active and g.meetings:
                wanted = agenda_rules.TIMES_A_YEAR.get(rule.frequency)
                wanted = len(g.meetings) if wanted is None else wanted
                placed = sum(1 for c in row.cells if c != NOT_DUE)
                if placed < wanted:
                    result.problems.append(CoverageProblem(
                        "report", f"{aside(row.title, row.kind.lower())}: wanted {wanted} times this year, but the "
                        f"year has only {len(g.meetings)} board meeting{'s' if len(g.meetings) != 1 else ''}."))
        for m in g.meetings:
            over = agenda_rules.overrun_minutes([m.agenda_minutes], m.duration_minutes)
            if over:
                result.problems.append(CoverageProblem(
                    "over time", f"{agenda_name([m.date], start=True)} runs {over} minute{'s' if over != 1 else ''} over "
                    f"({m.agenda_minutes} minutes of items for a {m.duration_minutes}-minute meeting).", m.id))
        return result
