"""Partner exchange: our confirmed minutes going to the partner boards (the Safeguarding Children
Partnership, the Health and Wellbeing Board …) and theirs coming to us, at a glance.

At the top, one card per partner says in words what is owed either way and what is overdue
(``cards``); below it, the register of every exchange, filtered by partner, by what is overdue,
and by words — also words inside the partners' minutes received (``search``). The commands on
our minutes out, their minutes in and the partner boards live beside the view (``outgoing``,
``incoming``, ``partners``); the view holds the register and the commands' actions.

The view only shows ``services.exchange`` results, read through the view context's operations,
so the window never freezes; "mark sent" goes on Edit › Undo. Every dialog and file picker goes
through ``prompts``. Partners' minutes can also be dropped on the view as files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QBoxLayout,
    QPushButton,
    QWidget,
)

from cpo_desktop import clock, dates
from cpo_desktop.model import exchange_rules as rules
from cpo_desktop.ui import viewinfo
from cpo_desktop.ui.context import ViewContext
from cpo_desktop.ui.exchange.cards import PartnerCard
from cpo_desktop.ui.exchange.incoming import TheirMinutesIn, dropped_paths, is_in
from cpo_desktop.ui.exchange.outgoing import OurMinutesOut, is_out, package_eml
from cpo_desktop.ui.exchange.partners import PartnersAndRules
from cpo_desktop.ui.exchange.search import MinutesSearch, matcher
from cpo_desktop.ui.exchange.words import (
    detail_html,
    due_text,
    due_value,
    note_text,
    status_text,
)
from cpo_desktop.ui.style import GREY, ROSE
from cpo_desktop.ui.tablemodel import Column, FilteredRowsModel, RowStyle
from cpo_desktop.ui.widgets import (
    ViewPage,
    fit_columns,
    prepare_table,
    select_where,
    selected_row,
)
from cpo_desktop.wording import plural

RELOAD = "exchange.reload"  # the operations' key: a later reload supersedes an earlier one
OUT_KEYS = ("prepare", "open_draft", "show_folder", "mark_sent")
IN_KEYS = ("add_minutes", "open_document", "remove")


def open_path(path: Path) -> bool:
    """Open a file or folder in the program the system uses for it (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@dataclass
class Loaded:
    """What the view shows, read off the UI thread."""

    register: Any  # services.exchange.ExchangeRegister
    partners: list = field(default_factory=list)  # services.exchange.PartnerRow, former ones too
    today: dt.date = field(default_factory=clock.today)


def read_exchange(store, today: dt.date) -> Loaded:
    """The register of exchanges and the partner boards, as of ``today``."""
    from cpo_desktop.services import exchange

    return Loaded(exchange.register(store, today=today), exchange.list_partners(store, include_former=True), today)


class ExchangeView(ViewPage, QWidget):

    # The window's menu for this view: its title and the view's own actions by key, in groups.
    MENU_TITLE = viewinfo.info("exchange").menu
    MENU_GROUPS = (('prepare', 'open_draft', 'show_folder', 'mark_sent'), ('add_minutes', 'open_document', 'remove'),
                   ('partners', 'rules'))
    loaded = Signal()  # the register has been read and shown
    searched = Signal()  # the words typed were looked for in the partners' minutes

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Loaded | None = None
        self.actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.working = False  # a package or an import is being made
        self._select_key: str | None = None
        self._sized = self._split = False
        self.outgoing = OurMinutesOut(self)
        self.incoming = TheirMinutesIn(self)
        self.boards = PartnersAndRules(self)
        self._build()
        self.search = MinutesSearch(ctx, self.filter.text, self)
        self.search.searched.connect(self._searched)
        self.update_actions()

    # --- construction -----------------------------------------------------------------------------
    def _action(self, key: str, text: str, slot: Callable[[], None], tip: str, button: QPushButton) -> None:
        """The view's command ``key`` as an action (for the Exchange menu) and its button."""
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.actions[key] = action
        button.clicked.connect(action.trigger)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
        self.buttons[key] = button

    def _build(self) -> None:
        """The layout is forms/exchange_view.ui; here the behaviour is wired to it."""
        from cpo_desktop.ui.generated.ui_exchange_view import Ui_ExchangeView

        self.ui = ui = Ui_ExchangeView()
        ui.setupUi(self)
        self.header, self.subtitle = ui.header, ui.viewSubtitle
        self.cards_area = ui.cardsArea
        self.cards_area.card_clicked.connect(self._card_clicked)
        self.partner_combo, self.overdue_check = ui.partnerCombo, ui.overdueCheck
        self.filter, self.count_label = ui.exchangeFilter, ui.exchangeCount  # Ctrl+F focuses ``filter``
        self.partner_combo.addItem("All partners", None)
        self.partner_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.overdue_check.toggled.connect(lambda _on: self.apply_filter())
        self.filter.textChanged.connect(self._filter_typed)
        self._build_register()
        ui.detailArea.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.splitter = ui.splitter
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)

        out, in_, boards = self.outgoing, self.incoming, self.boards
        self._action("prepare", "&Prepare Package…", out.prepare_package, button=ui.prepareButton,
                     tip="Write the public minutes, a covering note and an e-mail draft for the selected partner")
        self._action("open_draft", "Open E-mail &Draft", out.open_draft, button=ui.openDraftButton,
                     tip="Open the package's e-mail draft in your mail program, to check and send")
        self._action("show_folder", "Show Package Fo&lder", out.show_folder, button=ui.showFolderButton,
                     tip="Show the folder the package was written to")
        self._action("mark_sent", "Mar&k Sent…", out.mark_sent, button=ui.markSentButton,
                     tip="Record the day the selected minutes went to the partner (Edit › Undo takes it back)")
        self._action("add_minutes", "Add Partner M&inutes…", in_.add_partner_minutes, button=ui.addMinutesButton,
                     tip="Add a partner's minutes from a PDF, a Word file or the e-mail they came in (.eml); "
                         "or drop the file here")
        self._action("open_document", "&Open Document", in_.open_document, button=ui.openDocumentButton,
                     tip="Open the partner's minutes received (read only)")
        self._action("remove", "&Remove Received Minutes…", in_.remove_received, button=ui.removeButton,
                     tip="Take back partner minutes added by mistake (not once noted at confirmed minutes)")
        # About the partners, not the line selected: beside the title.
        self._action("partners", "Partner &Boards…", boards.edit_partners, button=ui.partnersButton,
                     tip="The partner boards: their names, e-mail addresses and what is exchanged")
        self._action("rules", "Overdue Rule&s…", boards.edit_rules, button=ui.rulesButton,
                     tip="When sending or receiving minutes shows as overdue")
        # Our minutes out, then theirs in: one row, or two when the window is too narrow for one.
        self.button_rows = ui.buttonRows

    def _build_register(self) -> None:
        columns = [
            Column("Partner", lambda r: r.partner, tooltip=lambda r: r.partner_name),
            Column("Direction", lambda r: r.direction, display=lambda r: "To" if r.direction == rules.OUT else "From",
                   tooltip=lambda r: f"Our minutes to {r.partner}" if r.direction == rules.OUT
                   else f"{r.partner}'s minutes to us"),
            Column("Minutes of", lambda r: r.meeting_date, display=lambda r: dates.brief(r.meeting_date) or "—",
                   tooltip=lambda r: r.what),
            Column("Status", lambda r: status_text(r)),
            Column("Sent / received", lambda r: r.sent_on or r.received_on,
                   display=lambda r: dates.short(r.sent_on or r.received_on)),
            Column("Due / noted at", due_value, display=lambda r: due_text(r, self.shown_day())),
            Column("Note", self._note, tooltip=lambda r: self._note(r) or None, max_width=600),
        ]
        style = RowStyle(background=lambda r: ROSE if r.overdue else None,
                         foreground=lambda r: GREY if not r.overdue and r.status in (rules.SENT, rules.NOTED,
                                                                                     rules.AWAITING) else None)
        self.model = FilteredRowsModel(columns, style, self)
        table = self.table = self.ui.exchangeTable
        prepare_table(table)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the register's order
        table.selectionModel().selectionChanged.connect(lambda *_: self._row_selected())
        table.doubleClicked.connect(lambda *_: self._default_action())
        self.detail = self.ui.exchangeDetail

    def _first_split(self) -> None:
        """Room for a line's whole detail under the register, once it is on screen (the user's own
        split is kept after that)."""
        detail = self.fontMetrics().lineSpacing() * 4 + 16
        total = sum(self.splitter.sizes())
        if self._split or not self.isVisible() or total < detail * 3:
            return
        self._split = True
        self.splitter.setSizes([total - detail, detail])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        needed = sum(self.buttons[k].sizeHint().width() for k in OUT_KEYS + IN_KEYS) + 6 * 8 + 14 + 32
        direction = QBoxLayout.Direction.TopToBottom if self.width() < needed else QBoxLayout.Direction.LeftToRight
        if self.button_rows.direction() != direction:
            self.button_rows.setDirection(direction)

    # --- what the view knows ----------------------------------------------------------------------
    @property
    def store(self):
        return self.ctx.store

    @property
    def cards(self) -> list[PartnerCard]:
        return self.cards_area.cards

    def today(self) -> dt.date:
        return self.ctx.today()

    def shown_day(self) -> dt.date:
        """The day the register shown was worked out for."""
        return self.data.today if self.data is not None else self.today()

    def selected(self):
        return selected_row(self.table, self.model)

    def select_key(self, key: str) -> bool:
        return select_where(self.table, self.model, lambda r: r.key == key)

    def partner(self, partner_id: int):
        """The partner board with this id, as last read (former ones too), or None."""
        if self.data is None:
            return None
        return next((p for p in self.data.partners if p.id == partner_id), None)

    def open_external(self, path: Path) -> bool:
        """Open a file or a folder the system's way."""
        return open_path(path)

    # --- reading ----------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the register off the UI thread, then show it (keeping the selected row)."""
        store = self.store
        self.update_actions()
        if store is None:
            return
        current = self.selected()
        self._select_key = select or (current.key if current is not None else self._select_key)
        today = self.today()
        self.ctx.op(lambda: read_exchange(store, today)).latest(RELOAD).success(self.show_data).run()

    def changed(self, *kinds: str, select: str | None = None) -> None:
        """After a change of these kinds of data (services.undo): the views showing them are read
        again, and the register now."""
        self.ctx.touched(*kinds)
        self.reload(select=select)

    def show_data(self, data: Loaded) -> None:
        key = self._select_key
        if data == self.data and (key is None or self.select_key(key)):
            # A visit, with nothing changed since (the view is read on each): the cards and the
            # table stand as they are, the selection with them.
            self._select_key = None
            self.loaded.emit()
            return
        self.data = data
        reg = data.register
        self.subtitle.setText(
            f"Our confirmed minutes go to each partner within {reg.send_days} working days; a partner is overdue "
            f"after {reg.receive_months} months without minutes. Drop a partner's minutes (PDF, Word or a saved "
            "e-mail) here to add them.")
        self.cards_area.show_register(reg)
        self._fill_partner_combo()
        key, self._select_key = self._select_key, None
        self.model.set_rows(reg.rows, self._predicate())
        if not self._sized and reg.rows:
            self._sized = True  # sized once: the user's own widths are kept after that
            fit_columns(self.table, {0: 80, 1: 80, 2: 110, 3: 190, 4: 120, 5: 170}, stretch=6)
        if key is not None and not self.select_key(key) and any(r.key == key for r in reg.rows):
            self.reset_filters()  # what was just changed must be in sight
            self.select_key(key)
        self._footer()
        self._row_selected()
        QTimer.singleShot(0, self._first_split)
        self.loaded.emit()

    def card(self, short_name: str) -> PartnerCard:
        return next(c for c in self.cards if c.summary.partner.short_name == short_name)

    def _card_clicked(self, partner_id: int) -> None:
        index = self.partner_combo.findData(partner_id)
        self.partner_combo.setCurrentIndex(0 if index == self.partner_combo.currentIndex() else max(0, index))

    def _fill_partner_combo(self) -> None:
        combo = self.partner_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All partners", None)
        for s in self.data.register.partners:
            p = s.partner
            combo.addItem(f"{p.short_name} – {p.name}" + (" (former)" if p.former else ""), p.id)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    # --- filtering and searching --------------------------------------------------------------------
    def _note(self, r) -> str:
        hit = self.search.hit(r)
        return f"Found in {hit.original_name}: {hit.snippet}" if hit is not None else note_text(r)

    def _predicate(self) -> Callable[[Any], bool]:
        return matcher(partner=self.partner_combo.currentData(), overdue=self.overdue_check.isChecked(),
                       text=self.filter.text().strip(), found=set(self.search.current()), today=self.shown_day())

    def apply_filter(self) -> None:
        chosen = self.selected()
        self.model.set_filter(self._predicate())
        if chosen is not None:
            self.select_key(chosen.key)
        self._footer()
        self._row_selected()

    def reset_filters(self) -> None:
        for widget in (self.partner_combo, self.overdue_check, self.filter):
            widget.blockSignals(True)
        self.partner_combo.setCurrentIndex(0)
        self.overdue_check.setChecked(False)
        self.filter.clear()
        self.search.clear()
        for widget in (self.partner_combo, self.overdue_check, self.filter):
            widget.blockSignals(False)
        self.model.set_filter(self._predicate())
        self._footer()

    def _filter_typed(self, _text: str) -> None:
        self.apply_filter()
        self.search.typed()

    def search_text(self) -> None:
        """Find the words typed in the text of the partners' minutes now (off the UI thread)."""
        self.search.run()

    def _searched(self) -> None:
        self.apply_filter()
        self.searched.emit()

    def _footer(self) -> None:
        rows = self.data.register.rows if self.data is not None else []
        overdue = sum(1 for r in rows if r.overdue)
        shown = len(self.model.rows)
        text = f"{plural(len(rows), 'entry', 'entries')} · {overdue} overdue"
        if shown != len(rows):
            text = f"Showing {shown} of " + text
        found = len(self.search.current()) if self.filter.text().strip() else 0
        if found:
            text += f" · words found in {plural(found, 'partner minutes', 'partner minutes')}"
        self.count_label.setText(text)

    # --- the selected row -------------------------------------------------------------------------
    def _row_selected(self) -> None:
        r = self.selected()
        if r is None:
            self.detail.setText("<i>Select a line to see what was sent or received.</i>" if self.model.rows else
                                ("<i>Nothing matches the filter.</i>" if self.data and self.data.register.rows
                                 else ""))
        else:
            self.detail.setText(detail_html(r, self.partner(r.partner_id), self.search.hit(r)))
        self.update_actions()

    def _default_action(self) -> None:
        r = self.selected()
        if is_in(r) and r.documents:
            self.incoming.open_document()
        elif is_out(r) and r.status == rules.READY:
            self.outgoing.prepare_package()

    def update_actions(self) -> None:
        r = self.selected() if self.data is not None else None
        open_ = self.store is not None
        out, in_ = is_out(r), is_in(r)
        folder = out and bool(r.package_folder) and Path(r.package_folder).is_dir()
        enable = {
            "prepare": open_ and out and r.status in (rules.READY, rules.SENT) and not self.working,
            "open_draft": out and package_eml(r) is not None,
            "show_folder": folder,
            "mark_sent": open_ and out and r.status == rules.READY,
            "add_minutes": open_ and not self.working,
            "open_document": open_ and in_ and bool(r.documents),
            "remove": open_ and in_ and r.exchange_id is not None and r.status == rules.RECEIVED,
            "partners": open_, "rules": open_ and self.data is not None,
        }
        for key, on in enable.items():
            self.actions[key].setEnabled(bool(on))

    def work_done(self) -> None:
        """A package or an import is finished (or given up): the next file dropped meanwhile is added."""
        self.working = False
        self.update_actions()
        self.incoming.resume()

    # --- the commands, by the names the window and the tests use ------------------------------------
    def add_partner_minutes(self, path: Path | None = None) -> None:
        self.incoming.add_partner_minutes(path)

    def add_files(self, paths) -> None:
        self.incoming.add_files(paths)

    def drop_mime(self, mime: QMimeData) -> list[Path]:
        return self.incoming.drop_mime(mime)

    def prepare_package(self) -> None:
        self.outgoing.prepare_package()

    def mark_sent(self) -> None:
        self.outgoing.mark_sent()

    def edit_partners(self) -> None:
        self.boards.edit_partners()

    def edit_rules(self) -> None:
        self.boards.edit_rules()

    # --- files dropped on the view ----------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if self.store is not None and dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        if self.drop_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()
