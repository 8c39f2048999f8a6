"""The performance scorecard (issue 22): the indicators the board receives, as data the officer
keeps; their figures per period with comparators (England, the region, statistical neighbours), a
local target and commentary, each change kept; the import from the council's business-intelligence
spreadsheet; and the scorecard for a period, public (small counts hidden by ``model.suppression``)
or restricted (every figure).

Periods are calendar months, quarters and years (``model.performance_rules``). The board's
suppression threshold is the setting ``performance.suppression_threshold`` (default 5, 1 to 20),
kept by ``services.suppression`` (``suppression_threshold`` and ``set_suppression_threshold`` here
are its names for the command line).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from cpo_desktop import inputs
from cpo_desktop import paths as paths_mod
from cpo_desktop.errors import UserError, sentence
from cpo_desktop.model import performance_rules as rules
from cpo_desktop.model import suppression
from cpo_desktop.model.tables import Indicator, IndicatorFigure, IndicatorFigureChange, Priority
from cpo_desktop.model.text_rules import control_problem, control_problems
from cpo_desktop.progress import NO_PROGRESS, Progress
from cpo_desktop.services import disclosure, settings
from cpo_desktop.services import suppression as suppression_setting
from cpo_desktop.services.bulk import collector_paused
from cpo_desktop.services.member_import import file_records, normalise_header
from cpo_desktop.store.db import Store

SEEDED_KEY = "seed.indicators"
NAME_LIMIT = 200
TEXT_LIMIT = 2000
COMMENTARY_LIMIT = 4000
MAX_BYTES = 10 * 1024 * 1024
NUMBER_FIELDS = ("value", "england", "region", "neighbours", "target")
FIGURE_FIELDS = ("value", "mark", "england", "region", "neighbours", "target", "commentary")
FIELD_WORDS = {"value": "the value", "mark": "the mark", "england": "England's figure", "region": "the region's figure",
               "neighbours": "the statistical neighbours' figure", "target": "the target",
               "commentary": "the commentary"}
KEEP: Any = object()  # set_figure: leave this field as it is


class PerformanceError(UserError):
    """A refusal about indicators or figures; nothing was saved."""


class FigureImportError(PerformanceError, ValueError):
    """A file of figures that cannot be imported; nothing was imported."""


# --- indicators --------------------------------------------------------------------------------------

@dataclass
class IndicatorInput:
    """An indicator as typed in the window or on the command line."""

    key: str
    name: str
    definition: str = ""
    unit: str = "count"
    polarity: str = "neutral"
    period: str = "quarter"
    owner: str = ""
    source: str = ""
    sensitive: bool = True
    numerator_key: str | None = None
    denominator_key: str | None = None
    part_of_key: str | None = None


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    key: str
    name: str
    definition: str
    unit: str
    polarity: str
    period: str
    owner: str
    source: str
    sensitive: bool
    numerator_key: str | None
    denominator_key: str | None
    part_of_key: str | None
    priority: str | None
    sort_order: int
    former: bool

    def as_dict(self) -> dict:
        return asdict(self)


def _row(ind: Indicator, priorities: Mapping[int, str]) -> IndicatorRow:
    return IndicatorRow(ind.id, ind.key, ind.name, ind.definition, ind.unit, ind.polarity, ind.period, ind.owner,
                        ind.source, ind.sensitive, ind.numerator_key, ind.denominator_key, ind.part_of_key,
                        priorities.get(ind.priority_id) if ind.priority_id else None, ind.sort_order, ind.former)


def list_indicators(store: Store, *, former: bool = False) -> list[IndicatorRow]:
    """The indicators in the board's order; retired ones too with ``former``."""
    with store.session(write=False) as session:
        priorities = dict(session.exec(select(Priority.id, Priority.title)).all())
        query = select(Indicator).order_by(Indicator.former, Indicator.sort_order, Indicator.id)
        if not former:
            query = query.where(Indicator.former == False)  # noqa: E712
        return [_row(i, priorities) for i in session.exec(query)]


def find_indicator(session: Session, ref: str | int) -> Indicator:
    """An indicator by its id, key or name (capitals do not matter; a current one before a retired one)."""
    text = str(ref).strip()
    found = None
    if isinstance(ref, int) or text.isdigit():
        found = session.get(Indicator, int(text))
    if found is None:
        wanted = text.casefold()
        everything = list(session.exec(select(Indicator).order_by(Indicator.former, Indicator.id)))
        found = next((i for i in everything if i.key == wanted), None) or next(
            (i for i in everything if i.name.casefold() == wanted), None)
    if found is None:
        raise PerformanceError(f"There is no indicator “{text}”.", cli="cpo-desktop performance indicators",
                               window="The Performance view lists them.")
    return found


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def indicator_field_problems(data: IndicatorInput) -> list[str]:
    """What is wrong with an indicator's fields by themselves (the dialog asks as you type; the
    checks against the other indicators follow when it is saved)."""
    key, name = (data.key or "").strip(), _clean(data.name)
    problems = control_problems({"the name": data.name, "the definition": data.definition, "the owner": data.owner,
                                 "the source": data.source})
    if problem := rules.key_problem(key):
        problems.append(problem)
    if not name:
        problems.append("an indicator needs a name")
    elif len(name) > NAME_LIMIT:
        problems.append(f"the name is longer than {NAME_LIMIT} characters")
    if len(data.definition or "") > TEXT_LIMIT:
        problems.append(f"the definition is longer than {TEXT_LIMIT} characters")
    if len(_clean(data.owner)) > NAME_LIMIT or len(_clean(data.source)) > NAME_LIMIT:
        problems.append(f"the owner and the source are kept to {NAME_LIMIT} characters")
    for what, value, allowed in (("unit", data.unit, rules.UNITS), ("polarity", data.polarity, rules.POLARITIES),
                                 ("period", data.period, rules.PERIOD_KINDS)):
        if value not in allowed:
            problems.append(f"the {what} “{value}” is not one of {', '.join(allowed)}")
    return problems


def _check_indicator(session: Session, ind: Indicator, data: IndicatorInput) -> None:
    key, name = (data.key or "").strip(), _clean(data.name)
    if problems := indicator_field_problems(data):
        raise PerformanceError(sentence(problems) + " Nothing was saved.")
    others = {i.key: i for i in session.exec(select(Indicator)) if i.id != ind.id}
    if key in others:
        raise PerformanceError(f"The key “{key}” is taken by “{others[key].name}”: give this indicator its own.")
    same = next((i for i in others.values() if not i.former and i.name.casefold() == name.casefold()), None)
    if same is not None:
        raise PerformanceError(f"There is already an indicator called “{same.name}” ({same.key}): give this one a "
                               "name of its own.")
    if ind.id is not None and key != ind.key:
        users = sorted(i.key for i in others.values() if ind.key in (i.numerator_key, i.denominator_key, i.part_of_key))
        if users:
            raise PerformanceError(f"“{ind.key}” is used by {', '.join(users)}: its key stays as it is.")
    if ind.id is not None and data.unit != "count":
        users = sorted(i.key for i in others.values() if not i.former
                       and ind.key in (i.numerator_key, i.denominator_key, i.part_of_key))
        if users:
            raise PerformanceError(f"“{ind.key}” is a count that {', '.join(users)} are built on: it stays a count.")
    num, den, part = (data.numerator_key or None), (data.denominator_key or None), (data.part_of_key or None)
    if bool(num) != bool(den):
        raise PerformanceError("A figure built from counts needs both a numerator and a denominator.")
    if num and data.unit not in ("percentage", "rate"):
        raise PerformanceError(f"Only a percentage or a rate is built from a numerator and a denominator; "
                               f"this indicator is a {data.unit}.")
    for what, ref in (("numerator", num), ("denominator", den), ("total", part)):
        if ref is None:
            continue
        if ref == key:
            raise PerformanceError(f"An indicator cannot be its own {what}.")
        target = others.get(ref)
        if target is None or target.former:
            raise PerformanceError(f"The {what} “{ref}” is not a current indicator's key.")
        if target.unit != "count":
            raise PerformanceError(f"The {what} “{ref}” is a {target.unit}; it must be a count.")
    if part:
        if data.unit != "count":
            raise PerformanceError("Only a count can be one part of another's total.")
        seen, at = {key}, part
        while at is not None:
            if at in seen:
                raise PerformanceError(f"“{part}” is already, through its own total, a part of “{key}”.")
            seen.add(at)
            at = others[at].part_of_key if at in others else None
    ind.key, ind.name = key, name
    ind.definition = (data.definition or "").strip()
    ind.unit, ind.polarity, ind.period = data.unit, data.polarity, data.period
    ind.owner, ind.source = _clean(data.owner), _clean(data.source)
    ind.sensitive = bool(data.sensitive)
    ind.numerator_key, ind.denominator_key, ind.part_of_key = num, den, part


def add_indicator(store: Store, data: IndicatorInput) -> int:
    """Adds an indicator at the end of the list; gives its id."""
    with store.session() as session:
        last = max((i.sort_order for i in session.exec(select(Indicator))), default=0)
        ind = Indicator(key="", name="", sort_order=last + 1)
        _check_indicator(session, ind, data)
        session.add(ind)
        session.flush()
        return ind.id


def indicator_input(store: Store, ref: str | int) -> IndicatorInput:
    """The indicator as the edit form shows it."""
    with store.session(write=False) as session:
        i = find_indicator(session, ref)
        return IndicatorInput(i.key, i.name, i.definition, i.unit, i.polarity, i.period, i.owner, i.source,
                              i.sensitive, i.numerator_key, i.denominator_key, i.part_of_key)


def update_indicator(store: Store, ref: str | int, data: IndicatorInput) -> tuple[int, bool]:
    """Changes an indicator's details; gives its id and whether anything changed. A period of
    another kind is refused once it has figures (they would no longer be its periods)."""
    with store.session() as session:
        ind = find_indicator(session, ref)
        if ind.former:
            raise PerformanceError(f"The indicator “{ind.name}” was retired; its details stay as they were.")
        before = ind.model_dump()
        if data.period != ind.period and session.exec(
                select(IndicatorFigure.id).where(IndicatorFigure.indicator_id == ind.id)).first() is not None:
            raise PerformanceError(f"“{ind.name}” has {rules.kind_words(ind.period)} figures: its period stays "
                                   f"{ind.period}. Add a new indicator for {rules.kind_words(data.period)} figures.")
        _check_indicator(session, ind, data)
        return ind.id, ind.model_dump() != before


def retire_indicator(store: Store, ref: str | int) -> str:
    """Retires an indicator: it leaves the scorecard, its figures are kept. Gives its name."""
    with store.session() as session:
        ind = find_indicator(session, ref)
        if ind.former:
            raise PerformanceError(f"The indicator “{ind.name}” is already retired.")
        users = sorted(i.key for i in session.exec(select(Indicator).where(Indicator.former == False))  # noqa: E712
                       if ind.key in (i.numerator_key, i.denominator_key, i.part_of_key) and i.id != ind.id)
        if users:
            raise PerformanceError(f"“{ind.key}” is part of how {', '.join(users)} are worked out or hidden: edit "
                                   "or retire those first.")
        ind.former = True
        return ind.name


# --- the seeded set ----------------------------------------------------------------------------------

def seed_path() -> Path:
    return paths_mod.resources_dir() / "seed" / "indicators.json"


def load_seed(path: Path | None = None) -> list[dict]:
    data = json.loads((path or seed_path()).read_text(encoding="utf-8"))
    return data["indicators"]


def seed_indicators(store: Store, items: list[dict] | None = None) -> bool:
    """The seeded indicators, once per store (new or made before indicators existed); a store that
    already has indicators keeps them. Returns True if it looked."""
    with store.session() as session:
        if settings.get_in(session, SEEDED_KEY) is not None:
            return False
        if session.exec(select(Indicator.id)).first() is not None:
            settings.set_in(session, SEEDED_KEY, "kept the indicators already there")
            return True
        items = load_seed() if items is None else items
        priorities = {t.casefold(): i for i, t in session.exec(select(Priority.id, Priority.title))}
        for n, item in enumerate(items, start=1):
            fields = {k: v for k, v in item.items() if k != "priority"}
            ind = Indicator(key="", name="", sort_order=n, priority_id=priorities.get((item.get("priority") or "")
                                                                                      .casefold()))
            _check_indicator(session, ind, IndicatorInput(**fields))
            session.add(ind)
            session.flush()
        settings.set_in(session, SEEDED_KEY, len(items))
    return True


# --- the suppression threshold -----------------------------------------------------------------------

def suppression_threshold(where: Store | Session) -> int:
    """Counts from 1 to this are shown as "c" in public outputs (the board's setting; default 5)."""
    return suppression_setting.threshold(where)


def set_suppression_threshold(store: Store, threshold: int) -> bool:
    """Changes the threshold (1 to 20); True if that changed what is stored."""
    return suppression_setting.set_threshold(store, threshold)


# --- figures -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FigureResult:
    figure_id: int
    key: str
    period: str
    created: bool
    changed: tuple[str, ...]  # the fields that changed (all given fields, for a new figure)


def _text(value: Any) -> str | None:
    """A field's value as history keeps it."""
    if value is None:
        return None
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _number(given: Any, unit: str, what: str) -> float | None:
    """A number given as a number or text (a mark in a comparator's place is "no figure")."""
    if given is None:
        return None
    if isinstance(given, str):
        if not given.strip() or rules.mark_of(given):
            return None
        if problem := rules.number_problem(given, unit, what, mark=False):
            raise PerformanceError(sentence([problem]))
        given = rules.parse_number(given)
    if isinstance(given, bool) or not isinstance(given, (int, float)):
        raise PerformanceError(f"{what[:1].upper()}{what[1:]} is not a number.")
    if problem := rules.value_problem(float(given), unit, what):
        raise PerformanceError(sentence([problem]))
    return float(given)


def _wanted(ind: Indicator, value: Any, mark: Any, numbers: dict[str, Any], commentary: Any) -> dict[str, Any]:
    """The fields a set gives (KEEP: left out), checked: a value and a mark are never both given."""
    wanted: dict[str, Any] = {}
    if isinstance(value, str) and rules.mark_of(value):
        if mark is not KEEP and mark is not None and rules.mark_of(str(mark)) != rules.mark_of(value):
            raise PerformanceError("Give a value or a mark, not both.")
        value, mark = KEEP, value
    if value is not KEEP and value is not None and mark is not KEEP and mark is not None:
        raise PerformanceError("Give a value or a mark (c, z, k or x), not both: a mark stands in for a value.")
    if mark is not KEEP and mark is not None:
        code = rules.mark_of(str(mark))
        if code is None:
            raise PerformanceError(f"“{mark}” is not a mark: c (confidential), z (not applicable), k (rounds to "
                                   "zero) or x (not available).")
        wanted.update(value=None, mark=code)
    elif value is not KEEP:
        wanted.update(value=_number(value, ind.unit, "the value"), mark=None)
    elif mark is None:
        wanted["mark"] = None
    for name, given in numbers.items():
        if given is not KEEP:
            wanted[name] = _number(given, ind.unit, FIELD_WORDS[name])
    if commentary is not KEEP:
        text = (commentary or "").strip()
        if (problem := control_problem(text, "the commentary")) is not None:
            raise PerformanceError(sentence([problem]))
        if len(text) > COMMENTARY_LIMIT:
            raise PerformanceError(f"The commentary is longer than {COMMENTARY_LIMIT} characters.")
        wanted["commentary"] = text
    return wanted


def set_figure(store: Store, indicator: str | int, period: str, *, value: Any = KEEP, mark: Any = KEEP,
               england: Any = KEEP, region: Any = KEEP, neighbours: Any = KEEP, target: Any = KEEP,
               commentary: Any = KEEP, source: str = "entered") -> FigureResult:
    """Record an indicator's figure for a period, or change it: only the fields given change (None
    clears one); a value replaces a mark and a mark (c, z, k, x; any case) a value. Every field that
    changes is kept in the figure's history with what it was and where the new one came from; a
    set that changes nothing writes nothing."""
    with store.session() as session:
        ind = find_indicator(session, indicator)
        if ind.former:
            raise PerformanceError(f"The indicator “{ind.name}” was retired: its figures stay as they are.")
        try:
            when = rules.period_for(period, ind.period, f"“{ind.name}”")
        except ValueError as exc:
            raise PerformanceError(f"{str(exc)[:1].upper()}{str(exc)[1:]}.") from None
        wanted = _wanted(ind, value, mark, {"england": england, "region": region, "neighbours": neighbours,
                                            "target": target}, commentary)
        source = _clean(source)[:NAME_LIMIT] or "entered"
        figure = session.exec(select(IndicatorFigure).where(IndicatorFigure.indicator_id == ind.id,
                                                            IndicatorFigure.period == when.text)).first()
        if figure is None:
            given = {k: v for k, v in wanted.items() if v not in (None, "")}
            if not given:
                raise PerformanceError(f"Nothing to record for {ind.key} in {when.text}: give a value, a mark or a "
                                       "comparator.")
            figure = IndicatorFigure(indicator_id=ind.id, period=when.text, period_end=when.end, source=source,
                                     updated_at=dt.datetime.now(dt.UTC), **wanted)
            session.add(figure)
            session.flush()
            return FigureResult(figure.id, ind.key, when.text, True, tuple(given))
        changed = [k for k, v in wanted.items() if getattr(figure, k) != v]
        if not changed:
            return FigureResult(figure.id, ind.key, when.text, False, ())
        now = dt.datetime.now(dt.UTC)
        for name in changed:
            session.add(IndicatorFigureChange(figure_id=figure.id, field=name, old=_text(getattr(figure, name)),
                                              new=_text(wanted[name]), source=source, changed_at=now))
            setattr(figure, name, wanted[name])
        figure.source, figure.updated_at = source, now
        return FigureResult(figure.id, ind.key, when.text, False, tuple(changed))


# --- history -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    field: str
    old: str | None
    new: str | None
    source: str
    changed_at: dt.datetime


@dataclass(frozen=True)
class FigureHistory:
    period: str
    period_end: dt.date
    value: float | None
    mark: str | None
    england: float | None
    region: float | None
    neighbours: float | None
    target: float | None
    commentary: str
    source: str
    updated_at: dt.datetime
    changes: tuple[Change, ...]


def history(store: Store, indicator: str | int) -> tuple[IndicatorRow, list[FigureHistory]]:
    """An indicator and its figures, oldest period first, each with its changes in order."""
    with store.session(write=False) as session:
        ind = find_indicator(session, indicator)
        priorities = dict(session.exec(select(Priority.id, Priority.title)).all())
        figures = list(session.exec(select(IndicatorFigure).where(IndicatorFigure.indicator_id == ind.id)
                                    .order_by(IndicatorFigure.period_end)))
        changes: dict[int, list[Change]] = {}
        if figures:
            for c in session.exec(select(IndicatorFigureChange).where(IndicatorFigureChange.figure_id.in_(
                    [f.id for f in figures])).order_by(IndicatorFigureChange.id)):
                changes.setdefault(c.figure_id, []).append(Change(c.field, c.old, c.new, c.source, c.changed_at))
        return _row(ind, priorities), [
            FigureHistory(f.period, f.period_end, f.value, f.mark, f.england, f.region, f.neighbours, f.target,
                          f.commentary, f.source, f.updated_at, tuple(changes.get(f.id, ()))) for f in figures]


# --- the scorecard -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Cell:
    """One figure as a table shows it: its period, and (restricted only) its value and mark."""

    period: str
    text: str
    value: float | None = None
    mark: str | None = None
    hidden: bool = False
    # The period's comparators and target (published figures about England, the region and the
    # neighbours, and the board's own target: never suppressed).
    england: float | None = None
    region: float | None = None
    neighbours: float | None = None
    target: float | None = None


@dataclass(frozen=True)
class ScoreRow:
    key: str
    name: str
    unit: str
    polarity: str
    period_kind: str
    owner: str
    latest: Cell | None
    previous: Cell | None
    trend: str | None  # up, down, flat
    judgement: str | None  # better, worse, same (None: neutral)
    england: str
    region: str
    neighbours: str
    target: str
    rag: str | None  # green, amber, red
    commentary: str
    comparators: dict[str, float | None] = field(default_factory=dict)  # restricted: the numbers
    # The indicator's last figures, oldest first (``show(count=…)``; the latest two by default),
    # suppressed together with every other cell of the scorecard.
    history: tuple[Cell, ...] = ()
    definition: str = ""
    source: str = ""
    priority: str = ""
    sensitive: bool = True

    def as_dict(self, public: bool) -> dict:
        def cell(c: Cell | None) -> dict | None:
            if c is None:
                return None
            out: dict[str, Any] = {"period": c.period, "text": c.text}
            if not public:
                out.update(value=c.value, mark=c.mark)
            return out

        data = {"key": self.key, "name": self.name, "unit": self.unit, "polarity": self.polarity,
                "period_kind": self.period_kind, "owner": self.owner, "latest": cell(self.latest),
                "previous": cell(self.previous), "trend": self.trend, "judgement": self.judgement,
                "england": self.england, "region": self.region, "neighbours": self.neighbours,
                "target": self.target, "rag": self.rag, "commentary": self.commentary,
                "history": [cell(c) for c in self.history]}
        if not public:
            data["comparator_values"] = self.comparators
        return data


@dataclass(frozen=True)
class Scorecard:
    period: str | None  # the period asked for (None: the latest figures)
    public: bool
    threshold: int
    rows: list[ScoreRow]


@dataclass(frozen=True, slots=True)
class _Figure:
    period: str
    value: float | None
    mark: str | None
    england: float | None
    region: float | None
    neighbours: float | None
    target: float | None
    commentary: str


def _cut_off(period: str | None) -> dt.date | None:
    if period is None:
        return None
    try:
        found = rules.parse_period(period)
    except ValueError as exc:
        raise PerformanceError(f"{str(exc)[:1].upper()}{str(exc)[1:]}.") from None
    return found if isinstance(found, dt.date) else found.end


def _commentary(text: str, public: bool, threshold: int) -> str:
    """The officer's commentary as this version prints it: in public, small counts written in it
    are hidden by the same threshold as the figures (``suppression.public_commentary``)."""
    return suppression.public_commentary(text, threshold) if public else text


def _whole_store(session: Session, shown: list[Indicator],
                 values: dict[tuple[str, str], float | None]) -> list[Indicator]:
    """Every figure in the store for the periods a public table prints goes into ``values``, of
    every indicator (retired ones too), printed or not: the one suppression pass then sees each
    period whole, whatever rows and history the document chose. Fails closed: a cell the document
    does not print is taken as one the reader knows (the cautious reading: it can only hide more).

    Without this the reader could work a small count out of what the pass never saw: a part the
    document leaves out (or a retired one, or a part's figure older than its row's history) as the
    total less the parts printed; a count under a printed percentage; and across two papers of the
    same period with different rows, a cell one shows that the other hid. With it, a period's
    hidden cells are the same in every public paper, so papers read side by side give away no
    more than one. Gives the indicators the table does not print (their series join the pass)."""
    printed = {i.key for i in shown}
    everyone = list(session.exec(select(Indicator)))
    periods = sorted({period for _key, period in values})
    if periods:
        by_id = {i.id: i.key for i in everyone}
        for indicator_id, period, value in session.exec(
                select(IndicatorFigure.indicator_id, IndicatorFigure.period, IndicatorFigure.value)
                .where(IndicatorFigure.period.in_(periods))):  # type: ignore[attr-defined]
            values.setdefault((by_id[indicator_id], period), value)
    return [i for i in everyone if i.key not in printed]


def show(store: Store, period: str | None = None, *, public: bool = False, count: int = 2,
         keys: Sequence[str] | None = None, gate: disclosure.Gate | None = None) -> Scorecard:
    """The scorecard: each current indicator's latest figure at or before ``period`` (a month,
    quarter, year or day; None: the latest of all), the figure before it, the trend between them,
    the latest figure's comparators and target, and its RAG rating; and in ``history`` its last
    ``count`` figures (at least the two), oldest first, for charts. ``keys``: only these indicators
    (None: every current one).

    Public: one suppression over every figure in the store for the periods shown (every indicator,
    printed or not, retired too; the history included), so that no cell hidden in one place can be
    worked out from another, in this paper or beside another of the same period; a hidden
    cell prints "c", and the trend and RAG that would tell something about it are left out; small
    counts the commentary gives in words or digits are "c" too.
    Restricted: every figure. ``gate``: the privacy rule of the document being made, if it has one
    already (else one is made for the public scorecard)."""
    end = _cut_off(period)
    count = max(2, count)
    with store.session(write=False) as session:
        threshold = suppression_threshold(session)
        query = select(Indicator).where(Indicator.former == False)  # noqa: E712
        if keys is not None:
            query = query.where(Indicator.key.in_(list(keys)))  # type: ignore[attr-defined]
        indicators = list(session.exec(query.order_by(Indicator.sort_order, Indicator.id)))
        priorities = {p.id: p.title for p in session.exec(select(Priority))}
        # Each indicator's latest figures, chosen by the database (not every figure read).
        latest: dict[int, list[_Figure]] = {}
        for r in session.connection().exec_driver_sql(
                "SELECT indicator_id, period, value, mark, england, region, neighbours, target, commentary FROM "
                "(SELECT *, row_number() OVER (PARTITION BY indicator_id ORDER BY period_end DESC) AS n "
                " FROM indicator_figure WHERE period_end <= ?) WHERE n <= ? ORDER BY indicator_id, n",
                ((end or dt.date.max).isoformat(), count)):
            latest.setdefault(r[0], []).append(_Figure(*r[1:]))
        values: dict[tuple[str, str], float | None] = {}
        for i in indicators:
            for f in latest.get(i.id, []):
                values[(i.key, f.period)] = f.value
        unprinted = _whole_store(session, indicators, values) if public else []
    hidden = suppression.suppress([suppression.Series(i.key, i.unit, i.sensitive, i.numerator_key,
                                                      i.denominator_key, i.part_of_key)
                                   for i in [*indicators, *unprinted]],
                                  values, threshold=threshold) if public else set()
    rows = []
    for i in indicators:
        figures = latest.get(i.id, [])
        now, before = (figures + [None, None])[:2]

        def cell(f: _Figure | None, unit: str = i.unit, key: str = i.key) -> Cell | None:
            if f is None:
                return None
            gone = (key, f.period) in hidden
            text = suppression.shown(f.value, f.mark, gone, unit)
            return Cell(f.period, text, None if public else f.value, None if public else f.mark, gone,
                        f.england, f.region, f.neighbours, f.target)

        a, b = cell(now), cell(before)
        secret = bool(a and a.hidden) or bool(b and b.hidden)
        direction = None if secret else rules.trend(now.value if now else None, before.value if before else None)

        numbers = {k: getattr(now, k) if now else None for k in ("england", "region", "neighbours", "target")}
        rows.append(ScoreRow(
            i.key, i.name, i.unit, i.polarity, i.period, i.owner, a, b, direction,
            rules.judgement(direction, i.polarity), *(suppression.comparator(numbers[k], i.unit)
                                                      for k in ("england", "region", "neighbours", "target")),
            None if (a and a.hidden) else rules.rag(now.value if now else None, numbers["target"], i.polarity),
            _commentary(now.commentary if now else "", public, threshold), {} if public else numbers,
            tuple(c for c in map(cell, reversed(figures)) if c is not None), i.definition, i.source,
            priorities.get(i.priority_id, "") if i.priority_id else "", i.sensitive))
    card = Scorecard(period, public, threshold, rows)
    # The public scorecard passes the privacy rule like every public output: the officer's
    # commentary is free text and may name a young person ("Kayden LOWE's episodes").
    return (gate or disclosure.gate(store)).scrub(card) if public else card


# --- undo --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IndicatorState:
    """One indicator's row at a moment (None: not there), for undo and redo."""

    indicator_id: int
    row: dict | None


def capture_indicator(store: Store, indicator_id: int) -> IndicatorState:
    with store.session(write=False) as session:
        ind = session.get(Indicator, indicator_id)
        return IndicatorState(indicator_id, ind.model_dump() if ind else None)


def restore_indicator(store: Store, state: IndicatorState) -> None:
    with store.session() as session:
        ind = session.get(Indicator, state.indicator_id)
        if state.row is None:
            if ind is not None:
                session.delete(ind)  # only ever one added by the change being undone (no figures)
            return
        session.merge(Indicator(**state.row))


@dataclass(frozen=True)
class FigureState:
    """One indicator's figure for one period, with its history (row None: no figure)."""

    key: tuple[int, str]  # (indicator id, period)
    row: dict | None
    changes: tuple[dict, ...] = ()


def capture_figure(store: Store, key: tuple[int, str]) -> FigureState:
    (state,) = capture_figures(store, [key])
    return state


def restore_figure(store: Store, state: FigureState) -> None:
    restore_figures(store, [state])


# --- import from the council's spreadsheet -----------------------------------------------------------

COLUMNS = {
    "indicator": ("indicator", "indicatorkey", "indicatorname", "key", "measure", "kpi", "code"),
    "period": ("period", "month", "quarter", "year", "date", "periodend", "asat"),
    "value": ("value", "figure", "actual", "result", "local", "sefton"),
    "england": ("england", "national", "englandaverage"),
    "region": ("region", "regional", "northwest", "nw", "lcr", "liverpoolcityregion", "regionaverage"),
    "neighbours": ("neighbours", "statisticalneighbours", "statneighbours", "sn", "neighbouraverage"),
    "target": ("target", "localtarget"),
    "commentary": ("commentary", "comment", "comments", "notes"),
}
_COLUMN_OF = {syn: name for name, syns in COLUMNS.items() for syn in syns}


@dataclass(slots=True)
class ImportFigure:
    """One figure the file gives: the row (and, wide, the column) it came from, and its fields
    (a field left out keeps what is stored)."""

    line: int
    column: str | None
    indicator_id: int
    key: str
    period: rules.Period
    fields: dict[str, Any]
    status: str = "new"  # new, changed, unchanged


@dataclass
class FigureImportPreview:
    name: str
    layout: str  # long or wide
    columns: dict[str, str | None]  # header -> field or period (None: not imported)
    figures: list[ImportFigure]
    problems: list[str]

    @property
    def unknown_columns(self) -> list[str]:
        return [h for h, f in self.columns.items() if f is None and h]

    def count(self, status: str) -> int:
        return sum(1 for f in self.figures if f.status == status)


@dataclass(frozen=True)
class FigureImportReport:
    added: int
    updated: int
    unchanged: int
    backup: Path | None


def _where(line: int, column: str | None) -> str:
    return f"row {line}, column “{column}”" if column else f"row {line}"


def read_preview(store: Store, path: Path, *, progress: Progress | None = None) -> FigureImportPreview:
    """Read and check every cell of a CSV file or workbook (its first sheet) of figures; nothing is
    written. Long layout: a row per indicator and period (Indicator, Period, Value, England, Region,
    Neighbours, Target, and Commentary if wanted). Wide: a row per indicator, a column per period
    (values only). The indicator is its key or its name. Each figure is marked new, changed or
    unchanged against what is stored."""
    progress = progress or NO_PROGRESS
    path = Path(path)
    progress.step(0, 2, f"Reading {path.name}")
    data = inputs.read_user_file(path, limit=MAX_BYTES, error=FigureImportError, what="a file of figures",
                                 advice="A spreadsheet of the board's figures is far smaller: is it the right file?")
    if not data.strip():
        raise FigureImportError(f"{path.name} is empty.")
    records, _hidden = file_records(path.name, data, error=FigureImportError)
    header = [h.strip() for h in next(records, (1, []))[1]]
    fields = {h: _COLUMN_OF.get(normalise_header(h)) for h in header}
    if "indicator" not in fields.values():
        raise FigureImportError(f"{path.name} has no Indicator column (the indicator's key or name; found: "
                                f"{', '.join(h for h in header if h) or 'nothing'}). Nothing was imported.")
    with store.session(write=False) as session:
        indicators = list(session.exec(select(Indicator)))
        stored = {(r[0], r[1]): dict(zip(FIGURE_FIELDS, r[2:])) for r in session.connection().exec_driver_sql(
            "SELECT indicator_id, period, value, mark, england, region, neighbours, target, commentary "
            "FROM indicator_figure")}
    progress.step(1, 2, "Checking the figures")
    with collector_paused():
        if "period" in fields.values():
            preview = _read_long(path.name, header, fields, records, indicators)
        else:
            preview = _read_wide(path.name, header, records, indicators)
        for f in preview.figures:
            old = stored.get((f.indicator_id, f.period.text))
            if old is not None:
                f.status = "changed" if any(old[k] != v for k, v in f.fields.items()) else "unchanged"
    if not preview.figures and not preview.problems:
        raise FigureImportError(f"{path.name} has a header but no figures. Nothing was imported.")
    progress.report(2, 2, f"Checked {len(preview.figures)} figures")
    return preview


@dataclass(frozen=True, slots=True)
class _Ind:
    """What the import needs of an indicator (plain attributes: read thousands of times)."""

    id: int
    key: str
    name: str
    unit: str
    period: str
    former: bool


class _Lookup:
    def __init__(self, indicators: list[Indicator]) -> None:
        plain = [_Ind(i.id, i.key, i.name, i.unit, i.period, i.former) for i in indicators]
        self.by_key = {i.key: i for i in plain}
        self.by_name: dict[str, _Ind] = {}
        for i in sorted(plain, key=lambda i: (not i.former, i.id)):  # a current one wins
            self.by_name[i.name.casefold()] = i
        self.found: dict[str, tuple[_Ind | None, str | None]] = {}

    def find(self, text: str) -> tuple[_Ind | None, str | None]:
        if (known := self.found.get(text)) is not None:
            return known
        t = " ".join(text.split())
        ind = self.by_key.get(t.casefold()) or self.by_name.get(t.casefold())
        if not t:
            answer = None, "no indicator"
        elif ind is None:
            answer = None, f"there is no indicator “{t}” (give its key or its name)"
        elif ind.former:
            answer = None, f"the indicator “{ind.name}” was retired"
        else:
            answer = ind, None
        self.found[text] = answer
        return answer


def _cell_fields(ind: _Ind, name: str, text: str, into: dict[str, Any]) -> None:
    """A cell's field(s) put ``into`` a figure's: the value cell may hold a mark instead. ValueError
    says what is wrong."""
    if name == "commentary":
        if (problem := control_problem(text, "the commentary")) is not None:
            raise ValueError(problem)
        if len(text) > COMMENTARY_LIMIT:
            raise ValueError(f"the commentary is longer than {COMMENTARY_LIMIT} characters")
        into["commentary"] = text.strip()
        return
    try:
        value = float(text)  # the usual cell, quickly; anything else as written below
    except ValueError:
        if mark := rules.mark_of(text):
            if name == "value":
                into["value"], into["mark"] = None, mark
            else:
                into[name] = None
            return
        if problem := rules.percent_problem(text, ind.unit, FIELD_WORDS[name]):
            raise ValueError(problem) from None
        value = rules.parse_number(text)
    unit = ind.unit
    plain = (-1e12 < value < 1e12 and (unit == "other" or value >= 0)  # the usual figure, checked quickly
             and (unit != "count" or value.is_integer()) and (unit != "percentage" or value <= 100))
    if not plain and (problem := rules.value_problem(value, unit, FIELD_WORDS[name])):
        raise ValueError(problem)
    into[name] = value
    if name == "value":
        into["mark"] = None


def _read_long(name, header, fields, records, indicators) -> FigureImportPreview:
    seen_fields: dict[str, str] = {}
    for h in header:
        if (f := fields[h]) is not None:
            if f in seen_fields:
                raise FigureImportError(f"{name} has two columns for {FIELD_WORDS.get(f, 'the ' + f)}: "
                                        f"“{seen_fields[f]}” and “{h}”. Delete or rename one of them and import "
                                        "again. Nothing was imported.")
            seen_fields[f] = h
    used = [(i, f, h) for i, (h, f) in enumerate(zip(header, [fields[h] for h in header])) if f]
    col = {f: i for i, f, _ in used}
    lookup = _Lookup(indicators)
    figures: list[ImportFigure] = []
    problems: list[str] = []
    first: dict[tuple[int, str], int] = {}
    periods: dict[tuple[str, str], rules.Period] = {}  # a sheet has few periods and many rows
    width = max(i for i, _, _ in used) + 1
    numbers = [(i, f, h) for i, f, h in used if f not in ("indicator", "period")]
    at_indicator, at_period = col["indicator"], col["period"]
    for n, raw in records:
        if len(raw) < width:
            raw = raw + [""] * (width - len(raw))
        if not "".join(raw).strip():
            continue
        ind, problem = lookup.find(raw[at_indicator])
        if problem:
            problems.append(f"{_where(n, header[at_indicator])}: {problem}")
            continue
        period_text = raw[at_period].strip()
        when = periods.get((period_text, ind.period))
        if when is None and period_text:
            try:
                when = periods[(period_text, ind.period)] = rules.period_for(period_text, ind.period,
                                                                             f"“{ind.name}”")
            except ValueError as exc:
                problems.append(f"{_where(n, header[at_period])}: {exc}")
                continue
        if when is None:
            problems.append(f"{_where(n, header[at_period])}: no period")
            continue
        given: dict[str, Any] = {}
        bad = False
        for i, f, h in numbers:
            text = raw[i].strip()
            if not text:
                continue
            try:
                _cell_fields(ind, f, text, given)
            except ValueError as exc:
                problems.append(f"{_where(n, h)}: {exc}")
                bad = True
        if bad:
            continue
        if not given:
            problems.append(f"{_where(n, None)}: no figure for {ind.key} in {when.text} (no value, mark or "
                            "comparator)")
            continue
        if (ind.id, when.text) in first:
            problems.append(f"{_where(n, None)}: {ind.key} in {when.text} is given in row "
                            f"{first[(ind.id, when.text)]} too")
            continue
        first[(ind.id, when.text)] = n
        figures.append(ImportFigure(n, None, ind.id, ind.key, when, given))
    return FigureImportPreview(name, "long", fields, figures, problems)


def _read_wide(name, header, records, indicators) -> FigureImportPreview:
    columns: dict[str, str | None] = {}
    periods: list[tuple[int, str, rules.Period | dt.date]] = []
    problems: list[str] = []
    indicator_at = None
    seen: dict[str, str] = {}
    for i, h in enumerate(header):
        key = normalise_header(h)
        if _COLUMN_OF.get(key) == "indicator" and indicator_at is None:
            indicator_at, columns[h] = i, "indicator"
            continue
        try:
            found = rules.parse_period(h)
        except ValueError as exc:
            columns[h] = None  # listed as not imported
            if rules.looks_like_period(h):
                problems.append(f"column “{h}”: {exc}")
            continue
        label = found.isoformat() if isinstance(found, dt.date) else found.text
        if label in seen:
            raise FigureImportError(f"{name} has two columns for {label}: “{seen[label]}” and “{h}”. Delete one and "
                                    "import again. Nothing was imported.")
        seen[label] = h
        columns[h] = label
        periods.append((i, h, found))
    if not periods and not problems:
        raise FigureImportError(f"{name} has an Indicator column but neither a Period column (one row per indicator "
                                "and period) nor periods as column headers (2026-11, 2026-Q3, 2026). Nothing was "
                                "imported.")
    lookup = _Lookup(indicators)
    figures: list[ImportFigure] = []
    first: dict[int, int] = {}
    keyed: dict[tuple[int, str], str] = {}
    for n, raw in records:
        if not "".join(raw).strip():
            continue
        ind, problem = lookup.find(raw[indicator_at] if indicator_at < len(raw) else "")
        if problem:
            problems.append(f"{_where(n, header[indicator_at])}: {problem}")
            continue
        if ind.id in first:
            problems.append(f"{_where(n, header[indicator_at])}: {ind.key} is in row {first[ind.id]} too")
            continue
        first[ind.id] = n
        for i, h, found in periods:
            text = raw[i].strip() if i < len(raw) else ""
            if not text:
                continue
            try:
                when = rules.containing(found, ind.period) if isinstance(found, dt.date) else found
                if when.kind != ind.period:
                    rules.period_for(when.text, ind.period, f"“{ind.name}”")  # says what is wrong
                given: dict[str, Any] = {}
                _cell_fields(ind, "value", text, given)
            except ValueError as exc:
                problems.append(f"{_where(n, h)}: {exc}")
                continue
            if (ind.id, when.text) in keyed:  # a day column and a month column for one month
                problems.append(f"{_where(n, h)}: {ind.key} in {when.text} is in column "
                                f"“{keyed[(ind.id, when.text)]}” too")
                continue
            keyed[(ind.id, when.text)] = h
            figures.append(ImportFigure(n, h, ind.id, ind.key, when, given))
    return FigureImportPreview(name, "wide", columns, figures, problems)


def apply(store: Store, preview: FigureImportPreview, *, backup: bool = True,
          progress: Progress | None = None) -> FigureImportReport:
    """Write the whole preview in one transaction, or nothing: new figures added, changed ones
    updated with each changed field kept in their history (the file's name as the source), the same
    ones left alone. With ``backup`` the data is backed up first (when there is anything to write)."""
    if preview.problems:
        raise FigureImportError("Nothing was imported:\n" + "\n".join(preview.problems))
    progress = progress or NO_PROGRESS
    progress.step(0, 1, f"Importing {len(preview.figures)} figures")
    saved = None
    if backup and any(f.status != "unchanged" for f in preview.figures):
        from cpo_desktop.store import backup as backup_mod

        saved = backup_mod.make_backup(store.paths, reason="before-import")
    source = preview.name[:NAME_LIMIT]
    added = updated = unchanged = 0
    with store.session() as session, collector_paused():
        conn = session.connection()
        current = {i for (i,) in conn.exec_driver_sql("SELECT id FROM indicator WHERE former = 0")}
        gone = sorted({f.key for f in preview.figures if f.indicator_id not in current})
        if gone:
            raise FigureImportError(f"Nothing was imported: {', '.join(gone)} was retired or removed after the file "
                                    "was checked. Check the file again.")
        stored = {(r[1], r[2]): r for r in conn.exec_driver_sql(
            "SELECT id, indicator_id, period, value, mark, england, region, neighbours, target, commentary "
            "FROM indicator_figure")}
        now = IndicatorFigure.__table__.c.updated_at.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)(
            dt.datetime.now(dt.UTC))
        inserts, updates, changes = [], [], []
        for f in preview.figures:
            old = stored.get((f.indicator_id, f.period.text))
            if old is None:
                get = f.fields.get
                inserts.append((f.indicator_id, f.period.text, f.period.end.isoformat(), get("value"), get("mark"),
                                get("england"), get("region"), get("neighbours"), get("target"),
                                get("commentary", ""), source, now))
                added += 1
                continue
            was = dict(zip(FIGURE_FIELDS, old[3:]))
            diff = {k: v for k, v in f.fields.items() if was[k] != v}
            if not diff:
                unchanged += 1
                continue
            updated += 1
            was.update(diff)
            updates.append((*(was[k] for k in FIGURE_FIELDS), source, now, old[0]))
            changes.extend((old[0], k, _text(old[3 + FIGURE_FIELDS.index(k)]), _text(v), source, now)
                           for k, v in diff.items())
        if inserts:
            conn.exec_driver_sql(
                "INSERT INTO indicator_figure (indicator_id, period, period_end, value, mark, england, region, "
                "neighbours, target, commentary, source, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", inserts)
        if updates:
            conn.exec_driver_sql(
                "UPDATE indicator_figure SET value=?, mark=?, england=?, region=?, neighbours=?, target=?, "
                "commentary=?, source=?, updated_at=? WHERE id=?", updates)
        if changes:
            conn.exec_driver_sql("INSERT INTO indicator_figure_change (figure_id, field, old, new, source, changed_at) "
                                 "VALUES (?,?,?,?,?,?)", changes)
    progress.report(1, 1, "Imported")
    return FigureImportReport(added, updated, unchanged, saved)



# --- the window's reads and writes (issue 22, point 7: the Performance view) ---------------------------

def set_indicator_priority(store: Store, ref: str | int, priority_id: int | None) -> bool:
    """File an indicator under one of the board's priorities (None: under none), for the window's
    filter; True when that changed anything."""
    with store.session() as session:
        ind = find_indicator(session, ref)
        if priority_id is not None and session.get(Priority, priority_id) is None:
            raise PerformanceError("That priority is no longer on the board's list. Nothing was saved.")
        if ind.priority_id == priority_id:
            return False
        if ind.former:
            raise PerformanceError(f"The indicator “{ind.name}” was retired; its details stay as they were.")
        ind.priority_id = priority_id
        return True


def capture_figures(store: Store, keys: Sequence[tuple[int, str]]) -> tuple[FigureState, ...]:
    """``capture_figure`` for many figures in one read (an import's figures, for its undo)."""
    wanted = set(keys)
    if not wanted:
        return ()
    indicator_ids = sorted({k[0] for k in wanted})
    with store.session(write=False) as session:
        figures = [f for f in session.exec(select(IndicatorFigure).where(
            IndicatorFigure.indicator_id.in_(indicator_ids)))  # type: ignore[attr-defined]
            if (f.indicator_id, f.period) in wanted]
        changes: dict[int, list[dict]] = {}
        ids = [f.id for f in figures]
        for start in range(0, len(ids), 500):
            for c in session.exec(select(IndicatorFigureChange).where(
                    IndicatorFigureChange.figure_id.in_(ids[start:start + 500]))):  # type: ignore[attr-defined]
                changes.setdefault(c.figure_id, []).append(c.model_dump())
        found = {(f.indicator_id, f.period): FigureState((f.indicator_id, f.period), f.model_dump(),
                                                         tuple(changes.get(f.id, ()))) for f in figures}
    return tuple(found.get(k, FigureState(k, None)) for k in sorted(wanted))


def restore_figures(store: Store, states: Sequence[FigureState]) -> None:
    """``restore_figure`` for many figures in one transaction: all of them put back, or none. The
    figures and their changes are read in a few queries first, so nothing is looked up one by one."""
    if not states:
        return
    with store.session() as session:
        indicator_ids = sorted({s.key[0] for s in states})
        current = {(f.indicator_id, f.period): f for f in session.exec(select(IndicatorFigure).where(
            IndicatorFigure.indicator_id.in_(indicator_ids)))}  # type: ignore[attr-defined]
        wanted = [current[s.key].id for s in states if s.key in current]
        existing: dict[int, list[IndicatorFigureChange]] = {}
        for start in range(0, len(wanted), 500):
            for c in session.exec(select(IndicatorFigureChange).where(
                    IndicatorFigureChange.figure_id.in_(wanted[start:start + 500]))):  # type: ignore[attr-defined]
                existing.setdefault(c.figure_id, []).append(c)
        for state in states:
            figure = current.get(state.key)
            kept = {c["id"] for c in state.changes}
            if figure is not None:
                for c in existing.get(figure.id, ()):
                    if c.id not in kept:
                        session.delete(c)
                if state.row is None or figure.id != state.row["id"]:
                    session.flush()
                    session.delete(figure)
                    session.flush()
            if state.row is None:
                continue
            session.merge(IndicatorFigure(**state.row))
            for c in state.changes:
                session.merge(IndicatorFigureChange(**c))
