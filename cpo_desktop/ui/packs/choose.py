"""Choosing what to make, on the left of the Packs view: the list of what can be made and each
choice's options (a meeting and its version, a new member, a municipal year), with a note under
them about the choice (when its pack was last built, the person's seats, …). Each page of options
is laid out in its form (forms/packs_*_options.ui)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from cpo_desktop import dates
from cpo_desktop.ui.generated.ui_packs_annual_options import Ui_AnnualOptions
from cpo_desktop.ui.generated.ui_packs_induction_options import Ui_InductionOptions
from cpo_desktop.ui.generated.ui_packs_meeting_options import Ui_MeetingOptions
from cpo_desktop.ui.packs.common import (
    CHOICES,
    PUBLIC,
    RESTRICTED,
    SUPPLEMENT,
    Loaded,
    built_when,
    year_label,
)
from cpo_desktop.ui.widgets import chosen, from_qdate, searchable, to_qdate

ANNUAL_NOTE = ("A year that is not over yet is reported as at today. The report is a public document: young "
               "people by their first name, Part 2 business by its title only.")


class ChoiceList(QListWidget):
    """What to make: one row a choice (``CHOICES``), as tall as its rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packChoices")
        self.setAccessibleName("What to make")
        row_height = self.fontMetrics().height() + 12
        for key, text, tip in CHOICES:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(tip)
            item.setSizeHint(QSize(0, row_height))
            self.addItem(item)
        self.setFixedHeight(row_height * len(CHOICES) + 2 * self.frameWidth() + 2)


def meeting_label(m) -> str:
    """'Wed 9 Dec 2026 – Board meeting', '… (cancelled)'."""
    cancelled = " (cancelled)" if m.status == "cancelled" else ""
    return f"{dates.day_name(m.date)} – {m.kind_label}{cancelled}"


class MeetingOptions(QWidget):
    """An agenda or supplementary pack's options: the meeting, restricted or public, double-sided
    (forms/packs_meeting_options.ui)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_MeetingOptions()
        ui.setupUi(self)
        self.meeting_combo, self.restricted_radio, self.public_radio = ui.meetingCombo, ui.restrictedRadio, \
            ui.publicRadio
        self.duplex_check, self.version_group = ui.duplexCheck, ui.versionGroup
        self.meeting_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.restricted_radio.toggled.connect(lambda _on: self.changed.emit())

    def meeting_id(self) -> int | None:
        return self.meeting_combo.currentData()

    def version(self) -> str:
        return PUBLIC if self.public_radio.isChecked() else RESTRICTED

    def fill(self, data: Loaded) -> None:
        """The meetings; keep the one chosen, else the next board meeting."""
        combo = self.meeting_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for m in data.meetings:
            combo.addItem(meeting_label(m), m.id)
            if m.theme:
                combo.setItemData(combo.count() - 1, f"Theme: {m.theme}", Qt.ItemDataRole.ToolTipRole)
        ids = [m.id for m in data.meetings]
        if keep not in ids:
            coming = [m for m in data.meetings if m.date >= data.today and m.status != "cancelled"]
            board = [m for m in coming if m.kind == "board"]
            keep = (board or coming or data.meetings[-1:] or [None])[0]
            keep = keep.id if keep is not None else None
        combo.setCurrentIndex(combo.findData(keep) if keep is not None else -1)
        combo.blockSignals(False)

    def note(self, meeting, data: Loaded | None, choice: str) -> str:
        """When this meeting's pack of this version was last built, or that it has not been."""
        if meeting is None:
            return "No meetings yet: plan the year in Meetings first." if data else ""
        version = self.version()
        packs = [r for r in (data.packs if data else []) if r.meeting_id == meeting.id and r.version == version]
        if not packs:
            note = f"No {version} pack has been built for this meeting yet."
            if choice == SUPPLEMENT:
                note += " Build the agenda pack first: a supplement numbers on from it."
            return note
        last = packs[0]
        return (f"Last built {built_when(last.built_at)}: {last.label.split(' – ')[0].lower()}, pages "
                f"{last.first_page}–{last.last_page}.")


class InductionOptions(QWidget):
    """An induction pack's options: the new member (forms/packs_induction_options.ui)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InductionOptions()
        self.ui.setupUi(self)
        self.person_combo = self.ui.personCombo
        searchable(self.person_combo)
        self.person_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.person_combo.lineEdit().textEdited.connect(lambda _t: self.changed.emit())

    def person_id(self) -> int | None:
        return chosen(self.person_combo)

    def fill(self, data: Loaded) -> None:
        combo = self.person_combo
        keep = self.person_id()
        combo.blockSignals(True)
        combo.clear()
        for p in data.people:
            combo.addItem(p.name + ("" if p.seats else " (no seat today)"), p.id)
            combo.setItemData(combo.count() - 1, "; ".join(p.seats) or "No seat held today",
                              Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(index)
        if index < 0:
            combo.setEditText("")
        combo.blockSignals(False)

    @staticmethod
    def note(person, data: Loaded | None) -> str:
        """The person's seats, and when an induction pack was issued to them."""
        if person is None:
            return "Choose the new member. Issuing the pack records it in their training record."
        seats = "; ".join(person.seats) if person.seats else "No seat held today"
        issued = [r for r in (data.packs if data else []) if r.kind == "induction" and r.person_id == person.id]
        text = f"{seats}."
        if issued:
            text += f" An induction pack was issued to them on {dates.short(issued[0].built_at.astimezone())}."
        return text


class AnnualOptions(QWidget):
    """The annual report's options: the municipal year, the day the Committee meets
    (forms/packs_annual_options.ui)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_AnnualOptions()
        ui.setupUi(self)
        self.year_combo, self.committee_check, self.committee_date = ui.yearCombo, ui.committeeCheck, \
            ui.committeeDate
        self.year_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.committee_check.toggled.connect(self.committee_date.setEnabled)

    def year(self) -> int | None:
        return self.year_combo.currentData()

    def committee_day(self) -> dt.date | None:
        return from_qdate(self.committee_date.date()) if self.committee_check.isChecked() else None

    def fill(self, data: Loaded) -> None:
        """The municipal years with board meetings, up to this one; keep the one chosen, else the
        latest with a meeting held."""
        from cpo_desktop.model.rules import municipal_year_start

        combo = self.year_combo
        keep = combo.currentData()
        this_year = municipal_year_start(data.today)
        years = sorted({municipal_year_start(m.date) for m in data.meetings if m.kind == "board"} | {this_year},
                       reverse=True)
        years = [y for y in years if y <= this_year]
        combo.blockSignals(True)
        combo.clear()
        for y in years:
            combo.addItem(year_label(y) + (" (so far)" if y == this_year else ""), y)
            combo.setItemData(combo.count() - 1, f"The municipal year from May {y} to April {y + 1}",
                              Qt.ItemDataRole.ToolTipRole)
        if keep not in years:
            held = [municipal_year_start(m.date) for m in data.meetings
                    if m.kind == "board" and m.status == "held"]
            keep = max(held) if held else this_year
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)
        if not self.committee_check.isChecked():
            self.committee_date.setDate(to_qdate(data.today + dt.timedelta(days=28)))


__all__ = ["ANNUAL_NOTE", "AnnualOptions", "ChoiceList", "InductionOptions", "MeetingOptions", "meeting_label"]
