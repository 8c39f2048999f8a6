"""What the Packs view's panels share: the choices of what to make, the words they use, what the
view reads, and the seams tests replace (``open_path``, ``cancel_flag``)."""

from __future__ import annotations

import datetime as dt
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from cpo_desktop import clock, dates
from cpo_desktop.wording import plural

AGENDA, SUPPLEMENT, INDUCTION, ANNUAL, LIBRARY = "agenda", "supplement", "induction", "annual", "library"
CHOICES = (  # (key, what the list says, what it is)
    (AGENDA, "Agenda pack", ("The meeting's pack: front sheet, contents, agenda and every paper, page-numbered "
                             "and bookmarked")),
    (SUPPLEMENT, "Supplementary pack", "The papers that arrived after the agenda pack, numbered on from it"),
    (INDUCTION, "Induction pack", "A new member's induction pack, from the board's records and the Library"),
    (ANNUAL, "Annual report", "The board's annual report to the Overview and Scrutiny Committee"),
    (LIBRARY, "Library of texts", "The board's own wording of the induction pack's texts"),
)
CHOICE_KEYS = tuple(c[0] for c in CHOICES)
CHOICE_ACTIONS = {AGENDA: "A&genda Pack", SUPPLEMENT: "S&upplementary Pack", INDUCTION: "Induc&tion Pack",
                  ANNUAL: "An&nual Report", LIBRARY: "&Library of Texts"}
BUILD_TEXT = {AGENDA: "&Build Agenda Pack", SUPPLEMENT: "&Build Supplementary Pack",
              INDUCTION: "&Issue Induction Pack…", ANNUAL: "&Build Annual Report", LIBRARY: "&Build"}
RESTRICTED, PUBLIC = "restricted", "public"
REFUSED, LEFT_OUT, WARNING, NOTE = "refused", "left out", "warning", "note"  # services.packs.SEVERITIES
SEVERITIES = (REFUSED, LEFT_OUT, WARNING, NOTE)
SEVERITY_TEXT = {REFUSED: "Refused", LEFT_OUT: "Left out", WARNING: "To check", NOTE: "Note"}
PDF_FILTER = "PDF documents (*.pdf);;All files (*)"
EMPTY_PREVIEW = ("Build a pack to see it here, or open one from “Packs built before”.\n\n"
                 "The preview is what will be printed: page numbers, bookmarks and all.")
ROSE_BANNER = ("QLabel { background: #f8cdcd; color: #5a1010; border: 1px solid #d99a9a; border-radius: 3px;"
               " padding: 6px 8px; }")
GREEN_BANNER = ("QLabel { background: #e5f2e5; color: #17401a; border: 1px solid #9cc79c; border-radius: 3px;"
                " padding: 6px 8px; }")


# --- seams (tests replace these) ---------------------------------------------------------------------

def open_path(path: Path) -> bool:
    """Open a file or folder in the program the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def cancel_flag() -> threading.Event:
    """The flag the Cancel button sets and a build reads between its steps."""
    return threading.Event()


# --- words ---------------------------------------------------------------------------------------------

def sentence_case(text: str) -> str:
    """The first letter a capital, nothing else changed."""
    return text[:1].upper() + text[1:]


def item_sort(number: str) -> str:
    """'5a' after '5' and before '10'."""
    m = re.match(r"(\d+)(.*)", number or "")
    return f"{int(m.group(1)):04d}{m.group(2)}" if m else (number or "")


def built_when(moment: dt.datetime) -> str:
    """When a pack was built, on this computer's clock: '23/11/2026 20:01'."""
    return dates.stamp(moment.astimezone())


def built_short(moment: dt.datetime) -> str:
    """'23 Nov 20:01' this year, '23 Nov 2025' another."""
    local = moment.astimezone()
    if local.year == clock.now().astimezone().year:
        return f"{dates.day_month(local)} {dates.hm(local)}"
    return dates.brief(local)


def year_label(year: int) -> str:
    """'2026/27': the municipal year from May 2026."""
    return f"{year}/{(year + 1) % 100:02d}"


def pages_text(pages: int, first: int = 1, last: int = 0) -> str:
    """'12 pages', or '12 pages, numbered 31–42' for a pack numbered on from another."""
    text = plural(pages, "page")
    if first != 1 and last:
        text += f", numbered {first}–{last}"
    return text


# --- what the view reads --------------------------------------------------------------------------------

@dataclass
class Loaded:
    """What the view shows, read at once off the UI thread."""

    meetings: list = field(default_factory=list)  # services.meetings.MeetingRow
    people: list = field(default_factory=list)  # services.register.MemberRow, not former
    packs: list = field(default_factory=list)  # services.pack_records.PackRow, newest first
    texts: list = field(default_factory=list)  # services.library.LibraryEntry
    packs_folder: Path | None = None
    today: dt.date = field(default_factory=clock.today)


def read_packs(store, today: dt.date) -> Loaded:
    """Meetings, people, the packs built and the Library's texts (off the UI thread)."""
    from cpo_desktop.services import library, meetings, pack_records, register

    people = [m for m in register.list_members(store, today=today) if not m.former]
    return Loaded(meetings=meetings.list_meetings(store), people=people, packs=pack_records.list_packs(store),
                  texts=library.list_texts(store), packs_folder=store.paths.exports / "packs", today=today)


@dataclass(frozen=True)
class Shown:
    """The PDF in the preview and how to speak of it."""

    path: Path
    title: str
    pages: int
