"""The register's views need a view context, not the main window: built here on their own, they
show the demo board, and a change made through them is undoable through the context alone."""

from __future__ import annotations

from cpo_desktop.services import overview
from cpo_desktop.ui.context import ViewContext
from cpo_desktop.ui.register.actions import RegisterActions
from cpo_desktop.ui.register.views import MembersView


def test_members_view_on_a_context_alone_shows_changes_and_undoes_them(qtbot, demo_store):
    ctx = ViewContext(demo_store.paths, interactive=False)
    ctx.store = demo_store
    ctx.data = overview.load_views(demo_store)
    statuses: list[str] = []
    ctx.status_shown.connect(lambda message, _msecs: statuses.append(message))
    refreshes: list[object] = []
    ctx.refresh_requested.connect(refreshes.append)
    touched: list[frozenset] = []
    ctx.changed.connect(touched.append)

    actions = RegisterActions(ctx)
    members = MembersView(actions)
    qtbot.addWidget(members)
    actions.register_view = members.register
    members.show_data(ctx.data, welcome=False)
    register = members.register
    names = [r.name for r in register.model.all_rows]
    assert any("Kayden Lowe" in n for n in names)
    tyler = next(r for r in register.model.all_rows if "Tyler Quinn" in r.name)

    from cpo_desktop.services import register as register_svc

    # A change through the controller goes through the context's operations and undo.
    actions.change("Bring back Tyler Quinn", tyler.id, lambda s: register_svc.bring_back(s, tyler.id))
    qtbot.waitUntil(lambda: "Bring back Tyler Quinn." in statuses, timeout=10000)
    assert refreshes == [tyler.id]  # the host is asked to read the shared data again, selecting them
    assert touched and "people" in touched[-1]
    assert ctx.undo.stack.count() == 1
    assert not register_svc.person_detail(demo_store, tyler.id).former

    ctx.undo.stack.undo()
    qtbot.waitUntil(lambda: "Undone: Bring back Tyler Quinn" in statuses, timeout=10000)
    assert register_svc.person_detail(demo_store, tyler.id).former
