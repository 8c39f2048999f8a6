"""What a line of the exchange register says in words: its status, when it is due or was noted,
its note and its detail under the register. Plain text and HTML only; no widgets."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from cpo_desktop import dates
from cpo_desktop.model import enums
from cpo_desktop.model import exchange_rules as rules
from cpo_desktop.wording import plural

OVERDUE_COLOUR = "#a01010"  # the red of "LATE" papers and overdue actions


def when(d: dt.date | None, today: dt.date) -> str:
    """'28 Oct' this year, '28 Oct 2025' another."""
    if d is None:
        return ""
    return dates.day_month(d) if d.year == today.year else dates.brief(d)


def status_text(r) -> str:
    """The line's status with a capital, and whether it is overdue."""
    return r.status[:1].upper() + r.status[1:] + (" – overdue" if r.overdue else "")


def due_value(r) -> dt.date | None:
    """The day the "Due / noted at" column sorts by."""
    if r.direction == rules.OUT:
        return r.due
    if r.status == rules.NOTHING:
        return r.due
    return r.noted_on or r.listed_meeting_date


def due_text(r, today: dt.date) -> str:
    """When our minutes are due, or when theirs are (or were) noted at our meeting."""
    if r.direction == rules.OUT:
        return f"due {dates.short(r.due)}" if r.due else ""
    if r.status == rules.NOTHING:
        return f"expected by {dates.short(r.due)}" if r.due else ""
    if r.status == rules.NOTED:
        return f"noted {dates.short(r.noted_on or r.listed_meeting_date)}"
    if r.listed_meeting_date is None:
        return "no meeting yet"
    if r.listed_meeting_date <= today:
        return f"listed {dates.short(r.listed_meeting_date)}"
    return f"to note {dates.short(r.listed_meeting_date)}"


def documents_text(r) -> str:
    return ", ".join(d.original_name for d in r.documents)


def note_text(r) -> str:
    """The register's Note column when no words were found in the line's minutes."""
    if r.overdue_note:
        return r.overdue_note
    if r.direction == rules.IN:
        restricted = "Restricted · " if r.confidentiality == enums.Confidentiality.RESTRICTED else ""
        return restricted + documents_text(r)
    if r.status == rules.AWAITING:
        return "To be confirmed as a correct record at the next meeting"
    if r.status == rules.READY and r.prepared_at:
        return f"Package prepared {dates.short(r.prepared_at.astimezone())}; not marked as sent"
    return ""


def detail_html(r, partner: Any | None, hit: Any | None) -> str:
    """The selected line in full, under the register. ``partner``: the line's partner board (to
    say whom to ask for minutes not received); ``hit``: where the words typed were found in it."""
    esc = html.escape
    lines = []
    status = f"<b>{esc(status_text(r))}</b>"
    if r.overdue:
        status = f"<b style='color:{OVERDUE_COLOUR}'>{esc(status_text(r))}</b>"
    if r.direction == rules.OUT:
        lines.append(f"<b>{esc(r.what)}</b> to {esc(r.partner_name)} ({esc(r.partner)}) — {status}")
        facts = []
        if r.confirmed_on:
            facts.append(f"confirmed on {dates.short(r.confirmed_on)}, to be sent by {dates.short(r.due)}")
        if r.prepared_at:
            prepared = r.prepared_at.astimezone()
            facts.append(f"package prepared on {dates.short(prepared)} at {dates.hm(prepared)}")
        if r.sent_on:
            facts.append(f"sent on {dates.short(r.sent_on)}")
        if facts:
            lines.append(esc("; ".join(facts)).capitalize() + ".")
        if r.overdue_note:
            colour = OVERDUE_COLOUR if r.overdue else "#7a5a00"
            lines.append(f"<span style='color:{colour}'>{esc(r.overdue_note)}.</span>")
        if r.status == rules.READY:
            lines.append("Next: <b>Prepare Package…</b>, check and send the e-mail draft from your mail program, "
                         "then <b>Mark Sent…</b>" if not r.prepared_at else
                         "Next: send the e-mail draft (<b>Open E-mail Draft</b>), then <b>Mark Sent…</b>")
        if r.package_folder:
            lines.append(f"Package: {esc(r.package_folder)}")
    elif r.status == rules.NOTHING:
        lines.append(f"<b>{esc(r.partner_name)} ({esc(r.partner)})</b> — {status}")
        ask = (f" Ask {esc(partner.secretariat_name or 'their secretariat')}"
               + (f" &lt;{esc(partner.secretariat_email)}&gt;" if partner.secretariat_email else "")
               + " for their latest minutes." if partner is not None else "")
        lines.append(esc(r.overdue_note) + "." + ask)
    else:
        restricted = (" <span style='background:#e2e8f0; color:#12284a'>&nbsp;Restricted&nbsp;</span>"
                      if r.confidentiality == enums.Confidentiality.RESTRICTED else "")
        lines.append(f"<b>{esc(r.what)}</b>{restricted} — {status}")
        how = f" by e-mail (“{esc(r.email_subject)}”)" if r.source == "email" and r.email_subject else \
            (" by e-mail" if r.source == "email" else "")
        where = (f"noted at the meeting on {dates.short(r.noted_on or r.listed_meeting_date)}"
                 if r.status == rules.NOTED
                 else f"to be noted at the meeting on {dates.short(r.listed_meeting_date)}" if r.listed_meeting_date
                 else "to be noted at the next board meeting, once one is planned")
        lines.append(f"Received on {dates.short(r.received_on)}{how}; {where}.")
        docs = []
        for d in r.documents:
            pages = f", {plural(d.pages, 'page')}" if d.pages else ""
            docs.append(f"{esc(d.original_name)} ({d.kind.upper()}{pages})")
        if docs:
            lines.append("Documents: " + "; ".join(docs))
        if hit is not None:
            lines.append(f"Found in {esc(hit.original_name)}: <i>{esc(hit.snippet)}</i>")
    return "<br>".join(lines)
