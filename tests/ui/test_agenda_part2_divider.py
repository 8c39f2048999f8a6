"""Issue 19, point 3: Part 2 stands out in the agenda table. Before the first Part 2 item a
divider row across the table carries the exclusion wording the printed agenda has; each Part 2
row carries a "Part 2" mark. The view is built on a view context alone, on the demo board as
loaded on 23 November 2026 (its next meeting, 9 December 2026, closes with a Part 2 item), and
selecting, moving, undoing and editing still act on the right item with the divider among the rows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPixmap
from sqlmodel import select

from cpo_desktop.model.tables import AgendaItem
from cpo_desktop.services import agenda as agenda_svc
from cpo_desktop.services import minutes_wording, overview
from cpo_desktop.ui import prompts
from cpo_desktop.ui.agenda import AgendaView
from cpo_desktop.ui.agenda.dialogs import ItemDialog
from cpo_desktop.ui.agenda.model import DIVIDER_ROLE
from cpo_desktop.ui.context import ViewContext

DEMO_DAY = dt.date(2026, 11, 23)
WORDING_PARAS_1_AND_3 = ("Recommended: that, under section 100A(4) of the Local Government Act 1972, the public be "
                         "excluded from the meeting for the following item(s) of business on the grounds that they "
                         "involve the likely disclosure of exempt information as defined in paragraphs 1 and 3 of "
                         "Part 1 of Schedule 12A to the Act")


def agenda_view(qtbot, demo_store, monkeypatch) -> tuple[AgendaView, int]:
    """The agenda view on its own context, showing the next meeting, with a second Part 2 item
    (paragraph 3) added after the demo's own (paragraph 1)."""
    monkeypatch.setenv("CPO_TODAY", DEMO_DAY.isoformat())
    ctx = ViewContext(demo_store.paths, interactive=False)
    ctx.store = demo_store
    ctx.data = overview.load_views(demo_store, today=DEMO_DAY)
    meeting = next(m for m in ctx.data.meetings if m.kind == "board" and m.date >= DEMO_DAY)
    agenda_svc.add_item(demo_store, meeting.id, agenda_svc.ItemInput(
        title="Placement fees: a provider's accounts", part=2, exempt_paragraph=3,
        public_interest="A provider's business affairs."))
    view = AgendaView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show_meetings(ctx.data.meetings)
    assert view.meeting_id == meeting.id
    return view, meeting.id


def divider_rows(view) -> list[int]:
    model = view.model
    return [r for r in range(model.rowCount()) if model.index(r, 0).data(DIVIDER_ROLE)]


def titles_in_db(store, meeting_id) -> list[str]:
    with store.session() as session:
        return [i.title for i in session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                              .order_by(AgendaItem.position))]


def test_one_divider_with_the_printed_wording_before_the_first_part_2_item_and_each_part_2_row_marked(
        qtbot, demo_store, monkeypatch, qtmodeltester):
    view, _meeting_id = agenda_view(qtbot, demo_store, monkeypatch)
    model, table = view.model, view.table
    qtmodeltester.check(model)

    # One divider, between the last Part 1 item and the first Part 2 item; every item still shown.
    [div] = divider_rows(view)
    assert model.rowCount() == len(model.items) + 1
    assert [model.item_at(r).part for r in range(div)] == [1] * div
    assert [model.item_at(r).part for r in range(div + 1, model.rowCount())] == [2, 2]
    assert model.item_at(div) is None

    # Its words: the heading and the exclusion resolution as the printed agenda words it, for the
    # paragraphs of both Part 2 items (one source: services.minutes_wording).
    text = model.index(div, 0).data()
    assert text.startswith("Part 2 – exempt information\n")
    assert WORDING_PARAS_1_AND_3 in text
    assert text.endswith(minutes_wording.agenda_exclusion_wording([1, 3]))
    assert WORDING_PARAS_1_AND_3 in model.index(div, 0).data(Qt.ItemDataRole.AccessibleTextRole)

    # Across the table, tall enough for its wording; nothing to select, drag, drop on or edit.
    assert table.columnSpan(div, 0) == model.columnCount()
    assert table.rowHeight(div) > 2 * table.verticalHeader().defaultSectionSize()
    not_allowed = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsEditable
                   | Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsEnabled)
    assert all(not model.flags(model.index(div, c)) & not_allowed for c in range(model.columnCount()))

    # Each Part 2 row carries the "Part 2" mark after its number (a picture with words, and words
    # for a screen reader), and its tooltip says so; Part 1 rows carry none.
    for row in range(model.rowCount()):
        item = model.item_at(row)
        if item is None:
            continue
        mark = model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
        spoken = model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole) or ""
        if item.part == 2:
            assert isinstance(mark, QPixmap) and not mark.isNull(), item.title
            assert spoken == f"{item.number}, Part 2 (exempt)"
            assert "Part 2 – Schedule 12A paragraph" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        else:
            assert mark is None and "Part 2" not in spoken, item.title

    # A click on the divider selects nothing new; the arrow keys pass over it, both ways.
    last_public = model.item_at(div - 1)
    assert view.select_item(last_public.id)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(div, 2)).center())
    assert view.selected().id == last_public.id
    table.setFocus()
    table.setCurrentIndex(model.index(div - 1, 2))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert view.selected().id == model.item_at(div + 1).id and view.selected().part == 2
    assert view.actions["edit"].isEnabled() and view.actions["remove"].isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert view.selected().id == last_public.id


def test_no_divider_without_a_part_2_item(qtbot, demo_store, monkeypatch):
    view, _meeting_id = agenda_view(qtbot, demo_store, monkeypatch)
    for item in [i for i in view.model.items if i.part == 2]:
        agenda_svc.remove_item(demo_store, item.id)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.reload()
    assert divider_rows(view) == [] and view.model.rowCount() == len(view.model.items)
    assert all(view.model.index(r, 0).data(Qt.ItemDataRole.DecorationRole) is None
               for r in range(view.model.rowCount()))
    assert all(view.table.columnSpan(r, 0) == 1 for r in range(view.model.rowCount()))


def test_selecting_moving_undoing_and_editing_act_on_the_right_item_across_the_divider(
        qtbot, demo_store, monkeypatch, qtmodeltester):
    view, meeting_id = agenda_view(qtbot, demo_store, monkeypatch)
    model = view.model
    [div] = divider_rows(view)
    first, second = model.item_at(div + 1), model.item_at(div + 2)
    before = titles_in_db(demo_store, meeting_id)
    assert before[-2:] == [first.title, second.title]

    # The second Part 2 item, selected by its row below the divider, moves up with Ctrl+Up: past
    # the first Part 2 item, not past the divider into Part 1.
    view.table.selectRow(div + 2)
    assert view.selected().id == second.id
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.actions["up"].trigger()
    assert titles_in_db(demo_store, meeting_id) == before[:-2] + [second.title, first.title]
    assert divider_rows(view) == [div] and view.selected().id == second.id
    assert model.row_of(second.id) == div + 1

    # Dragged onto the divider's row, the other Part 2 item becomes the first below it again; the
    # row moves at once (the divider staying once, across the table), then the move is saved.
    mime = model.mimeData([model.index(model.row_of(first.id), 0)])
    with qtbot.waitSignal(view.loaded, timeout=10000):
        model.dropMimeData(mime, Qt.DropAction.MoveAction, div, 0, QModelIndex())
        assert model.item_at(div + 1).id == first.id and divider_rows(view) == [div]
        assert view.table.columnSpan(div, 0) == model.columnCount()
    assert titles_in_db(demo_store, meeting_id) == before
    qtmodeltester.check(model)

    # Undo puts the last move back, and the view shows it with the divider in its place.
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.ctx.undo.stack.undo()
    assert titles_in_db(demo_store, meeting_id) == before[:-2] + [second.title, first.title]
    assert divider_rows(view) == [div] and [model.item_at(r).id for r in (div + 1, div + 2)] == [second.id, first.id]

    # The item actions act on the item selected below the divider, not on the row's place in the list.
    assert view.select_item(first.id) and view.selected().id == first.id
    seen = []

    def rename(d: ItemDialog) -> bool:
        seen.append(d.ui.titleEdit.text())
        d.ui.titleEdit.setText("Residential placements (renamed)")
        return True

    monkeypatch.setattr(prompts, "ask", rename)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.edit_item()
    assert seen == [first.title]
    assert titles_in_db(demo_store, meeting_id)[-1] == "Residential placements (renamed)"

    monkeypatch.setattr(prompts, "confirm", lambda *_args, **_kw: True)
    view.select_item(second.id)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.remove_item()
    assert titles_in_db(demo_store, meeting_id) == before[:-2] + ["Residential placements (renamed)"]
    [div_after] = divider_rows(view)
    assert model.item_at(div_after + 1).title == "Residential placements (renamed)"
