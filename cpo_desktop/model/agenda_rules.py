"""Pure rules for agendas and the work programme: numbering, timings, Schedule 12A, and which
meetings of a year a recurring report is due at. No database, no Qt, no I/O."""

from __future__ import annotations

import datetime as dt
import math
import re
import string
from collections.abc import Sequence

from cpo_desktop import dates

# Local Government Act 1972, Schedule 12A, Part 1: the descriptions of exempt information a
# Part 2 item must cite (as amended for England, 2006).
SCHEDULE_12A: dict[int, str] = {
    1: "Information relating to any individual.",
    2: "Information which is likely to reveal the identity of an individual.",
    3: "Information relating to the financial or business affairs of any particular person "
       "(including the authority holding that information).",
    4: "Information relating to any consultations or negotiations, or contemplated consultations or "
       "negotiations, in connection with any labour relations matter arising between the authority or a "
       "Minister of the Crown and employees of, or office holders under, the authority.",
    5: "Information in respect of which a claim to legal professional privilege could be maintained "
       "in legal proceedings.",
    6: "Information which reveals that the authority proposes to give under any enactment a notice by "
       "virtue of which requirements are imposed on a person, or to make an order or direction under "
       "any enactment.",
    7: "Information relating to any action taken or to be taken in connection with the prevention, "
       "investigation or prosecution of crime.",
}

# The heading over an agenda's exempt items, where the press and public are asked to leave.
PART2_HEADING = "Part 2 – exempt information"

# How many times a year a frequency asks for, out of the year's board meetings.
TIMES_A_YEAR = {"every_meeting": None, "quarterly": 4, "bi_annual": 2, "annual": 1, "as_requested": 0}


def letters(n: int) -> str:
    """1 → a, 26 → z, 27 → aa: sub-item suffixes that never run out."""
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = string.ascii_lowercase[rest] + out
    return out


def number_items(sub_items: Sequence[bool], start: int = 1) -> list[str]:
    """Item numbers from the items' order: top-level items count up from ``start``; a sub-item
    takes the number of the item above it and a letter (5a, 5b). A sub-item with nothing above
    it is numbered as a top-level item."""
    numbers: list[str] = []
    current = start - 1
    sub = 0
    for is_sub in sub_items:
        if is_sub and current >= start:
            sub += 1
            numbers.append(f"{current}{letters(sub)}")
        else:
            current += 1
            sub = 0
            numbers.append(str(current))
    return numbers


def top_level_count(sub_items: Sequence[bool]) -> int:
    """How many numbers an agenda uses (for continuous numbering through the year)."""
    return sum(1 for n in number_items(sub_items) if n.isdigit())


def start_times(start: dt.time, durations: Sequence[int]) -> list[dt.time]:
    """Each item's start, the items taken one after another from the meeting's start."""
    clock = dt.datetime.combine(dt.date(2000, 1, 1), start)
    times = []
    for minutes in durations:
        times.append(clock.time())
        clock += dt.timedelta(minutes=max(0, minutes))
    return times


def overrun_minutes(durations: Sequence[int], meeting_minutes: int) -> int:
    """Minutes by which the agenda runs over the meeting's length (0 when it fits)."""
    return max(0, sum(durations) - meeting_minutes)


def parse_months(text: str) -> list[int]:
    """'6, 12' → [6, 12]; raises ValueError naming the bad part."""
    months = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or not 1 <= int(part) <= 12:
            raise ValueError(f"“{part}” is not a month number from 1 to 12")
        if int(part) not in months:
            months.append(int(part))
    return months


def due_meetings(frequency: str, meetings: Sequence[tuple[dt.date, int | None]], *,
                 preferred_months: Sequence[int] = (), theme_id: int | None = None, phase: int = 0) -> list[int]:
    """Which of a year's meetings (date, theme id; in date order) a recurring report is due at,
    as indexes into ``meetings``.

    - every meeting: all of them; as requested: none;
    - otherwise the number of times a year (quarterly 4, bi-annual 2, annual 1), capped by the
      number of meetings, chosen so: first the meeting in (or next after) each preferred month,
      then the meeting themed on the report's priority, then spread evenly over the year;
      ``phase`` (the rule's place in the programme) staggers the spread so that reports with
      the same frequency do not all land on the same meetings.
    """
    n_meetings = len(meetings)
    if n_meetings == 0:
        return []
    wanted = TIMES_A_YEAR.get(frequency, 0)
    if wanted is None:
        return list(range(n_meetings))
    wanted = min(wanted, n_meetings)
    if wanted == 0:
        return []
    chosen: list[int] = []

    def year_order(month: int) -> int:  # May is the first month of the municipal year
        return (month - 5) % 12

    for month in preferred_months:
        candidates = [i for i, (day, _) in enumerate(meetings) if year_order(day.month) >= year_order(month)]
        pick = candidates[0] if candidates else n_meetings - 1
        if pick not in chosen and len(chosen) < wanted:
            chosen.append(pick)
    if theme_id is not None and len(chosen) < wanted:
        themed = [i for i, (_, theme) in enumerate(meetings) if theme == theme_id and i not in chosen]
        if themed:
            chosen.append(themed[0])
    if len(chosen) < wanted:
        step = n_meetings / wanted

        def apart(a: int, b: int) -> int:  # meetings apart, round the year (April is next to June)
            d = abs(a - b) % n_meetings
            return min(d, n_meetings - d)

        # Evenly spaced from the meeting already chosen (by a month or the theme), else from an
        # offset that staggers rules of the same frequency.
        anchor = chosen[0] if chosen else phase % max(1, math.ceil(step))
        for k in range(wanted):
            index = (anchor + round(k * step)) % n_meetings
            if len(chosen) < wanted and index not in chosen and all(apart(index, c) >= step / 2 for c in chosen):
                chosen.append(index)
        while len(chosen) < wanted:  # what is left goes where the gap is widest
            free = [i for i in range(n_meetings) if i not in chosen]
            chosen.append(max(free, key=lambda i: (min(apart(i, c) for c in chosen), -i)))
    return sorted(set(chosen))


def public_title(title: str, part: int, exempt_paragraph: int | None, public_title: str | None) -> str:
    """The title the public and partners see: a Part 1 item's own title; for a Part 2 item the
    public ("open") title the officer wrote, else "Exempt item (paragraph N)"."""
    if part != 2:
        return title
    if public_title and public_title.strip():
        return " ".join(public_title.split())
    return exempt_item_title(exempt_paragraph)


def deferred_label(source_day: dt.date) -> str:
    """How an item deferred from an earlier meeting is marked where it comes back, on screen and
    in print: "deferred from 9 December 2026" (the earlier meeting's date)."""
    return f"deferred from {dates.plain(source_day)}"


def exempt_item_title(exempt_paragraph: int | None) -> str:
    """A Part 2 item's public title until the officer writes one: "Exempt item (paragraph 1)"."""
    return f"Exempt item (paragraph {exempt_paragraph})" if exempt_paragraph else "Exempt item"


def title_words(text: str) -> str:
    """A title as the work programme compares titles: lower case, apostrophes dropped, every other
    run of characters that are not letters or digits one space ("Children's complaints – annual
    report" → "childrens complaints annual report")."""
    text = re.sub(r"['‘’`]", "", text.casefold())
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def names_report(item_title: str, report_title: str) -> bool:
    """Whether an agenda item's title names a recurring report: the report's whole title, in whole
    words, within the item's, case, spacing and punctuation aside ("Virtual School Head Teacher's
    report – autumn term" names "Virtual School Head Teacher's report"). Never the other way round
    ("Virtual School update" names no report), nor part of a word ("Adoption reports" is not
    "Adoption report"), so a short or general item title does not stand in for a report."""
    report = title_words(report_title)
    return bool(report) and f" {report} " in f" {title_words(item_title)} "


# The report checklist every paper carries, in the order its marks are shown ("✓ · ✓ · ✗"), and
# the legend that explains them wherever they are shown (the agenda view, `agenda show`).
CHECKLIST = ("the Pledge", "young people's involvement", "“you said, we did”")
CHECKLIST_LEGEND = (f"Checklist, for each paper: {' · '.join(CHECKLIST)}. ✓ the paper says how it does this; "
                    "✗ not yet.")
