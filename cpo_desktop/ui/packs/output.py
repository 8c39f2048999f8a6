"""What a build makes, in the Packs view: the packs built before (on the left, under the Build
button and its progress) and the pack in the preview with a banner that says what it is, and
Print…, Save As… and Open in PDF Reader under it."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QWidget

from cpo_desktop.ui.generated.ui_packs_history import Ui_HistoryBox
from cpo_desktop.ui.generated.ui_packs_preview_panel import Ui_PreviewPanel
from cpo_desktop.ui.packs.common import (
    EMPTY_PREVIEW,
    GREEN_BANNER,
    ROSE_BANNER,
    built_short,
    built_when,
    pages_text,
)
from cpo_desktop.ui.packs.preview import PdfPreview
from cpo_desktop.ui.style import GREY, LOCKED_BANNER
from cpo_desktop.ui.tablemodel import Column, FilteredRowsModel, RowStyle
from cpo_desktop.ui.widgets import (
    fit_columns,
    prepare_table,
    select_where,
    selected_row,
)


def history_tip(r) -> str:
    """A pack built before: its label, when, its pages and where it is (or that it has gone)."""
    where = str(r.path) if r.path.is_file() else f"{r.path} — no longer there (moved or deleted)"
    return f"{r.label}\nBuilt {built_when(r.built_at)}; pages {r.first_page}–{r.last_page}\n{where}"


class HistoryBox(QGroupBox):
    """The packs built before, newest first; one whose file has gone is grey and in italics
    (forms/packs_history.ui)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_HistoryBox()
        ui.setupUi(self)
        self.reopen_button, self.folder_button = ui.reopenButton, ui.showFolderButton
        columns = [
            Column("Pack", lambda r: r.label, tooltip=history_tip, max_width=600),
            Column("Built", lambda r: r.built_at, display=lambda r: built_short(r.built_at), tooltip=history_tip),
        ]
        style = RowStyle(foreground=lambda r: None if r.path.is_file() else GREY,
                         italic=lambda r: not r.path.is_file())
        self.model = FilteredRowsModel(columns, style, self)
        table = self.table = ui.packHistory
        prepare_table(table)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # newest first, as read
        self.sized = False

    def show_packs(self, packs: list) -> None:
        """The packs read again, keeping the one selected."""
        chosen = self.selected()
        self.model.set_rows(packs)
        if packs and not self.sized:
            self.sized = True
            fit_columns(self.table, {1: 110}, stretch=0)
        if chosen is not None:
            self.select(chosen.id)
        self.setTitle(f"Packs built before ({len(packs)})" if packs else "Packs built before")

    def selected(self):
        return selected_row(self.table, self.model)

    def select(self, pack_id: int) -> None:
        select_where(self.table, self.model, lambda r: r.id == pack_id)


class PreviewPanel(QWidget):
    """The banner, the pack in the preview, and the buttons that print or copy it
    (forms/packs_preview_panel.ui; the preview itself is made here)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PreviewPanel()
        ui.setupUi(self)
        self.banner = ui.packBanner
        self.banner.setVisible(False)
        self.preview = PdfPreview(EMPTY_PREVIEW)
        ui.panelLayout.insertWidget(1, self.preview, 1)  # between the banner and the buttons
        self.print_button, self.save_as_button, self.reader_button = ui.printButton, ui.saveAsButton, \
            ui.openReaderButton

    def show_built(self, result, title: str, *, every_paper: bool) -> None:
        """The banner for a pack just built: green, or rose when papers were left out."""
        esc = html.escape
        pages = pages_text(result.pages, result.first_page, result.last_page)
        lines = [f"<b>Built: {esc(title)}</b> — {esc(pages)}<br><span style='color:#555'>{esc(str(result.path))}</span>"]
        if result.left_out:
            lines.append("<b>Left out:</b> " + "<br>".join(esc(x) for x in result.left_out))
        elif every_paper:
            lines.append("Every paper went in.")
        notes = list(result.notes)
        if len(notes) == 1:
            lines.append(esc(notes[0]))
        elif notes:
            lines.append(f"{len(notes)} notes (point here to read them): " + esc(notes[0]) + " …")
        self.banner.setText("<br>".join(lines))
        self.banner.setToolTip("\n\n".join(notes) if len(notes) > 1 else "")
        self.banner.setStyleSheet(ROSE_BANNER if result.left_out else GREEN_BANNER)
        self.banner.setVisible(True)

    def show_row(self, row) -> None:
        """The banner for a pack built before, opened again."""
        esc = html.escape
        self.banner.setText(f"<b>{esc(row.label)}</b>, built {esc(built_when(row.built_at))} — "
                            f"{esc(pages_text(row.last_page - row.first_page + 1, row.first_page, row.last_page))}"
                            f"<br><span style='color:#555'>{esc(str(row.path))}</span>")
        self.banner.setToolTip("")
        self.banner.setStyleSheet(LOCKED_BANNER)
        self.banner.setVisible(True)

    def load(self, path: Path) -> int:
        return self.preview.load(Path(path))


__all__ = ["HistoryBox", "PreviewPanel", "history_tip"]
