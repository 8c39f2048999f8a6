"""The Library of texts in the Packs view: the list of the board's own texts (on the left, in
place of a pack's options) and the editor of the one chosen (on the right, in place of the
preview). A save or a restore of the default wording goes on Edit › Undo (``ctx.undo``);
typing is checked as it is made, and saved when the user moves on."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from cpo_desktop import dates
from cpo_desktop.services import undo
from cpo_desktop.ui import prompts
from cpo_desktop.ui.context import ViewContext
from cpo_desktop.ui.generated.ui_packs_text_editor import Ui_TextEditor
from cpo_desktop.ui.generated.ui_packs_texts_page import Ui_TextsPage
from cpo_desktop.ui.packs.common import LIBRARY
from cpo_desktop.ui.tablemodel import Column, FilteredRowsModel, RowStyle
from cpo_desktop.ui.widgets import (
    fit_columns,
    prepare_table,
    select_where,
    selected_row,
)


def wording(e) -> str:
    """The list's "Wording" column: Default, or when the board's own was saved."""
    if not e.edited:
        return "Default"
    return f"Edited {dates.short(e.updated_at.astimezone())}" if e.updated_at else "Edited"


def normal_body(body: str) -> str:
    """The body as the Library keeps it (lines without trailing spaces, no blank lines at the ends)."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


class TextsPage(QWidget):
    """The Library's texts, for the left of the view (forms/packs_texts_page.ui)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TextsPage()
        self.ui.setupUi(self)
        columns = [
            Column("Text", lambda e: e.title, tooltip=lambda e: e.title, max_width=500),
            Column("Wording", lambda e: (1, e.updated_at.isoformat() if e.updated_at else "") if e.edited else (0, ""),
                   display=wording),
        ]
        self.model = FilteredRowsModel(columns, RowStyle(bold=lambda e: e.edited), self)
        table = self.table = self.ui.libraryTexts
        prepare_table(table)
        table.setModel(self.model)
        self.sized = False

    def set_texts(self, texts: list) -> None:
        self.model.set_rows(texts)
        if texts and not self.sized:
            self.sized = True
            fit_columns(self.table, {1: 130}, stretch=0)

    def select(self, key: str) -> bool:
        return select_where(self.table, self.model, lambda e: e.key == key)

    def selected(self):
        return selected_row(self.table, self.model)


class TextEditor(QWidget):
    """The editor of one Library text (forms/packs_text_editor.ui), and the way its changes are
    saved, restored and undone.

    ``host`` is the Packs view: what it has read (``data``), which choice is shown
    (``current_choice``), its actions and buttons, ``update_actions`` and ``library_shown``."""

    def __init__(self, ctx: ViewContext, host: Any, texts: TextsPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.host = host
        self.texts = texts
        self.entry = None  # the LibraryEntry in the editor
        self.filling = False  # selecting or filling again must not save or ask
        self.ui = ui = Ui_TextEditor()
        ui.setupUi(self)
        self.title_edit, self.body_edit, self.markup_label = ui.textTitle, ui.textBody, ui.markupLabel
        self.text_problem, self.source_label = ui.textProblem, ui.textSource
        self.save_button, self.restore_button = ui.saveTextButton, ui.restoreTextButton
        self.title_edit.textChanged.connect(lambda _t: self.typed())
        self.body_edit.textChanged.connect(self.typed)
        texts.table.selectionModel().selectionChanged.connect(lambda *_: self.text_chosen())

    # --- showing ----------------------------------------------------------------------------------
    def show_texts(self, texts: list, select: str | None = None) -> None:
        """The texts read again; ``select`` one, else keep the one in the editor (and its typing)."""
        current = self.entry.key if self.entry is not None else None
        key = select or current
        self.texts.set_texts(texts)
        self.filling = True
        found = key is not None and self.texts.select(key)
        self.filling = False
        entry = next((e for e in texts if e.key == key), None) if found else None
        if entry is not None:
            if select is not None or not self.text_dirty():
                self.fill(entry)
            else:
                self.entry = entry  # keep what is typed; it compares with the stored text now
                self.typed()
        elif self.host.current_choice() == LIBRARY and texts:
            self.texts.table.selectRow(0)

    def text_chosen(self) -> None:
        if self.filling:
            return
        entry = self.texts.selected()
        if entry is None or (self.entry is not None and entry.key == self.entry.key):
            return
        if not self.save_pending():
            self.filling = True
            self.texts.select(self.entry.key)
            self.filling = False
            return
        self.fill(entry)

    def fill(self, entry) -> None:
        self.entry = entry
        self.filling = True
        self.title_edit.setText(entry.title)
        self.body_edit.setPlainText(entry.body)
        self.filling = False
        source = entry.source.rstrip(".")
        if entry.edited:
            when = f" on {dates.short(entry.updated_at.astimezone())}" if entry.updated_at else ""
            where = f" The default came from {source}." if source else ""
            self.source_label.setText(f"The board's own wording, saved{when}.{where}")
        else:
            self.source_label.setText(f"The default wording, from {source}." if source else "The default wording.")
        self.typed()

    # --- checking as typed ------------------------------------------------------------------------
    def text_problems(self) -> list[str]:
        from cpo_desktop.services.library import MAX_BODY, MAX_TITLE

        title, body = self.title_edit.text(), self.body_edit.toPlainText()
        problems = []
        if not title.strip():
            problems.append("The text needs a title.")
        elif len(title) > MAX_TITLE:
            problems.append(f"The title is {len(title)} characters long; keep it to one line of at most {MAX_TITLE}.")
        if not body.strip():
            problems.append("The text cannot be empty. To go back to the wording the app came with, press "
                            "Restore Default Wording.")
        elif len(body) > MAX_BODY:
            problems.append(f"The text is {len(body):,} characters long; a text can hold at most "
                            f"{MAX_BODY:,}.".replace(",", " "))
        return problems

    def text_dirty(self) -> bool:
        e = self.entry
        if e is None:
            return False
        return (" ".join(self.title_edit.text().split()) != e.title
                or normal_body(self.body_edit.toPlainText()) != e.body)

    def typed(self) -> None:
        if self.filling:
            return
        problems = self.text_problems() if self.entry is not None else []
        self.text_problem.setText(" ".join(problems))
        self.text_problem.setVisible(bool(problems))
        reason = problems[0] if problems else ("Nothing has changed since it was saved" if not self.text_dirty()
                                               else "Save the wording of this text (Ctrl+S)")
        self.host.actions["save_text"].setToolTip(reason)
        self.save_button.setToolTip(reason)
        self.host.update_actions()

    # --- saving, restoring, undoing ---------------------------------------------------------------
    def save_text(self) -> None:
        e = self.entry
        if e is None or self.text_problems() or not self.text_dirty() or self.ctx.store is None:
            return
        from cpo_desktop.services import library

        key, title, body = e.key, self.title_edit.text(), self.body_edit.toPlainText()
        shown_title = " ".join(title.split())
        self.ctx.undo.record(f"Change the text “{shown_title}”", key,
                             lambda s: library.set_text(s, key, body, title=title), undo.library_text(),
                             after=lambda result: self.changed(key, follow=result is None))

    def restore_text(self) -> None:
        e = self.entry
        if e is None or self.ctx.store is None:
            return
        if not e.edited:
            self.fill(e)  # only typing to take back
            self.ctx.status(f"“{e.title}” has its default wording.", 10000)
            return
        from cpo_desktop.services import library

        key = e.key
        self.ctx.undo.record(f"Restore the default wording of “{e.default_title}”", key,
                             lambda s: library.reset_text(s, key), undo.library_text(),
                             after=lambda result: self.changed(key, follow=result is None))

    def changed(self, key: str, *, follow: bool) -> None:
        """After a save or a restore (``follow`` False: the user may have moved on to another text),
        or their undo or redo (``follow``: show ``key``, unless another text has typing not saved):
        read the texts again."""
        store = self.ctx.store
        if store is None:
            return

        def job():
            from cpo_desktop.services import library

            return library.list_texts(store)

        def done(texts) -> None:
            data = self.host.data
            if data is not None:
                data.texts = texts
                current = self.entry.key if self.entry is not None else None
                show = follow and (current == key or not self.text_dirty())
                self.show_texts(texts, select=key if show else None)
            self.host.library_shown.emit()

        self.ctx.op(job).owner(self).success(done).run()

    def save_pending(self) -> bool:
        """Typing in a Library text is saved when the user moves on; False when it cannot be (the
        user chose to stay), True otherwise."""
        if self.entry is None or not self.text_dirty():
            return True
        problems = self.text_problems()
        if not problems:
            self.save_text()
            return True
        if prompts.confirm(self, "Library", f"Your changes to “{self.entry.title}” cannot be saved: "
                           f"{problems[0][0].lower()}{problems[0][1:]}\n\nLeave them and lose the changes?",
                           ok_text="Lose Changes"):
            self.fill(self.entry)
            return True
        return False

    def can_save(self) -> bool:
        return self.entry is not None and self.text_dirty() and not self.text_problems()

    def can_restore(self) -> bool:
        return self.entry is not None and (self.entry.edited or self.text_dirty())


__all__ = ["TextEditor", "TextsPage", "normal_body", "wording"]
