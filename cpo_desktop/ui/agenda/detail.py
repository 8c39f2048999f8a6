"""What the agenda view says in words: the meeting's summary line above the table and the
selected item's details below it (its papers, checklist, notes, the action log it reviews, the
partner boards' minutes it lists). Rich text; nothing here reads the store."""

from __future__ import annotations

import html

from cpo_desktop import dates
from cpo_desktop.palette import RAG_FILL
from cpo_desktop.model import agenda_rules, enums


def meeting_summary_html(agenda) -> str:
    """The line above the table: the meeting, its deadlines, its length and the papers to come."""
    m = agenda.meeting
    theme = f" &nbsp;·&nbsp; Theme: <b>{m.theme}</b>" if m.theme else ""
    moved = f" &nbsp;·&nbsp; <i>moved from {dates.short(m.moved_from)}</i>" if m.moved_from else ""
    counts = (f"{len(agenda.items)} items, {agenda.total_minutes} minutes: {dates.hm(m.start_time)} to "
              f"{dates.hm(agenda.finishes)}" if agenda.items else "No agenda yet – press <b>Build from Template</b>")
    late = sum(1 for i in agenda.items if i.state == "late")
    awaited = sum(1 for i in agenda.items if i.state in ("awaited", "to follow", "late"))
    return (f"<b>{m.kind_label}</b>, {dates.long(m.date)} at {dates.hm(m.start_time)}, {m.venue}{theme}{moved}<br>"
            f"Reports due by <b>{dates.long(agenda.report_deadline)}</b> &nbsp;·&nbsp; "
            f"Publish by <b>{dates.long(agenda.publication_date)}</b> (five clear working days) &nbsp;·&nbsp; "
            f"{counts}" + (f" &nbsp;·&nbsp; {awaited} paper{'s' if awaited != 1 else ''} to come"
                           + (f", <span style='color:#a01010'><b>{late} late</b></span>" if late else "")
                           if awaited else "")
            + (f"<br><span style='color:#a01010'><b>{html.escape(agenda.publication_warning)}</b></span>"
               if agenda.publication_warning else ""))


def item_html(item, agenda) -> str:
    """The selected item in full: presenter, Part 2 reasons, papers and their checklists, notes;
    the matters-arising item shows the action log, the partner minutes item the minutes received."""
    parts = [f"<b>{item.number}. {item.title}</b> — {item.presenter or 'no presenter yet'}"
             + (f" &lt;{item.author_email}&gt;" if item.author_email else "")]
    if item.part == 2:
        note = item.public_interest or "<span style='color:#a01010'>no note yet</span>"
        parts.append(f"<b>Part 2</b>, Schedule 12A paragraph {item.exempt_paragraph}: "
                     f"{agenda_rules.SCHEDULE_12A.get(item.exempt_paragraph, '')} <i>Public interest:</i> {note}")
        default = "" if item.public_title else " <i>– the default: write one under Edit Item</i>"
        parts.append(f"<i>Public title</i> (the public agenda, minutes and partners see this): "
                     f"<b>{html.escape(item.shown_public_title)}</b>{default}")
    for p in item.papers:
        pages = f"{p.pages} page{'s' if p.pages != 1 else ''}, " if p.pages else ""
        notes = "; ".join(n for n in (p.pledge_note, p.involvement_note, p.you_said_we_did_note) if n)
        parts.append(f"Paper: <b>{p.original_name}</b> ({p.kind.upper()}, {pages}received "
                     f"{dates.stamp(p.received_at.astimezone())}{', after the deadline' if p.late else ''})"
                     f" — {p.checklist}" + (f" — <i>{notes}</i>" if notes else ""))
    if not item.papers and item.state:
        parts.append(f"Paper: {item.state}" + (" (to follow)" if item.to_follow and item.state != "to follow"
                                               else ""))
    if item.chair_notes:
        parts.append(f"<i>Notes for the chair:</i> {item.chair_notes}")
    if agenda is not None and agenda.matters_arising_item is item:
        parts.append(matters_arising_html(agenda.matters_arising))
    if agenda is not None and agenda.partner_minutes_item is item:
        parts.append(partner_minutes_html(agenda.partner_minutes))
    if agenda is not None and agenda.working_group_plan is not None and agenda.working_group_item is item:
        parts.append(working_group_plan_html(agenda.working_group_plan))
    return "<br>".join(parts)


def working_group_plan_html(plan) -> str:
    """The working group's action plan its progress report presents: each commitment's owner, due
    date, RAG status and latest update (services.working_groups.Plan); the pack carries it too."""
    current = plan.current
    chair = plan.group.chair.words or "no chair yet"
    if not current:
        return f"<i>{html.escape(plan.group.title)} working group ({html.escape(chair)}): no commitments in its plan.</i>"
    rows = []
    for c in current:
        style = f" style='background:{RAG_FILL[c.rag]}'" if c.rag in RAG_FILL else ""
        due = dates.short(c.due_date) if c.due_date else ""
        rows.append(f"<tr><td>{html.escape(c.text)}</td><td>{html.escape(c.owner)}</td><td>{due}</td>"
                    f"<td{style}>{c.rag_label}</td><td>{html.escape(c.latest_text)}</td></tr>")
    return (f"<b>Action plan of the {html.escape(plan.group.title)} working group</b> (chair: {html.escape(chair)}; "
            f"{plan.group.rag_text}) — also a page in the agenda pack:"
            "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
            "<tr><th>Commitment</th><th>Owner</th><th>Due</th><th>RAG</th><th>Latest update</th></tr>"
            + "".join(rows) + "</table>")


def matters_arising_html(actions) -> str:
    """The action log as the matters-arising item reviews it; overdue actions stand out."""
    if not actions:
        return "<i>Action log: no open actions, and none closed since the last meeting.</i>"
    rows = []
    for a in actions:
        style = " style='background:#f8dcdc'" if a.overdue else ""
        due = dates.short(a.due_date)
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
        their = dates.short(r.meeting_date)
        received = dates.short(r.received_on)
        out.append(f"<tr><td>{html.escape(r.partner_name)} ({html.escape(r.partner)})</td><td>{their}</td>"
                   f"<td>{received}</td><td>{restricted}</td><td>{status}</td></tr>")
    return ("<b>Partner boards' minutes</b> (received since the last meeting; restricted ones are for the board "
            "only):<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
            "<tr><th>Partner board</th><th>Their meeting</th><th>Received</th><th></th><th>Status</th></tr>"
            + "".join(out) + "</table>")
