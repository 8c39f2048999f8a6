"""The Working groups tab (issue 21, point 3), on a view context alone over the demo board: add a
priority with a working group, link its chair to a seat (its holder's e-mail shows), add a
commitment, update its RAG, and undo each step back to where it started."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from cpo_desktop.services import overview
from cpo_desktop.services import working_groups as wg
from cpo_desktop.ui.context import ViewContext
from cpo_desktop.ui.work_programme.groups import RAG_COLOURS, PlanModel, WorkingGroupsPanel

DEMO_DAY = dt.date(2026, 11, 23)
NURSE = "Designated Nurse, Cared for Children, Merseyside and Cheshire NHS (Sefton Borough)"


def context(store) -> ViewContext:
    ctx = ViewContext(store.paths, interactive=False)
    ctx.store = store
    ctx.data = overview.load_views(store, today=DEMO_DAY)
    return ctx


def test_add_a_group_link_its_chair_rate_a_commitment_and_undo(qtbot, demo_store, answers, monkeypatch):
    monkeypatch.setenv("CPO_TODAY", DEMO_DAY.isoformat())
    ctx = context(demo_store)
    panel = WorkingGroupsPanel(ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.reload()
    assert [g.title for g in panel.groups_model.rows][0] == "Being Heard"
    assert panel.ui.addGroupButton.isEnabled()

    def step(action) -> None:
        with qtbot.waitSignal(panel.loaded, timeout=10000):
            action()
        qtbot.waitUntil(lambda: not ctx.ops.busy, timeout=10000)

    # 1. Add a priority with a working group, its chair not named yet.
    def new_group(d) -> bool:
        assert not d.ok.isEnabled()  # no title yet
        d.ui.titleEdit.setText("Being Safe Online")
        d.ui.workingGroupCheck.setChecked(True)
        assert d.ok.isEnabled()
        d.ok.click()
        return True

    answers.append(new_group)
    step(panel.add_group)
    row = panel.selected_group()
    assert (row.title, row.has_working_group, row.chair.link) == ("Being Safe Online", True, "none")
    assert "no e-mail" in panel.ui.planTitle.text()

    # 2. Link its chair to the Designated Nurse's seat: its holder is the chair, with her e-mail.
    def link_chair(d) -> bool:
        d.ui.chairKindCombo.setCurrentIndex(d.ui.chairKindCombo.findData("seat"))
        assert not d.ok.isEnabled()  # which seat?
        d.ui.chairCombo.setCurrentIndex(d.ui.chairCombo.findText(NURSE))
        assert d.ok.isEnabled()
        d.ok.click()
        return True

    answers.append(link_chair)
    step(panel.edit_group)
    row = panel.selected_group()
    assert row.chair.link == "seat" and row.chair.email == "rachel.adeyemi@example.net"
    assert "rachel.adeyemi@example.net" in panel.ui.planTitle.text()

    # 3. A commitment, then a RAG update on it.
    def commitment(d) -> bool:
        d.ui.textEdit.setPlainText("Train every foster carer in keeping children safe online")
        d.ui.ownerRoleEdit.setText("Designated Nurse")
        d.ok.click()
        return True

    answers.append(commitment)
    step(panel.add_commitment)
    assert [c.text for c in panel.plan_model.rows] == ["Train every foster carer in keeping children safe online"]
    panel.ui.planTable.selectRow(0)
    assert panel.ui.ragButton.isEnabled()

    def red(d) -> bool:
        d.ui.ragCombo.setCurrentIndex(d.ui.ragCombo.findData("red"))
        d.ui.noteEdit.setPlainText("No trainer found yet")
        d.ok.click()
        return True

    answers.append(red)
    step(panel.update_rag)
    c = panel.plan_model.rows[0]
    assert (c.rag, c.latest.note, c.latest.date) == ("red", "No trainer found yet", DEMO_DAY)
    cell = panel.plan_model.index(0, PlanModel.RAG)
    assert panel.plan_model.data(cell) == "Red"
    assert panel.plan_model.data(cell, Qt.ItemDataRole.BackgroundRole).color() == RAG_COLOURS["red"]
    assert panel.selected_group().rag["red"] == 1
    assert ctx.undo.stack.count() == 4

    # Undo: the RAG update goes (the commitment is unrated again), then the commitment, the chair, the group.
    step(ctx.undo.stack.undo)
    c = panel.plan_model.rows[0]
    assert c.rag is None and c.updates == ()
    step(ctx.undo.stack.undo)
    assert panel.plan_model.rows == []
    step(ctx.undo.stack.undo)
    gid = row.id
    assert wg.plan(demo_store, gid).group.chair.link == "none"
    step(ctx.undo.stack.undo)
    assert all(g.title != "Being Safe Online" for g in wg.list_groups(demo_store, today=DEMO_DAY))
    assert all(g.title != "Being Safe Online" for g in panel.groups_model.rows)
    # Redo puts it all back.
    for _ in range(4):
        step(ctx.undo.stack.redo)
    assert wg.plan(demo_store, gid).commitments[0].rag == "red"
