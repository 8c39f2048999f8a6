"""Meetings › Board's Terms of Reference…: the dialog on the demo board (loaded 23 November 2026),
driven through its own widgets. A change is saved as version 2 (agreed at a meeting, in force from
its date, what changed named), undone and redone through the context's undo; OK on the untouched
dialog saves nothing; the History tab shows each version read-only."""

from __future__ import annotations

import datetime as dt

from conftest import demo_context as context, open_window
from PySide6.QtWidgets import QDialogButtonBox

from cpo_desktop.services import terms
from cpo_desktop.ui.board.terms import NOT_RECORDED, TermsDialog, edit_terms, read

DEMO_DAY = dt.date(2026, 11, 23)


def test_edit_save_undo_and_redo(qtbot, demo_store, answers, monkeypatch):
    monkeypatch.setenv("CPO_TODAY", DEMO_DAY.isoformat())
    ctx = context(demo_store)
    statuses: list[str] = []
    ctx.status_shown.connect(lambda message, _msecs: statuses.append(message))
    touched: list[frozenset] = []
    ctx.changed.connect(touched.append)
    v1 = terms.newest(demo_store)
    held = [m for m in read(demo_store).meetings if m.date <= DEMO_DAY][0]  # the latest held

    seen = {}

    def change(d: TermsDialog) -> bool:
        ui = d.ui
        assert ui.purposeEdit.toPlainText() == v1.purpose and ui.chairEdit.text() == v1.chair_role
        assert ui.membershipEdit.isReadOnly() and ui.membershipEdit.toPlainText().splitlines() == list(v1.membership)
        assert ui.agreedCombo.currentText() == NOT_RECORDED and d.effective() == DEMO_DAY
        assert "Nothing is changed yet" in ui.summaryLabel.text()
        ui.chairEdit.setText("Cabinet Member for Children, Schools and Families")
        ui.frequencyEdit.setText("Quarterly")
        ui.agreedCombo.setCurrentIndex(ui.agreedCombo.findData(held.id))
        assert d.effective() == held.date  # the meeting's day, until the date is set by hand
        ui.effectiveEdit.setDate(ui.effectiveEdit.date().addDays(-1))
        assert not d.ok.isEnabled() and "before the meeting that agreed it" in ui.problemLabel.text()
        ui.effectiveEdit.setDate(ui.effectiveEdit.date().addDays(1))
        ui.noteEdit.setText("Agreed at the annual review")
        assert d.ok.isEnabled() and ui.summaryLabel.text() == (
            "Saving makes version 2: Changed the Chair's role and the frequency of meetings. Agreed at the annual "
            "review.")
        seen["ok"] = d.ok.text()
        d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return True

    answers.append(change)
    edit_terms(ctx)
    qtbot.waitUntil(lambda: ctx.undo.stack.count() == 1 and not ctx.ops.busy, timeout=10000)
    assert seen["ok"] == "Save as New Version"
    v2 = terms.newest(demo_store)
    assert (v2.version, v2.chair_role, v2.frequency, v2.agreed_at_meeting_id, v2.effective_from) == (
        2, "Cabinet Member for Children, Schools and Families", "Quarterly", held.id, held.date)
    assert v2.purpose == v1.purpose and v2.quorum == v1.quorum
    assert statuses[-1] == "Change the terms of reference (the Chair's role and the frequency of meetings)."
    assert any("board" in kinds and "packs" in kinds for kinds in touched)

    ctx.undo.stack.undo()
    qtbot.waitUntil(lambda: not ctx.ops.busy and len(terms.history(demo_store)) == 1, timeout=10000)
    assert terms.newest(demo_store) == v1
    ctx.undo.stack.redo()
    qtbot.waitUntil(lambda: not ctx.ops.busy and len(terms.history(demo_store)) == 2, timeout=10000)
    assert terms.newest(demo_store) == v2

    # The History tab: newest first; choosing a version shows it, read-only.
    def history(d: TermsDialog) -> bool:
        assert [v.version for v in d.history_model.rows] == [2, 1]
        assert d.history_model.data(d.history_model.index(1, 1)) == "the start"
        assert "Version 2, in force from" in d.ui.versionText.toHtml()
        d.show_history(1)
        text = d.ui.versionText.toPlainText()
        assert text.startswith("Version 1, in force from the start") and v1.chair_role in text
        assert d.ui.versionText.isReadOnly()
        assert "becomes version 3" in d.ui.versionLabel.text()
        return False  # Cancel

    answers.append(history)
    edit_terms(ctx)
    qtbot.waitUntil(lambda: not answers and not ctx.ops.busy, timeout=10000)
    assert ctx.undo.stack.count() == 1


def test_ok_on_the_untouched_dialog_saves_nothing(qtbot, demo_store, answers, monkeypatch):
    monkeypatch.setenv("CPO_TODAY", DEMO_DAY.isoformat())
    ctx = context(demo_store)
    statuses: list[str] = []
    ctx.status_shown.connect(lambda message, _msecs: statuses.append(message))

    def press_ok(d: TermsDialog) -> bool:
        assert d.ok.isEnabled()
        d.ok.click()
        return True

    answers.append(press_ok)
    edit_terms(ctx)
    qtbot.waitUntil(lambda: not answers and not ctx.ops.busy, timeout=10000)
    assert statuses[-1] == "Nothing was changed." and ctx.undo.stack.count() == 0
    assert len(terms.history(demo_store)) == 1


def test_the_meetings_menu_opens_it_in_the_window(qtbot, demo_paths, answers):
    window = open_window(qtbot, demo_paths)
    window.meetings  # the Meetings menu is filled when its view is built
    entry = next(a for a in window.menuMeetings.actions() if a.text() == "Board's &Terms of Reference…")
    assert entry.isEnabled()
    opened = []
    answers.append(lambda d: opened.append(type(d).__name__) or False)
    entry.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened == ["TermsDialog"]
