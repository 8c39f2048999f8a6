"""The service reads and writes the Performance view adds (services/performance.py, its last
section): an indicator filed under a priority, and many figures captured and put back at once
(an import's undo)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from cpo_desktop.model.tables import Priority
from cpo_desktop.services import performance, undo


def test_an_indicator_is_filed_under_a_priority_and_undone_whole(demo_store):
    with demo_store.session() as session:
        health = session.exec(select(Priority).where(Priority.title == "Health and Wellbeing")).one().id
    ind = next(i for i in performance.list_indicators(demo_store) if i.key == "cla_number")
    before = performance.capture_indicator(demo_store, ind.id)
    assert performance.set_indicator_priority(demo_store, "cla_number", health)
    assert not performance.set_indicator_priority(demo_store, "cla_number", health)  # no change, no write
    assert next(i for i in performance.list_indicators(demo_store) if i.key == "cla_number").priority == \
        "Health and Wellbeing"
    with pytest.raises(performance.PerformanceError, match="no longer on the board's list"):
        performance.set_indicator_priority(demo_store, "cla_number", 9999)
    performance.restore_indicator(demo_store, before)
    assert next(i for i in performance.list_indicators(demo_store) if i.key == "cla_number").priority == \
        ind.priority


def test_many_figures_are_captured_in_one_read_and_put_back_in_one_transaction(store):
    cla = next(i for i in performance.list_indicators(store) if i.key == "cla_number").id
    performance.set_figure(store, "cla_number", "2026-09", value=520, commentary="Before")
    performance.set_figure(store, "cla_number", "2026-09", value=519, source="corrected")
    keys = ((cla, "2026-09"), (cla, "2026-10"))
    before = performance.capture_figures(store, keys)
    assert before == tuple(performance.capture_figure(store, k) for k in sorted(keys))
    performance.set_figure(store, "cla_number", "2026-09", value=516, source="import.csv")
    performance.set_figure(store, "cla_number", "2026-10", value=512, source="import.csv")
    after = performance.capture_figures(store, keys)
    snapshot = undo.figures()
    snapshot.restore(store, before)
    _ind, figures = performance.history(store, "cla_number")
    assert [(f.period, f.value, [c.new for c in f.changes]) for f in figures] == [("2026-09", 519.0, ["519"])]
    snapshot.restore(store, after)
    assert performance.capture_figures(store, keys) == after
    assert snapshot.absent(keys) == tuple(performance.FigureState(k, None) for k in keys)
    assert performance.capture_figures(store, ()) == ()
