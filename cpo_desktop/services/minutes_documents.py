"""The minutes as documents: the restricted and public minutes (PDF and Word) and the Chair's
letters to members absent without apologies.

What the public minutes say is decided here, once (young people by first name, Part 2 minutes
by their public title and paragraph only) and passed through the privacy rule
(``services.disclosure``) before any renderer sees it; the file written is read back and
checked again. Exports and letters take a ``progress`` (the window's Cancel): a cancelled job
writes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from sqlmodel import select

from cpo_desktop import clock, dates
from cpo_desktop.model import enums
from cpo_desktop.model.enums import MinutesStatus
from cpo_desktop.model.rules import municipal_year_start, person_name
from cpo_desktop.model.tables import Meeting, Minute, Person
from cpo_desktop.progress import NO_PROGRESS, Progress
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.services import minutes, settings
from cpo_desktop.services.minutes import MinutesError
from cpo_desktop.services.minutes_wording import (
    exclusion_wording,
    seat_role,
    withheld_note,
)
from cpo_desktop.store.db import Store
from cpo_desktop.wording import aside

PUBLIC_ADVICE = ("must not be in the public minutes. Take it out of the minutes (Minutes & actions view) and "
                 "export them again.")
PART2_NATURE = "Not published: the item was considered in private (Part 2)."
FORMATS = ("pdf", "docx")


def content(store: Store, meeting: str | int, *, public: bool, today: dt.date | None = None, gate=None):
    """The minutes as a document: attendance, declarations, each minute with its resolutions
    and actions, the action log at matters arising; made safe for the public when ``public``
    (young people by first name, Part 2 minutes by public title and paragraph only) by the
    privacy rule, ``gate`` (``services.disclosure``; loaded when not given)."""
    from cpo_desktop.model.tables import Board
    from cpo_desktop.packs.content import (
        ActionLine,
        Attendee,
        DeclarationLine,
        MinutesContent,
        MinuteSection,
    )
    from cpo_desktop.services import actions as actions_svc
    from cpo_desktop.services import attendance as attendance_svc

    today = clock.or_today(today)
    view = minutes.load(store, meeting)
    if not view.started:
        raise MinutesError(f"The minutes of {dates.short(view.meeting.date)} have not been started.")
    sheet = attendance_svc.load(store, view.meeting.id, public=public)
    meeting_id = view.meeting.id
    log = actions_svc.matters_arising(store, meeting_id, public=public, today=today)
    agreed = actions_svc.list_actions(store, meeting=meeting_id, public=public, today=today)
    with store.session() as session:
        board = session.exec(select(Board)).first()
        m = session.get(Meeting, meeting_id)
        part2_minutes = {r.id for r in view.minutes if r.part == 2}
        part2_items = {r.agenda_item_id for r in view.minutes if r.part == 2 and r.agenda_item_id}
        decls = minutes.declaration_rows(session, m, {r.agenda_item_id: r.number for r in view.minutes if r.agenda_item_id},
                              public=public)
        chair = minutes.chair_name(session, m.date, public=public)
        officer = settings.contact(session)
        presenters = {r.id: minutes.presenter_text(session, session.get(Minute, r.id), public=public) for r in view.minutes}

    def line(a) -> ActionLine:
        return ActionLine(number=a.ref, minute_ref=a.minute_ref, description=a.description,
                          owner=a.owner, due=a.due_date, status=a.status_label,
                          update=a.latest_update, overdue=a.overdue)

    def attendee(r, note: str = "") -> Attendee:
        return Attendee(name=r.name, role=seat_role(r.seat, r.category), note=note)

    present = tuple(attendee(r, "joined online" if r.status == enums.AttendanceStatus.REMOTE else "")
                    for r in sheet.rows if r.member and r.status in (enums.AttendanceStatus.PRESENT,
                                                                      enums.AttendanceStatus.REMOTE))
    substitutes = tuple(attendee(r, f"substitute for {r.substitute_for}") for r in sheet.rows
                        if r.status == enums.AttendanceStatus.SUBSTITUTE)
    def for_items(items: str) -> str:
        several = bool(re.search(r"[,;&]| and |-|–", items))
        return f"for item{'s' if several else ''} {items}" if items else ""

    in_attendance = tuple(Attendee(name=r.name, role=r.seat, note=for_items(r.items))
                          for r in sheet.rows if r.status == enums.AttendanceStatus.IN_ATTENDANCE)
    apologies = tuple(attendee(r, f"substitute: {r.substituted_by}" if r.substituted_by else "")
                      for r in sheet.rows if r.member and r.status == enums.AttendanceStatus.APOLOGIES)
    absent = tuple(attendee(r) for r in sheet.rows if r.member and r.status == enums.AttendanceStatus.ABSENT)

    sections = []
    for r in view.minutes:
        withheld = public and r.part == 2
        by_minute = tuple(line(a) for a in agreed if a.minute_id == r.id) if not withheld else ()
        sections.append(MinuteSection(
            number=r.number, title=r.public_title if public else r.title, presenter=presenters[r.id],
            part=r.part, exempt_paragraph=r.exempt_paragraph, withheld=withheld,
            withheld_note=withheld_note(r.exempt_paragraph) if withheld else "",
            discussion="" if withheld else r.discussion,
            resolutions=() if withheld else tuple(x.text for x in r.resolutions),
            actions=by_minute,
            action_log=tuple(line(a) for a in log) if r.matters_arising and not withheld else ()))
    amendments = tuple(
        aside(f"{a.what}: {a.reason}", f"agreed when the minutes were confirmed on {dates.plain(a.at_meeting)}"
              if a.at_meeting else f"amended on {dates.plain(a.made_at)} by {a.made_by}")
        for a in view.amendments
        if not (public and any(a.what.startswith(f"Minute {r.number} ") for r in view.minutes if r.id in part2_minutes)))
    part2 = [r.exempt_paragraph for r in view.minutes if r.part == 2]
    confirmed_note = ""
    if view.confirmed_on:
        confirmed_note = (f"These minutes were confirmed as a correct record at the meeting held on "
                          f"{dates.long(view.confirmed_on)}" + (", with the amendments recorded above." if view.amendments
                                                               else "."))
    contact = officer.line()
    which = "public version" if public else "restricted"
    document = MinutesContent(
        council=board.council or "Sefton Council", board=board.name, meeting_date=m.date, start_time=m.start_time,
        venue=m.venue, status=view.status, public=public, present=present, substitutes=substitutes,
        in_attendance=in_attendance, apologies=apologies, absent=absent,
        declarations=tuple(DeclarationLine(
            member=d.member, item=d.item, kind=d.kind_label, action=d.action_label,
            # what the interest was would say what the exempt item was about
            nature=PART2_NATURE if public and d.agenda_item_id in part2_items else d.nature) for d in decls),
        sections=tuple(sections), exclusion_resolution=exclusion_wording(part2) if part2 else "",
        closing=view.closing_line,
        confirmed_note=confirmed_note, amendments=amendments,
        signed_by=view.signed_by if view.status == MinutesStatus.SIGNED else "",
        signed_on=view.signed_on if view.status == MinutesStatus.SIGNED else None,
        chair=aside(chair, "Chair") if chair else "", contact=contact,
        title=aside(f"{board.name} – minutes – {dates.plain(m.date)}", which))
    if not public:
        return document
    # Everything the public minutes say passes the privacy rule here, in one pass.
    from cpo_desktop.services import disclosure

    return (gate or disclosure.gate(store)).scrub(document)


def export(store: Store, meeting: str | int, fmt: str, out, *, public: bool, today: dt.date | None = None,
           progress: Progress | None = None):
    """Write the minutes as PDF or Word to ``out`` (written to a temporary name and renamed).

    ``progress`` (the window's Cancel) is told of each step before it; a cancelled export
    writes nothing."""
    from pathlib import Path

    from cpo_desktop.files import atomic_write_bytes

    progress = progress or NO_PROGRESS
    if fmt not in FORMATS:
        raise MinutesError(f"Minutes are exported as pdf or docx, not “{fmt}”.")
    out = Path(out)
    if not out.parent.is_dir():
        raise MinutesError(f"The folder {out.parent} does not exist.")
    from cpo_desktop.services import disclosure

    steps = 4 if public else 3
    progress.step(0, steps, "Reading the minutes")
    gate = disclosure.gate(store) if public else None
    doc = content(store, meeting, public=public, today=today, gate=gate)
    progress.step(1, steps, "Laying out the document")
    if fmt == "pdf":
        from cpo_desktop.packs.minutes_pdf import render_minutes_pdf
        data = render_minutes_pdf(doc)
    else:
        from cpo_desktop.packs.minutes_docx import render_minutes_docx
        data = render_minutes_docx(doc)
    if gate is not None:  # read back as a reader would: nothing private may be in it
        progress.step(2, steps, "Checking the public version")
        gate.verify_file(out.name, data, advice=PUBLIC_ADVICE)
    progress.step(steps - 1, steps, f"Saving {out.name}")
    atomic_write_bytes(out, data)
    progress.report(steps, steps, f"Saved {out.name}")
    return out


@dataclass(frozen=True)
class LetterResult:
    person_id: int
    name: str
    path: object


def letter_file_name(stem: str, surname: str, first_name: str, taken: set[str]) -> str:
    """"absence-letter-2026-10-14-Brontë-Zoë.docx": the names as written (accented letters kept,
    in one Unicode form), anything a file system could refuse made a hyphen, and "-2", "-3" … on
    a name already ``taken`` (compared without case, as Windows and macOS compare); adds it."""
    person = re.sub(r"[^\w]+", "-", unicodedata.normalize("NFC", f"{surname}-{first_name}")).strip("-_") or "member"
    name, n = f"{stem}-{person}.docx", 1
    while name.casefold() in taken:
        n += 1
        name = f"{stem}-{person}-{n}.docx"
    taken.add(name.casefold())
    return name


def absence_letters(store: Store, meeting: str | int, folder, *, today: dt.date | None = None,
                    progress: Progress | None = None) -> list[LetterResult]:
    """A letter from the Chair (.docx) to each member absent without apologies, in ``folder``.

    Every letter is made before any is written; ``progress`` (the window's Cancel) is told of
    each, and a cancelled run writes nothing."""
    from pathlib import Path

    from cpo_desktop.files import atomic_write_bytes, make_folders
    from cpo_desktop.model.tables import Board, Organisation
    from cpo_desktop.packs.content import AbsenceLetter
    from cpo_desktop.packs.letters import absence_letter_docx
    from cpo_desktop.services import attendance as attendance_svc

    today = clock.or_today(today)
    progress = progress or NO_PROGRESS
    folder = Path(folder)
    sheet = attendance_svc.load(store, meeting)
    absent = sheet.absent_without_apologies
    if not absent:
        return []
    year = municipal_year_start(sheet.meeting.date)
    _, rate_rows = attendance_svc.rates(store, year)
    rates = {r.person_id: r for r in rate_rows}
    with store.session() as session:
        board = session.exec(select(Board)).first()
        m = session.get(Meeting, sheet.meeting_id)
        nxt = meetings_svc.next_meeting(session, m)
        chair = (minutes.chair_name(session, today, public=False)
                 or minutes.chair_name(session, m.date, public=False))
        officer = settings.contact(session)
        letters = []
        for r in absent:
            p = session.get(Person, r.person_id)
            org = session.get(Organisation, p.organisation_id) if p.organisation_id else None
            title = p.title or ""
            salutation = f"Dear {title} {p.surname}".replace("  ", " ") if title else f"Dear {p.first_name}"
            rate = rates.get(p.id)
            letters.append((p, AbsenceLetter(
                council=board.council or "Sefton Council", board=board.name, date=today,
                to_name=person_name(p, public=False),
                salutation=salutation.replace("Dear Cllr", "Dear Councillor"),
                to_address=tuple(x for x in (r.seat, org.name if org else "", p.email or "") if x),
                meeting_date=m.date, next_meeting=nxt.date if nxt else None, chair=chair,
                chair_role=f"Chair, {board.name}", contact=", ".join(x for x in (officer.display_name, officer.email) if x),
                attendance_this_year=(f"This municipal year you have attended {rate.present} of the {rate.expected} "
                                      "meetings held." if rate and rate.expected else ""))))
    made = []
    taken: set[str] = set()
    for n, (p, letter) in enumerate(letters):
        progress.step(n, len(letters) + 1, f"Writing the letter to {person_name(p, public=False)}")
        path = folder / letter_file_name(f"absence-letter-{dates.iso(m.date)}", p.surname, p.first_name, taken)
        made.append((p, path, absence_letter_docx(letter)))
    progress.step(len(letters), len(letters) + 1, "Saving the letters")
    make_folders(folder)  # owner-only when made here: the letters name members
    out = []
    for p, path, data in made:
        atomic_write_bytes(path, data)
        out.append(LetterResult(p.id, person_name(p, public=False), path))
    progress.report(len(letters) + 1, len(letters) + 1, f"Saved {len(out)} letters")
    return out
