"""What the Performance view reads, in one go off the UI thread, and the words and numbers its
tables and dialogs show (no Qt here, no SQLAlchemy at import)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cpo_desktop.model import performance_rules as rules
from cpo_desktop.ui.choice import Choice

SPARK_COUNT = 12  # the last figures each row's sparkline draws

TREND_ARROWS = {"up": "▲", "down": "▼", "flat": "▶"}
UNIT_WORDS = {"count": "a count", "rate": "a rate per 10,000", "percentage": "a percentage", "days": "days",
              "other": "a figure"}
POLARITY_WORDS = {"higher": "higher is better", "lower": "lower is better", "neutral": "neither way is better"}


@dataclass(frozen=True)
class Line:
    """One row of the indicators table: the indicator and (if current) its scorecard row."""

    indicator: Any  # services.performance.IndicatorRow
    score: Any  # services.performance.ScoreRow, or None (retired)
    priority_id: int | None

    @property
    def id(self) -> int:
        return self.indicator.id

    @property
    def key(self) -> str:
        return self.indicator.key

    @property
    def name(self) -> str:
        return self.indicator.name

    @property
    def former(self) -> bool:
        return self.indicator.former

    @property
    def priority(self) -> str:
        return self.indicator.priority or ""

    @property
    def latest(self):
        return self.score.latest if self.score is not None else None

    @property
    def previous(self):
        return self.score.previous if self.score is not None else None

    @property
    def history(self) -> tuple:
        return self.score.history if self.score is not None else ()


@dataclass(frozen=True)
class Loaded:
    """Everything the view shows, read in one go."""

    lines: list[Line]
    priorities: list[Choice]
    threshold: int
    commentary_limit: int = 4000  # performance.COMMENTARY_LIMIT


def read(store) -> Loaded:
    """The scorecard (every current indicator with its last SPARK_COUNT figures, restricted: the
    officer's own window shows every figure), the retired indicators and the board's priorities.
    Runs on the task runner's thread; a fixed handful of queries, never one per indicator."""
    from sqlmodel import select

    from cpo_desktop.model.tables import Indicator, Priority
    from cpo_desktop.services import performance

    card = performance.show(store, count=SPARK_COUNT)
    indicators = performance.list_indicators(store, former=True)
    with store.session(write=False) as session:
        priorities = [Choice(p.id, p.title, p.former)
                      for p in session.exec(select(Priority).order_by(Priority.sort_order, Priority.id))]
        filed = dict(session.exec(select(Indicator.id, Indicator.priority_id)).all())
    scores = {r.key: r for r in card.rows}
    lines = [Line(i, None if i.former else scores.get(i.key), filed.get(i.id)) for i in indicators]
    return Loaded(lines, priorities, card.threshold, performance.COMMENTARY_LIMIT)


def read_history(store, indicator_id: int):
    """An indicator and every figure of it with its changes (``performance.history``); None when it
    is gone (an addition undone)."""
    from cpo_desktop.services import performance

    try:
        return performance.history(store, indicator_id)
    except performance.PerformanceError:
        return None


# --- words -----------------------------------------------------------------------------------------

def number_text(value: float | None, unit: str) -> str:
    """A figure as the window prints it (the restricted version: every value)."""
    if value is None:
        return ""
    if unit == "count" or float(value).is_integer():
        text = f"{value:,.0f}"
    else:
        text = f"{value:,.1f}" if abs(value) >= 10 else f"{value:,.2f}".rstrip("0").rstrip(".")
    return text + ("%" if unit == "percentage" else "")


def edit_text(value: float | None) -> str:
    """A number as a field shows it for editing: as stored, without thousands separators."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def trend_text(row) -> str:
    """"▲ better", "▼ worse", "▶ same", or the arrow alone when neither way is better."""
    if row is None or row.trend is None:
        return ""
    arrow = TREND_ARROWS[row.trend]
    return f"{arrow} {row.judgement}" if row.judgement else arrow


def indicator_tip(ind) -> str:
    lines = [ind.name, f"{ind.key} · {UNIT_WORDS.get(ind.unit, ind.unit)} · {POLARITY_WORDS.get(ind.polarity, '')}"
             f" · {rules.kind_words(ind.period)}"]
    if ind.definition:
        lines.append(ind.definition)
    if ind.owner:
        lines.append(f"Owner: {ind.owner}")
    if ind.source:
        lines.append(f"Source: {ind.source}")
    if ind.priority:
        lines.append(f"Priority: {ind.priority}")
    if ind.former:
        lines.append("Retired: its figures are kept.")
    return "\n".join(lines)
