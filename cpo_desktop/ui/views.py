"""The main window's views.  Each view shows service results; none touches the database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpo_desktop.ui.tablemodel import GREY, SORT_ROLE, Column, RowsModel, RowStyle


def heading(text: str, subtitle: str = "") -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    title = QLabel(f"<h2 style='margin:0'>{text}</h2>")
    title.setObjectName("viewTitle")
    layout.addWidget(title)
    if subtitle:
        sub = QLabel(subtitle)
        sub.setObjectName("viewSubtitle")
        sub.setWordWrap(True)
        layout.addWidget(sub)
    return box


class TableView(QWidget):
    """A heading, a filter box and a sortable table over a RowsModel."""

    def __init__(self, title: str, subtitle: str, columns: list[Column], style: RowStyle | None = None,
                 filter_hint: str = "Filter…", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(columns, style, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # search every column

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        self.heading = heading(title, subtitle)
        top.addWidget(self.heading, 1)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(filter_hint)
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(280)
        self.filter.setAccessibleName(filter_hint)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        top.addWidget(self.filter, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Until the user clicks a header, rows stay in the service's order (the terms of reference's).
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        layout.addWidget(self.table, 1)
        self.footer = QLabel()
        self.footer.setObjectName("viewFooter")
        self.footer.setWordWrap(True)
        layout.addWidget(self.footer)

    def set_rows(self, rows) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col) + 12, self.model.columns[col].max_width))


class MeetingsView(TableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.today = dt.date.today()
        columns = [
            Column("Date", lambda r: r.date, display=lambda r: r.date.strftime("%a %d %b %Y")),
            Column("Time", lambda r: r.start_time),
            Column("Meeting", lambda r: r.kind),
            Column("Theme", lambda r: r.theme),
            Column("Venue", lambda r: r.venue),
            Column("Status", lambda r: r.status),
            Column("Municipal year", lambda r: r.municipal_year),
        ]
        style = RowStyle(foreground=lambda r: GREY if r.date < self.today else None,
                         bold=lambda r: r is self.next_meeting)
        super().__init__("Meetings & agendas",
                         "This municipal year's meetings and their themes. The next meeting is in bold.",
                         columns, style, filter_hint="Filter meetings…", parent=parent)
        self.next_meeting = None

    def show_overview(self, overview) -> None:
        upcoming = [m for m in overview.meetings if m.date >= self.today]
        self.next_meeting = upcoming[0] if upcoming else None
        self.set_rows(overview.meetings)
        self.footer.setText(
            "Coming next to this view: planning the year from the board's schedule, moving meetings, "
            "calendar files for Outlook, and the agenda builder with papers and deadlines.")


class PlaceholderView(QWidget):
    """A view whose capability is still to be built: it says plainly what will be here."""

    def __init__(self, title: str, icon: QIcon, summary: str, points: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 24)
        top = QHBoxLayout()
        pic = QLabel()
        pic.setPixmap(icon.pixmap(48, 48))
        top.addWidget(pic, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(heading(title, summary), 1)
        layout.addLayout(top)
        items = "".join(f"<li>{p}</li>" for p in points)
        body = QLabel(f"<p>This part of CPO Desktop is not built yet. It will hold:</p><ul>{items}</ul>")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(body)
        layout.addStretch(1)


PLACEHOLDERS = {
    "work-programme": (
        "The year's reports and standing items, meeting by meeting.",
        ["Rules for recurring reports: who presents, how often, in which months, linked to a theme",
         "The year grid: each meeting's items, planned, scheduled, paper received, presented",
         "A coverage check for reports missing from the year and agendas that run over time"]),
    "minutes": (
        "What happened at each meeting and who must do what by when.",
        ["Attendance with apologies and substitutes, and the quorum shown live",
         "Declarations of interest, minutes with resolutions, confirmation at the next meeting",
         "The action log with owners, due dates and overdue actions highlighted",
         "Minutes as PDF and Word, with a public version"]),
    "exchange": (
        "Minutes exchanged with the Safeguarding Children Partnership and the Health and Wellbeing Board.",
        ["Packages of confirmed public minutes with an e-mail draft for each partner",
         "Partners' minutes added from a file or their e-mail, listed on the next agenda",
         "A register of what was sent and received, with overdue flags"]),
    "packs": (
        "The papers that leave your desk.",
        ["Agenda packs, public and restricted, with page numbers, bookmarks and a contents page",
         "Member induction packs from the board's own texts",
         "The annual report to the Overview and Scrutiny Committee",
         "Preview, print and save as PDF"]),
}
