"""The board's agenda template dialog: edited as the CPO would, saved through the service, and
the next agenda built from it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cpo_desktop.services import agenda, meetings
from cpo_desktop.services import agenda_template
from cpo_desktop.ui.agenda.template_dialog import TemplateDialog

NEW = "Care leavers' forum report"


@pytest.fixture
def dialog(qtbot, store):
    dialog = TemplateDialog(agenda_template.list_template(store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def rows(dialog) -> list[str]:
    lst = dialog.ui.itemList
    return [lst.item(n).text() for n in range(lst.count())]


def select(dialog, title: str) -> None:
    index = next(n for n, i in enumerate(dialog.items) if i.title == title)
    dialog.ui.itemList.setCurrentRow(index)
    assert dialog.ui.titleEdit.text() == title


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_edit_the_template_and_the_next_agenda_follows_it(qtbot, store, dialog):
    ui = dialog.ui
    assert rows(dialog)[0] == "Opening – Welcome and introductions"
    assert rows(dialog)[5] == "Standing – Local Offer for Care Experienced Young People"
    assert rows(dialog)[-1] == "Closing – Date of next meeting"
    assert dialog.ok.isEnabled() and not ui.problemLabel.isVisible()

    # Rename an item.
    select(dialog, "Performance report")
    retype(qtbot, ui.titleEdit, "Performance report and scorecard")
    assert "Standing – Performance report and scorecard" in rows(dialog)

    # Add a standing item after the last one: a new, empty item is not scolded, but OK waits.
    select(dialog, "Partner boards' minutes – for information")
    click(qtbot, ui.addButton)
    added = dialog.current()
    assert added.title == "" and added.section == "standing" and added.id is None
    assert ui.sectionCombo.currentData() == "standing"
    assert rows(dialog)[dialog.ui.itemList.currentRow() - 1].endswith("Partner boards' minutes – for information")
    assert not dialog.ok.isEnabled() and not ui.problemLabel.isVisible()
    qtbot.keyClicks(ui.titleEdit, NEW)
    ui.durationSpin.setValue(10)
    ui.paperCheck.setChecked(True)
    ui.purposeCombo.setCurrentIndex(ui.purposeCombo.findData("discussion"))
    ui.presenterEdit.setText("Participation Officer")
    assert dialog.ok.isEnabled()

    # Move it up to be the first standing item; it cannot leave its section by moving.
    while ui.moveUpButton.isEnabled():
        click(qtbot, ui.moveUpButton)
    assert dialog.current() is added
    assert rows(dialog)[4] == "Opening – Matters arising and action log"
    assert rows(dialog)[5] == f"Standing – {NEW}"
    assert ui.moveDownButton.isEnabled()

    # Director's briefing: not used (kept, greyed and italic), never deleted.
    select(dialog, "Director's briefing")
    assert "agendas already built keep" in ui.notUsedButton.toolTip()
    click(qtbot, ui.notUsedButton)
    assert not ui.activeCheck.isChecked() and ui.notUsedButton.isChecked()
    row = ui.itemList.item(ui.itemList.currentRow())
    assert row.text() == "Standing – Director's briefing  (not used)" and row.font().italic()
    assert "1 item is not used" in ui.summaryLabel.text()

    # A blank title: OK disabled and the reason shown; put right, OK comes back.
    select(dialog, "Welcome and introductions")
    retype(qtbot, ui.titleEdit, "")
    assert not dialog.ok.isEnabled()
    assert ui.problemLabel.isVisible()
    assert ui.problemLabel.text() == "Opening item 1: every template item needs a title."
    assert rows(dialog)[0] == "Opening – (no title yet)"
    qtbot.keyClicks(ui.titleEdit, "Welcome and introductions")
    assert dialog.ok.isEnabled() and not ui.problemLabel.isVisible()

    result = dialog.result_items()
    assert [i.section for i in result] == sorted((i.section for i in result),
                                                 key=("opening", "standing", "closing").index)
    assert result[5].title == NEW and result[5].duration_minutes == 10 and result[5].paper_expected
    agenda_template.save_template(store, result)

    saved = agenda_template.list_template(store)
    assert [(i.title, i.active) for i in saved] == [(i.title, i.active) for i in result]
    assert [i.title for i in saved if not i.active] == ["Director's briefing"]

    meetings.plan_year(store, 2027)
    first = next(m for m in meetings.list_meetings(store, year=2027) if m.kind == "board")
    agenda.create_agenda(store, first.id)
    items = agenda.load_agenda(store, first.id).items
    titles = [i.title for i in items]
    assert "Director's briefing" not in titles
    assert titles[:6] == ["Welcome and introductions", "Apologies and substitutes", "Declarations of interest",
                          "Minutes of the last meeting", "Matters arising and action log", NEW]
    forum = items[5]
    assert forum.duration_minutes == 10 and forum.paper_expected and forum.purpose == "discussion"
    assert "Performance report and scorecard" in titles and "Performance report" not in titles
    assert titles[-2:] == ["Any other business", "Date of next meeting"]


def test_changing_section_moves_the_item_and_result_keeps_agenda_order(qtbot, store, dialog):
    ui = dialog.ui
    select(dialog, "Matters arising and action log")  # the last opening item
    ui.sectionCombo.setCurrentIndex(ui.sectionCombo.findData("standing"))
    # It joins the standing items at the end nearest where it was: first.
    assert rows(dialog)[4] == "Standing – Matters arising and action log"
    assert dialog.current().title == "Matters arising and action log"
    assert not ui.moveUpButton.isEnabled()

    select(dialog, "Local Offer for Care Experienced Young People")
    ui.sectionCombo.setCurrentIndex(ui.sectionCombo.findData("closing"))
    assert rows(dialog)[-3] == "Closing – Local Offer for Care Experienced Young People"
    assert not ui.moveUpButton.isEnabled() and ui.moveDownButton.isEnabled()

    sections = [i.section for i in dialog.result_items()]
    assert sections == ["opening"] * 4 + ["standing"] * 6 + ["closing"] * 3
    agenda_template.save_template(store, dialog.result_items())
    assert [i.title for i in agenda_template.list_template(store)] == [i.title for i in dialog.result_items()]


def test_nothing_changed_saves_the_same_template_and_the_input_is_not_touched(qtbot, store, dialog):
    before = agenda_template.list_template(store)
    items = agenda_template.list_template(store)
    other = TemplateDialog(items)
    qtbot.addWidget(other)
    other.ui.titleEdit.setText("Changed")
    assert items == before  # the dialog edits copies
    assert dialog.result_items() == before
    agenda_template.save_template(store, dialog.result_items())
    assert agenda_template.list_template(store) == before


def test_used_tick_and_not_used_button_agree_and_a_new_item_left_blank_is_named(qtbot, dialog):
    ui = dialog.ui
    select(dialog, "Any other business")
    ui.activeCheck.setChecked(False)
    assert ui.notUsedButton.isChecked() and not dialog.current().active
    click(qtbot, ui.notUsedButton)
    assert ui.activeCheck.isChecked() and dialog.current().active

    click(qtbot, ui.addButton)
    assert dialog.current().section == "closing"
    assert not dialog.ok.isEnabled() and not ui.problemLabel.isVisible()
    select(dialog, "Date of next meeting")  # leaving the new item: now say what it lacks
    assert ui.problemLabel.isVisible()
    assert ui.problemLabel.text() == "Closing item 2: every template item needs a title."
    assert not dialog.ok.isEnabled()


def test_an_empty_template_starts_with_a_standing_item(qtbot):
    dialog = TemplateDialog([])
    qtbot.addWidget(dialog)
    assert not dialog.ui.editorGroup.isEnabled() and dialog.ok.isEnabled()
    dialog.add_item()
    dialog.ui.titleEdit.setText("Only item")
    assert [(i.title, i.section) for i in dialog.result_items()] == [("Only item", "standing")]


def test_ctrl_up_and_down_move_the_selected_item(qtbot, dialog):
    up = ["Standing – Performance report", "Standing – Director's briefing"]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    select(dialog, "Performance report")
    dialog.ui.itemList.setFocus()
    # A button's shortcut clicks it a moment later (the button is seen to press).
    qtbot.keyClick(dialog.ui.itemList, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: rows(dialog)[8:10] == up)
    assert dialog.current().title == "Performance report"
    qtbot.keyClick(dialog.ui.itemList, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: rows(dialog)[8:10] == up[::-1])
