"""The member induction pack: a PDF for one person, from the board's records and its Library.

The pack holds a cover with their name and seat; the welcome; what corporate parenting is, the
seven principles and the test "would this be good enough for my child?"; the board's terms of
reference and current membership; the priorities and working groups; the Pledge; the Local
Offer in brief; this municipal year's meetings and training dates; the youth groups;
declarations and confidentiality; contacts; and a glossary. The words are the board's own
(``services.library``); the names, seats, dates and contacts come from the register.

What the pack says is decided here (``content``), before the renderer sees it: young people on
the board appear only as ``person_name(p, public=True)`` (first name unless they consented) and
no young person's contact details are given; the recipient is named in full on the cover.

``build`` renders, writes the file to a temporary name and renames it, and (when ``issue``)
records the pack in the person's training record and in the packs built, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from sqlmodel import Session, select

from cpo_desktop import clock, dates
from cpo_desktop.files import atomic_write
from cpo_desktop.model import enums
from cpo_desktop.model.rules import municipal_year_label, municipal_year_start, person_name
from cpo_desktop.model.tables import Board, Membership, Person, Seat, TrainingRecord
from cpo_desktop.packs.build import PackError, PackResult, check_target
from cpo_desktop.packs.induction_content import (
    ContactLine,
    InductionContent,
    MeetingLine,
    PackText,
    PriorityLine,
    SeatLine,
)
from cpo_desktop.progress import NO_PROGRESS, Progress
from cpo_desktop.services import children_profile, library, pack_records, settings, terms, working_groups
from cpo_desktop.services import register as register_svc
from cpo_desktop.store.db import Store


class InductionError(PackError):
    """An induction pack that cannot be made, with the reason. Nothing was written."""


# --- finding the person --------------------------------------------------------------------------

def find_person(store: Store, ref: str | int) -> int:
    """A person by id, or by e-mail address (any case): ``register.find_person``."""
    return register_svc.find_person(store, ref, InductionError)


# --- gathering -----------------------------------------------------------------------------------

def _current(session: Session, day: dt.date) -> dict[int, Membership]:
    """Each seat's membership current on ``day`` (the latest to start, if two overlap)."""
    current: dict[int, Membership] = {}
    for m in session.exec(select(Membership).where(
            Membership.start_date <= day, (Membership.end_date == None) | (Membership.end_date >= day))  # noqa: E711
            .order_by(Membership.start_date)):
        current[m.seat_id] = m
    return current


def _their_seats(session: Session, person: Person, day: dt.date, seats: dict[int, Seat]) -> tuple[str, ...]:
    """What they hold on ``day``; failing that, what they are appointed to from a later day; failing
    that, the seats they substitute for."""
    mine = session.exec(select(Membership).where(Membership.person_id == person.id)
                        .order_by(Membership.start_date)).all()
    now = [seats[m.seat_id].title for m in mine
           if m.start_date <= day and (m.end_date is None or m.end_date >= day)]
    if now:
        return tuple(now)
    later = [f"{seats[m.seat_id].title}, from {dates.plain(m.start_date)}" for m in mine
             if m.start_date > day]
    if later:
        return tuple(later)
    subs = session.exec(select(Membership).where(
        Membership.substitute_id == person.id, Membership.start_date <= day,
        (Membership.end_date == None) | (Membership.end_date >= day))).all()  # noqa: E711
    return tuple(f"Substitute for {seats[m.seat_id].title}" for m in subs)


def _pack_texts(session: Session) -> tuple[PackText, ...]:
    return tuple(PackText(key=e.key, title=e.title, blocks=tuple(library.parse_body(e.body)))
                 for e in library.texts_in(session))


def content(store: Store, person: str | int, *, today: dt.date | None = None) -> InductionContent:
    """Everything the pack says, as its reader may see it."""
    from cpo_desktop.services import meetings as meetings_svc

    today = clock.or_today(today)
    person_id = find_person(store, person)
    year = municipal_year_start(today)
    with store.session() as session:
        board = session.exec(select(Board)).first()
        if board is None:
            raise InductionError("The board has not been set up yet, so there is nothing to put in a pack.")
        p = session.get(Person, person_id)
        if p.former:
            raise InductionError(f"{p.first_name} {p.surname} is marked as a former member; bring them back before "
                                 "issuing an induction pack.")
        seats = {s.id: s for s in session.exec(select(Seat))}
        current = _current(session, today)
        holders = {m.seat_id: session.get(Person, m.person_id) for m in current.values()}

        def public(q: Person | None) -> str:
            return person_name(q, public=True) if q else ""

        membership, chair, vice = [], "", ""
        for s in sorted((s for s in seats.values() if not s.former), key=lambda s: (s.sort_order, s.id)):
            holder = holders.get(s.id)
            role = "Chair" if s.is_chair else "Vice-chair" if s.is_vice_chair else ""
            membership.append(SeatLine(seat=s.title, member=public(holder), role=role))
            if s.is_chair and not chair:
                chair = public(holder)
            if s.is_vice_chair and not vice:
                vice = public(holder)

        priorities = tuple(PriorityLine(title=x.title, chair=x.chair_role, description=x.description)
                           for x in working_groups.priorities_in_force(session, today))

        start, end = dt.date(year, 5, 1), dt.date(year + 1, 4, 30)
        training_dates = tuple(sorted(set(session.exec(select(TrainingRecord.date).where(
            TrainingRecord.kind == enums.TrainingKind.CORPORATE_PARENTING_TRAINING.value,
            TrainingRecord.date >= start, TrainingRecord.date <= end)).all())))

        officer = settings.contact(session)
        contacts = [ContactLine(role=officer.job_title or settings.CONTACT_ROLE, name=officer.name or "",
                                email=officer.email)]
        chair_seat = next((s for s in seats.values() if s.is_chair and not s.former), None)
        if chair_seat and (chair_person := holders.get(chair_seat.id)):
            contacts.append(_contact_line("Chair of the board", chair_person))
        vice_seat = next((s for s in seats.values() if s.is_vice_chair and not s.former), None)
        if vice_seat and (vice_person := holders.get(vice_seat.id)):
            contacts.append(_contact_line("Vice-chair of the board", vice_person))

        texts = _pack_texts(session)
        tor = terms.in_force_in(session, today)  # the terms in force on the day the pack is issued
        tor_label = ""
        if tor is not None:
            tor_label = tor.label + (f"; agreed at the board meeting of {dates.plain(tor.agreed_on)}"
                                     if tor.agreed_on else "")
        tor_parts = tuple((h, t) for h, t in tor.parts() if h != terms.HEADINGS["membership"]) if tor else ()
        recipient = person_name(p, public=False)
        their_seats = _their_seats(session, p, today, seats)
        council = board.council or "Sefton Council"
        board_name = board.name
        first, surname = p.first_name, p.surname

    meetings = tuple(MeetingLine(date=m.date, start_time=m.start_time, kind=m.kind_label, theme=m.theme,
                                 venue=m.venue, status=m.status.capitalize())
                     for m in meetings_svc.list_meetings(store, year=year))
    footer = officer.line()
    # The children we care for: public figures only (one public scorecard, small counts hidden).
    profile = children_profile.profile(store, today)
    children = profile.headline(children_profile.HEADLINE)
    return InductionContent(
        council=council, board=board_name, person_id=person_id, person=recipient, first_name=first, surname=surname,
        seats=their_seats, issued=today, municipal_year=municipal_year_label(today), chair=chair, vice_chair=vice,
        membership=tuple(membership), priorities=priorities, meetings=meetings, training_dates=training_dates,
        contacts=tuple(contacts), contact=(f"Contact: {footer}" if footer else ""), texts=texts,
        terms_label=tor_label, terms=tor_parts, children=children,
        children_said=profile.in_care if children else profile.empty_line if profile.empty else "",
        children_note=profile.note if any(r.now == "c" for r in children) else "")


def _contact_line(role: str, person: Person) -> ContactLine:
    if person.is_young_person:  # a young person's contact details never go in a pack
        return ContactLine(role=role, name=person_name(person, public=True))
    return ContactLine(role=role, name=person_name(person, public=False), email=person.email or "")


# --- building ------------------------------------------------------------------------------------

def _file_safe(text: str) -> str:
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return " ".join(text.split()).strip(" .") or "member"


def default_target(store: Store, content: InductionContent) -> Path:
    """exports/packs/Induction pack – First Surname.pdf"""
    name = _file_safe(f"{content.first_name} {content.surname}")
    return store.paths.exports / "packs" / f"Induction pack – {name}.pdf"


STEPS = 4


def build(store: Store, person: str | int, *, target: Path | None = None, progress: Progress | None = None,
          issue: bool = True, today: dt.date | None = None) -> PackResult:
    """Make the pack for ``person`` (an id or an e-mail address) and save it as ``target``
    (default: ``default_target``). With ``issue``, record it in their training record (kind
    induction pack, status issued) and in the packs built, in one transaction with the file.

    A cancel (through ``progress``) before the file is written leaves nothing behind.
    """
    from pypdf import PdfReader

    from cpo_desktop.packs.induction_pdf import render_induction_pdf

    progress = progress or NO_PROGRESS
    today = clock.or_today(today)
    if target is not None:
        target = check_target(target)
    progress.step(0, STEPS, "Reading the board's records and the Library")
    doc = content(store, person, today=today)
    target = Path(target or default_target(store, doc)).absolute()
    progress.step(1, STEPS, "Laying out the pack")
    data = render_induction_pdf(doc)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    progress.step(2, STEPS, f"Saving {target.name}")

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    record_id = None
    if issue:
        with store.session() as session:
            session.add(TrainingRecord(person_id=doc.person_id, date=today,
                                       kind=enums.TrainingKind.INDUCTION_PACK.value,
                                       status=enums.TrainingStatus.ISSUED.value,
                                       notes=f"Induction pack issued: {target.name}"))
            record_id = pack_records.add(session, kind=pack_records.INDUCTION, person_id=doc.person_id, path=target,
                                         first_page=1, last_page=pages)
            # The file is written inside the transaction: if writing fails nothing is recorded.
            atomic_write(target, write)
    else:
        atomic_write(target, write)
    progress.report(STEPS, STEPS, f"Saved {target.name}")
    notes, cli_notes = [], []
    if not doc.contacts or not doc.contacts[0].name:
        note = ("No contact officer is set, so the pack's contacts name no one as the Corporate Parenting "
                "Officer; set one in Agenda › Contact Officer…")
        notes.append(note)
        cli_notes.append(f"{note} (or `agenda settings --contact-name …`).")
    return PackResult(path=target, pages=pages, first_page=1, last_page=pages, record_id=record_id, notes=notes,
                      cli_notes=cli_notes)
