"""How the agenda's items and the minutes are numbered: the one place the agenda, the minutes,
declarations and the action log read item and minute numbers from.

Agenda item numbers are never stored: they follow from the items' order, from 1 at each
meeting or (with continuous numbering) on from the municipal year's earlier board meetings.
Minute numbers follow the same way while the minutes are a draft (per meeting, as the
agenda's; or continuously through the municipal year, "35/26") and are frozen when the minutes
are confirmed, so a later change to an earlier meeting can never renumber a confirmed record.

This module only reads; it sits below the feature services that share it.
"""

from __future__ import annotations

import re

from sqlmodel import Session, select

from cpo_desktop.model import agenda_rules, enums, minutes_rules
from cpo_desktop.model.rules import municipal_year_start
from cpo_desktop.model.tables import AgendaItem, Meeting, Minute
from cpo_desktop.services import settings, work_programme

CONTINUOUS_KEY = "agenda.continuous_numbering"
NUMBERING_KEY = "minutes.numbering"
NUMBERING = ("per_meeting", "continuous")


# --- the agenda -----------------------------------------------------------------------------------

def agenda_items(session: Session, meeting_id: int) -> list[AgendaItem]:
    """A meeting's agenda items in their order."""
    return list(session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                             .order_by(AgendaItem.position, AgendaItem.id)))


def continuous_agenda(session: Session) -> bool:
    """True when agenda items are numbered on through the municipal year."""
    return bool(settings.get_in(session, CONTINUOUS_KEY, False))


def first_item_number(session: Session, meeting: Meeting) -> int:
    """With continuous numbering, the first item number of ``meeting``: one more than the numbers
    used by the same municipal year's earlier board meetings. Other kinds of meeting start at 1."""
    if meeting.kind != enums.MeetingKind.BOARD:
        return 1
    year = municipal_year_start(meeting.date)
    earlier = [m for m in work_programme.year_meetings(session, year)
               if (m.date, m.start_time, m.id) < (meeting.date, meeting.start_time, meeting.id)]
    used = 0
    for m in earlier:
        used += agenda_rules.top_level_count([i.sub_item for i in agenda_items(session, m.id)])
    return used + 1


def item_numbers(session: Session, m: Meeting, items: list[AgendaItem]) -> list[str]:
    """The items' numbers: from 1, or on from the year's earlier meetings with continuous numbering."""
    start = first_item_number(session, m) if continuous_agenda(session) else 1
    return agenda_rules.number_items([i.sub_item for i in items], start=start)


# --- the minutes ----------------------------------------------------------------------------------

def minute_numbering(session: Session) -> str:
    """The board's minute numbering: "per_meeting" or "continuous"."""
    value = settings.get_in(session, NUMBERING_KEY, "per_meeting")
    return value if value in NUMBERING else "per_meeting"


def minute_rows(session: Session, meeting_id: int) -> list[Minute]:
    """A meeting's minutes in their order."""
    return list(session.exec(select(Minute).where(Minute.meeting_id == meeting_id)
                             .order_by(Minute.position, Minute.id)))


def _top_level(numbers: list[str]) -> int:
    return sum(1 for n in numbers if n.split("/")[0].isdigit())


def _first_minute_number(session: Session, m: Meeting) -> tuple[int, str | None]:
    """(first number, year suffix) for ``m``'s minutes under the board's numbering."""
    if minute_numbering(session) != "continuous" or m.kind != enums.MeetingKind.BOARD:
        return (first_item_number(session, m) if continuous_agenda(session) else 1), None
    year = municipal_year_start(m.date)
    used = 0
    for earlier in work_programme.year_meetings(session, year):
        if (earlier.date, earlier.start_time, earlier.id) >= (m.date, m.start_time, m.id):
            break
        rows = minute_rows(session, earlier.id)
        # Numbers frozen under continuous numbering say where the year had got to.
        frozen = [int(re.match(r"\d+", r.number).group()) for r in rows if r.number and "/" in r.number
                  and re.match(r"\d+", r.number)]
        if frozen:
            used = max(used, max(frozen))
        elif rows:
            used += _top_level(minutes_rules.minute_numbers([r.sub_item for r in rows]))
        else:
            used += _top_level(minutes_rules.minute_numbers(
                [i.sub_item for i in agenda_items(session, earlier.id)]))
    return used + 1, minutes_rules.year_suffix(year)


def minute_numbers(session: Session, m: Meeting, rows: list[Minute]) -> list[str]:
    """The numbers of ``m``'s minutes ``rows``: as frozen at confirmation, else worked out."""
    if rows and all(r.number for r in rows):
        return [r.number for r in rows]
    first, suffix = _first_minute_number(session, m)
    return minutes_rules.minute_numbers([r.sub_item for r in rows], first=first, year_suffix=suffix)


def numbers_of(session: Session, minutes: list[Minute]) -> dict[int, str]:
    """The numbers of ``minutes`` (of any meetings), by minute id, in a bounded number of queries:
    confirmed minutes' numbers as frozen in them; only the meetings whose minutes are still a
    draft are worked out, as ``minute_numbers`` does (a draft's numbers need its whole minutes)."""
    if not minutes:
        return {}
    meeting_ids = {x.meeting_id for x in minutes}
    # The meetings whose minutes are not all frozen: normally the latest one or two.
    unfrozen = set(session.exec(select(Minute.meeting_id).distinct().where(
        Minute.meeting_id.in_(meeting_ids), (Minute.number == None) | (Minute.number == ""))))  # noqa: E711
    out = {x.id: x.number for x in minutes if x.meeting_id not in unfrozen}
    for meeting_id in unfrozen:
        m = session.get(Meeting, meeting_id)
        rows = minute_rows(session, meeting_id)
        out.update(zip([r.id for r in rows], minute_numbers(session, m, rows), strict=True))
    return out
