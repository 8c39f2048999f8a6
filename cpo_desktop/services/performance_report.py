"""The performance report paper (issue 22, point 5): for a meeting, the board's figures as they
stood on the meeting's day, in the council's report layout (004: report to, date of meeting,
subject, report of, wards, key decision, exempt; summary, recommendation, reasons; then the body):
a summary table (latest, previous, trend, comparators, target, RAG), then for each indicator a chart
of its last six figures with alt text, a table of the same numbers and the officer's commentary.

The figures come from one call of ``performance.show`` for the meeting's date, which suppresses
every cell of every table in one pass (the summary and the charts' six periods together), so no
cell hidden in one place can be worked out from another. Nothing here suppresses again: the public
version's charts plot only what its tables print (the printed text read back as a number), so a
chart cannot show what its table hides. The restricted version shows every figure and is marked
NOT FOR PUBLICATION.

``content`` gathers; ``packs.performance_pdf`` draws; ``build`` writes the file (temporary name,
then renamed; the public one read back by the privacy rule first). ``services.pack_extras`` puts
the report under the agenda's "Performance report" item.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlmodel import Session, select

from cpo_desktop import dates, wording
from cpo_desktop.files import atomic_write
from cpo_desktop.model import performance_rules as rules
from cpo_desktop.model import suppression
from cpo_desktop.model.suppression import comparator, printed_number
from cpo_desktop.model.tables import AgendaItem, Board, Meeting, Seat
from cpo_desktop.packs.build import PackError, check_target
from cpo_desktop.packs.content import ChartPoint, IndicatorGroup, IndicatorReport, PerformanceReportContent
from cpo_desktop.services import disclosure, settings
from cpo_desktop.store.db import Store

CHART_PERIODS = 6
DEFAULT_REPORT_OF = "Head of Service, Cared For and Care Experienced Services"
OTHER_GROUP = "Other indicators"
UNIT_WORDS = {"count": "number", "rate": "rate per 10,000", "percentage": "percentage", "days": "days",
              "other": "value"}
PUBLIC_ADVICE = ("must not be in a public paper. Change the commentary or the indicator (Performance view) and make "
                 "the report again.")


class NoFigures(PackError):
    """No indicator has a figure for the meeting: there is nothing to report."""


def period_label(period: str) -> str:
    """"2024-12" → "Dec 2024"; "2024-Q4" → "Q4 2024"; "2024" stays."""
    try:
        found = rules.parse_period(period)
    except ValueError:
        return period
    if isinstance(found, dt.date):
        return dates.short(found)
    if found.kind == "month":
        return f"{found.end:%b %Y}"
    if found.kind == "quarter":
        return f"{period[-2:]} {period[:4]}"
    return period


def _points(row, public: bool) -> tuple[ChartPoint, ...]:
    out = []
    for c in row.history[-CHART_PERIODS:]:
        value = printed_number(c.text) if public else (c.value if not c.hidden else None)
        if c.text in suppression.MARKS:
            value = None
        out.append(ChartPoint(period=c.period, label=period_label(c.period), text=c.text, value=value,
                              england=comparator(c.england, row.unit), region=comparator(c.region, row.unit),
                              neighbours=comparator(c.neighbours, row.unit), target=comparator(c.target, row.unit),
                              england_value=c.england, region_value=c.region, target_value=c.target,
                              neighbours_value=c.neighbours))
    return tuple(out)


def alt_text(name: str, unit: str, points: tuple[ChartPoint, ...], trend: str | None) -> str:
    """What a screen reader reads for the chart: what is plotted, over which periods, the range and
    the direction, the comparator lines, and which figures are not published (never their values)."""
    if not points:
        return f"Line chart of {name}: no figures."
    span = points[0].label if len(points) == 1 else f"{points[0].label} to {points[-1].label}"
    words = [f"Line chart of {name} ({UNIT_WORDS.get(unit, unit)}), {wording.plural(len(points), 'period')}, "
             f"{span}."]
    shown = [p for p in points if p.value is not None]
    words.append("Figures: " + "; ".join(f"{p.label} {p.text if p.value is not None else _gap(p.text)}"
                                        for p in points) + ".")
    if shown:
        if len(shown) > 1:
            low = min(shown, key=lambda p: p.value)
            high = max(shown, key=lambda p: p.value)
            words.append(f"Lowest {low.text} ({low.label}), highest {high.text} ({high.label}).")
        if trend is not None:
            words.append(f"Latest against previous: {trend}.")
    lines = []
    for what, style, attr in (("England", "dashed", "england"), ("the region", "dotted", "region"),
                              ("statistical neighbours", "long-dashed", "neighbours"),
                              ("the target", "dash-dot", "target")):
        given = [p for p in points if getattr(p, f"{attr}_value") is not None]
        if not given:
            continue
        first, last = getattr(given[0], attr), getattr(given[-1], attr)
        lines.append(f"{what} ({style} line), {first}" + (f" ({given[0].label}) to {last} ({given[-1].label})"
                                                          if len(given) > 1 and first != last else ""))
    if lines:
        words.append("Also plotted: " + "; ".join(lines) + ".")
    hidden = [p.label for p in points if p.text == "c"]
    if hidden:
        words.append(f"Not published (small number): {wording.and_list(hidden)}.")
    missing = [f"{p.label} ({suppression.MARKS[p.text]})" for p in points if p.text in ("z", "k", "x")]
    if missing:
        words.append(f"No figure: {wording.and_list(missing)}.")
    return " ".join(words)


def _gap(mark: str) -> str:
    return "not published (small number)" if mark == "c" else suppression.MARKS.get(mark, "no figure")


def _portfolio(session: Session, board_id: int) -> str:
    seat = session.exec(select(Seat).where(Seat.board_id == board_id, Seat.is_chair == True)).first()  # noqa: E712
    if seat is not None and (m := re.search(r"(?:Lead Member|Cabinet Member)\s+for\s+(.+)$", seat.title, re.I)):
        return m.group(1).strip()
    return "Children's Services"


def _report_of(session: Session, meeting_id: int) -> str:
    for title, role in session.exec(select(AgendaItem.title, AgendaItem.presenter_role)
                                    .where(AgendaItem.meeting_id == meeting_id)):
        if rules.is_report_item(title) and role:
            return role
    return DEFAULT_REPORT_OF


def content(store: Store, meeting: str | int, *, public: bool, gate: disclosure.Gate | None = None
            ) -> PerformanceReportContent:
    """What the report for ``meeting`` (its id or date) says, public or restricted. NoFigures (a
    PackError) when no indicator has a figure for a period ending on or before the meeting."""
    from cpo_desktop.services import meetings as meetings_svc
    from cpo_desktop.services import performance

    meeting_id = meetings_svc.find_meeting(store, meeting)
    with store.session(write=False) as session:
        m = session.get(Meeting, meeting_id)
        board = session.exec(select(Board)).first()
        council = (board.council if board else "") or "Sefton Council"
        board_name = board.name if board else "Corporate Parenting Board"
        portfolio = _portfolio(session, board.id) if board else "Children's Services"
        report_of = _report_of(session, meeting_id)
        officer = settings.contact(session)
    day = m.date
    if public:
        gate = gate or disclosure.gate(store)  # one privacy rule for the scorecard and the paper
    card = performance.show(store, day.isoformat(), public=public, count=CHART_PERIODS, gate=gate)
    rows = [r for r in card.rows if r.latest is not None]
    when = dates.plain(day)
    if not rows:
        said = (f"There are no performance figures for the meeting of {when}: no indicator has a figure for a "
                "period ending on or before that day.")
        raise NoFigures(f"{said} Import them first (Performance view). Nothing was written.",
                        cli_form=f"{said} Import them first (`cpo-desktop performance import FILE`). Nothing was "
                                 "written.")
    groups: dict[str, list[IndicatorReport]] = {}
    for r in rows:
        points = _points(r, public)
        groups.setdefault(r.priority or OTHER_GROUP, []).append(IndicatorReport(
            key=r.key, name=r.name, unit=r.unit, definition=r.definition, latest=r.latest.text,
            latest_period=period_label(r.latest.period), previous=r.previous.text if r.previous else "",
            previous_period=period_label(r.previous.period) if r.previous else "", trend=r.trend,
            judgement=r.judgement, england=r.england, region=r.region, neighbours=r.neighbours, target=r.target,
            rag=r.rag, commentary=r.commentary, points=points, alt_text=alt_text(r.name, r.unit, points, r.trend),
            source=r.source))
    without = len(card.rows) - len(rows)
    version = "public" if public else "restricted"
    summary = (f"This report sets out the {board_name}'s performance indicators as they stood on {when}: for each "
               f"of the {wording.plural(len(rows), 'indicator')} with figures, the latest figure and the one before "
               "it, the trend, England's, the region's and statistical neighbours' figures where published, the "
               "local target and a RAG rating; then a chart of its last six figures, a table of the same numbers "
               "and the officer's commentary.")
    notes = ["Trend: ↑ up, ↓ down, → same, from the previous figure to the latest; “better” or “worse” where "
             "a higher or a lower figure is better. RAG: green at or better than the target, amber within 5% of it, "
             "red beyond."]
    if public:
        notes.append(f"Counts from 1 to {card.threshold} are shown as “c”, and so is any figure from which one could "
                     f"be worked out. {suppression.NOTE}")
    else:
        notes.append("Restricted version: every figure is shown, including small numbers that could identify a "
                     "child. NOT FOR PUBLICATION.")
    if without:
        notes.append(f"{wording.plural(without, 'indicator')} with no figure up to {when} "
                     f"{'is' if without == 1 else 'are'} not shown.")
    report = PerformanceReportContent(
        council=council, board=board_name, public=public, meeting_date=day,
        as_at=f"Figures for periods ending on or before {when}", report_to=board_name,
        subject="Performance report", report_of=report_of, wards="(All Wards)", portfolio=portfolio,
        key_decision="No", forward_plan="No",
        exempt="No" if public else "Restricted version with every figure: NOT FOR PUBLICATION",
        summary=summary, recommendations=("That the Board notes the performance figures and the commentary, and "
                                          "identifies any areas for further scrutiny.",),
        reasons=(f"The {board_name} monitors the key priorities and outcomes for children in care and care leavers "
                 "and receives regular performance reports (terms of reference)."),
        contact_name=officer.display_name, contact_role=officer.role, contact_email=officer.email,
        contact_phone=officer.phone,
        groups=tuple(IndicatorGroup(title, tuple(items)) for title, items in groups.items()),
        notes=tuple(notes), title=f"{board_name} – performance report – {when} ({version})")
    if public:
        # A public paper: everything it says passes the privacy rule here, in one pass.
        return gate.scrub(report)
    return report


def render(store: Store, meeting: str | int, *, public: bool, gate: disclosure.Gate | None = None,
           name: str = "performance report.pdf") -> bytes:
    """The report's PDF bytes; the public one read back by the privacy rule (``name``: the file's
    name for its message)."""
    from cpo_desktop.packs.performance_pdf import performance_pdf

    if public and gate is None:
        gate = disclosure.gate(store)
    data = performance_pdf(content(store, meeting, public=public, gate=gate))
    if public:
        gate.verify_file(name, data, advice=PUBLIC_ADVICE)
    return data


def build(store: Store, meeting: str | int, *, public: bool, target: Path) -> Path:
    """Write the report for ``meeting`` to ``target`` (a temporary name, then renamed): nothing is
    left under that name if it cannot be made."""
    target = check_target(Path(target)).absolute()
    data = render(store, meeting, public=public, name=target.name)
    atomic_write(target, lambda tmp: tmp.write_bytes(data))
    return target
