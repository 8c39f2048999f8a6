"""Issue 19, point 6, in the window: the item dialog's "Report rule" links an agenda item to its
work-programme report (kept when other things change, cleared with "None", undone), and the Work
programme's coverage check lists a report counted by a hand-added item's title, to be linked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlmodel import select

from cpo_desktop.model.tables import AgendaItem
from cpo_desktop.services import agenda as agenda_svc
from cpo_desktop.services import overview, work_programme
from cpo_desktop.ui import prompts
from cpo_desktop.ui.agenda import AgendaView
from cpo_desktop.ui.agenda.dialogs import ItemDialog
from cpo_desktop.ui.context import ViewContext
from cpo_desktop.ui.work_programme import WorkProgrammeView

DEMO_DAY = dt.date(2026, 11, 23)
PROVIDER = "Health of cared for children: provider update"


def context(demo_store, monkeypatch) -> ViewContext:
    monkeypatch.setenv("CPO_TODAY", DEMO_DAY.isoformat())
    ctx = ViewContext(demo_store.paths, interactive=False)
    ctx.store = demo_store
    ctx.data = overview.load_views(demo_store, today=DEMO_DAY)
    return ctx


def stored_rule(store, title: str) -> int | None:
    with store.session() as session:
        return session.exec(select(AgendaItem).where(AgendaItem.title == title)).one().report_rule_id


def test_the_item_dialog_links_the_item_to_its_report_rule(qtbot, demo_store, monkeypatch):
    ctx = context(demo_store, monkeypatch)
    view = AgendaView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show_meetings(ctx.data.meetings)
    rules = work_programme.list_rules(demo_store)
    vsh = next(r for r in rules if r.title.startswith("Virtual School"))

    def add(d: ItemDialog) -> bool:
        combo = d.ui.ruleCombo
        assert combo.count() == len(rules) + 1 and combo.currentData() is None
        assert [combo.itemData(n) for n in range(1, combo.count())] == [r.id for r in rules]
        d.ui.titleEdit.setText("Virtual School: children's progress")
        combo.setCurrentIndex(combo.findData(vsh.id))
        assert vsh.title in combo.currentText()
        return True

    monkeypatch.setattr(prompts, "ask", add)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.add_item()
    assert stored_rule(demo_store, "Virtual School: children's progress") == vsh.id
    assert view.selected().title == "Virtual School: children's progress"

    # Changing something else keeps the link; the dialog opens with it chosen.
    def rename(d: ItemDialog) -> bool:
        assert d.ui.ruleCombo.currentData() == vsh.id
        d.ui.titleEdit.setText("Virtual School: how children are doing")
        return True

    monkeypatch.setattr(prompts, "ask", rename)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.edit_item()
    assert stored_rule(demo_store, "Virtual School: how children are doing") == vsh.id

    # "None" unlinks it; undo links it again.
    def unlink(d: ItemDialog) -> bool:
        d.ui.ruleCombo.setCurrentIndex(0)
        return True

    monkeypatch.setattr(prompts, "ask", unlink)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.edit_item()
    assert stored_rule(demo_store, "Virtual School: how children are doing") is None
    with qtbot.waitSignal(view.loaded, timeout=10000):
        ctx.undo.stack.undo()
    assert stored_rule(demo_store, "Virtual School: how children are doing") == vsh.id


def test_the_coverage_check_lists_a_report_counted_by_a_hand_added_items_title(qtbot, demo_store, monkeypatch):
    ctx = context(demo_store, monkeypatch)
    meeting = next(m for m in ctx.data.meetings if m.kind == "board" and m.date >= DEMO_DAY)
    linked = next(i for i in agenda_svc.load_agenda(demo_store, meeting.id).items if i.title == PROVIDER)
    agenda_svc.remove_item(demo_store, linked.id)
    hand = "Health of cared-for children – provider update, autumn"
    agenda_svc.add_item(demo_store, meeting.id, agenda_svc.ItemInput(hand, duration_minutes=linked.duration_minutes))

    programme = WorkProgrammeView(ctx)
    qtbot.addWidget(programme)
    with qtbot.waitSignal(programme.loaded, timeout=20000):
        programme.reload()
    texts = [programme.coverage_list.item(n).text() for n in range(programme.coverage_list.count())]
    assert not any(PROVIDER in t and "due but not" in t for t in texts)
    [note] = [n for n, t in enumerate(texts) if t.startswith("Counted by title: ")]
    assert f"“{hand}” on the agenda of 9 December 2026" in texts[note] and "Report rule" in texts[note]
    assert programme.coverage_list.item(note).data(Qt.ItemDataRole.UserRole) == meeting.id
    # The grid says so in the cell's tooltip.
    model = programme.grid_model
    row = next(r for r, g in enumerate(model.rows) if g.title == PROVIDER)
    column = model.FIXED + [m.id for m in model.meetings].index(meeting.id)
    assert model.index(row, column).data() == "on agenda"
    assert f"Counted by the title of “{hand}”" in model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
