"""Chasing reports: the papers still to come for the meetings ahead (the latest first in line),
and an e-mail draft to each presenter asking for theirs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlmodel import select

from cpo_desktop import clock, dates
from cpo_desktop.model import enums, working_days
from cpo_desktop.model.tables import Meeting
from cpo_desktop.services import agenda as agenda_svc
from cpo_desktop.services import deadlines, email_draft, settings
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.store.db import Store


@dataclass(frozen=True)
class ChaseRow:
    meeting_id: int
    meeting_date: dt.date
    item_id: int
    number: str
    title: str
    presenter: str
    email: str | None
    deadline: dt.date
    state: str
    days_late: int  # working days past the deadline (0 if not yet)
    author_name: str | None = None  # the person behind the presenter, where one is known
    salutation: str | None = None  # how the e-mail greets them: "Ms Sandhu" ("colleague" if nobody is known)
    publication_warning: str = ""  # the meeting's agenda: publication date near, today or past

    def as_dict(self) -> dict:
        return dict(asdict(self), meeting_date=self.meeting_date.isoformat(), deadline=self.deadline.isoformat())


def chase_list(store: Store, *, today: dt.date | None = None, meeting: str | int | None = None) -> list[ChaseRow]:
    """Papers still to come for meetings from today on, the latest first in line."""
    today = clock.or_today(today)
    if meeting is not None:
        ids = [meetings_svc.find_meeting(store, meeting)]
    else:
        with store.session() as session:
            ids = list(session.exec(select(Meeting.id).where(Meeting.date >= today,
                                                             Meeting.status != enums.MeetingStatus.CANCELLED)
                                    .order_by(Meeting.date)))
    rows = []
    for meeting_id in ids:
        agenda = agenda_svc.load_agenda(store, meeting_id, today=today)
        for item in agenda.items:
            if item.state not in (deadlines.AWAITED, deadlines.TO_FOLLOW, deadlines.LATE):
                continue
            # Working days gone by since the deadline, today included if it is one.
            late = 0
            day = working_days.next_working_day(agenda.report_deadline)
            while day <= today:
                late += 1
                day = working_days.next_working_day(day)
            rows.append(ChaseRow(meeting_id, agenda.meeting.date, item.id, item.number, item.title, item.presenter,
                                 item.author_email, agenda.report_deadline, item.state, late, item.author_name,
                                 item.author_salutation, agenda.publication_warning))
    return rows


def publication_warnings(rows: list[ChaseRow]) -> list[str]:
    """Each meeting's publication warning once, for the meetings the list chases papers for."""
    return list(dict.fromkeys(f"Meeting of {dates.plain(r.meeting_date)}: {r.publication_warning}"
                              for r in rows if r.publication_warning))


def chase_draft(store: Store, row: ChaseRow, *, today: dt.date | None = None) -> bytes:
    """An e-mail draft asking for a paper, as the bytes of an .eml file (``email_draft``: marked
    unsent so Outlook opens it ready to send; CRLF; names quoted and encoded as mail programs need)."""
    if not row.email:
        raise agenda_svc.AgendaError(f"Item {row.number}, “{row.title}”, has no e-mail address to chase: its presenter is "
                          f"“{row.presenter or 'not set'}”. Choose a person with an e-mail address, or add one "
                          "in the register.")
    with store.session() as session:
        from cpo_desktop.model.tables import Board

        board = session.exec(select(Board)).one()
        officer = settings.contact(session)
        sender, sender_name = officer.email, officer.display_name
    if row.days_late:
        when = (f"The deadline for reports was {dates.long(row.deadline)}, so the paper is now "
                f"{row.days_late} working day{'s' if row.days_late != 1 else ''} late.")
    else:
        when = f"Reports are due by {dates.long(row.deadline)}."
    body = (
        f"Dear {row.salutation or 'colleague'},\n\n"
        f"Item {row.number} on the agenda of the {board.name} on {dates.long(row.meeting_date)} "
        f"is “{row.title}”. {when}\n\n"
        "Please send the paper as a PDF or Word document. Every report to the board should say:\n"
        "  • how it incorporates the Pledge to children in care and care leavers;\n"
        "  • how children and young people were involved;\n"
        "  • how the service responded to their feedback (“you said, we did”).\n\n"
        f"Thank you,\n{sender_name}\n")
    return email_draft.draft(to=email_draft.address(row.author_name, row.email),
                             sender=email_draft.address(sender_name, sender) if sender else None,
                             subject=f"{board.name} – {dates.long(row.meeting_date)} – report needed: {row.title}",
                             body=body)


def chase_message(store: Store, row: ChaseRow, *, today: dt.date | None = None):
    """``chase_draft`` read back as a mail program reads it (an ``email.message.EmailMessage``)."""
    import email
    from email import policy

    return email.message_from_bytes(chase_draft(store, row, today=today), policy=policy.default)


def write_chase(store: Store, item_id: int, folder: Path | None = None, *, today: dt.date | None = None) -> Path:
    """Write the chase e-mail for one item as an .eml draft; returns the file."""
    from cpo_desktop.files import atomic_write_bytes

    with store.session() as session:
        meeting_id = agenda_svc.get_item(session, item_id).meeting_id
    rows = [r for r in chase_list(store, today=today, meeting=meeting_id) if r.item_id == item_id]
    if not rows:
        raise agenda_svc.AgendaError("That item's paper is not awaited (it has arrived, or none is expected).")
    row = rows[0]
    folder = Path(folder) if folder else store.paths.exports / "chase"
    slug = "".join(c if c.isalnum() else "-" for c in row.title.lower())[:40].strip("-")
    target = folder / f"chase-{dates.iso(row.meeting_date)}-item-{row.number}-{slug}.eml"
    return atomic_write_bytes(target, chase_draft(store, row, today=today))
