"""The profile of the children in the council's care for public documents (issue 22, point 6):
the annual report's "The Children in Our Care" and the induction pack's "The children we care for".

Everything comes from ONE public scorecard (``performance.show(…, public=True)``) as at the
document's date: the indicators the profile prints and the counts their percentages are built
on, each with its last figures for the year's trends. One call means one suppression pass over
every cell the document shows, so a cell hidden in the table cannot be worked out from a chart,
a sentence or the year before. The numbers here are only ever the public texts ("516", "58.2%",
"c"): a hidden cell is never a number in this module, and a sentence or a chart leaves it out.
"""

from __future__ import annotations

import datetime as dt

from cpo_desktop import dates
from cpo_desktop.model import performance_rules as rules
from cpo_desktop.model import suppression
from cpo_desktop.model.suppression import comparator, printed_number
from cpo_desktop.packs.children_profile import ChildrenProfile, ProfileRow, TrendChart, TrendSeries
from cpo_desktop.store.db import Store
from cpo_desktop.wording import and_list

# What the profile prints, in order, under its groups.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Children in care", ("cla_number", "cla_rate", "cla_starts", "cla_ceased")),
    ("Where they live", ("placement_foster", "placement_kinship", "placement_residential", "placement_adoption",
                         "placement_other")),
    ("Care leavers", ("eet_17_18_pct", "eet_19_21_pct", "suitable_accom_pct")),
    ("Health and education", ("health_checks_pct", "dental_checks_pct", "pep_pct")),
)
PRINTED = tuple(k for _, keys in GROUPS for k in keys)
# How a sentence names an indicator (the table uses the name the board keeps).
WORDS = {
    "eet_17_18_pct": "care leavers aged 17–18 in education, employment or training",
    "eet_19_21_pct": "care leavers aged 19–21 in education, employment or training",
    "suitable_accom_pct": "care leavers in suitable accommodation",
    "health_checks_pct": "health assessments",
    "dental_checks_pct": "dental checks",
    "pep_pct": "personal education plans",
}
# The induction pack's handful of headline figures.
HEADLINE = ("cla_number", "cla_rate", "cla_starts", "eet_19_21_pct", "suitable_accom_pct", "health_checks_pct",
            "pep_pct")
IN_CARE = "The number of children in care"
HISTORY = 13  # the latest figure and the twelve months before it: a monthly year's trend


def period_words(text: str) -> str:
    """"2026-10" → "October 2026"; "2026-Q3" → "Jul–Sep 2026"; "2026" → "2026"."""
    p = rules.parse_period(text)
    if isinstance(p, dt.date):
        return dates.plain(p)
    if p.kind == "month":
        return dates.month_year(p.end)
    if p.kind == "quarter":
        return f"{p.start:%b}–{p.end:%b %Y}"
    return p.text


def period_short(text: str) -> str:
    """An axis label: "Oct 25", "Jul–Sep 25"."""
    p = rules.parse_period(text)
    if isinstance(p, dt.date) or p.kind == "year":
        return text
    if p.kind == "month":
        return f"{p.end:%b %y}"
    return f"{p.start:%b}–{p.end:%b %y}"


def year_before(text: str) -> str:
    """The same period a year earlier: "2026-10" → "2025-10", "2026-Q3" → "2025-Q3"."""
    return f"{int(text[:4]) - 1:04d}{text[4:]}"


def _change(now: str, before: str, unit: str) -> str:
    a, b = printed_number(now), printed_number(before)
    if a is None or b is None:
        return ""
    diff = a - b
    if abs(diff) < 1e-9:
        return "no change"
    size = suppression.shown(abs(diff), None, False, "count" if unit in ("count", "days") else "rate")
    return f"{'up' if diff > 0 else 'down'} {size}" + (" points" if unit == "percentage" else "")


def profile(store: Store, as_at: dt.date, gate=None) -> ChildrenProfile:
    """The profile as at ``as_at``: each indicator's latest figure for a period ending by then,
    the same period a year before, the comparators, and the year's trends. ``gate``: the privacy
    rule of the document it goes in, if that has one already."""
    from cpo_desktop.services import performance

    card = performance.show(store, as_at.isoformat(), public=True, count=HISTORY, keys=PRINTED, gate=gate)
    # (every figure of the store for the periods it prints joins the suppression pass inside show(),
    # the counts its percentages are built on included: a percentage is hidden when one of its counts
    # is, and a period's hidden cells are the same as in every other public paper)
    # A figure more than a year old says nothing about the children in care now: left out.
    since = as_at - dt.timedelta(days=366)
    by_key = {r.key: r for r in card.rows
              if r.latest is not None and rules.period_for(r.latest.period, r.period_kind).end > since}
    rows: list[ProfileRow] = []
    for group, keys in GROUPS:
        for key in keys:
            r = by_key.get(key)
            if r is None:
                continue
            then = year_before(r.latest.period)
            old = next((c for c in r.history if c.period == then), None)
            now = r.latest
            rows.append(ProfileRow(
                key=key, group=group, name=r.name, period=period_words(now.period), now=now.text,
                before_period=period_words(then) if old else "", before=old.text if old else "",
                england=comparator(now.england, r.unit), region=comparator(now.region, r.unit),
                neighbours=comparator(now.neighbours, r.unit),
                change=_change(now.text, old.text, r.unit) if old else ""))
    threshold = card.threshold
    shown = [t for row in rows for t in (row.now, row.before)]
    charts = _charts(by_key)
    shown += [t for chart in charts for s in chart.series for t in s.texts]
    note = suppression.NOTE if any(t in suppression.MARKS for t in shown) else ""
    empty = (f"No figures about the children in our care had been recorded for the year to "
             f"{dates.plain(as_at)}.")
    sentences = _sentences(rows, by_key)
    in_care = sentences[0] if sentences and sentences[0].startswith(IN_CARE) else ""
    return ChildrenProfile(as_at=as_at, rows=tuple(rows), sentences=tuple(sentences), charts=charts,
                           threshold=threshold, note=note, empty_line=empty, in_care=in_care)


def _sentences(rows: list[ProfileRow], by_key) -> list[str]:
    out = []
    row = {r.key: r for r in rows}
    n = row.get("cla_number")
    if n is not None and printed_number(n.now) is not None:
        text = f"{IN_CARE} at the end of {n.period} was {n.now}"
        b = printed_number(n.before)
        if b is not None:
            a = printed_number(n.now)
            how = "down from" if a < b else "up from" if a > b else "the same as"
            text += f", {how} {n.before} a year before ({n.before_period})"
        out.append(text + ".")
    rate = row.get("cla_rate")
    if rate is not None and printed_number(rate.now) is not None:
        against = [f"{v} for {who}" for v, who in ((rate.england, "England"), (rate.region, "the region"),
                                                    (rate.neighbours, "our statistical neighbours")) if v]
        out.append(f"That is {rate.now} children in care per 10,000 children in the borough at the end of "
                   f"{rate.period}" + (f", against {and_list(against)}" if against else "") + ".")
    s, c = row.get("cla_starts"), row.get("cla_ceased")
    if s and c and s.period == c.period and printed_number(s.now) is not None and printed_number(c.now) is not None:
        text = (f"In {s.period}, {s.now} {'child' if s.now == '1' else 'children'} came into care and "
                f"{c.now} left care")
        if printed_number(s.before) is not None and printed_number(c.before) is not None:
            text += f" ({s.before} and {c.before} in {s.before_period})"
        out.append(text + ".")
    better, worse = [], []
    for r in rows:
        if r.key not in WORDS or not r.change or r.change == "no change":
            continue
        polarity = by_key[r.key].polarity
        up = r.change.startswith("up")
        if polarity in ("higher", "lower"):
            (better if up == (polarity == "higher") else worse).append(WORDS[r.key])
    if better or worse:
        parts = []
        if better:
            parts.append(f"better for {and_list(better)}")
        if worse:
            parts.append(f"worse for {and_list(worse)}")
        # Which way only: each figure and its change are in the table.
        out.append("Against the same time a year before, the figures were " + "; and ".join(parts) + ".")
    return out


def _window(row) -> list:
    """The row's figures from the same period a year before its latest, up to its latest."""
    if row is None or row.latest is None:
        return []
    start = year_before(row.latest.period)
    return [c for c in row.history if c.period >= start]


def _series(name: str, cells, periods: list[str]) -> TrendSeries:
    by_period = {c.period: c for c in cells}
    texts = tuple(by_period[p].text if p in by_period else "–" for p in periods)
    return TrendSeries(name, texts, tuple(printed_number(t) for t in texts))


def _charts(by_key) -> tuple[TrendChart, ...]:
    out = []
    cells = _window(by_key.get("cla_number"))
    if len(cells) >= 2:
        periods = [c.period for c in cells]
        series = _series("Children looked after", cells, periods)
        first, last = periods[0], periods[-1]
        a, b = series.values[0], series.values[-1]
        alt = f"Line chart of the children looked after at the end of each month, {period_words(first)} to " \
              f"{period_words(last)}"
        if "c" in series.texts:
            alt += " (a number hidden as “c” leaves a gap)"
        if a is not None and b is not None:
            how = "fell" if b < a else "rose" if b > a else "stayed"
            alt += (f": the number {how} from {series.texts[0]} to {series.texts[-1]}" if how != "stayed"
                    else f": the number stayed at {series.texts[-1]}")
        out.append(TrendChart("looked_after", "Children looked after at the end of each month", "line", "Children",
                              tuple(period_short(p) for p in periods), (series,), alt + "."))
    starts, ceased = _window(by_key.get("cla_starts")), _window(by_key.get("cla_ceased"))
    periods = sorted({c.period for c in starts} | {c.period for c in ceased})
    if len(periods) >= 2:
        s = _series("Came into care", starts, periods)
        c = _series("Left care", ceased, periods)
        alt = (f"Bar chart of the children who came into care and who left care in each quarter, "
               f"{period_words(periods[0])} to {period_words(periods[-1])}")
        if s.values[-1] is not None and c.values[-1] is not None:
            alt += f"; in the latest quarter {s.texts[-1]} came in and {c.texts[-1]} left"
        if "c" in s.texts + c.texts:
            alt += "; a number hidden as “c” has no bar"
        out.append(TrendChart("in_and_out", "Children coming into and leaving care each quarter", "bars", "Children",
                              tuple(period_short(p) for p in periods), (s, c), alt + "."))
    return tuple(out)
