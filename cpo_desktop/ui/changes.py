"""Undo and redo, one service for every view (Edit › Undo, Ctrl+Z).

A change is made through ``ctx.undo.record(text, key, operation, snapshot)``: the record is
captured before and after the operation (``services.undo`` holds the snapshot pairs), the pair
goes on the undo stack, and undo or redo puts the captured state back whole, so ids stay the
same and later changes still apply. A change that changed nothing ("OK" on an untouched dialog)
writes no undo step. Views never decide undo logic themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from cpo_desktop.services.undo import Snapshot
    from cpo_desktop.ui.context import ViewContext


class StateCommand(QUndoCommand):
    """A change already made; undo restores ``before``, redo restores ``after``."""

    def __init__(self, changes: Changes, text: str, snapshot: Snapshot, before: Any, after: Any,
                 person_id: int | None = None, shown: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self.changes, self.snapshot, self.before, self.after = changes, snapshot, before, after
        self.person_id = person_id
        self.shown = shown  # how to show the change again (default: read the shared data again)
        self._done = True  # QUndoStack.push calls redo(): the change has already happened

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.changes.put_back(self.snapshot, self.after, f"Redone: {self.text()}", self.person_id, self.shown)

    def undo(self) -> None:
        self.changes.put_back(self.snapshot, self.before, f"Undone: {self.text()}", self.person_id, self.shown)


class Changes(QObject):
    """The undo stack and the one way an undoable change is made."""

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(100)

    def record(self, text: str, key: Any, operation: Callable[[Any], Any], snapshot: Snapshot, *,
               after: Callable[[Any], None] | None = None, select_person: bool = False) -> None:
        """Run ``operation(store)`` off the UI thread with the record ``key`` captured before and
        after, and put the change on the undo stack.

        ``key`` None: the operation adds the record and returns its key; "before" is its absence.
        ``after(result)`` shows the change (and again after its undo or redo, with None); without
        it the shared data is read again. ``select_person``: the record is a person, selected in
        the register afterwards.
        """
        store = self.ctx.store
        if store is None:
            return

        def job():
            before = snapshot.capture(store, key) if key is not None else None
            result = operation(store)
            new_key = key if key is not None else result
            return before or snapshot.absent(new_key), snapshot.capture(store, new_key), new_key, result

        def done(outcome) -> None:
            before, state, new_key, result = outcome
            person_id = new_key if select_person else None
            if key is not None and before == state:
                # OK on a dialog without a change: nothing happened, so there is nothing to undo.
                self.ctx.status("Nothing was changed.")
            else:
                self.stack.push(StateCommand(self, text, snapshot, before, state, person_id,
                                             shown=after and (lambda: after(None))))
                self.ctx.status(f"{text}.")
                self.ctx.touched(*snapshot.touches)
            if after is not None:
                after(result)
            else:
                self.ctx.refresh(select_person=person_id)

        self.ctx.op(job).success(done).run()

    def push_done(self, text: str, snapshot: Snapshot, before: Any, after: Any, *,
                  person_id: int | None = None, shown: Callable[[], None] | None = None) -> None:
        """Put a change already made and captured (``before``, ``after``) on the stack; ``shown``
        shows it again after its undo or redo (default: read the shared data again)."""
        self.stack.push(StateCommand(self, text, snapshot, before, after, person_id, shown=shown))
        self.ctx.touched(*snapshot.touches)

    def put_back(self, snapshot: Snapshot, state: Any, message: str, person_id: int | None,
                 shown: Callable[[], None] | None = None) -> None:
        store = self.ctx.store

        def failed(exc: BaseException, tb: str) -> None:
            # The stack no longer matches the data: start it afresh rather than undo the wrong thing.
            self.stack.clear()
            self.ctx.show_error(exc, tb)
            self.ctx.refresh()

        def done(_result) -> None:
            self.ctx.status(message)
            self.ctx.touched(*snapshot.touches)
            if shown is not None:
                shown()
            else:
                self.ctx.refresh(select_person=person_id)

        self.ctx.op(lambda: snapshot.restore(store, state)).success(done).failure(failed).run()
