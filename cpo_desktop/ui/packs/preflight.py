"""The preflight of a meeting's papers, above the preview: what stops the pack being built, what
is left out of it, what to check, most serious first; a row's whole sentence under the table,
and Confirm Public… for a paper the privacy rule holds back."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QWidget

from cpo_desktop import dates
from cpo_desktop.ui.generated.ui_packs_preflight import Ui_PreflightBox
from cpo_desktop.ui.packs.common import (
    LEFT_OUT,
    NOTE,
    REFUSED,
    SEVERITIES,
    SEVERITY_TEXT,
    WARNING,
    item_sort,
    sentence_case,
)
from cpo_desktop.ui.style import AMBER, GREY, ROSE
from cpo_desktop.ui.tablemodel import Column, FilteredRowsModel, RowStyle
from cpo_desktop.ui.widgets import fit_columns, prepare_table, selected_row

SEVERITY_TIPS = {REFUSED: "The pack cannot be built until this is put right",
                 LEFT_OUT: "This paper cannot go in: a page in its place says it will follow",
                 WARNING: "It goes in, but look at it",
                 NOTE: "For information"}


class PreflightBox(QGroupBox):
    """The chosen meeting's preflight for the chosen version (``services.packs.Preflight``); laid
    out in forms/packs_preflight.ui."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PreflightBox()
        ui.setupUi(self)
        self.summary, self.issue_detail, self.confirm_button = ui.preflightSummary, ui.issueDetail, \
            ui.confirmPublicButton
        columns = [
            Column("Severity", lambda i: SEVERITIES.index(i.severity) if i.severity in SEVERITIES else 9,
                   display=lambda i: SEVERITY_TEXT.get(i.severity, sentence_case(i.severity)),
                   tooltip=lambda i: SEVERITY_TIPS.get(i.severity)),
            Column("Item", lambda i: item_sort(i.item), display=lambda i: i.item),
            Column("Paper", lambda i: i.paper, tooltip=lambda i: i.paper or None, max_width=220),
            Column("Problem", lambda i: sentence_case(i.problem), tooltip=lambda i: sentence_case(i.problem),
                   max_width=420),
            Column("What to do", lambda i: i.action, tooltip=lambda i: i.action),
        ]
        style = RowStyle(background=lambda i: ROSE if i.severity in (REFUSED, LEFT_OUT)
                         else AMBER if i.severity == WARNING else None,
                         foreground=lambda i: GREY if i.severity == NOTE else None,
                         bold=lambda i: i.severity in (REFUSED, LEFT_OUT))
        self.model = FilteredRowsModel(columns, style, self)
        table = self.table = ui.preflightTable
        prepare_table(table)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # most serious first
        table.selectionModel().selectionChanged.connect(lambda *_: self.show_issue())
        self.issue_detail.setVisible(False)
        self.confirm_button.setVisible(False)
        self.sized = False

    def selected(self):
        """The issue selected, or None."""
        return selected_row(self.table, self.model)

    def show_issue(self) -> None:
        issue = self.selected()
        self.issue_detail.setText(issue.text if issue is not None else "")
        self.issue_detail.setVisible(issue is not None)
        self.confirm_button.setVisible(issue is not None and issue.confirmable)

    def clear(self, summary: str) -> None:
        self.model.set_rows([])
        self.summary.setText(summary)

    def failed(self, message: str) -> None:
        """The papers could not be checked: say why, in red."""
        self.model.set_rows([])
        self.summary.setText(f"<span style='color:#a01010'>{html.escape(message)}</span>")

    def show_report(self, report) -> None:
        self.model.set_rows(report.issues)
        if report.issues and not self.sized:
            self.sized = True
            fit_columns(self.table, {0: 76, 1: 44, 2: 130, 3: 240}, stretch=4)
        summary = html.escape(report.summary)
        if not report.ok:
            summary = f"<b style='color:#a01010'>{summary}</b>"
        elif report.count(LEFT_OUT):
            summary = f"<b>{summary}</b>"
        self.setTitle(f"Preflight: the {report.version} pack for {dates.long(report.meeting_date)}")
        self.summary.setText(summary if report.issues else summary + " Nothing to fix.")


__all__ = ["PreflightBox"]
