"""The register's views: members (people), seats and reporting officers.

They show service results and ask the RegisterActions controller for every change; none
touches the database. Tables filter and sort in Python (FilteredRowsModel), so a register
of thousands of people filters on every keystroke without a pause.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from cpo_desktop import clock, dates
from cpo_desktop.model.register_rules import ends_within, term_text
from cpo_desktop.ui.generated.ui_welcome_panel import Ui_WelcomePanel
from cpo_desktop.ui.style import AMBER, GREY
from cpo_desktop.ui.tablemodel import Column, FilteredRowsModel, RowsModel, RowStyle
from cpo_desktop.ui.widgets import (
    ViewPage,
    fit_columns,
    prepare_table,
    refill,
    select_where,
    selected_row,
    set_widths,
    wrap_row,
)
from cpo_desktop.wording import aside, plural

ALL = "__all__"


# --- members ----------------------------------------------------------------------------------


def register_totals(people: int, seated: int, ending: int, training: int) -> str:
    """The register's footer after "Showing N": " of 43 people · 26 hold seats · 1 term ending
    within 60 days · 1 councillor needs training", each count with its own grammar (every councillor
    must be trained, on the board or not)."""
    holds = "holds a seat" if seated == 1 else "hold seats"
    needs = "councillor needs training" if training == 1 else "councillors need training"
    return (f" of {plural(people, 'person', 'people')} · {seated} {holds} · "
            f"{plural(ending, 'term')} ending within 60 days · {training} {needs}")

def councillor_text(r) -> str:
    """The register's Councillor column: "Labour · O&S" (their party, and a mark for the Children's
    Overview and Scrutiny Committee); "Councillor" where no party is recorded."""
    if not r.is_councillor:
        return "O&S" if r.on_scrutiny else ""
    return (r.party or "Councillor") + (" · O&S" if r.on_scrutiny else "")


def councillor_tip(r) -> str | None:
    lines = []
    if r.is_councillor:
        lines.append("Councillor" + (f" for {r.ward} ward" if r.ward else "") + (f" ({r.party})" if r.party else ""))
    if r.on_scrutiny:
        lines.append("On the Children's Overview and Scrutiny Committee")
    return "\n".join(lines) or None


def balance_text(rows) -> str:
    """The party balance of the board's elected members (those holding an elected member's seat now)
    and which of them also sit on the Children's O&S Committee, as the register's line says it."""
    from cpo_desktop.model.enums import SeatCategory
    from cpo_desktop.model.register_rules import party_balance_text

    elected = [r for r in rows if not r.former and SeatCategory.ELECTED_MEMBER.value in r.category_values]
    if not elected:
        return ""
    text = f"<b>Elected members:</b> {html.escape(party_balance_text(r.party for r in elected))}"
    scrutiny = [r.name for r in elected if r.on_scrutiny]
    if scrutiny:
        text += " · <b>also on the Children's O&amp;S Committee:</b> " + html.escape(", ".join(scrutiny))
    return text


def seats_totals(seats: int, vacant: int, ending: int, quorum: int) -> str:
    """The Seats view's footer: "26 seats · 2 vacant · 1 term ending within 60 days · 18 seats count
    towards the quorum", each count with its own grammar."""
    counts = "seat counts" if quorum == 1 else "seats count"
    return (f"{plural(seats, 'seat')} · {vacant} vacant · {plural(ending, 'term')} ending within 60 days · "
            f"{quorum} {counts} towards the quorum")


class RegisterView(QWidget):
    """People: a table that sorts, filters and searches as you type; the selected person's
    seats and training beside it."""

    person_selected = Signal(object)  # a person id, or None

    STATUSES = (("Not former", "active"), ("Holding a seat", "current"), ("Not seated", "unseated"),
                ("Former members", "former"), ("Everyone", "all"))

    def __init__(self, actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_register_view import Ui_RegisterView

        self.ui = ui = Ui_RegisterView()
        ui.setupUi(self)
        self.actions = actions
        self.today = clock.today()
        self.detail = None
        self._hay: dict[int, str] = {}
        self._refiltering = False
        self._totals = " people"
        self.filter = ui.searchEdit  # Ctrl+F focuses the view's ``filter``
        ui.subtitleLabel.setText(
            "Everyone on the register. Highlighted: terms ending within 60 days, and councillors (on the board or "
            "not) with no corporate parenting training this municipal year.")
        columns = [
            Column("Name", lambda r: r.surname.casefold() + " " + r.first_name.casefold(),
                   display=lambda r: r.name, tooltip=lambda r: self._row_tip(r)),
            Column("Councillor", lambda r: (r.party or "").casefold() if r.is_councillor else "~",
                   display=councillor_text, tooltip=councillor_tip),
            Column("Organisation", lambda r: r.organisation, tooltip=lambda r: r.organisation),
            Column("Seats held", lambda r: "; ".join(r.seats), tooltip=lambda r: "\n".join(r.seats) or None),
            Column("Category", lambda r: ", ".join(r.categories)),
            Column("Term ends", lambda r: r.term_ends),
            Column("Training", lambda r: "Needed this year" if r.needs_training else ""),
            Column("Status", lambda r: r.status),
            Column("E-mail", lambda r: r.email or ""),
        ]
        style = RowStyle(
            background=lambda r: AMBER if not r.former and (r.needs_training or ends_within(r.term_ends, self.today))
            else None,
            foreground=lambda r: GREY if r.former else None)
        self.model = FilteredRowsModel(columns, style, self)
        table = ui.memberTable
        prepare_table(table)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        set_widths(table, [26, 17, 20, 30, 16, 12, 15, 10, 28])
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        table.doubleClicked.connect(lambda *_: self._edit())
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([700, 380])
        # The Training tab: sessions, attendance, and every councillor not trained this municipal year.
        from cpo_desktop.ui.register.training import TrainingActions, TrainingPanel

        self.training_actions = TrainingActions(actions.ctx, actions.parent_widget)
        self.training = TrainingPanel(actions.ctx, self.training_actions)
        ui.trainingTabLayout.addWidget(self.training)
        ui.tabs.currentChanged.connect(lambda n: n == 1 and self.training.reload())

        self.membership_model = RowsModel([
            Column("Seat", lambda m: m.seat, tooltip=lambda m: m.seat, max_width=220),
            Column("From", lambda m: m.start_date),
            Column("Until", lambda m: m.end_date),
            Column("Substitute", lambda m: m.substitute),
        ], RowStyle(background=lambda m: AMBER if m.ending_soon else None,
                    foreground=lambda m: None if m.current else GREY), self)
        prepare_table(ui.membershipTable)
        ui.membershipTable.setModel(self.membership_model)
        self.training_model = RowsModel([
            Column("Date", lambda t: t.date),
            Column("Kind", lambda t: t.kind_label),
            Column("Status", lambda t: t.status),
            Column("Notes", lambda t: t.notes or ""),
        ], None, self)
        prepare_table(ui.trainingTable)
        ui.trainingTable.setModel(self.training_model)
        ui.membershipTable.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.trainingTable.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.trainingTable.doubleClicked.connect(lambda *_: self._edit_training())
        # The side tables hold a handful of rows: fit them to their contents, the seat or kind
        # taking what is left, so nothing hides behind a horizontal scroll bar.
        for table, stretch in ((ui.membershipTable, 0), (ui.trainingTable, 1)):
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            for col in range(table.model().columnCount()):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == stretch
                                            else QHeaderView.ResizeMode.ResizeToContents)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setTextElideMode(Qt.TextElideMode.ElideRight)

        for label, value in self.STATUSES:
            ui.statusCombo.addItem(label, value)
        ui.categoryCombo.addItem("All categories", ALL)
        from cpo_desktop.model.enums import SeatCategory

        for c in SeatCategory:
            ui.categoryCombo.addItem(c.label, c.value)
        ui.organisationCombo.addItem("All organisations", ALL)
        # A long organisation name must not widen the whole screen; the list shows it whole.
        ui.organisationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.organisationCombo.setMinimumContentsLength(22)
        ui.organisationCombo.view().setMinimumWidth(360)
        ui.searchEdit.textChanged.connect(self.apply_filter)
        for combo in (ui.categoryCombo, ui.organisationCombo, ui.statusCombo):
            combo.currentIndexChanged.connect(self.apply_filter)

        ui.addButton.clicked.connect(actions.add_person)
        ui.importButton.clicked.connect(actions.import_csv)
        ui.exportButton.clicked.connect(self._export_menu)
        ui.editButton.clicked.connect(self._edit)
        ui.formerButton.clicked.connect(lambda: self.detail and actions.toggle_former(self.detail))
        # For someone entered by mistake; the form predates it, so the button is added here.
        self.deleteButton = QPushButton("De&lete…")
        self.deleteButton.setObjectName("deleteButton")
        self.deleteButton.setToolTip("Delete someone entered by mistake (anyone with a history is marked former "
                                     "instead)")
        ui.personButtonLayout.insertWidget(2, self.deleteButton)
        self.deleteButton.clicked.connect(lambda: self.detail and actions.delete_person(self.detail))
        ui.appointButton.clicked.connect(lambda: self.detail and actions.appoint(self.detail.id))
        ui.endButton.clicked.connect(lambda: self._membership() and actions.end_membership(self._membership()))
        ui.substituteButton.clicked.connect(
            lambda: self._membership() and actions.set_substitute(self._membership()))
        ui.addTrainingButton.clicked.connect(lambda: self.detail and actions.add_training(self.detail))
        ui.editTrainingButton.clicked.connect(self._edit_training)
        ui.removeTrainingButton.clicked.connect(
            lambda: self._training() and actions.remove_training(self.detail, self._training()))
        self.show_detail(None)

    def show_training(self) -> None:
        """The Training tab, read afresh."""
        self.ui.tabs.setCurrentWidget(self.ui.trainingTab)
        self.training.reload()

    # --- rows and filtering ---------------------------------------------------------------
    def set_rows(self, rows, organisations: list[str]) -> None:
        selected = self.selected_id()
        self._hay = {r.id: " ".join([r.name, r.first_name, r.surname, r.email or "", r.organisation,
                                     r.job_title or "", " ".join(r.seats), " ".join(r.categories)]).casefold()
                     for r in rows}
        combo = self.ui.organisationCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All organisations", ALL)
        for name in organisations:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        self.apply_filter(rows=rows, keep=selected)
        if selected is None and self.model.rows:
            selected = self.model.rows[0].id  # like a mail program: the first entry is open
            self.select_person(selected)
        elif selected is not None and self.selected_id() == selected:
            self.person_selected.emit(selected)  # reload their record: it may have changed

    def reset_filters(self) -> None:
        ui = self.ui
        for widget in (ui.searchEdit, ui.categoryCombo, ui.organisationCombo, ui.statusCombo):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        ui.categoryCombo.setCurrentIndex(0)
        ui.organisationCombo.setCurrentIndex(0)
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("all"))
        for widget in (ui.searchEdit, ui.categoryCombo, ui.organisationCombo, ui.statusCombo):
            widget.blockSignals(False)
        self.apply_filter()

    def filter_predicate(self):
        ui = self.ui
        words = ui.searchEdit.text().casefold().split()
        category = ui.categoryCombo.currentData()
        organisation = ui.organisationCombo.currentData()
        status = ui.statusCombo.currentData()
        hay = self._hay

        def match(r) -> bool:
            if status == "active" and r.former or status == "former" and not r.former:
                return False
            if status == "current" and (r.former or not r.seats) or status == "unseated" and (r.former or r.seats):
                return False
            if category != ALL and category not in r.category_values:
                return False
            if organisation != ALL and r.organisation != organisation:
                return False
            text = hay.get(r.id, "")
            return all(w in text for w in words)

        return match

    def apply_filter(self, *_signal_args, rows=None, keep: int | None = None) -> None:
        # The model is reset under the selection: keep the person shown if they are still listed.
        selected = keep if keep is not None else self.selected_id()
        self._refiltering = True
        try:
            if rows is not None:
                self.model.set_rows(rows, self.filter_predicate())
            else:
                self.model.set_filter(self.filter_predicate())
            still_listed = selected is not None and self.select_person(selected)
        finally:
            self._refiltering = False
        if selected is not None and not still_listed:
            self.show_detail(None)
        if rows is not None:
            seated = sum(1 for r in rows if r.seats and not r.former)
            training = sum(1 for r in rows if r.needs_training)
            ending = sum(1 for r in rows if not r.former and ends_within(r.term_ends, self.today))
            self._totals = register_totals(len(rows), seated, ending, training)
            self.ui.balanceLabel.setText(balance_text(rows))
        self.ui.footerLabel.setText(f"Showing {len(self.model.rows)}{self._totals}")

    def _row_tip(self, r) -> str | None:
        notes = []
        if r.needs_training:
            notes.append("No corporate parenting training this municipal year")
        if not r.former and ends_within(r.term_ends, self.today):
            notes.append(f"Term ends {dates.table(r.term_ends)}")
        return "\n".join(notes) or None

    # --- selection and detail -------------------------------------------------------------
    def selected_id(self) -> int | None:
        row = selected_row(self.ui.memberTable, self.model)
        return row.id if row is not None else None

    def select_person(self, person_id: int) -> bool:
        return select_where(self.ui.memberTable, self.model, lambda r: r.id == person_id)

    def _selection_changed(self) -> None:
        if self._refiltering:
            return
        pid = self.selected_id()
        if self.detail is not None and self.detail.id == pid:
            return
        if pid is None:
            self.show_detail(None)
        self.person_selected.emit(pid)

    def show_detail(self, detail) -> None:
        """Show one person's record (a PersonDetail), or nothing."""
        ui = self.ui
        self.detail = detail
        for w in (ui.editButton, ui.formerButton, ui.appointButton, ui.addTrainingButton, self.deleteButton):
            w.setEnabled(detail is not None)
        if detail is None:
            ui.nameLabel.setText("<h3>No one selected</h3>")
            ui.statusLine.setText("Choose a person in the table to see their seats and training.")
            ui.detailsLabel.setText("")
            ui.warningLabel.setVisible(False)
            self.membership_model.set_rows([])
            self.training_model.set_rows([])
            self._update_buttons()
            return
        d = detail.data
        name = " ".join(x for x in (d.title if not d.is_young_person else None, d.preferred_name or d.first_name,
                                    d.surname) if x)
        ui.nameLabel.setText(f"<h3 style='margin:0'>{html.escape(name)}</h3>")
        status = ["Former member" if detail.former else
                  "Current member" if any(m.current for m in detail.memberships) else "Not holding a seat"]
        if d.is_young_person:
            status.append("care-experienced young person — "
                          + ("full name may be published" if d.consent_full_name else "first name only in public papers"))
        ui.statusLine.setText(" · ".join(status))
        councillor = (("Councillor", ", ".join(x for x in (d.party, d.ward and f"{d.ward} ward") if x) or "Yes")
                      if d.is_councillor else ("", ""))
        facts = [(label, value) for label, value in (
            ("Job title", d.job_title), ("Organisation", d.organisation), councillor,
            ("Committee", "Children's Overview and Scrutiny" if d.on_scrutiny else ""), ("E-mail", d.email),
            ("Phone", d.phone), ("Known as", d.preferred_name), ("Notes", d.notes)) if value]
        ui.detailsLabel.setText("<table>" + "".join(
            f"<tr><td style='padding-right:8px'><i>{k}</i></td><td>{html.escape(v)}</td></tr>" for k, v in facts)
            + "</table>")
        warnings = []
        if detail.needs_training:
            warnings.append("⚠ No corporate parenting training attended this municipal year (mandatory for "
                            "every councillor).")
        for m in detail.memberships:
            if m.ending_soon:
                warnings.append(f"⚠ Term in “{m.seat}” ends on {dates.table(m.end_date)}.")
        ui.warningLabel.setText("\n".join(warnings))
        ui.warningLabel.setVisible(bool(warnings))
        ui.formerButton.setText("Brin&g Back" if detail.former else "&Mark as Former…")
        ui.appointButton.setEnabled(not detail.former)
        self.membership_model.set_rows(detail.memberships)
        self.training_model.set_rows(detail.training)
        self._update_buttons()

    def _membership(self):
        return selected_row(self.ui.membershipTable, self.membership_model)

    def _training(self):
        return selected_row(self.ui.trainingTable, self.training_model)

    def _update_buttons(self) -> None:
        m = self._membership()
        self.ui.endButton.setEnabled(bool(m and (m.end_date is None or m.end_date >= self.today)))
        self.ui.substituteButton.setEnabled(bool(m and m.current))
        has_training = self._training() is not None
        self.ui.editTrainingButton.setEnabled(has_training)
        self.ui.removeTrainingButton.setEnabled(has_training)

    def _edit(self) -> None:
        if self.detail is not None:
            self.actions.edit_person(self.detail)

    def _edit_training(self) -> None:
        if self.detail is not None and self._training() is not None:
            self.actions.edit_training(self.detail, self._training())

    def _export_menu(self) -> None:
        menu = self.actions.export_menu
        menu.exec(self.ui.exportButton.mapToGlobal(self.ui.exportButton.rect().bottomLeft()))


class MembersView(ViewPage, QStackedWidget):
    """The register; on a new store, the first-run choice."""

    demo_requested = Signal()
    empty_chosen = Signal()

    def __init__(self, actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welcome = QWidget()
        self.welcome_ui = Ui_WelcomePanel()
        self.welcome_ui.setupUi(self.welcome)
        self.welcome_ui.demoButton.clicked.connect(self.demo_requested)
        self.welcome_ui.emptyButton.clicked.connect(self.empty_chosen)
        self.register = RegisterView(actions)
        self.filter = self.register.filter
        self.addWidget(self.welcome)
        self.addWidget(self.register)

    def show_data(self, data, *, welcome: bool) -> None:
        self.register.set_rows(data.members, data.organisations)
        if not welcome:
            self.register.training.reload()  # a change to a person may change who is trained
        self.setCurrentWidget(self.welcome if welcome else self.register)


# --- seats ------------------------------------------------------------------------------------

def seat_tooltip(r) -> str:
    """The seat's title and its rules: term, rotation, voting, quorum and where they come from."""
    term = term_text(r.term_years, r.permanent) or "not set"
    lines = [r.seat, f"Term: {term}" + (f"; rotates with the {r.rotation_group}" if r.rotation_group else ""),
             ("Votes" if r.voting else "Does not vote") + "; "
             + ("counts towards the quorum" if r.counts_towards_quorum else "does not count towards the quorum")]
    if r.source:
        lines.append(f"Source: {r.source}")
    return "\n".join(lines)


class SeatsView(ViewPage, QWidget):
    def __init__(self, actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_seats_view import Ui_SeatsView

        self.ui = ui = Ui_SeatsView()
        ui.setupUi(self)
        self.actions = actions
        self.today = clock.today()
        self.filter = ui.filterEdit
        ui.footerLabel.setWordWrap(False)
        ui.subtitleLabel.setText("The board's seats from its terms of reference and who holds each one today. "
                                 "Vacant seats and terms ending within 60 days are highlighted.")
        columns = [
            Column("Seat", lambda r: r.seat, display=lambda r: aside(r.seat, r.role or ""), tooltip=seat_tooltip),
            Column("Member", lambda r: r.holder, display=lambda r: r.holder or "Vacant"),
            Column("Substitute", lambda r: r.substitute),
            Column("Category", lambda r: r.category),
            Column("Organisation", lambda r: r.organisation, tooltip=lambda r: r.organisation),
            Column("Since", lambda r: r.since),
            Column("Term ends", lambda r: r.until,
                   tooltip=lambda r: "Term ends within 60 days" if ends_within(r.until, self.today) else None),
            Column("Quorum", lambda r: r.counts_towards_quorum),
            Column("Voting", lambda r: r.voting),
        ]
        style = RowStyle(background=lambda r: AMBER if r.vacant or ends_within(r.until, self.today) else None,
                         bold=lambda r: r.vacant, italic=lambda r: r.vacant)
        self.model = FilteredRowsModel(columns, style, self)
        table = ui.seatTable
        prepare_table(table)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        set_widths(table, [34, 21, 18, 19, 20, 13, 13, 7, 6])
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        table.doubleClicked.connect(lambda *_: self._appoint())
        ui.filterEdit.textChanged.connect(self.apply_filter)
        ui.vacantOnlyCheck.toggled.connect(self.apply_filter)
        ui.appointButton.clicked.connect(self._appoint)
        ui.endButton.clicked.connect(lambda: self.selected() and actions.end_seat_membership(self.selected()))
        ui.substituteButton.clicked.connect(
            lambda: self.selected() and actions.set_seat_substitute(self.selected()))
        ui.addSeatButton.clicked.connect(actions.add_seat)
        ui.editSeatButton.clicked.connect(lambda: self.selected() and actions.edit_seat(self.selected()))
        ui.retireSeatButton.clicked.connect(lambda: self.selected() and actions.retire_seat(self.selected()))
        ui.retireSeatButton.setToolTip("The seat leaves the board's list from a day you give; its history stays.")
        wrap_row(ui.buttonRow)  # the buttons go on to a second row on a narrow screen, never clipped
        self.apply_filter()

    def selected(self):
        return selected_row(self.ui.seatTable, self.model)

    def _appoint(self) -> None:
        seat = self.selected()
        if seat is not None:
            self.actions.appoint_to_seat(seat)

    def _update_buttons(self) -> None:
        seat = self.selected()
        self.ui.appointButton.setEnabled(seat is not None)
        self.ui.endButton.setEnabled(bool(seat and not seat.vacant))
        self.ui.substituteButton.setEnabled(bool(seat and not seat.vacant))
        self.ui.editSeatButton.setEnabled(seat is not None)
        self.ui.retireSeatButton.setEnabled(bool(seat and not seat.role))  # never the Chair's or Vice-chair's

    def apply_filter(self) -> None:
        words = self.ui.filterEdit.text().casefold().split()
        vacant_only = self.ui.vacantOnlyCheck.isChecked()

        def match(r) -> bool:
            if vacant_only and not r.vacant:
                return False
            text = " ".join([r.seat, r.holder or "vacant", r.substitute, r.category, r.organisation]).casefold()
            return all(w in text for w in words)

        selected = self.selected()
        self.model.set_filter(match)
        if selected is not None:
            select_where(self.ui.seatTable, self.model, lambda r: r.id == selected.id)
        self._update_buttons()

    def show_data(self, data) -> None:
        from cpo_desktop.model.register_rules import quorum_seats

        seats = data.overview.seats
        refill(self.ui.seatTable, self.model, seats)
        # The seat's title takes the width the others leave (never less than a readable title); they are
        # as wide as their text, within limits.
        table = self.ui.seatTable
        fit_columns(table, {1: 150, 2: 130, 3: 120, 4: 140, 5: 88, 6: 88, 7: 66, 8: 58}, stretch=0,
                    least=table.fontMetrics().averageCharWidth() * 34)
        vacant = sum(1 for s in seats if s.vacant)
        ending = sum(1 for s in seats if ends_within(s.until, self.today))
        quorum = quorum_seats(seats)
        self.ui.footerLabel.setText(seats_totals(len(seats), vacant, ending, quorum))
        self._update_buttons()


# --- reporting officers -----------------------------------------------------------------------

class OfficersView(ViewPage, QWidget):
    def __init__(self, actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_officers_view import Ui_OfficersView

        self.ui = ui = Ui_OfficersView()
        ui.setupUi(self)
        self.actions = actions
        self.filter = ui.filterEdit
        ui.footerLabel.setWordWrap(False)
        ui.subtitleLabel.setText("Officers who report to the board when asked: their role, who holds it, "
                                 "the reports they give and how often.")
        columns = [
            Column("Role", lambda r: r.role, tooltip=lambda r: r.role),
            Column("Officer", lambda r: r.person, display=lambda r: r.person or "Not named"),
            Column("Organisation", lambda r: r.organisation, tooltip=lambda r: r.organisation),
            Column("How often", lambda r: r.frequency_label),
            Column("Reports", lambda r: r.reports, tooltip=lambda r: r.reports),
        ]
        style = RowStyle(foreground=lambda r: GREY if r.former else None, italic=lambda r: not r.person)
        self.model = FilteredRowsModel(columns, style, self)
        table = ui.officerTable
        prepare_table(table)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        set_widths(table, [40, 22, 26, 12])
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        table.doubleClicked.connect(lambda *_: self._edit())
        ui.filterEdit.textChanged.connect(self.apply_filter)
        ui.showFormerCheck.toggled.connect(self.apply_filter)
        ui.addButton.clicked.connect(actions.add_officer)
        ui.editButton.clicked.connect(self._edit)
        ui.formerButton.clicked.connect(lambda: self.selected() and actions.toggle_officer_former(self.selected()))
        self.apply_filter()  # former officers hidden from the start

    def selected(self):
        return selected_row(self.ui.officerTable, self.model)

    def _edit(self) -> None:
        if self.selected() is not None:
            self.actions.edit_officer(self.selected())

    def _update_buttons(self) -> None:
        officer = self.selected()
        self.ui.editButton.setEnabled(officer is not None)
        self.ui.formerButton.setEnabled(officer is not None)
        self.ui.formerButton.setText("Brin&g Back" if officer is not None and officer.former else "&Mark as Former")

    def apply_filter(self) -> None:
        words = self.ui.filterEdit.text().casefold().split()
        former = self.ui.showFormerCheck.isChecked()

        def match(r) -> bool:
            if r.former and not former:
                return False
            text = " ".join([r.role, r.person, r.organisation, r.reports, r.frequency_label]).casefold()
            return all(w in text for w in words)

        selected = self.selected()
        self.model.set_filter(match)
        if selected is not None:
            select_where(self.ui.officerTable, self.model, lambda r: r.id == selected.id)
        self._update_buttons()

    def show_data(self, data) -> None:
        refill(self.ui.officerTable, self.model, data.officers)
        named = sum(1 for o in data.officers if o.person and not o.former)
        active = sum(1 for o in data.officers if not o.former)
        self.ui.footerLabel.setText(f"{active} reporting roles · {named} with a named officer")
        self._update_buttons()
