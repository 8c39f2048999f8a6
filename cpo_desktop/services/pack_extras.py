"""What an agenda pack carries that nobody attaches: the minutes of the last meeting (the board
confirms them), the action log its "matters arising" item reviews, the performance report (its
figures as they stood on the meeting's day), and the date of the next meeting. ``services.packs``
puts them under their items; the documents are made when the pack is built (not by the
preflight, which runs on every visit to the Packs view).

The version matches the pack: the public pack gets the public minutes and a public action log
(young people by first name, Part 2 minutes by their public title), each passed through the
privacy rule and read back before it goes in, like every other document a public pack holds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, select

from cpo_desktop import dates
from cpo_desktop.model import performance_rules
from cpo_desktop.model.enums import MinutesStatus
from cpo_desktop.model.tables import Board, Meeting
from cpo_desktop.services import deadlines
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.services import minutes as minutes_svc
from cpo_desktop.store.db import Store

# The "date of next meeting" item, found by its title as the template and officers write it (the
# last meeting's minutes are found as the minutes find them: ``services.minutes.LAST_MINUTES``).
NEXT_MEETING = re.compile(r"\bdate (and time )?of (the )?next meeting\b", re.IGNORECASE)

# What pack_records keeps for the last meeting's minutes (papers are kept by their id, partners'
# documents by minus theirs), so a supplement can bring minutes that were not ready for the pack.
LAST_MINUTES_RECORD = 0
# ... and for the performance report (papers' ids are positive, partners' documents' negative and
# small): a supplement brings the report when the figures came after the agenda pack.
PERFORMANCE_RECORD = -(2 ** 62)


@dataclass(frozen=True)
class Made:
    """A document the pack makes itself."""

    label: str  # as the contents shows it
    name: str  # as the officer's list of issues names it
    record_id: int | None  # what pack_records keeps (None: never in a supplement)
    make: Callable[[], bytes]  # the PDF's bytes, checked by the privacy rule when public
    band: str = ""  # stamped at the head of each of its pages in the pack ("NOT FOR PUBLICATION – …")


@dataclass(frozen=True)
class Missing:
    """Why a document the item should carry is not there, and what to do."""

    problem: str
    action: str
    note: str  # the line under the item in the agenda
    cli_action: str = ""  # what to do, as the command line says it ("": ``action``)


def is_last_minutes(title: str) -> bool:
    return bool(minutes_svc.LAST_MINUTES.search(title))


def is_next_meeting(title: str) -> bool:
    return bool(NEXT_MEETING.search(title))


def last_minutes(store: Store, session: Session, m: Meeting, *, public: bool, gate) -> Made | Missing | None:
    """The minutes of the meeting before ``m`` (same kind), as this pack's version prints them;
    Missing when they have not been written; None when there was no meeting before."""
    prev = meetings_svc.previous_meeting(session, m)
    if prev is None:
        return None
    held = dates.plain(prev.date)
    record = minutes_svc.record_of(session, prev.id)
    if record is None:
        return Missing(problem=f"has no minutes to carry: the minutes of the meeting of {held} have not been "
                               "started.",
                       action="Write them in the Minutes & actions view; when they are ready, build a supplementary "
                              "pack.",
                       note=f"The minutes of the meeting held on {held} will follow.")
    draft = record.status == MinutesStatus.DRAFT
    label = f"{'Draft minutes' if draft else 'Minutes'} of the meeting held on {held}"
    version = "public" if public else "restricted"
    name = f"{label} ({version}).pdf"
    prev_id = prev.id

    def make() -> bytes:
        from cpo_desktop.packs.minutes_pdf import render_minutes_pdf
        from cpo_desktop.services import minutes_documents

        content = minutes_documents.content(store, prev_id, public=public, gate=gate)
        data = render_minutes_pdf(content)
        if gate is not None:
            gate.verify_file(name, data, advice=minutes_documents.PUBLIC_ADVICE)
        return data

    return Made(label=label, name=name, record_id=LAST_MINUTES_RECORD, make=make)


def action_log(store: Store, session: Session, m: Meeting, *, public: bool, gate, today: dt.date,
               rows: list | None = None) -> Made | None:
    """The action log the matters arising item reviews: actions open on the meeting's day and
    those closed since the meeting before (``services.actions.matters_arising``, or ``rows``
    when the caller has read them for this version); None when there is none to review."""
    from cpo_desktop.services import actions as actions_svc

    if rows is None:
        rows = actions_svc.matters_arising(store, m.id, public=public, today=today)
    if not rows:
        return None
    board = session.exec(select(Board)).first()
    council = (board.council if board else "") or "Sefton Council"
    board_name = board.name if board else "Corporate Parenting Board"
    label = f"Action log for the meeting of {dates.plain(m.date)}"
    name = f"{label} ({'public' if public else 'restricted'}).pdf"
    lines = actions_svc.lines(rows)

    def make() -> bytes:
        from cpo_desktop.packs.actions_export import actions_pdf
        from cpo_desktop.packs.content import ActionLogContent

        content = ActionLogContent(council=council, board=board_name, as_at=today, title=label, actions=lines)
        if gate is not None:
            content = gate.scrub(content)
        data = actions_pdf(content)
        if gate is not None:
            gate.verify_file(name, data, advice="must not be in a public pack. Change the action (Minutes & "
                                                "actions view) and build the pack again.")
        return data

    return Made(label=label, name=name, record_id=None, make=make)


def next_meeting_line(session: Session, m: Meeting) -> str | None:
    """"The next meeting is on Wednesday 10 February 2027 at 2.00 PM, Bootle Town Hall."; None
    when none is planned."""
    nxt = meetings_svc.next_meeting(session, m)
    if nxt is None:
        return None
    where = f", {nxt.venue}" if nxt.venue else ""
    return f"The next meeting is on {dates.long(nxt.date)} at {dates.clock12(nxt.start_time)}{where}."


def working_group_plan(store: Store, session: Session, m: Meeting, plan, *, public: bool, gate,
                       today: dt.date) -> Made:
    """The action plan the themed meeting's working-group progress report presents, as a RAG table
    (``services.working_groups.meeting_plan``; owners named as the rest of the pack names officers)."""
    from cpo_desktop.packs.content import ActionPlanContent, PlanLine

    board = session.exec(select(Board)).first()
    council = (board.council if board else "") or "Sefton Council"
    board_name = board.name if board else "Corporate Parenting Board"
    group = plan.group
    label = f"{group.title} working group – action plan"
    name = f"{label} ({'public' if public else 'restricted'}).pdf"
    lines = tuple(PlanLine(text=c.text, owner=c.owner, due=c.due_date, rag=c.rag, update=c.latest_text)
                  for c in plan.current)
    content = ActionPlanContent(council=council, board=board_name, group=group.title, chair=group.chair.words,
                                as_at=min(today, m.date), lines=lines)

    def make() -> bytes:
        from cpo_desktop.packs.plan_pdf import plan_pdf

        shown = gate.scrub(content) if gate is not None else content
        data = plan_pdf(shown)
        if gate is not None:
            gate.verify_file(name, data, advice="must not be in a public pack. Change the working group's plan "
                                                "(Work programme view, Working groups) and build the pack again.")
        return data

    return Made(label=label, name=name, record_id=None, make=make)


is_performance_report = performance_rules.is_report_item  # the item the pack makes the report under


PERFORMANCE_BAND = "NOT FOR PUBLICATION – restricted figures"


def performance_report(store: Store, session: Session, m: Meeting, *, public: bool, gate) -> Made | Missing:
    """The performance report for ``m`` (``services.performance_report``: the figures for periods
    ending on or before its day), public or restricted as the pack; Missing when there are none."""
    from cpo_desktop.services import performance_report as report_svc

    held = dates.plain(m.date)
    if not deadlines.has_figures(session, m.date):
        return Missing(problem=f"has no performance figures to report: no indicator has a figure for a period ending "
                               f"on or before {held}.",
                       action="Import the figures (Performance view), then build the pack again.",
                       note="The performance report will follow.",
                       cli_action="Import the figures (`cpo-desktop performance import FILE`), then build the pack "
                                  "again.")
    label = f"Performance report for the meeting of {held}"
    name = f"{label} ({'public' if public else 'restricted'}).pdf"
    meeting_id = m.id

    def make() -> bytes:
        return report_svc.render(store, meeting_id, public=public, gate=gate, name=name)

    return Made(label=label, name=name, record_id=PERFORMANCE_RECORD, make=make,
                band="" if public else PERFORMANCE_BAND)
