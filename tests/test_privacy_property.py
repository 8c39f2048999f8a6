"""The privacy rule as a property (issue 17, "Done when"): whatever a careless user types or
attaches, the surname of a young person who has not agreed to be named in full, a Part 2 paper
and a restricted partner paper never reach the public or a partner board.

Each example starts from the demo board (loaded for ``conftest.DEMO_DAY``, 23/11/2026, into a
template made once for the module and copied for each example) and plants into it:

- a generated surname for the demo's young person Kayden (a made-up pronounceable word, sometimes
  double-barrelled), written in any case (UPPER, lower, Title, mIxEd) and form ("Kayden Surname",
  "SURNAME, K.", "Surname, Kayden", "K. Surname", "Surname's", "Surname’s", "Ms Surname",
  "Kayden_Surname_review.pdf"; a double-barrelled one with a hyphen, an en dash, a non-breaking
  hyphen or a space) in every place a user types text (``TEXT_POSITIONS``: a minute's discussion
  and title, a resolution, an action and an update to one, the items an officer in attendance
  came for, a declaration's nature on a Part 1 and on a Part 2 item, the reason for an amendment
  and a note of amendment of confirmed minutes, an agenda item's title and presenter, a paper's
  and a partner document's file name, the meetings' venue, the text of the public Health and
  Wellbeing Board's minutes, the reason a meeting was cancelled), and as a person (the register,
  with an e-mail address made of the name; an action's owner; an item's presenter);
- a Part 2 paper and a restricted (SSCP) partner paper of generated text, each with a marker word
  per paragraph, and a "re-saved" copy of each, attached under Part 1 items and received as the
  public partner's minutes: laid out again (other type size, margins and page breaks), made into
  Word, cut down to some of its pages, or with curly quotes, "fi"/"fl" ligatures and decomposed
  accents.

The meetings are the demo's: the last one held (14/10/2026: draft minutes with a Part 2 item),
whose minutes are then confirmed at the next (9/12/2026: an agenda with a Part 2 item and the
partners' minutes received since). Then every public and partner output is made: the public
agenda pack of the next meeting and its supplement (a harmless paper and a further copy of each
secret paper, attached after the pack), the public minutes of the last one (PDF and Word), their package
for the Health and Wellbeing Board (with a harmless paper: it must be written; with a copied
paper: it must be refused), the public register (CSV and Popolo JSON), the year's calendar (.ics)
and the annual report. All of it is read back as its readers would read it (PDF pages with pypdf,
every string object and the XMP metadata with pikepdf, bookmarks; Word paragraphs, tables, headers,
footers, core properties and every XML part; the e-mail's headers, text, attachment names and
attachments; CSV, JSON and iCalendar as text, unfolded and parsed; every file name written), and
none of it may hold the surname (any part of it, in any case) or a marker word of the Part 2 and
restricted papers. An output may refuse (fail closed), except those that must be written
(``MUST_BE_WRITTEN``: those that mask rather than refuse). The positive control: the restricted
agenda pack and the restricted minutes do hold the surname and the markers, so the reading back
works and the test can fail.

The per-position tests plant a different young person's surname in each place of one board, and
a Part 2 and a restricted paper for each way of copying them, so that a failure names the field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import html
import io
import json
import random
import re
import sqlite3
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from email import policy
from pathlib import Path

import docx
import pikepdf
import pytest
from conftest import DEMO_DAY, _copy_data
from hypothesis import HealthCheck, Phase, assume, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from sqlmodel import select

from cpo_desktop import paths
from cpo_desktop.errors import UserError
from cpo_desktop.exchange import incoming, outgoing
from cpo_desktop.model import enums
from cpo_desktop.model.tables import Organisation, Person
from cpo_desktop.services import (actions, agenda, annual_report, attendance, calendar_export, meetings, member_export,
                                  minutes, packs, register)
from cpo_desktop.services import declarations, minutes_documents, resolutions
from cpo_desktop.services import settings as settings_svc
from cpo_desktop.services.startup import open_data

D = dt.date
HELD = D(2026, 10, 14)  # the demo's last meeting held: draft minutes, with a Part 2 item
NEXT = D(2026, 12, 9)  # the next: an agenda with a Part 2 item and its paper, the partners' minutes
AFTER = D(2026, 12, 10)  # the day after the next meeting, which confirms the last one's minutes
EARLIER = D(2026, 8, 12)  # the meeting before the last: its open actions are reviewed at the last
YEAR = 2026  # the municipal year 2026/27
PARTNER_MEETING, PARTNER_RECEIVED = D(2026, 10, 21), D(2026, 11, 2)  # between the two: listed at the next
FIRST = "Kayden"  # the demo's young person who has not agreed to be named in full

TEXT_POSITIONS = (
    "discussion",  # a Part 1 minute's discussion
    "minute title",  # a Part 1 minute's title
    "resolution",  # a resolution in the board's own words
    "action",  # an action agreed under a Part 1 minute
    "action update",  # an update to an action reviewed at matters arising
    "for items",  # the items an officer in attendance came for
    "declaration",  # the nature of a declaration on a Part 1 item
    "part 2 declaration",  # the nature of a declaration on the Part 2 item
    "amendment reason",  # agreed when the minutes were confirmed
    "amendment note",  # a note of amendment to the confirmed minutes
    "item title",  # an agenda item's title (next meeting)
    "presenter",  # an agenda item's presenter, in words
    "paper name",  # a paper's file name (at both meetings; in the package too)
    "venue",  # both meetings' venue
    "partner minutes",  # the text of the public partner's (HWB) minutes
    "partner file name",  # the file name of the public partner's (HWB) minutes
    "cancellation reason",  # why a meeting was cancelled (kept in its notes; the annual report shows it)
)
PERSON_POSITIONS = (
    "register",  # the young person's own surname in the register (Kayden)
    "action owner",  # a young person owns an action
    "presenter person",  # a young person presents an item
)
POSITIONS = TEXT_POSITIONS + PERSON_POSITIONS
# Where the restricted version shows each position (the positive control per position) ...
RESTRICTED_PACK, RESTRICTED_MINUTES = "restricted pack", "restricted minutes"
SHOWN_IN = {p: RESTRICTED_MINUTES for p in POSITIONS} | {p: RESTRICTED_PACK for p in (
    "item title", "presenter", "paper name", "partner minutes", "partner file name", "register", "presenter person")} | {
    "cancellation reason": None}  # only the annual report shows it: its marker word there is the control
# ... and where the public version shows it (its marker word), the surname masked; None: nowhere
# (the nature of a Part 2 declaration is not published; a partner's minutes naming a young
# person are left out of the public pack).
PUBLISHED_IN = {p: "public minutes.pdf" for p in POSITIONS} | {p: "public pack.pdf" for p in (
    "item title", "presenter", "paper name", "venue", "partner file name", "presenter person")} | {
    "cancellation reason": "annual report.pdf", "part 2 declaration": None, "partner minutes": None, "register": None}

# The outputs that must be written: the brief's positive controls, and those that mask names
# rather than refuse (a refusal there would leave their content unchecked). The calendar may
# refuse: it has nowhere to mask a venue naming a young person.
MUST_BE_WRITTEN = ("public pack", "public supplement", "public minutes pdf", "public minutes docx", "package",
                   "members csv", "members popolo", "annual report")


# --- names ----------------------------------------------------------------------------------------

CASES = ("upper", "lower", "title", "mixed")
FORMS = ("full", "surname initial", "surname first", "initial", "possessive", "curly possessive", "title",
         "file name", "alone")
JOINERS = ("-", "\u2013", "\u2011", " ")  # a hyphen, an en dash, a non-breaking hyphen, a space


def written(form: str, first: str, surname: str) -> str:
    """The young person's name written the way people write names."""
    return {
        "full": f"{first} {surname}",
        "surname initial": f"{surname.upper()}, {first[0]}.",
        "surname first": f"{surname}, {first}",
        "initial": f"{first[0]}. {surname}",
        "possessive": f"{surname}'s",
        "curly possessive": f"{surname}\u2019s",
        "title": f"Ms {surname}",
        "file name": f"{first}_{surname.replace(' ', '_')}_review.pdf",
        "alone": surname,
    }[form]


def in_case(text: str, case: str, flips: list[bool]) -> str:
    if case == "upper":
        return text.upper()
    if case == "lower":
        return text.lower()
    if case == "title":
        return text.title()
    flips = flips or [True, False]
    return "".join(c.upper() if flips[k % len(flips)] else c.lower() for k, c in enumerate(text))


_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"


@st.composite
def made_up_words(draw, min_size: int = 5, max_size: int = 9) -> str:
    """A pronounceable made-up word (consonant, vowel, …) with an "a", "o" or "u" in it, so that it
    is never inside a generated secret word (which has none)."""
    size = draw(st.integers(min_size, max_size))
    letters = [draw(st.sampled_from(_CONSONANTS if k % 2 == 0 else _VOWELS)) for k in range(size)]
    if not set(letters) & set("aou"):
        letters[1] = "o"
    return "".join(letters).title()


@dataclass(frozen=True)
class Surname:
    parts: tuple[str, ...]  # one, or two for a double-barrelled name
    joiner: str = "-"

    @property
    def registered(self) -> str:
        return "-".join(self.parts)

    def spelled(self, joiner: str | None = None) -> str:
        return (self.joiner if joiner is None else joiner).join(self.parts)

    @property
    def needles(self) -> list[str]:
        """What must not be found, ignoring case: the surname, and each part of a double-barrelled one."""
        return [p.casefold() for p in self.parts]


@st.composite
def surnames(draw) -> Surname:
    if draw(st.integers(0, 3)) == 0:
        return Surname((draw(made_up_words(4, 7)), draw(made_up_words(4, 7))), draw(st.sampled_from(JOINERS)))
    return Surname((draw(made_up_words()),))


@st.composite
def mentions(draw, surname: Surname) -> str:
    """One to three mentions of the young person, each in a form, a case and (double-barrelled) a joiner."""
    out = []
    for _ in range(draw(st.integers(1, 3))):
        form = draw(st.sampled_from(FORMS))
        case = draw(st.sampled_from(CASES))
        flips = draw(st.lists(st.booleans(), min_size=2, max_size=8))
        out.append(in_case(written(form, FIRST, surname.spelled(draw(st.sampled_from(JOINERS)))), case, flips))
    return " and ".join(out)


# --- the secret papers ----------------------------------------------------------------------------

# Secret words: consonants, ligature-forming "fi" and "fl" and accented letters, but no "a", "o" or
# "u", so that a made-up surname is never inside one; each paragraph has a marker word of its own.
_SECRET_BITS = [*"bcdfghjklmnpqrstvwxz", "fi", "fl", "\u00e9", "\u00fc"]
COPIES = ("layout", "docx", "pages", "unicode")
COPY_NAMES = {"ptwo": "Placement sufficiency update", "rest": "Partnership learning summary"}


@dataclass(frozen=True, repr=False)
class Secret:
    tag: str  # starts "ptwo" (a Part 2 paper) or "rest" (a restricted partner paper)
    seed: int
    copy: str  # how the copy attached under Part 1 items was made (COPIES)
    paragraphs: tuple[str, ...]
    keep: tuple[int, ...] = ()  # for "pages": the pages of the original that the copy holds (from 0)

    @property
    def markers(self) -> list[str]:
        return [f"zq{self.tag}{k}x" for k in range(len(self.paragraphs))]

    def __repr__(self) -> str:  # what makes it again, for the report of a failing example
        return f"secret_text({self.tag!r}, {self.seed}, {self.copy!r}, keep={self.keep!r})"

    def _repr_pretty_(self, printer, cycle) -> None:  # hypothesis prints examples with this
        printer.text(repr(self))


def secret_text(tag: str, seed: int, copy: str, *, keep: tuple[int, ...] | None = None) -> Secret:
    """Four to nine paragraphs of 40 to 60 secret words (an apostrophe and a quotation in each),
    three to a page."""
    rng = random.Random(seed)
    paragraphs = []
    for k in range(rng.randint(4, 9)):
        words = ["".join(rng.choice(_SECRET_BITS) for _ in range(rng.randint(3, 7)))
                 for _ in range(rng.randint(40, 60))]
        words[rng.randrange(len(words))] += "'s"
        at = rng.randrange(len(words) - 3)
        words[at], words[at + 2] = f'"{words[at]}', f'{words[at + 2]}"'
        words.insert(rng.randrange(len(words) + 1), f"zq{tag}{k}x")
        paragraphs.append(" ".join(words))
    pages = (len(paragraphs) + 2) // 3
    if keep is None:
        keep = tuple(sorted(rng.sample(range(pages), rng.randint(1, max(1, pages - 1))))) if copy == "pages" else ()
    return Secret(tag, seed, copy, tuple(paragraphs), keep)


def _pdf(paragraphs, *, title: str, size: float = 10, margin: float = 20, per_page: int = 3, font=None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    style.fontSize, style.leading = size, size * 1.25
    if font:
        style.fontName = font
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=margin * mm, rightMargin=margin * mm, topMargin=margin * mm,
                            bottomMargin=margin * mm, title=title)
    story = []
    for k, text in enumerate(paragraphs):
        if k and per_page and k % per_page == 0:
            story.append(PageBreak())
        story.append(Paragraph(html.escape(text, quote=False), style))
    doc.build(story)
    return out.getvalue()


def _docx(paragraphs, *, title: str) -> bytes:
    document = docx.Document()
    document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def original(secret: Secret) -> bytes:
    return _pdf(secret.paragraphs, title="Report")


def resaved(secret: Secret) -> tuple[str, bytes]:
    """The copy a careless user attaches again: (its kind, its bytes)."""
    if secret.copy == "layout":  # lines and pages break elsewhere
        return "pdf", _pdf(secret.paragraphs, title="Report (final)", size=12.5, margin=32, per_page=2)
    if secret.copy == "docx":
        return "docx", _docx(secret.paragraphs, title="Report")
    if secret.copy == "pages":
        reader = PdfReader(io.BytesIO(original(secret)))
        writer = PdfWriter()
        for k in secret.keep:
            writer.add_page(reader.pages[k])
        out = io.BytesIO()
        writer.write(out)
        return "pdf", out.getvalue()
    from cpo_desktop.packs import fonts

    family = fonts.register()  # Liberation Sans has the "fi" and "fl" ligatures and combining accents

    def fancy(text: str) -> str:
        text = re.sub(r'"(.*?)"', "\u201c\\1\u201d", text).replace("'", "\u2019")
        text = text.replace("fi", "\ufb01").replace("fl", "\ufb02")
        return unicodedata.normalize("NFD", text)

    return "pdf", _pdf([fancy(p) for p in secret.paragraphs], title="Report", size=11, margin=25, font=family)


# --- what is planted --------------------------------------------------------------------------------

HARMLESS = ("The service reviewed its offer to care leavers this quarter and agreed to publish a shorter guide "
            "for personal advisers, with contact details for the leaving care team and the council tax exemption.")


@dataclass
class Plan:
    """What one board gets."""

    texts: dict[str, str]  # text position -> the text planted there
    surnames: dict[str, Surname]  # position -> the surname of the young person planted there
    part2: list[Secret]  # Part 2 papers, each with a re-saved copy
    restricted: list[Secret]  # restricted partner papers, each with a re-saved copy
    venue: bool = True  # the venue too (then the calendar may refuse)

    @property
    def secrets(self) -> list[Secret]:
        return self.part2 + self.restricted

    @property
    def register(self) -> Surname:
        return self.surnames["register"]


@dataclass
class Planted:
    copies: dict[str, int]  # secret tag -> the paper id of its copy at the last meeting held
    harmless: int  # the paper id of a harmless paper at the last meeting held (its name names the young person)


def public_marker(position: str) -> str:
    return f"zqpos{POSITIONS.index(position)}x"


def planted_text(position: str, mention: str) -> str:
    """What is typed at ``position``: the mention of the young person and the position's marker word."""
    marker = public_marker(position)
    if position in ("paper name", "partner file name"):
        return f"{marker} {mention}" + ("" if mention.lower().endswith(".pdf") else " review.pdf")
    if position in ("item title", "minute title", "venue", "presenter", "for items"):
        return f"{mention} {marker}"
    return f"The board {marker} heard about {mention}, and the plan agreed with the social worker."


def file_name(text: str) -> str:
    return re.sub(r"[/\\\0]", " ", text).strip()


def plant(store, plan: Plan, files: Path) -> Planted:
    t = plan.texts
    (files / "held").mkdir(parents=True)
    (files / "next").mkdir()
    # Kayden's surname is the register's; every other surname is a young person of its own.
    with store.session() as session:
        kayden = session.exec(select(Person).where(Person.first_name == FIRST,
                                                   Person.is_young_person == True)).one()  # noqa: E712
        data = register.PersonInput(
            first_name=kayden.first_name, surname=plan.register.registered, title=kayden.title,
            preferred_name=kayden.preferred_name, email=f"{FIRST}.{plan.register.registered}@example.org".lower(),
            phone=kayden.phone,
            organisation=session.get(Organisation, kayden.organisation_id).name if kayden.organisation_id else None,
            job_title=kayden.job_title, is_young_person=True, consent_full_name=False, notes=kayden.notes)
        kayden_id = kayden.id
    register.update_person(store, kayden_id, data)
    person = {plan.register: kayden_id}
    for surname in plan.surnames.values():
        if surname not in person:
            person[surname] = register.add_person(store, register.PersonInput(
                first_name=FIRST, surname=surname.registered, is_young_person=True, consent_full_name=False))

    # The last meeting held, while its minutes are a draft.
    held = minutes.load(store, HELD.isoformat())
    report = next(r for r in held.minutes if r.part == 1 and r.agenda_item_id and r.title.startswith("Performance"))
    part2 = next(r for r in held.minutes if r.part == 2)
    minutes.set_discussion(store, report.id, f"{report.discussion} {t['discussion']}")
    minutes.set_title(store, report.id, f"{report.title} ({t['minute title']})")
    resolutions.add_resolution(store, report.id, resolutions.ResolutionInput("other", text=t["resolution"]))
    # The Part 2 minute quotes its exempt reports, so the restricted minutes hold Part 2 markers.
    minutes.set_discussion(store, part2.id, " ".join([part2.discussion, *(s.paragraphs[0] for s in plan.part2)]))
    sheet = attendance.load(store, HELD.isoformat())
    present = [r for r in sheet.rows if r.member and r.status == enums.AttendanceStatus.PRESENT and not r.young_person]
    actions.add_action(store, actions.ActionInput(description=t["action"], owner_id=present[0].person_id,
                                                  due_date=NEXT, minute_id=report.id), today=DEMO_DAY)
    actions.add_action(store, actions.ActionInput(
        description=f"Ask the care leavers' forum for its views {public_marker('action owner')}",
        owner_id=person[plan.surnames["action owner"]], due_date=NEXT, minute_id=report.id), today=DEMO_DAY)
    reviewed = next(a for a in actions.list_actions(store, meeting=EARLIER.isoformat(), today=DEMO_DAY)
                    if not a.closed and a.part == 1)
    actions.update_action(store, reviewed.number, text=t["action update"], on=HELD - dt.timedelta(days=7),
                          today=DEMO_DAY)
    officer = next(r for r in sheet.rows if r.status == enums.AttendanceStatus.IN_ATTENDANCE)
    attendance.record(store, HELD.isoformat(), [attendance.Mark(officer.person_id, enums.AttendanceStatus.IN_ATTENDANCE,
                                                                items=f"{officer.items} ({t['for items']})")])
    declarations.add_declaration(store, HELD.isoformat(), declarations.DeclarationInput(
        present[1].person_id, report.agenda_item_id, enums.InterestKind.NON_REGISTRABLE, t["declaration"]))
    declarations.add_declaration(store, HELD.isoformat(), declarations.DeclarationInput(
        present[2].person_id, part2.agenda_item_id, enums.InterestKind.OTHER_REGISTRABLE, t["part 2 declaration"]))
    # Its papers, for the package: a copy of each secret paper, and a harmless paper.
    copies = {}
    for secret in plan.secrets:
        kind, data = resaved(secret)
        path = files / "held" / f"{COPY_NAMES[secret.tag[:4]]} {secret.tag}.{kind}"
        path.write_bytes(data)
        copies[secret.tag] = agenda.attach_paper(store, report.agenda_item_id, path)
    harmless = files / "held" / file_name(t["paper name"])
    harmless.write_bytes(_pdf([HARMLESS], title="Care leavers' guide"))
    harmless_id = agenda.attach_paper(store, report.agenda_item_id, harmless)

    if plan.venue:
        for day in (HELD, NEXT):
            mid = meetings.find_meeting(store, day.isoformat())
            details = meetings.meeting_details(meetings.meeting_row(store, mid))
            meetings.update_meeting(store, mid, dataclasses.replace(details, venue=f"Committee Room 2, {t['venue']}"))

    # The next meeting: each Part 2 paper on its Part 2 item; the copies under a Part 1 item; items
    # with a planted title (and the harmless paper), presenter and presenting young person.
    nxt = agenda.load_agenda(store, NEXT.isoformat(), today=DEMO_DAY)
    for secret in plan.part2:
        path = files / "next" / f"Individual placement reviews (exempt) {secret.tag}.pdf"
        path.write_bytes(original(secret))
        agenda.attach_paper(store, next(r for r in nxt.items if r.part == 2).id, path)
    performance = next(r for r in nxt.items if r.part == 1 and r.title.startswith("Performance"))
    for secret in plan.secrets:
        kind, data = resaved(secret)
        path = files / "next" / f"{COPY_NAMES[secret.tag[:4]]} {secret.tag}.{kind}"
        path.write_bytes(data)
        agenda.attach_paper(store, performance.id, path)
    appendix = files / "next" / "Care leavers guide (appendix).pdf"  # two papers: each is bookmarked by name
    appendix.write_bytes(_pdf([HARMLESS.replace("quarter", "year")], title="Appendix"))
    agenda.add_item(store, NEXT.isoformat(), agenda.ItemInput(title=t["item title"], section="report"),
                    attach=[harmless, appendix])
    agenda.add_item(store, NEXT.isoformat(), agenda.ItemInput(
        title=f"Care leavers' forum {public_marker('presenter')}", section="report", presenter_role=t["presenter"],
        paper_expected=False))
    agenda.add_item(store, NEXT.isoformat(), agenda.ItemInput(
        title=f"Voice of the child {public_marker('presenter person')}", section="report", paper_expected=False,
        presenter_person_id=person[plan.surnames["presenter person"]]))

    # Partners' minutes received since the last meeting (listed at the next): the SSCP's
    # (restricted), and the HWB's (public; one naming the young person, one only in its file name).
    for k, secret in enumerate(plan.restricted):
        path = files / f"SSCP minutes {secret.tag}.pdf"
        path.write_bytes(original(secret))
        incoming.import_file(store, path, "SSCP", meeting_date=PARTNER_MEETING - dt.timedelta(days=k),
                             received=PARTNER_RECEIVED, today=DEMO_DAY)
    path = files / "HWB minutes.pdf"
    path.write_bytes(_pdf([f"The board heard from {t['partner minutes']} about the health assessments of children in "
                           f"care. {HARMLESS}"], title="HWB minutes"))
    incoming.import_file(store, path, "HWB", meeting_date=PARTNER_MEETING + dt.timedelta(days=1),
                         received=PARTNER_RECEIVED, today=DEMO_DAY)
    path = files / file_name(f"HWB {t['partner file name']}")
    path.write_bytes(_pdf([f"The board approved the quarterly Better Care Fund return. {HARMLESS}"], title="HWB"))
    incoming.import_file(store, path, "HWB", meeting_date=PARTNER_MEETING + dt.timedelta(days=2),
                         received=PARTNER_RECEIVED, today=DEMO_DAY)
    for k, secret in enumerate(plan.secrets):  # a copy of a secret paper sent back to us as public minutes
        kind, data = resaved(secret)
        path = files / f"HWB minutes {secret.tag}.{kind}"
        path.write_bytes(data)
        incoming.import_file(store, path, "HWB", meeting_date=PARTNER_MEETING + dt.timedelta(days=3 + k),
                             received=PARTNER_RECEIVED, today=DEMO_DAY)
    forum = next(m for m in meetings.list_meetings(store, year=YEAR) if m.kind == enums.MeetingKind.YOUNG_PEOPLES_FORUM)
    meetings.set_status(store, forum.id, enums.MeetingStatus.CANCELLED, reason=t["cancellation reason"],
                        today=DEMO_DAY)

    # The last meeting's minutes confirmed at the next, with an amendment, and a note after.
    minutes.confirm(store, HELD.isoformat(), at=NEXT.isoformat(), today=AFTER,
                    amendments=[minutes.ConfirmAmendment(reason=t["amendment reason"])])
    minutes.add_note(store, HELD.isoformat(), minutes.Amendment(reason=t["amendment note"]),
                     "The attendance list was corrected.")
    return Planted(copies=copies, harmless=harmless_id)


# --- reading everything back -------------------------------------------------------------------------

def pdf_texts(label: str, data: bytes) -> dict[str, str]:
    out = {}
    reader = PdfReader(io.BytesIO(data))
    out[f"{label} (pages)"] = "\n".join(page.extract_text() or "" for page in reader.pages)
    out[f"{label} (metadata)"] = "\n".join(f"{k} {v}" for k, v in (reader.metadata or {}).items())
    titles = []

    def walk(items) -> None:
        for it in items:
            if isinstance(it, list):
                walk(it)
            else:
                titles.append(str(it.title))
    walk(reader.outline)
    out[f"{label} (bookmarks)"] = "\n".join(titles)
    strings = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            _strings(obj, strings, 0)
        if "/Metadata" in pdf.Root:
            strings.append(pdf.Root.Metadata.read_bytes().decode("utf-8", "replace"))
    out[f"{label} (PDF strings)"] = "\n".join(strings)
    return out


def _strings(obj, out: list[str], depth: int) -> None:
    """Every string in a PDF object (titles, bookmarks, annotations, file names, metadata), not
    following references (each object is visited once, from ``pdf.objects``); not the text drawn
    on pages, which pypdf reads."""
    if depth > 30:
        return
    if isinstance(obj, pikepdf.String):
        out.append(str(obj))
    elif isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array)):
        children = obj.values() if not isinstance(obj, pikepdf.Array) else list(obj)
        for child in children:
            if isinstance(child, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array)) and child.is_indirect:
                continue
            _strings(child, out, depth + 1)


def docx_texts(label: str, data: bytes) -> dict[str, str]:
    document = docx.Document(io.BytesIO(data))
    lines = []

    def blocks(container) -> None:
        for block in container.iter_inner_content():
            if hasattr(block, "rows"):
                for row in block.rows:
                    for cell in row.cells:
                        blocks(cell)
            else:
                lines.append(block.text)
    blocks(document)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                     section.even_page_header, section.even_page_footer):
            blocks(part)
    props = document.core_properties
    lines += [str(getattr(props, name) or "") for name in (
        "title", "subject", "author", "keywords", "comments", "category", "last_modified_by", "identifier",
        "content_status", "language", "version")]
    out = {f"{label} (text)": "\n".join(lines)}
    # Every XML part as a reader of the raw file would see it: runs joined within a paragraph.
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                raw = archive.read(name).decode("utf-8", "replace")
                raw = re.sub(r"</w:p>|<w:br/>|<w:tab/>", "\n", raw)
                out[f"{label} › {name}"] = html.unescape(re.sub(r"<[^>]+>", "", raw)) + "\n" + raw
    return out


def file_texts(label: str, data: bytes) -> dict[str, str]:
    lower = label.lower()
    if lower.endswith(".pdf"):
        return pdf_texts(label, data)
    if lower.endswith(".docx"):
        return docx_texts(label, data)
    if lower.endswith(".eml"):
        return eml_texts(label, data)
    text = data.decode("utf-8-sig", "replace")
    out = {label: text}
    if lower.endswith(".json"):
        out[f"{label} (parsed)"] = json.dumps(json.loads(text), ensure_ascii=False)
    if lower.endswith(".ics"):
        from icalendar import Calendar

        out[f"{label} (unfolded)"] = re.sub(r"\r?\n[ \t]", "", text)
        out[f"{label} (parsed)"] = "\n".join(str(v) for c in Calendar.from_ical(data).walk() for v in c.values())
    return out


def eml_texts(label: str, data: bytes) -> dict[str, str]:
    msg = email.message_from_bytes(data, policy=policy.default)
    # The raw message as a mail program's "view source" shows it, but for its base64 blocks: those
    # parts are read decoded below, and a four-letter surname can turn up by chance in encoded bytes.
    raw = re.sub(r"(?m)^[A-Za-z0-9+/]{16,}={0,2}\r?$", "", data.decode("utf-8", "replace"))
    out = {f"{label} (raw)": raw,
           f"{label} (headers)": "\n".join(f"{k}: {v}" for k, v in msg.items())}
    for n, part in enumerate(msg.walk()):
        name = part.get_filename()
        if name:
            out[f"{label} › attachment {n} (name)"] = name
            out.update(file_texts(f"{label} › {name}", part.get_payload(decode=True)))
        elif part.get_content_maintype() == "text":
            out[f"{label} › part {n}"] = part.get_content()
    return out


def folder_texts(folder: Path) -> dict[str, str]:
    """Every file written under ``folder``: its name (and its folders' names) and all its text."""
    out = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        out[f"{rel} (name)"] = rel
        if path.is_file():
            out.update(file_texts(rel, path.read_bytes()))
    return out


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def found_in(texts: dict[str, str], needles: list[str]) -> list[tuple[str, str, str]]:
    """(where, what, the words around it) for each needle in each text."""
    out = []
    for where, text in texts.items():
        plain = flat(text)
        for needle in needles:
            at = plain.find(needle)
            if at >= 0:
                out.append((where, needle, plain[max(0, at - 60):at + len(needle) + 60]))
    return out


# --- the outputs ----------------------------------------------------------------------------------

@dataclass
class Outputs:
    public: dict[str, str] = field(default_factory=dict)  # all of every public or partner output, read back
    refused: dict[str, str] = field(default_factory=dict)  # output -> its one-line refusal
    restricted_pack: dict[str, str] = field(default_factory=dict)
    restricted_minutes: dict[str, str] = field(default_factory=dict)


def build_all(store, plan: Plan, planted: Planted, out: Path) -> Outputs:
    got = Outputs()
    public = out / "public"
    public.mkdir(parents=True)

    def attempt(what: str, make) -> None:
        try:
            make()
        except UserError as exc:  # refused, in words: fail closed
            got.refused[what] = str(exc)

    attempt("public pack", lambda: packs.build_agenda(store, NEXT.isoformat(), public=True,
                                                      target=public / "public pack.pdf", today=DEMO_DAY))
    # Papers that come after the pack, for a supplement: a harmless one named after the young
    # person, and each secret paper laid out once more.
    late = out / "late"
    late.mkdir()
    item = next(r for r in agenda.load_agenda(store, NEXT.isoformat(), today=DEMO_DAY).items
                if r.title == plan.texts["item title"])
    path = late / file_name(f"late {plan.texts['paper name']}")
    path.write_bytes(_pdf([HARMLESS.replace("quarter", "month")], title="Late paper"))
    agenda.attach_paper(store, item.id, path)
    for secret in plan.secrets:
        path = late / f"{COPY_NAMES[secret.tag[:4]]} {secret.tag} (late).pdf"
        path.write_bytes(_pdf(secret.paragraphs, title="Report", size=9, margin=15, per_page=4))
        agenda.attach_paper(store, item.id, path)
    attempt("public supplement", lambda: packs.build_supplement(store, NEXT.isoformat(), public=True,
                                                                target=public / "public supplement.pdf",
                                                                today=DEMO_DAY))
    for fmt in minutes_documents.FORMATS:
        attempt(f"public minutes {fmt}", lambda fmt=fmt: minutes_documents.export(
            store, HELD.isoformat(), fmt, public / f"public minutes.{fmt}", public=True, today=AFTER))
    attempt("package", lambda: outgoing.prepare(store, HELD.isoformat(), "HWB", public / "package", today=AFTER,
                                                papers=[planted.harmless]))
    for tag, paper in planted.copies.items():
        attempt(f"package with {tag}", lambda tag=tag, paper=paper: outgoing.prepare(
            store, HELD.isoformat(), "HWB", public / f"package with {tag}", today=AFTER, papers=[paper]))
    attempt("members csv", lambda: member_export.export(store, "csv", public / "members.csv", public=True))
    attempt("members popolo", lambda: member_export.export(store, "popolo", public / "members.json", public=True))
    attempt("calendar", lambda: calendar_export.export(store, public / "meetings.ics", year=YEAR))
    attempt("annual report", lambda: annual_report.build(store, YEAR, target=public / "annual report.pdf",
                                                         today=AFTER))
    got.public = folder_texts(public)

    pack, private = out / "restricted pack", out / "restricted minutes"
    pack.mkdir()
    private.mkdir()
    packs.build_agenda(store, NEXT.isoformat(), public=False, target=pack / "restricted pack.pdf", today=DEMO_DAY)
    for fmt in minutes_documents.FORMATS:
        minutes_documents.export(store, HELD.isoformat(), fmt, private / f"restricted minutes.{fmt}", public=False, today=AFTER)
    got.restricted_pack, got.restricted_minutes = folder_texts(pack), folder_texts(private)
    return got


# --- the store --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Template:
    root: Path  # the data folder to copy
    baseline: str = field(repr=False)  # the words of the demo's own documents

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(repr(self))


@pytest.fixture(scope="module")
def template(tmp_path_factory, _demo_template) -> Template:
    """The demo board with a contact officer, its Word paper turned into PDF once (kept with the
    documents, so each copy reuses it); and the words of the demo's own documents, which a made-up
    surname must not be among."""
    data = paths.resolve(tmp_path_factory.mktemp("privacy-template") / "data")
    _copy_data(_demo_template, data)
    store = open_data(data, daily_backup=False)
    try:
        settings_svc.set(store, "contact.name", "Morgan Reid")
        settings_svc.set(store, "contact.email", "corporate.parenting@example.org")
        out = data.root.parent / "baseline"
        out.mkdir()
        packs.build_agenda(store, NEXT.isoformat(), public=False, target=out / "pack.pdf", today=DEMO_DAY)
        minutes_documents.export(store, HELD.isoformat(), "pdf", out / "minutes.pdf", public=False, today=DEMO_DAY)
        annual_report.build(store, YEAR, target=out / "annual report.pdf", today=AFTER)
        member_export.export(store, "csv", out / "members.csv")
        calendar_export.export(store, out / "meetings.ics", year=YEAR)
        baseline = " ".join(flat(t) for t in folder_texts(out).values())
    finally:
        store.close()
    con = sqlite3.connect(data.database)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return Template(data.root, baseline)


def fresh_store(template: Path, into: Path):
    data = paths.resolve(into / "data")
    _copy_data(template, data)
    return open_data(data, daily_backup=False)


def distinctive(baseline: str, *names: Surname) -> bool:
    """Is none of the names among the words the outputs have anyway?"""
    fixed = " ".join([baseline, flat(HARMLESS), flat(planted_text("discussion", "")), "better care fund return"])
    return all(n not in fixed for s in names for n in s.needles)


def leaks_text(leaks) -> str:
    return "\n".join(f"  {what!r} in {where}: …{around}…" for where, what, around in leaks)


# --- the property --------------------------------------------------------------------------------------

@st.composite
def plans(draw) -> Plan:
    surname = draw(surnames())
    return Plan(texts={p: planted_text(p, draw(mentions(surname))) for p in TEXT_POSITIONS},
                surnames={p: surname for p in POSITIONS},
                part2=[secret_text("ptwo", draw(st.integers(0, 2**32)), draw(st.sampled_from(COPIES)))],
                restricted=[secret_text("rest", draw(st.integers(0, 2**32)), draw(st.sampled_from(COPIES)))],
                venue=draw(st.booleans()))


def check(plan: Plan, got: Outputs) -> None:
    needles = sorted({n for s in plan.surnames.values() for n in s.needles})
    markers = [m for s in plan.secrets for m in s.markers]
    leaks = found_in(got.public, needles + markers)
    assert not leaks, "leaked:\n" + leaks_text(leaks)
    for what in MUST_BE_WRITTEN:
        assert what not in got.refused, f"the {what} must be written, but: {got.refused[what]}"
    for secret in plan.secrets:
        assert f"package with {secret.tag}" in got.refused, \
            f"the package with the {secret.copy} copy of {secret.tag} was written"
    # The positive control: the restricted versions hold what the public ones must not.
    pack = " ".join(flat(t) for t in got.restricted_pack.values())
    minutes_ = " ".join(flat(t) for t in got.restricted_minutes.values())
    for needle in needles:
        assert needle in pack and needle in minutes_, f"{needle!r} is not in the restricted pack and minutes"
    for marker in markers:
        assert marker in pack, f"{marker} is not in the restricted pack"
    for secret in plan.part2:
        assert secret.markers[0] in minutes_, f"{secret.markers[0]} is not in the restricted minutes"


def _written(*mentions_: str) -> dict[str, str]:
    return {p: planted_text(p, m) for p, m in zip(TEXT_POSITIONS, mentions_, strict=True)}


# Each example builds a board and a dozen outputs (5 to 8 seconds), so there are few of them and
# no shrinking; the assertion names the leak, where it was found and what was around it.
@settings(max_examples=4, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(plan=plans())
@example(plan=Plan(  # every form and case of a plain surname; a Word copy and a curly, ligatured one
    texts=_written("KAYDEN ZORVELIK", "zorvelik, k.", "Zorvelik, Kayden", "K. ZoRvElIk", "Zorvelik's",
                   "ZORVELIK\u2019S", "Ms zorvelik", "Kayden_Zorvelik_review.pdf", "KAYDEN_ZORVELIK_REVIEW.PDF",
                   "Zorvelik", "ZORVELIK, K.", "kayden zorvelik", "k. zorvelik", "Mr Zorvelik", "Zorvelik, K.",
                   "kAyDeN zOrVeLiK", "Miss ZORVELIK"),
    surnames={p: Surname(("Zorvelik",)) for p in POSITIONS},
    part2=[secret_text("ptwo", 1, "unicode")], restricted=[secret_text("rest", 2, "docx")], venue=True))
@example(plan=Plan(  # a double-barrelled surname, each part alone, every joiner; copies laid out again or cut down
    texts=_written("Kayden Vantolu\u2013Mirabesk", "VANTOLU MIRABESK, K.", "Vantolu-Mirabesk, Kayden",
                   "K. vantolu mirabesk", "Vantolu-Mirabesk's", "Mirabesk\u2019s", "Ms Vantolu Mirabesk",
                   "Kayden_Vantolu_Mirabesk_review.pdf", "Kayden_Vantolu-Mirabesk_review.pdf", "MIRABESK", "vantolu",
                   "Kayden Vantolu\u2011Mirabesk", "K. Mirabesk", "Mx Mirabesk", "vAnToLu-MiRaBeSk",
                   "VANTOLU\u2013MIRABESK, KAYDEN", "K. VANTOLU"),
    surnames={p: Surname(("Vantolu", "Mirabesk")) for p in POSITIONS},
    part2=[secret_text("ptwo", 3, "pages")], restricted=[secret_text("rest", 4, "layout")], venue=False))
@example(plan=Plan(  # the last page of each secret paper alone: one paragraph of some fifty words
    texts=_written(*(["Kayden Ropikir"] * len(TEXT_POSITIONS))),
    surnames={p: Surname(("Ropikir",)) for p in POSITIONS},
    part2=[secret_text("ptwo", 2, "pages", keep=(1,))], restricted=[secret_text("rest", 14, "pages", keep=(1,))],
    venue=False))
def test_no_public_or_partner_output_carries_a_surname_or_a_secret_paper(template, plan):
    assume(distinctive(template.baseline, *plan.surnames.values()))  # else: a word the outputs have anyway
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = fresh_store(template.root, tmp)
        try:
            planted = plant(store, plan, tmp / "files")
            got = build_all(store, plan, planted, tmp / "out")
        finally:
            store.close()
    check(plan, got)


# --- each position on its own ----------------------------------------------------------------------

# A young person of their own for each position, so a leak names the field, each written in a
# form and a case of its own; and a Part 2 and a restricted paper for each way of copying them,
# and for a cut-down copy that is only the last page (one paragraph of some fifty words).
EACH = {
    "discussion": (("Varneko",), "surname initial", "upper", "-"),
    "minute title": (("Toblusk",), "full", "lower", "-"),
    "resolution": (("Quenmora",), "surname first", "title", "-"),
    "action": (("Dravolin",), "initial", "mixed", "-"),
    "action update": (("Pelzarro",), "possessive", "title", "-"),
    "for items": (("Kurvesta",), "curly possessive", "upper", "-"),
    "declaration": (("Mobrelin",), "title", "lower", "-"),
    "part 2 declaration": (("Zantuvel",), "full", "title", "-"),
    "amendment reason": (("Fobrinal",), "file name", "upper", "-"),
    "amendment note": (("Gulvatern",), "alone", "mixed", "-"),
    "item title": (("Sorvadek",), "surname initial", "title", "-"),
    "presenter": (("Halvoru", "Nepritz"), "full", "title", "\u2013"),
    "paper name": (("Brovaskel",), "file name", "title", "-"),
    "venue": (("Tremolux",), "title", "title", "-"),
    "partner minutes": (("Vaskorin", "Delbruno"), "surname first", "upper", " "),
    "partner file name": (("Pimbarou",), "full", "mixed", "-"),
    "cancellation reason": (("Wolbarin",), "surname first", "lower", "-"),
    "register": (("Zorvelik",), "", "", "-"),
    "action owner": (("Kelmadur",), "", "", "-"),
    "presenter person": (("Sundavok", "Ferolim"), "", "", "-"),
}
EXTRACTS = {"ptwo": 2, "rest": 14}  # seeds whose last page holds one paragraph


def each_position_plan() -> Plan:
    surnames = {p: Surname(parts, joiner) for p, (parts, _, _, joiner) in EACH.items()}
    texts = {p: planted_text(p, in_case(written(form, FIRST, surnames[p].spelled()), case, [True, False, False]))
             for p, (_, form, case, _) in EACH.items() if p in TEXT_POSITIONS}
    secrets = {kind: [secret_text(f"{kind}{copy}", seed + k, copy) for k, copy in enumerate(COPIES)]
               + [secret_text(f"{kind}extract", EXTRACTS[kind], "pages", keep=(1,))]
               for kind, seed in (("ptwo", 10), ("rest", 20))}
    return Plan(texts=texts, surnames=surnames, part2=secrets["ptwo"], restricted=secrets["rest"])


@pytest.fixture(scope="module")
def each_position(template, tmp_path_factory) -> tuple[Plan, Outputs]:
    plan = each_position_plan()
    assert distinctive(template.baseline, *plan.surnames.values())
    assert all(len(s.paragraphs) == 4 for s in plan.secrets if s.tag.endswith("extract"))
    tmp = tmp_path_factory.mktemp("each-position")
    store = fresh_store(template.root, tmp)
    try:
        planted = plant(store, plan, tmp / "files")
        got = build_all(store, plan, planted, tmp / "out")
    finally:
        store.close()
    return plan, got


def test_the_outputs_that_mask_are_written(each_position):
    _, got = each_position
    for what in MUST_BE_WRITTEN:
        assert what not in got.refused, f"the {what} must be written, but: {got.refused[what]}"


@pytest.mark.parametrize("position", POSITIONS)
def test_each_position_is_covered(each_position, position):
    plan, got = each_position
    surname = plan.surnames[position]
    leaks = found_in(got.public, surname.needles)
    assert not leaks, f"{position}:\n" + leaks_text(leaks)
    # The positive control: the restricted version shows the field, surname and all.
    shown = {RESTRICTED_PACK: got.restricted_pack, RESTRICTED_MINUTES: got.restricted_minutes,
             None: {}}[SHOWN_IN[position]]
    for needle in surname.needles if shown else ():
        assert any(needle in flat(t) for t in shown.values()), \
            f"{position}: {needle!r} is not in the {SHOWN_IN[position]}"
    if position == "register":
        return
    marker, where = public_marker(position), PUBLISHED_IN[position]
    if where is None:
        assert not found_in(got.public, [marker]), f"{position} is published"
    else:  # published, with the surname masked
        assert any(marker in flat(text) for name, text in got.public.items() if name.startswith(where)), \
            f"{position} is not in the {where}"


@pytest.mark.parametrize("tag", [f"{kind}{copy}" for kind in ("ptwo", "rest") for copy in (*COPIES, "extract")])
def test_each_resaved_copy_is_kept_out(each_position, tag):
    plan, got = each_position
    secret = next(s for s in plan.secrets if s.tag == tag)
    leaks = found_in(got.public, secret.markers)
    assert not leaks, f"the {secret.copy} copy of {tag} (pages {secret.keep}):\n" + leaks_text(leaks)
    assert f"package with {tag}" in got.refused, f"the package with the {secret.copy} copy of {tag} was written"
    # The positive control: the original is in the restricted pack, every paragraph of it.
    pack = " ".join(flat(t) for t in got.restricted_pack.values())
    assert all(m in pack for m in secret.markers), f"{tag} is not in the restricted pack"
