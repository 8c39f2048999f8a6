"""The privacy rule as a property (issue 17, "Done when"): whatever a careless user types or
attaches, a young person's surname (one who has not agreed to be named in full), a Part 2 paper
and a restricted partner paper never reach the public or a partner board.

Each example starts from the demo board (copied from a template made once for the module) and
plants into it:

- a generated surname (a made-up word; sometimes double-barrelled) for the demo's young person
  Kayden, written in any case (UPPER, lower, Title, mIxEd) and form ("Kayden Surname",
  "SURNAME, K.", "Surname, Kayden", "K. Surname", "Surname's", "Surname’s", "Ms Surname",
  "Kayden_Surname_review.pdf", a double-barrelled name with a hyphen, a dash or a space) in every
  place a user types text: a minute's discussion and title, a resolution, an action and an
  update to one, the items an officer in attendance was there for, a declaration's nature (on a
  Part 1 and on a Part 2 item), the reason for an amendment and a note of amendment of confirmed
  minutes, an agenda item's title and presenter, a paper's file name, the meeting's venue, and
  the text of the public Health and Wellbeing Board's minutes;
- a Part 2 paper and a restricted (SSCP) partner paper of generated text, and a "re-saved" copy of
  each (laid out again with other margins and type size, made into Word, cut down to some of its
  pages, or with curly quotes, ligatures and decomposed accents) attached under Part 1 items.

The meetings are the demo's (loaded for ``conftest.DEMO_DAY``, 23/11/2026): the last meeting held
(14/10/2026, draft minutes with a Part 2 item), whose minutes are confirmed at the next
(9/12/2026, whose agenda has a Part 2 item with a paper and the partners' minutes received since).

Then every public and partner output is made: the public agenda pack of the next meeting, the
public minutes of the last one as PDF and Word, the package of those minutes for the Health and
Wellbeing Board (with each copied paper attached: refused; with only a harmless paper: written),
the public register as CSV and Popolo JSON, the year's calendar (.ics) and the annual report. All
their text is read back as their readers would (PDF pages with pypdf, every string object and
the XMP metadata with pikepdf, bookmarks; Word paragraphs, tables, headers, footers, properties
and every XML part; the e-mail's headers, text, attachment names and attachments; CSV, JSON and
iCalendar as text; every file name written) and must hold neither the surname (any part of it,
in any case) nor any marker word of the Part 2 and restricted papers. An output may refuse
(fail closed), except those the positive control says must be written. The positive control:
the restricted agenda pack and the restricted minutes do hold the surname and the markers, so
the reading back works and the test can fail.

``test_each_position_is_covered`` plants a different surname in each place of one board, so that
a failure names the field.
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
import shutil
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
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlmodel import select

from cpo_desktop import paths
from cpo_desktop.errors import UserError
from cpo_desktop.exchange import incoming, outgoing
from cpo_desktop.model import enums
from cpo_desktop.model.tables import Person
from cpo_desktop.services import (actions, agenda, annual_report, attendance, calendar_export, meetings, member_export,
                                  minutes, packs, register)
from cpo_desktop.services import settings as settings_svc
from cpo_desktop.services.startup import open_data

D = dt.date
HELD = D(2026, 10, 14)  # the demo's last meeting held: draft minutes, with a Part 2 item
NEXT = D(2026, 12, 9)  # the next: an agenda with a Part 2 item and its paper, the partners' minutes
AFTER = D(2026, 12, 10)  # the day after the next meeting, which confirms the last one's minutes
EARLIER = D(2026, 8, 12)  # the meeting before the last: its actions are reviewed at the last
YEAR = 2026  # the municipal year 2026/27
PARTNER_MEETING, PARTNER_RECEIVED = D(2026, 10, 21), D(2026, 11, 2)  # between the two: listed at the next
FIRST = "Kayden"  # the demo's young person who has not agreed to be named in full

POSITIONS = (
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
    "paper name",  # a paper's file name (next meeting and last meeting)
    "venue",  # both meetings' venue
    "partner minutes",  # the text of the public partner's (HWB) minutes
    "register",  # the young person's own surname in the register
)
# Where the restricted version shows each position (the positive control per position).
RESTRICTED_PACK, RESTRICTED_MINUTES = "restricted pack", "restricted minutes"
SHOWN_IN = {p: RESTRICTED_MINUTES for p in POSITIONS} | {
    "item title": RESTRICTED_PACK, "presenter": RESTRICTED_PACK, "paper name": RESTRICTED_PACK,
    "partner minutes": RESTRICTED_PACK, "register": RESTRICTED_PACK}


# --- names ----------------------------------------------------------------------------------------

CASES = ("upper", "lower", "title", "mixed")
FORMS = ("full", "surname initial", "surname first", "initial", "possessive", "curly possessive", "title",
         "file name", "alone")
JOINERS = ("-", "\u2013", " ", "\u2011")  # a hyphen, an en dash, a space, a non-breaking hyphen


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
    return "".join(c.upper() if flip else c.lower() for c, flip in zip(text, flips * (len(text) // max(len(flips), 1) + 1),
                                                                          strict=False))


_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"


@st.composite
def made_up_words(draw, min_size: int = 5, max_size: int = 9) -> str:
    """A pronounceable made-up word (consonant, vowel, ...), with an "a", "o" or "u" in it, so it
    is never inside the generated secret words (which have no such vowel)."""
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
        flips = draw(st.lists(st.booleans(), min_size=3, max_size=8))
        spelled = surname.spelled(draw(st.sampled_from(JOINERS)))
        out.append(in_case(written(form, FIRST, spelled), case, flips))
    return " and ".join(out)


# --- the secret papers --------------------------------------------------------------------------

# Secret words: consonants, ligature-forming "fi"/"fl" and accented letters, no "a", "o" or "u", so
# a made-up surname is never inside one; every paragraph carries a marker word of its own.
_SECRET_BITS = [*"bcdfghjklmnpqrstvwxz", "fi", "fl", "\u00e9", "\u00fc"]
COPIES = ("layout", "docx", "pages", "unicode")


@dataclass(frozen=True)
class Secret:
    tag: str  # "ptwo" (a Part 2 paper) or "rest" (a restricted partner paper)
    paragraphs: tuple[str, ...]
    copy: str  # how the copy attached under a Part 1 item was made (COPIES)
    keep: tuple[int, ...] = ()  # for "pages": the pages of the original the copy holds (from 0)

    @property
    def markers(self) -> list[str]:
        return [f"zq{self.tag}{k}x" for k in range(len(self.paragraphs))]


def secret_text(tag: str, seed: int, copy: str) -> Secret:
    rng = random.Random(seed)
    paragraphs = []
    for k in range(rng.randint(4, 9)):
        words = ["".join(rng.choice(_SECRET_BITS) for _ in range(rng.randint(3, 7))) for _ in range(rng.randint(40, 60))]
        words[rng.randrange(len(words))] += "'s"  # an apostrophe, and a quotation, for the curly copy
        at = rng.randrange(len(words) - 3)
        words[at], words[at + 2] = f'"{words[at]}', f'{words[at + 2]}"'
        words.insert(rng.randrange(len(words) + 1), f"zq{tag}{k}x")
        paragraphs.append(" ".join(words))
    pages = (len(paragraphs) + 2) // 3
    keep = tuple(sorted(rng.sample(range(pages), rng.randint(1, max(1, pages - 1))))) if copy == "pages" else ()
    return Secret(tag, tuple(paragraphs), copy, keep)


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
    """The copy a careless user attaches again: (its suffix, its bytes)."""
    if secret.copy == "layout":
        return "pdf", _pdf(secret.paragraphs, title="Report (final)", size=12.5, margin=32, per_page=2)
    if secret.copy == "docx":
        return "docx", _docx(secret.paragraphs, title="Report")
    if secret.copy == "pages":
        reader = PdfReader(io.BytesIO(original(secret)))
        from pypdf import PdfWriter

        writer = PdfWriter()
        for k in secret.keep:
            writer.add_page(reader.pages[k])
        out = io.BytesIO()
        writer.write(out)
        return "pdf", out.getvalue()
    from cpo_desktop.packs import fonts

    family = fonts.register()

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
    """What one board gets: for each position, its young person's surname and the text planted there."""

    texts: dict[str, str]
    surnames: dict[str, Surname]  # position -> the surname planted there
    register: Surname  # Kayden's own surname
    part2: Secret
    restricted: Secret
    venue: bool = True


@dataclass
class Planted:
    part2_copy: int  # paper ids at the last meeting held, for the package
    restricted_copy: int
    harmless: int


def public_marker(position: str) -> str:
    return f"zqpos{POSITIONS.index(position)}x"


def _person_input(p: Person, **changes) -> register.PersonInput:
    data = register.PersonInput(first_name=p.first_name, surname=p.surname, title=p.title,
                                preferred_name=p.preferred_name, email=p.email, phone=p.phone,
                                job_title=p.job_title, is_young_person=p.is_young_person,
                                consent_full_name=p.consent_full_name, notes=p.notes)
    return dataclasses.replace(data, **changes)


def plant(store, plan: Plan, files: Path) -> Planted:
    files.mkdir(parents=True, exist_ok=True)
    t = plan.texts
    with store.session() as session:
        kayden = session.exec(select(Person).where(Person.first_name == FIRST, Person.is_young_person == True)).one()  # noqa: E712
        organisation = kayden.organisation_id
        kayden_id = kayden.id
        data = _person_input(kayden)
    from cpo_desktop.model.tables import Organisation
    with store.session() as session:
        data.organisation = session.get(Organisation, organisation).name if organisation else None
    register.update_person(store, kayden_id, dataclasses.replace(data, surname=plan.register.registered))
    # The other positions' young people (one per position in the per-position test; else Kayden).
    for surname in {s for s in plan.surnames.values() if s != plan.register}:
        register.add_person(store, register.PersonInput(first_name=FIRST, surname=surname.registered,
                                                        is_young_person=True, consent_full_name=False))

    held = minutes.load(store, HELD.isoformat())
    part1 = [r for r in held.minutes if r.part == 1 and r.agenda_item_id and r.title.startswith(("Performance",
                                                                                                 "Virtual School"))]
    report = part1[0]
    part2 = next(r for r in held.minutes if r.part == 2)
    minutes.set_discussion(store, report.id, f"{report.discussion} {t['discussion']}")
    minutes.set_title(store, report.id, f"{report.title} ({t['minute title']})")
    minutes.add_resolution(store, report.id, minutes.ResolutionInput("other", text=t["resolution"]))
    # The Part 2 minute quotes its exempt report: the restricted minutes hold a Part 2 marker.
    minutes.set_discussion(store, part2.id, f"{part2.discussion} {plan.part2.paragraphs[0]}")
    sheet = attendance.load(store, HELD.isoformat())
    present = [r for r in sheet.rows if r.member and r.status == enums.AttendanceStatus.PRESENT
               and not r.young_person]
    owner = present[0].person_id
    actions.add_action(store, actions.ActionInput(description=t["action"], owner_id=owner, due_date=NEXT,
                                                  minute_id=report.id), today=DEMO_DAY)
    reviewed = next(a for a in actions.list_actions(store, meeting=EARLIER.isoformat(), today=DEMO_DAY)
                    if not a.closed and a.part == 1)
    actions.update_action(store, reviewed.number, text=t["action update"], on=HELD - dt.timedelta(days=7),
                          today=DEMO_DAY)
    officer = next(r for r in sheet.rows if r.status == enums.AttendanceStatus.IN_ATTENDANCE)
    attendance.record(store, HELD.isoformat(), [attendance.Mark(officer.person_id, enums.AttendanceStatus.IN_ATTENDANCE,
                                                                items=f"{officer.items} ({t['for items']})")])
    minutes.add_declaration(store, HELD.isoformat(), minutes.DeclarationInput(
        present[1].person_id, report.agenda_item_id, enums.InterestKind.NON_REGISTRABLE, t["declaration"]))
    minutes.add_declaration(store, HELD.isoformat(), minutes.DeclarationInput(
        present[2].person_id, part2.agenda_item_id, enums.InterestKind.OTHER_REGISTRABLE, t["part 2 declaration"]))

    # Papers at the last meeting held, for the package: the copies and a harmless paper.
    part2_copy = restricted_copy = 0
    kind, data_ = resaved(plan.part2)
    path = files / f"Placement sufficiency update.{kind}"
    path.write_bytes(data_)
    part2_copy = agenda.attach_paper(store, report.agenda_item_id, path)
    kind, data_ = resaved(plan.restricted)
    path = files / f"Partnership learning summary.{kind}"
    path.write_bytes(data_)
    restricted_copy = agenda.attach_paper(store, report.agenda_item_id, path)
    harmless = files / "held" / paper_file_name(t["paper name"])
    harmless.parent.mkdir(exist_ok=True)
    harmless.write_bytes(_pdf([f"{HARMLESS} {public_marker('paper name')}"], title="Care leavers' guide"))
    harmless_id = agenda.attach_paper(store, report.agenda_item_id, harmless)

    if plan.venue:
        for day in (HELD, NEXT):
            mid = meetings.find_meeting(store, day.isoformat())
            details = meetings.meeting_details(meetings.meeting_row(store, mid))
            meetings.update_meeting(store, mid, dataclasses.replace(details, venue=f"Committee Room 2, {t['venue']}"))

    # The next meeting: an item with a planted title, presenter and paper name; the Part 2 paper
    # on its Part 2 item, and the copies under a Part 1 item.
    nxt = agenda.load_agenda(store, NEXT.isoformat(), today=DEMO_DAY)
    nxt_part2 = next(r for r in nxt.items if r.part == 2)
    path = files / "Individual placement reviews (exempt).pdf"
    path.write_bytes(original(plan.part2))
    agenda.attach_paper(store, nxt_part2.id, path)
    other = files / "Care leavers guide (appendix).pdf"
    other.write_bytes(_pdf([HARMLESS.replace("quarter", "year")], title="Appendix"))
    agenda.add_item(store, NEXT.isoformat(), agenda.ItemInput(title=t["item title"], section="report"),
                    attach=[harmless, other])
    agenda.add_item(store, NEXT.isoformat(), agenda.ItemInput(title=f"Care leavers' forum {public_marker('presenter')}",
                                                              section="report", presenter_role=t["presenter"],
                                                              paper_expected=False))
    copies = [r for r in nxt.items if r.part == 1 and r.title.startswith("Performance")][0]
    for secret, name in ((plan.part2, "Placement sufficiency update"), (plan.restricted, "Partnership learning summary")):
        kind, data_ = resaved(secret)
        path = files / "next" / f"{name}.{kind}"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data_)
        agenda.attach_paper(store, copies.id, path)

    # Partners' minutes received since the last meeting: the SSCP's (restricted) and the HWB's
    # (public, naming the young person).
    path = files / "SSCP minutes.pdf"
    path.write_bytes(original(plan.restricted))
    incoming.import_file(store, path, "SSCP", meeting_date=PARTNER_MEETING, received=PARTNER_RECEIVED, today=DEMO_DAY)
    path = files / "HWB minutes.pdf"
    path.write_bytes(_pdf([f"The board heard from {t['partner minutes']} about the health assessments of children in "
                           f"care. {HARMLESS} {public_marker('partner minutes')}"], title="HWB minutes"))
    incoming.import_file(store, path, "HWB", meeting_date=PARTNER_MEETING + dt.timedelta(days=1),
                         received=PARTNER_RECEIVED, today=DEMO_DAY)

    # The last meeting's minutes confirmed at the next, with an amendment, and a note after.
    minutes.confirm(store, HELD.isoformat(), at=NEXT.isoformat(), today=AFTER,
                    amendments=[minutes.ConfirmAmendment(reason=t["amendment reason"])])
    minutes.add_note(store, HELD.isoformat(), minutes.Amendment(reason=t["amendment note"]),
                     "The attendance list was corrected.")
    return Planted(part2_copy=part2_copy, restricted_copy=restricted_copy, harmless=harmless_id)


def paper_file_name(text: str) -> str:
    name = re.sub(r"[/\\:\0]", " ", text).strip()
    return name if name.lower().endswith(".pdf") else f"{name} review.pdf"


def planted_text(position: str, mention: str) -> str:
    """The sentence planted at ``position``, with the mention of the young person and a marker word."""
    marker = public_marker(position)
    if position == "for items":
        return f"{marker} with {mention}"
    if position == "paper name":
        return mention if mention.lower().endswith(".pdf") else f"{marker} {mention}"
    if position in ("item title", "minute title", "venue", "presenter"):
        return f"{mention} {marker}"
    return f"The board {marker} heard about {mention}, and the plan agreed with the social worker."


# --- reading everything back ----------------------------------------------------------------------

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
    """Every string in a PDF object (titles, bookmarks, annotations, file names, metadata); not
    the text drawn on pages, which pypdf reads."""
    if depth > 20:
        return
    if isinstance(obj, pikepdf.String):
        out.append(str(obj))
    elif isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
        for key in obj.keys():
            if key not in ("/Parent", "/P", "/Kids", "/Contents"):
                try:
                    _strings(obj.get(key), out, depth + 1)
                except Exception:
                    continue
    elif isinstance(obj, pikepdf.Array):
        for item in obj:
            _strings(item, out, depth + 1)


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
    lines += [str(getattr(props, name) or "") for name in ("title", "subject", "author", "keywords", "comments",
                                                           "category", "last_modified_by", "identifier", "content_status",
                                                           "language", "version")]
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
    out = {f"{label} (raw)": data.decode("utf-8", "replace"),
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
    public: dict[str, str] = field(default_factory=dict)  # everything public or partner, read back
    refused: dict[str, str] = field(default_factory=dict)  # output -> the one-line refusal
    restricted_pack: dict[str, str] = field(default_factory=dict)
    restricted_minutes: dict[str, str] = field(default_factory=dict)


def build_all(store, planted: Planted, out: Path) -> Outputs:
    got = Outputs()
    public = out / "public"
    public.mkdir(parents=True)

    def attempt(what: str, make) -> None:
        try:
            make()
        except UserError as exc:
            got.refused[what] = str(exc)

    attempt("public pack", lambda: packs.build_agenda(store, NEXT.isoformat(), public=True,
                                                      target=public / "public pack.pdf", today=DEMO_DAY))
    for fmt in minutes.FORMATS:
        attempt(f"public minutes {fmt}", lambda fmt=fmt: minutes.export(
            store, HELD.isoformat(), fmt, public / f"public minutes.{fmt}", public=True, today=AFTER))
    attempt("package", lambda: outgoing.prepare(store, HELD.isoformat(), "HWB", public / "package", today=AFTER,
                                                papers=[planted.harmless]))
    for name, paper in (("package with the Part 2 copy", planted.part2_copy),
                        ("package with the restricted copy", planted.restricted_copy)):
        attempt(name, lambda name=name, paper=paper: outgoing.prepare(
            store, HELD.isoformat(), "HWB", public / name, today=AFTER, papers=[paper]))
    attempt("members csv", lambda: member_export.export(store, "csv", public / "members.csv", public=True))
    attempt("members popolo", lambda: member_export.export(store, "popolo", public / "members.json", public=True))
    attempt("calendar", lambda: calendar_export.export(store, public / "meetings.ics", year=YEAR))
    attempt("annual report", lambda: annual_report.build(store, YEAR, target=public / "annual report.pdf",
                                                         today=AFTER))
    got.public = folder_texts(public)

    private = out / "restricted"
    private.mkdir()
    packs.build_agenda(store, NEXT.isoformat(), public=False, target=private / "restricted pack.pdf", today=DEMO_DAY)
    got.restricted_pack = folder_texts(private)
    for fmt in minutes.FORMATS:
        minutes.export(store, HELD.isoformat(), fmt, private / f"restricted minutes.{fmt}", public=False, today=AFTER)
    got.restricted_minutes = {k: v for k, v in folder_texts(private).items() if "minutes" in k}
    return got


MUST_BE_WRITTEN = ("public pack", "public minutes pdf", "public minutes docx", "package")
REFUSED = ("package with the Part 2 copy", "package with the restricted copy")


# --- the store --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def template(tmp_path_factory, _demo_template) -> tuple[Path, str]:
    """The demo board (loaded for DEMO_DAY) with a contact officer; its Word paper turned into PDF
    once (kept with the documents, so each copy reuses it). Also the words the demo's own
    documents use, which a made-up surname must not be among."""
    data = paths.resolve(tmp_path_factory.mktemp("privacy-template") / "data")
    _copy_data(_demo_template, data)
    store = open_data(data, daily_backup=False)
    try:
        settings_svc.set(store, "contact.name", "Morgan Reid")
        settings_svc.set(store, "contact.email", "corporate.parenting@example.org")
        out = data.root.parent / "baseline"
        out.mkdir()
        packs.build_agenda(store, NEXT.isoformat(), public=False, target=out / "pack.pdf", today=DEMO_DAY)
        minutes.export(store, HELD.isoformat(), "pdf", out / "minutes.pdf", public=False, today=DEMO_DAY)
        baseline = " ".join(flat(t) for t in folder_texts(out).values())
        shutil.rmtree(out)
    finally:
        store.close()
    con = sqlite3.connect(data.database)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return data.root, baseline


def fresh_store(template: Path, into: Path):
    data = paths.resolve(into / "data")
    _copy_data(template, data)
    return open_data(data, daily_backup=False)


def distinctive(baseline: str, *names: Surname) -> bool:
    return all(n not in baseline and n not in flat(HARMLESS) for s in names for n in s.needles)


# --- the property --------------------------------------------------------------------------------------

@st.composite
def plans(draw) -> Plan:
    surname = draw(surnames())
    texts = {p: planted_text(p, draw(mentions(surname))) for p in POSITIONS if p != "register"}
    return Plan(texts=texts, surnames={p: surname for p in POSITIONS}, register=surname,
                part2=secret_text("ptwo", draw(st.integers(0, 2**32)), draw(st.sampled_from(COPIES))),
                restricted=secret_text("rest", draw(st.integers(0, 2**32)), draw(st.sampled_from(COPIES))),
                venue=draw(st.booleans()))


def check(plan: Plan, got: Outputs) -> None:
    needles = sorted({n for s in plan.surnames.values() for n in s.needles} | set(plan.register.needles))
    markers = plan.part2.markers + plan.restricted.markers
    leaks = found_in(got.public, needles + markers)
    assert not leaks, "leaked:\n" + "\n".join(f"  {what!r} in {where}: …{around}…" for where, what, around in leaks)
    for what in MUST_BE_WRITTEN:
        assert what not in got.refused, f"the {what} must be written, but: {got.refused[what]}"
    for what in REFUSED:
        assert what in got.refused, f"the {what} was written"
    # The positive control: the restricted versions hold what the public ones must not.
    pack = " ".join(flat(t) for t in got.restricted_pack.values())
    minutes_ = " ".join(flat(t) for t in got.restricted_minutes.values())
    for needle in plan.register.needles:
        assert needle in pack and needle in minutes_
    for marker in markers:
        assert marker in pack, f"{marker} is not in the restricted pack"
    assert plan.part2.markers[0] in minutes_


@settings(max_examples=3, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(plan=plans())
@example(plan=Plan(
    texts={p: planted_text(p, m) for p, m in zip([p for p in POSITIONS if p != "register"], [
        "KAYDEN ZORVELIK", "zorvelik, k.", "Zorvelik, Kayden", "K. ZoRvElIk", "Zorvelik's", "ZORVELIK\u2019S",
        "Ms zorvelik", "Kayden_Zorvelik_review.pdf", "KAYDEN_ZORVELIK_REVIEW.PDF", "Zorvelik", "ZORVELIK, K.",
        "kayden zorvelik", "k. zorvelik", "Mr Zorvelik", "Zorvelik, K."], strict=True)},
    surnames={p: Surname(("Zorvelik",)) for p in POSITIONS}, register=Surname(("Zorvelik",)),
    part2=secret_text("ptwo", 1, "unicode"), restricted=secret_text("rest", 2, "docx"), venue=True))
@example(plan=Plan(
    texts={p: planted_text(p, m) for p, m in zip([p for p in POSITIONS if p != "register"], [
        "Kayden Vantolu\u2013Mirabesk", "VANTOLU MIRABESK, K.", "Vantolu-Mirabesk, Kayden", "K. vantolu mirabesk",
        "Vantolu-Mirabesk's", "Mirabesk\u2019s", "Ms Vantolu Mirabesk", "Kayden_Vantolu_Mirabesk_review.pdf",
        "Kayden_Vantolu-Mirabesk_review.pdf", "MIRABESK", "vantolu", "Kayden Vantolu\u2011Mirabesk",
        "K. Mirabesk", "Mx Mirabesk", "vAnToLu-MiRaBeSk"], strict=True)},
    surnames={p: Surname(("Vantolu", "Mirabesk")) for p in POSITIONS}, register=Surname(("Vantolu", "Mirabesk")),
    part2=secret_text("ptwo", 3, "pages"), restricted=secret_text("rest", 4, "layout"), venue=False))
def test_no_public_or_partner_output_carries_a_surname_or_a_secret_paper(template, plan):
    root, baseline = template
    if not distinctive(baseline, plan.register):
        return  # a made-up word the demo happens to use: not a surname the test can look for
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = fresh_store(root, tmp)
        try:
            planted = plant(store, plan, tmp / "files")
            got = build_all(store, planted, tmp / "out")
        finally:
            store.close()
    check(plan, got)
