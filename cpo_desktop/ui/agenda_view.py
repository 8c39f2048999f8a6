"""The agenda builder: a meeting's items in order, with times, presenters, papers, deadlines and
the report checklist; drag (or Ctrl+Up/Down) to reorder, Ctrl+Shift+Right/Left to make an item a
sub-item or not.

The view only shows ``services.agenda.Agenda`` results; every change goes through the window's
actions (off the UI thread, one transaction, onto the undo stack) and the agenda is read again.
A drag moves the row at once and saves behind it, so a long agenda reorders without delay.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpo_desktop.model import agenda_rules, enums
from cpo_desktop.model.working_days import long_date
from cpo_desktop.ui import prompts
from cpo_desktop.ui.dialogs import show_problems, style_problem_label
from cpo_desktop.ui.tablemodel import AMBER, GREY, ROSE
from cpo_desktop.ui.views import heading

MIME = "application/x-cpo-agenda-row"
PART2 = QColor(226, 232, 240)  # a quiet blue-grey: the exempt part of the agenda
GREEN = QColor(214, 236, 214)
PURPOSE_LABELS = {"decision": "For decision", "discussion": "For discussion", "information": "For information"}


# --- the table model ------------------------------------------------------------------------------

class AgendaModel(QAbstractTableModel):
    HEADERS = ("No.", "Time", "Item", "Presenter", "Purpose", "Mins", "Paper", "Checklist")
    move_requested = Signal(int, int)  # item id, index to put it at

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list = []

    def set_items(self, items) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 7:
            return "The report checklist of each paper: the Pledge · young people's involvement · you said, we did"
        return None

    def _paper_text(self, item) -> str:
        if item.papers:
            names = ", ".join(p.original_name for p in item.papers)
            return ("Received late: " if item.state == "received late" else "") + names
        return {"awaited": "Awaited", "to follow": "To follow", "late": "LATE – not received",
                "not received": "Not received"}.get(item.state, "")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return item.number
            if col == 1:
                return item.start.strftime("%H:%M")
            if col == 2:
                title = ("      " if item.sub_item else "") + item.title
                return title + (f"   [Part 2 – para {item.exempt_paragraph}]" if item.part == 2 else "")
            if col == 3:
                return item.presenter
            if col == 4:
                return item.purpose.capitalize()
            if col == 5:
                return str(item.duration_minutes)
            if col == 6:
                return self._paper_text(item)
            if col == 7:  # the report checklist, one "✓ · ✓ · ✗" per paper; words in the tooltip
                return "   ".join(" · ".join("✓" if ok else "✗" for ok in (p.pledge, p.involvement, p.you_said_we_did))
                                  for p in item.papers)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [item.title, item.presenter, PURPOSE_LABELS.get(item.purpose, item.purpose)]
            if item.part == 2:
                tips.append(f"Part 2 – Schedule 12A paragraph {item.exempt_paragraph}: "
                            f"{agenda_rules.SCHEDULE_12A.get(item.exempt_paragraph, '')}")
                default = "" if item.public_title else " (the default)"
                tips.append(f"Public title: {item.shown_public_title}{default}")
                tips.append(f"Public interest: {item.public_interest or '(no note yet)'}")
            if item.chair_notes:
                tips.append(f"Notes for the chair: {item.chair_notes}")
            if item.author_email:
                tips.append(f"Author: {item.author_email}")
            for p in item.papers:
                tips.append(f"{p.original_name}: {p.checklist}")
            return "\n".join(tips)
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == 6 and item.state == "late":
                return QBrush(ROSE)
            if col == 6 and item.state == "received late":
                return QBrush(AMBER)
            if col == 6 and item.state == "received":
                return QBrush(GREEN)
            if item.part == 2:
                return QBrush(PART2)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 6 and item.state in ("late", "received late", "received"):
                return QBrush(QColor("black"))
            if item.part == 2:
                return QBrush(QColor("black"))
            if col in (1, 5) or (col == 6 and item.state == "awaited"):
                return QBrush(GREY)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if (col == 6 and item.state == "late") or (col in (0, 2) and not item.sub_item):
                font = QFont()
                font.setBold(col != 2 or item.section not in ("opening", "closing"))
                return font if font.bold() else None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 7:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 1, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if col == 5 else \
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    # Drag and drop: the view drags rows; a drop asks for a move and moves the row at once.
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME, str(rows[0] if rows else -1).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME)).decode() or -1)
        target = row if row != -1 else (parent.row() if parent.isValid() else len(self.items))
        self.move_row(source, target)
        return False  # the model moved the row itself; the view must not remove anything

    def move_row(self, source: int, target: int) -> None:
        """Move row ``source`` to before row ``target`` (``len`` for the end) and ask to save it."""
        if not 0 <= source < len(self.items) or target in (source, source + 1):
            return
        target = max(0, min(target, len(self.items)))
        item = self.items[source]
        # Rows show at once in their new place; a top-level item's sub-items follow on reload.
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target)
        self.items.insert(target if target < source else target - 1, self.items.pop(source))
        self.endMoveRows()
        self.move_requested.emit(item.id, target)


# --- dialogs --------------------------------------------------------------------------------------

def presenter_key(person_id: int | None, seat_id: int | None) -> str | None:
    """The presenter combo's data for a seat ("seat:3") or a person ("person:12"); a seat first,
    as the agenda shows a seat's presenter by the seat."""
    if seat_id is not None:
        return f"seat:{seat_id}"
    return f"person:{person_id}" if person_id is not None else None


class ItemDialog(QDialog):
    """Add or change an agenda item. Presenter: a seat, a person, or a role typed in words.

    ``seats`` and ``people`` are (id, text) choices; the item's own presenter must be among them
    (the view adds a seat or person no longer current). What the dialog is not asked to change it
    gives back as it came: OK on an unchanged item changes nothing."""

    def __init__(self, seats, people, data=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.services.agenda import ItemInput
        from cpo_desktop.ui.generated.ui_item_dialog import Ui_ItemDialog

        self.ui = ui = Ui_ItemDialog()
        ui.setupUi(self)
        self.setWindowTitle("Change Agenda Item" if data else "Add Agenda Item")
        self.ok = ui.buttonBox.button(ui.buttonBox.StandardButton.Ok)
        style_problem_label(ui.problemLabel)
        ui.presenterCombo.addItem("", None)
        for seat_id, text in seats:
            ui.presenterCombo.addItem(text, presenter_key(None, seat_id))
        for person_id, name in people:
            ui.presenterCombo.addItem(name, presenter_key(person_id, None))
        ui.presenterCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = ui.presenterCombo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        for purpose in enums.Purpose:
            ui.purposeCombo.addItem(PURPOSE_LABELS[purpose.value], purpose.value)
        ui.partCombo.addItem("Part 1 – in public", 1)
        ui.partCombo.addItem("Part 2 – exempt: the public may be excluded", 2)
        ui.paragraphCombo.addItem("— choose the paragraph —", None)
        for n, text in agenda_rules.SCHEDULE_12A.items():
            ui.paragraphCombo.addItem(f"{n}. {text}", n)
        ui.paragraphCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.paragraphCombo.setMinimumContentsLength(40)
        data = data or ItemInput(title="")
        self._base = data
        ui.titleEdit.setText(data.title)
        ui.purposeCombo.setCurrentIndex(max(0, ui.purposeCombo.findData(data.purpose)))
        ui.durationSpin.setValue(data.duration_minutes)
        ui.subItemCheck.setChecked(data.sub_item)
        ui.paperExpectedCheck.setChecked(data.paper_expected)
        ui.toFollowCheck.setChecked(data.to_follow)
        ui.partCombo.setCurrentIndex(ui.partCombo.findData(data.part))
        ui.paragraphCombo.setCurrentIndex(max(0, ui.paragraphCombo.findData(data.exempt_paragraph)))
        ui.publicInterestEdit.setPlainText(data.public_interest or "")
        ui.publicTitleEdit.setText(data.public_title or "")
        ui.notesEdit.setPlainText(data.chair_notes or "")
        key = presenter_key(data.presenter_person_id, data.presenter_seat_id)
        index = ui.presenterCombo.findData(key) if key is not None else -1
        if index >= 0:
            ui.presenterCombo.setCurrentIndex(index)
        else:
            ui.presenterCombo.setEditText(data.presenter_role or "")
        # The presenter as shown: left so, the item keeps its presenter exactly (a seat's named
        # person, a person's role on the agenda).
        self._shown_presenter = (ui.presenterCombo.currentIndex(), ui.presenterCombo.currentText())
        self._touched = bool(data.title)
        ui.titleEdit.textEdited.connect(self._touch)
        for signal in (ui.titleEdit.textChanged, ui.partCombo.currentIndexChanged,
                       ui.paragraphCombo.currentIndexChanged, ui.paperExpectedCheck.toggled,
                       ui.toFollowCheck.toggled, ui.durationSpin.valueChanged):
            signal.connect(self._validate)
        self._validate()

    def _touch(self) -> None:
        self._touched = True

    def _presenter(self) -> tuple[int | None, int | None, str | None]:
        combo = self.ui.presenterCombo
        base = self._base
        if (combo.currentIndex(), combo.currentText()) == self._shown_presenter:
            return base.presenter_person_id, base.presenter_seat_id, base.presenter_role
        text = combo.currentText().strip()
        index = combo.currentIndex()
        if index < 0 or combo.itemText(index).strip() != text:  # typed rather than picked
            index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        kind, _, ident = (combo.itemData(index) or "" if index >= 0 else "").partition(":")
        if kind == "seat":
            return None, int(ident), None
        if kind == "person":
            # A person keeps the role words the item had (e.g. their job on the agenda).
            person = int(ident)
            return person, None, base.presenter_role if base.presenter_person_id == person else None
        return None, None, text or None

    def result_input(self):
        from cpo_desktop.services.agenda import ItemInput

        ui = self.ui
        person, seat, role = self._presenter()
        part = ui.partCombo.currentData()
        return ItemInput(
            title=ui.titleEdit.text().strip(), purpose=ui.purposeCombo.currentData(),
            duration_minutes=ui.durationSpin.value(), presenter_person_id=person, presenter_seat_id=seat,
            presenter_role=role, part=part, exempt_paragraph=ui.paragraphCombo.currentData() if part == 2 else None,
            public_interest=ui.publicInterestEdit.toPlainText(), chair_notes=ui.notesEdit.toPlainText(),
            sub_item=ui.subItemCheck.isChecked(), paper_expected=ui.paperExpectedCheck.isChecked(),
            to_follow=ui.toFollowCheck.isChecked() and ui.paperExpectedCheck.isChecked(), section=self._base.section,
            public_title=ui.publicTitleEdit.text() if part == 2 else None)

    def _validate(self) -> None:
        ui = self.ui
        part2 = ui.partCombo.currentData() == 2
        for widget in (ui.paragraphLabel, ui.paragraphCombo, ui.publicTitleLabel, ui.publicTitleEdit,
                       ui.publicInterestLabel, ui.publicInterestEdit):
            widget.setEnabled(part2)
        # Empty, the public title is the default the public agenda and minutes show.
        ui.publicTitleEdit.setPlaceholderText(agenda_rules.exempt_item_title(ui.paragraphCombo.currentData())
                                              if part2 else "")
        ui.toFollowCheck.setEnabled(ui.paperExpectedCheck.isChecked())
        problems = self.result_input().problems()
        if not self._touched and not ui.titleEdit.text().strip():
            problems = [p for p in problems if "title" not in p]
            self.ok.setEnabled(False)
            show_problems(ui.problemLabel, self.ok, problems)
            self.ok.setEnabled(False)
            return
        show_problems(ui.problemLabel, self.ok, problems)


class ChecklistDialog(QDialog):
    def __init__(self, paper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_checklist_dialog import Ui_ChecklistDialog

        self.ui = ui = Ui_ChecklistDialog()
        ui.setupUi(self)
        ui.paperLabel.setText(f"<b>{paper.original_name}</b><br>Every report to the board should say how it "
                              "incorporates the Pledge, how children and young people were involved, and how the "
                              "service responded to their feedback.")
        ui.pledgeCheck.setChecked(paper.pledge)
        ui.pledgeNote.setPlainText(paper.pledge_note or "")
        ui.involvementCheck.setChecked(paper.involvement)
        ui.involvementNote.setPlainText(paper.involvement_note or "")
        ui.youSaidCheck.setChecked(paper.you_said_we_did)
        ui.youSaidNote.setPlainText(paper.you_said_we_did_note or "")

    def result_checklist(self):
        from cpo_desktop.services.agenda import Checklist

        ui = self.ui
        return Checklist(ui.pledgeCheck.isChecked(), ui.pledgeNote.toPlainText(), ui.involvementCheck.isChecked(),
                         ui.involvementNote.toPlainText(), ui.youSaidCheck.isChecked(), ui.youSaidNote.toPlainText())


class ChaseDialog(QDialog):
    """The papers still to come for the meetings ahead, with their authors; "Write E-mail Drafts"
    asks for ``write()`` to be called (the view does the writing off the UI thread)."""

    HEADERS = ("Meeting", "No.", "Item", "Presenter", "E-mail", "Deadline", "State")

    def __init__(self, rows, write, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QTableWidgetItem

        from cpo_desktop.ui.generated.ui_chase_dialog import Ui_ChaseDialog

        self.ui = ui = Ui_ChaseDialog()
        ui.setupUi(self)
        self.rows = list(rows)
        with_email = sum(1 for r in self.rows if r.email)
        ui.introLabel.setText(
            f"{len(self.rows)} paper{'s' if len(self.rows) != 1 else ''} still to come for the meetings ahead. "
            "Late ones are in red. <b>Write E-mail Drafts</b> makes one e-mail draft per paper with an author's "
            "e-mail address; open each in your mail program to send it. Nothing is sent by CPO Desktop."
            if self.rows else "No papers to chase: every paper expected for the meetings ahead has come in.")
        ui.table.setColumnCount(len(self.HEADERS))
        ui.table.setHorizontalHeaderLabels(list(self.HEADERS))
        ui.table.setRowCount(len(self.rows))
        ui.table.verticalHeader().setVisible(False)
        for n, r in enumerate(self.rows):
            state = r.state + (f", {r.days_late} working day{'s' if r.days_late != 1 else ''}" if r.days_late else "")
            for col, text in enumerate((f"{r.meeting_date:%a %d %b %Y}", r.number, r.title, r.presenter,
                                        r.email or "(no e-mail address)", f"{r.deadline:%d/%m/%Y}", state)):
                cell = QTableWidgetItem(text)
                if r.state == "late":
                    cell.setBackground(QBrush(ROSE))
                    cell.setForeground(QBrush(QColor("black")))
                if col == 4 and not r.email:
                    cell.setForeground(QBrush(GREY))
                ui.table.setItem(n, col, cell)
        ui.table.resizeColumnsToContents()
        ui.table.horizontalHeader().setStretchLastSection(True)
        for col, most in ((2, 300), (3, 200)):
            ui.table.setColumnWidth(col, min(ui.table.columnWidth(col), most))
        ui.table.verticalHeader().setDefaultSectionSize(ui.table.fontMetrics().height() + 8)
        ui.writeButton.setEnabled(with_email > 0)
        ui.writeButton.clicked.connect(write)


# --- the view -------------------------------------------------------------------------------------

class AgendaView(QWidget):
    loaded = Signal()  # an agenda has been read and shown

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.agenda = None
        self.meeting_id: int | None = None
        self._pending_select: int | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        top.addWidget(heading("Agenda", "Build each meeting's agenda from the board's template; drag items "
                              "to reorder them."), 1)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setMinimumWidth(380)
        self.meeting_combo.setAccessibleName("Meeting")
        self.meeting_combo.currentIndexChanged.connect(self._meeting_chosen)
        top.addWidget(QLabel("&Meeting:", buddy=self.meeting_combo), 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.meeting_combo, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)

        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("agendaMeeting")
        self.meeting_label.setTextFormat(Qt.TextFormat.RichText)
        self.meeting_label.setWordWrap(True)
        layout.addWidget(self.meeting_label)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("QLabel { background: #fff1c4; color: black; border: 1px solid #e0c060;"
                                          " border-radius: 3px; padding: 4px 8px; }")
        self.problems_label.setVisible(False)
        layout.addWidget(self.problems_label)

        buttons = QHBoxLayout()
        self.actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        # (key, menu text, button text or None for menu only, shortcut, slot)
        for key, text, button_text, shortcut, slot in (
                ("template", "Build from &Template", "Build from &Template", "", self.build_from_template),
                ("add", "&Add Item…", "&Add Item…", "Ctrl+Shift+N", self.add_item),
                ("edit", "&Edit Item…", "&Edit…", "", self.edit_item),
                ("remove", "&Remove Item", "&Remove", "Del", self.remove_item),
                ("up", "Move &Up", "▲", "Ctrl+Up", lambda: self.move_selected(-1)),
                ("down", "Move &Down", "▼", "Ctrl+Down", lambda: self.move_selected(+1)),
                ("indent", "Make a &Sub-item", "Sub-item →", "Ctrl+Shift+Right", lambda: self.set_sub(True)),
                ("outdent", "Make a &Main Item", "← Main item", "Ctrl+Shift+Left", lambda: self.set_sub(False)),
                ("attach", "Attach &Paper…", "Attach &Paper…", "Ctrl+Shift+P", self.attach_paper),
                ("follow", "Paper to &Follow", "To &Follow", "", self.toggle_to_follow),
                ("checklist", "Report Chec&klist…", "Chec&klist…", "", self.edit_checklist),
                ("open", "&Open Paper", None, "", self.open_paper),
                ("chase", "&Chase the Author (E-mail Draft)…", "&Chase…", "", self.chase),
                ("chase_list", "Papers to C&hase…", None, "", self.chase_list),
                ("template_edit", "Agenda &Template…", None, "", self.edit_template),
                ("contact", "Contact &Officer…", None, "", self.edit_contact)):
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            action.triggered.connect(slot)
            self.actions[key] = action
            if button_text is None:
                continue
            button = QPushButton(button_text)
            button.clicked.connect(action.trigger)
            tip = text.replace("&", "").rstrip("…")
            button.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            button.setAccessibleName(tip)
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.model = AgendaModel(self)
        self.model.move_requested.connect(self._save_move)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_item())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMargin(6)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.continuous_check = QCheckBox("Number items &continuously through the municipal year")
        self.continuous_check.clicked.connect(self._set_continuous)
        bottom.addWidget(self.continuous_check)
        bottom.addStretch(1)
        bottom.addWidget(QLabel("Reports due"))
        self.deadline_spin = QSpinBox()
        self.deadline_spin.setRange(1, 40)
        self.deadline_spin.setValue(10)  # the usual default until the board's setting is read
        self.deadline_spin.setSuffix(" working days")
        self.deadline_spin.setAccessibleName("Report deadline in working days before the meeting")
        self.deadline_spin.editingFinished.connect(self._set_deadline_days)
        bottom.addWidget(self.deadline_spin)
        bottom.addWidget(QLabel("before the meeting"))
        layout.addLayout(bottom)
        self._update_buttons()

    # --- what the window knows ---------------------------------------------------------------------
    @property
    def store(self):
        return self.window.store

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def select_item(self, item_id: int) -> bool:
        for row, item in enumerate(self.model.items):
            if item.id == item_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    # --- choosing the meeting -----------------------------------------------------------------------
    def show_meetings(self, meetings, today: dt.date | None = None, *, load: bool = True) -> None:
        """Fill the meeting chooser; keep the meeting shown, else choose the next one to come.
        With ``load`` False the agenda is read later, by ``reload()``."""
        today = today or dt.date.today()
        keep = self.meeting_id
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for m in meetings:
            theme = f" – {m.theme}" if m.theme else ""
            self.meeting_combo.addItem(f"{m.date:%a %d %b %Y} – {m.kind_label}{theme}", m.id)
        self.meeting_combo.blockSignals(False)
        ids = [m.id for m in meetings]
        if keep not in ids:
            upcoming = [m.id for m in meetings if m.date >= today and m.status != "cancelled"]
            keep = upcoming[0] if upcoming else (ids[-1] if ids else None)
        if keep is None:
            self.meeting_id = None
            self.model.set_items([])
            self.meeting_label.setText("No meetings yet: plan the year in <b>Meetings</b> first.")
            self._update_buttons()
            return
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.setCurrentIndex(ids.index(keep))
        self.meeting_combo.blockSignals(False)
        if load:
            self.open_meeting(keep)
        else:
            self.meeting_id = keep

    def open_meeting(self, meeting_id: int) -> None:
        index = self.meeting_combo.findData(meeting_id)
        if index >= 0 and index != self.meeting_combo.currentIndex():
            self.meeting_combo.setCurrentIndex(index)  # calls back here through _meeting_chosen
            return
        self.meeting_id = meeting_id
        self.reload()

    def _meeting_chosen(self, index: int) -> None:
        meeting_id = self.meeting_combo.itemData(index)
        if meeting_id is not None:
            self.meeting_id = meeting_id
            self.reload()

    # --- reading ----------------------------------------------------------------------------------
    def reload(self, select_item: int | None = None) -> None:
        store, meeting_id = self.store, self.meeting_id
        if store is None or meeting_id is None:
            return
        current = self.selected()
        self._pending_select = select_item if select_item is not None else (current.id if current else None)

        def job():
            from cpo_desktop.services import agenda

            return agenda.load_agenda(store, meeting_id)

        self.window.runner.run(job, self.show_agenda, self.window.task_failed)

    def show_agenda(self, agenda) -> None:
        if agenda.meeting.id != self.meeting_id:
            return  # the user has chosen another meeting meanwhile
        self.agenda = agenda
        m = agenda.meeting
        self.model.set_items(agenda.items)
        self.table.resizeColumnsToContents()
        for col, most in ((2, 300), (3, 200), (4, 90), (6, 170), (7, 120)):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col) + 12, most))
        theme = f" &nbsp;·&nbsp; Theme: <b>{m.theme}</b>" if m.theme else ""
        moved = f" &nbsp;·&nbsp; <i>moved from {m.moved_from:%d/%m/%Y}</i>" if m.moved_from else ""
        counts = (f"{len(agenda.items)} items, {agenda.total_minutes} minutes: {m.start_time:%H:%M} to "
                  f"{agenda.finishes:%H:%M}" if agenda.items else "No agenda yet – press <b>Build from Template</b>")
        late = sum(1 for i in agenda.items if i.state == "late")
        awaited = sum(1 for i in agenda.items if i.state in ("awaited", "to follow", "late"))
        self.meeting_label.setText(
            f"<b>{m.kind_label}</b>, {long_date(m.date)} at {m.start_time:%H:%M}, {m.venue}{theme}{moved}<br>"
            f"Reports due by <b>{long_date(agenda.report_deadline)}</b> &nbsp;·&nbsp; "
            f"Publish by <b>{long_date(agenda.publication_date)}</b> (five clear working days) &nbsp;·&nbsp; "
            f"{counts}" + (f" &nbsp;·&nbsp; {awaited} paper{'s' if awaited != 1 else ''} to come"
                           + (f", <span style='color:#a01010'><b>{late} late</b></span>" if late else "")
                           if awaited else ""))
        self.problems_label.setText("\n".join(agenda.problems))
        self.problems_label.setVisible(bool(agenda.problems))
        self.continuous_check.setChecked(agenda.continuous)
        self.deadline_spin.blockSignals(True)
        self.deadline_spin.setValue(agenda.deadline_days)
        self.deadline_spin.blockSignals(False)
        if self._pending_select is not None:
            self.select_item(self._pending_select)
            self._pending_select = None
        self._selection_changed()
        self.loaded.emit()

    def _selection_changed(self, *_args) -> None:
        self._update_buttons()
        item = self.selected()
        if item is None:
            self.detail.setText("<i>Select an item to see its papers, checklist and notes.</i>"
                                if self.model.items else "")
            return
        parts = [f"<b>{item.number}. {item.title}</b> — {item.presenter or 'no presenter yet'}"
                 + (f" &lt;{item.author_email}&gt;" if item.author_email else "")]
        if item.part == 2:
            note = item.public_interest or "<span style='color:#a01010'>no note yet</span>"
            parts.append(f"<b>Part 2</b>, Schedule 12A paragraph {item.exempt_paragraph}: "
                         f"{agenda_rules.SCHEDULE_12A.get(item.exempt_paragraph, '')} <i>Public interest:</i> {note}")
            default = "" if item.public_title else " <i>(the default: write one under Edit Item)</i>"
            parts.append(f"<i>Public title</i> (the public agenda, minutes and partners see this): "
                         f"<b>{html.escape(item.shown_public_title)}</b>{default}")
        for p in item.papers:
            pages = f"{p.pages} page{'s' if p.pages != 1 else ''}, " if p.pages else ""
            notes = "; ".join(n for n in (p.pledge_note, p.involvement_note, p.you_said_we_did_note) if n)
            parts.append(f"Paper: <b>{p.original_name}</b> ({p.kind.upper()}, {pages}received "
                         f"{p.received_at.astimezone():%d/%m/%Y %H:%M}{', after the deadline' if p.late else ''})"
                         f" — {p.checklist}" + (f" — <i>{notes}</i>" if notes else ""))
        if not item.papers and item.state:
            parts.append(f"Paper: {item.state}" + (" (to follow)" if item.to_follow and item.state != "to follow"
                                                   else ""))
        if item.chair_notes:
            parts.append(f"<i>Notes for the chair:</i> {item.chair_notes}")
        if self.agenda is not None and self.agenda.matters_arising_item is item:
            parts.append(matters_arising_html(self.agenda.matters_arising))
        if self.agenda is not None and self.agenda.partner_minutes_item is item:
            parts.append(partner_minutes_html(self.agenda.partner_minutes))
        self.detail.setText("<br>".join(parts))

    def _update_buttons(self) -> None:
        item = self.selected()
        has_agenda = bool(self.model.items)
        has_meeting = self.meeting_id is not None and self.store is not None
        enable = {
            "template": has_meeting and not has_agenda, "add": has_meeting,
            "edit": item is not None, "remove": item is not None,
            "up": item is not None and self.model.items.index(item) > 0,
            "down": item is not None and self.model.items.index(item) < len(self.model.items) - 1,
            "indent": item is not None and not item.sub_item and self.model.items.index(item) > 0,
            "outdent": item is not None and item.sub_item,
            "attach": item is not None, "follow": item is not None and not item.papers,
            "checklist": item is not None and bool(item.papers), "open": item is not None and bool(item.papers),
            "chase": item is not None and item.state in ("awaited", "to follow", "late"),
            "template_edit": self.store is not None, "chase_list": self.store is not None,
            "contact": self.store is not None,
        }
        for key, on in enable.items():
            self.actions[key].setEnabled(on)
            if key in self.buttons:
                self.buttons[key].setEnabled(on)
        self.buttons["template"].setVisible(has_meeting and not has_agenda)
        self.continuous_check.setEnabled(self.agenda is not None)
        self.deadline_spin.setEnabled(self.agenda is not None)
        self.buttons["follow"].setText("Not to &Follow" if item is not None and item.to_follow else "To &Follow")

    # --- changes ------------------------------------------------------------------------------------
    def _change(self, text: str, operation, select: int | None = None) -> None:
        meeting_id = self.meeting_id
        self.window.actions.change_agenda(text, meeting_id, operation,
                                          after=lambda result: self._show_change(meeting_id, select or result))

    def _show_change(self, meeting_id: int, item_id: int | None) -> None:
        """After a change, an undo or a redo: show that meeting's agenda, the item selected."""
        self.window.mark_stale("work-programme")  # its grid shows what is on the agendas
        if self.meeting_id != meeting_id:
            self._pending_select = item_id
            self.open_meeting(meeting_id)
        else:
            self.reload(select_item=item_id)

    def _presenter_choices(self, item=None):
        """Seats and current people to choose a presenter from; with ``item``, its own presenter
        too when it is a seat or a person no longer among them (so editing it keeps them)."""
        data = self.window.views_data
        seats = [(s.id, s.seat + (f" ({s.holder})" if s.holder else " (vacant)")) for s in data.overview.seats]
        people = list(data.people_choices)
        if item is not None and item.presenter_seat_id is not None:
            if all(seat_id != item.presenter_seat_id for seat_id, _ in seats):
                seats.append((item.presenter_seat_id, item.presenter))
        elif item is not None and item.presenter_person_id is not None:
            if all(pid != item.presenter_person_id for pid, _ in people):
                name = next((m.name for m in data.members if m.id == item.presenter_person_id), item.presenter)
                people.append((item.presenter_person_id, name))
        return seats, people

    def build_from_template(self) -> None:
        from cpo_desktop.services import agenda

        meeting_id = self.meeting_id
        self._change("Build the agenda from the template", lambda s: agenda.create_agenda(s, meeting_id) and None)

    def add_item(self) -> None:
        from cpo_desktop.services import agenda

        seats, people = self._presenter_choices()
        dialog = ItemDialog(seats, people, None, self)
        if not prompts.ask(dialog):
            return
        data = dialog.result_input()
        current = self.selected()
        after = current.number if current is not None else None
        meeting_id = self.meeting_id
        self._change(f"Add “{data.title}”", lambda s: agenda.add_item(s, meeting_id, data, after=after))

    def edit_item(self) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None:
            return
        seats, people = self._presenter_choices(item)
        dialog = ItemDialog(seats, people, agenda.item_input(item), self)
        if not prompts.ask(dialog):
            return
        data = dialog.result_input()
        self._change(f"Change item {item.number}", lambda s: agenda.update_item(s, item.id, data), item.id)

    def remove_item(self) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None:
            return
        papers = f" and its {len(item.papers)} paper(s)" if item.papers else ""
        if not prompts.confirm(self, "Remove Item", f"Take item {item.number}, “{item.title}”{papers}, off the "
                               "agenda? The items after it are renumbered. Edit › Undo puts it back.",
                               ok_text="Remove"):
            return
        self._change(f"Remove item {item.number}", lambda s: agenda.remove_item(s, item.id))

    def move_selected(self, step: int) -> None:
        item = self.selected()
        if item is None:
            return
        row = self.model.items.index(item)
        # Past a neighbouring block: a top-level item jumps over the item above with its sub-items.
        target = row - 1 if step < 0 else row + 2
        if step > 0 and not item.sub_item:
            end = row + 1
            while end < len(self.model.items) and self.model.items[end].sub_item:
                end += 1
            if end >= len(self.model.items):
                return
            target = end + 1
            while target < len(self.model.items) and self.model.items[target].sub_item:
                target += 1
        elif step < 0 and not item.sub_item:
            while target > 0 and self.model.items[target].sub_item:
                target -= 1
        if not 0 <= target <= len(self.model.items):
            return
        self._pending_select = item.id
        self.model.move_row(row, target)
        self.select_item(item.id)

    def _save_move(self, item_id: int, target: int) -> None:
        from cpo_desktop.services import agenda

        title = next((i.title for i in self.model.items if i.id == item_id), "item")
        self._change(f"Move “{title}”", lambda s: agenda.move_item(s, item_id, target), item_id)

    def set_sub(self, sub: bool) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None:
            return
        self._change(f"Make item {item.number} {'a sub-item' if sub else 'a main item'}",
                     lambda s: agenda.set_sub_item(s, item.id, sub), item.id)

    def attach_paper(self) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None:
            return
        path = prompts.open_file(self, f"Attach a Paper to Item {item.number}", None,
                                 "Papers (*.pdf *.docx);;All files (*)")
        if path is None:
            return
        self._change(f"Attach {path.name} to item {item.number}",
                     lambda s: agenda.attach_paper(s, item.id, path) and None, item.id)

    def toggle_to_follow(self) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None:
            return
        self._change(f"Item {item.number}: paper {'not ' if item.to_follow else ''}to follow",
                     lambda s: agenda.set_to_follow(s, item.id, not item.to_follow), item.id)

    def edit_checklist(self) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None or not item.papers:
            return
        paper = item.papers[0]
        dialog = ChecklistDialog(paper, self)
        if not prompts.ask(dialog):
            return
        checklist = dialog.result_checklist()
        self._change(f"Checklist of {paper.original_name}", lambda s: agenda.set_checklist(s, paper.id, checklist),
                     item.id)

    def open_paper(self) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None or not item.papers:
            return
        path = agenda.paper_file(self.store, item.papers[0])
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def chase(self) -> None:
        """Write an e-mail draft to the item's author and open it in the mail program; nothing is sent."""
        item = self.selected()
        if item is None:
            return
        store = self.store

        def job():
            from cpo_desktop.services import agenda

            return agenda.write_chase(store, item.id)

        def done(path: Path) -> None:
            self.window.status(f"Wrote the e-mail draft {path}; it opens in your mail program to send.")
            if self.window.interactive:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            self.last_chase = path

        self.window.runner.run(job, done, self.window.task_failed)

    def chase_list(self) -> None:
        """Every paper still to come for the meetings ahead, and e-mail drafts to their authors."""
        store = self.store
        if store is None:
            return

        def load():
            from cpo_desktop.services import agenda

            return agenda.chase_list(store)

        def show(rows) -> None:
            dialog = ChaseDialog(rows, lambda: self._write_drafts(dialog, rows), self)
            self.chase_dialog = dialog
            prompts.ask(dialog)

        self.window.runner.run(load, show, self.window.task_failed)

    def _write_drafts(self, dialog, rows) -> None:
        store = self.store

        def job():
            from cpo_desktop.services import agenda

            return [agenda.write_chase(store, r.item_id) for r in rows if r.email]

        def done(paths) -> None:
            self.last_drafts = paths
            folder = paths[0].parent if paths else None
            dialog.ui.introLabel.setText(f"Wrote {len(paths)} e-mail draft{'s' if len(paths) != 1 else ''} in "
                                         f"{folder}. Open each to send it from your mail program.")
            dialog.ui.writeButton.setEnabled(False)
            self.window.status(f"Wrote {len(paths)} e-mail drafts in {folder}.")
            if self.window.interactive and folder is not None:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

        self.window.runner.run(job, done, self.window.task_failed)

    def edit_template(self) -> None:
        """The board's template that new agendas are built from (agendas already built keep theirs)."""
        store = self.store
        if store is None:
            return

        def load():
            from cpo_desktop.services import agenda

            return agenda.list_template(store)

        def ask(items) -> None:
            from cpo_desktop.ui.template_dialog import TemplateDialog

            seats = [s.seat for s in self.window.views_data.overview.seats] if self.window.views_data else []
            dialog = TemplateDialog(items, self, presenters=seats)
            if not prompts.ask(dialog):
                return
            chosen = dialog.result_items()

            def save():
                from cpo_desktop.services import agenda

                agenda.save_template(store, chosen)

            self.window.runner.run(save, lambda _r: self.window.status(
                "Saved the agenda template: new agendas are built from it; agendas already built are unchanged."),
                self.window.task_failed)

        self.window.runner.run(load, ask, self.window.task_failed)

    # --- settings ----------------------------------------------------------------------------------
    def edit_contact(self) -> None:
        """Name the contact officer of the agenda packs' front sheets, induction packs and e-mail drafts."""
        store = self.store
        if store is None:
            return

        def load():
            from cpo_desktop.services import settings

            with store.session() as session:
                return settings.contact(session)

        def ask(officer) -> None:
            from cpo_desktop.ui.dialogs import ContactDialog

            dialog = ContactDialog(officer.name, officer.email, self)
            if not prompts.ask(dialog):
                return
            name, email = dialog.result_values()

            def save():
                from cpo_desktop.services import settings

                return settings.set_contact(store, name, email)

            self.window.runner.run(save, lambda c: self.window.status(
                f"The contact officer is {c.display_name}" + (f" ({c.email})." if c.email else ".")),
                self.window.task_failed)

        self.window.runner.run(load, ask, self.window.task_failed)

    def _set_continuous(self, on: bool) -> None:
        self._set_setting("agenda.continuous_numbering", bool(on))

    def _set_deadline_days(self) -> None:
        if self.agenda is not None and self.deadline_spin.value() != self.agenda.deadline_days:
            self._set_setting("agenda.report_deadline_days", self.deadline_spin.value())

    def _set_setting(self, key: str, value) -> None:
        store = self.store
        if store is None:
            return

        def job():
            from cpo_desktop.services import settings

            settings.set(store, key, value)

        self.window.runner.run(job, lambda _r: self.reload(), self.window.task_failed)


def matters_arising_html(actions) -> str:
    """The action log as the matters-arising item reviews it; overdue actions stand out."""
    if not actions:
        return "<i>Action log: no open actions, and none closed since the last meeting.</i>"
    rows = []
    for a in actions:
        style = " style='background:#f8dcdc'" if a.overdue else ""
        due = f"{a.due_date:%d/%m/%Y}" if a.due_date else ""
        status = a.status_label + (" – <b style='color:#a01010'>overdue</b>" if a.overdue else "")
        rows.append(f"<tr{style}><td>{html.escape(a.ref)}</td><td>{html.escape(a.description)}</td>"
                    f"<td>{html.escape(a.owner)}</td><td>{due}</td><td>{status}</td></tr>")
    return ("<b>Action log reviewed</b> (open actions, and those closed since the last meeting):"
            "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
            "<tr><th>No.</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>"
            + "".join(rows) + "</table>")


def partner_minutes_html(rows) -> str:
    """The partner boards' minutes the "Partner boards' minutes – for information" item lists
    (services.exchange.ExchangeRow): received since the last meeting, or noted at this one."""
    if not rows:
        return "<i>Partner boards' minutes: none received since the last meeting.</i>"
    out = []
    for r in rows:
        restricted = "<b>Restricted</b>" if r.confidentiality == enums.Confidentiality.RESTRICTED else "Public"
        status = "Noted" if r.status == "noted" else "To be noted"
        their = f"{r.meeting_date:%d/%m/%Y}" if r.meeting_date else ""
        received = f"{r.received_on:%d/%m/%Y}" if r.received_on else ""
        out.append(f"<tr><td>{html.escape(r.partner_name)} ({html.escape(r.partner)})</td><td>{their}</td>"
                   f"<td>{received}</td><td>{restricted}</td><td>{status}</td></tr>")
    return ("<b>Partner boards' minutes</b> (received since the last meeting; restricted ones are for the board "
            "only):<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
            "<tr><th>Partner board</th><th>Their meeting</th><th>Received</th><th></th><th>Status</th></tr>"
            + "".join(out) + "</table>")
