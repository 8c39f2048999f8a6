"""The words of the board's annual report: every sentence it says, written from the figures
``services.annual_report`` gathered (nothing else), so the figures and the prose cannot differ.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cpo_desktop import dates
from cpo_desktop.model.tables import Board
from cpo_desktop.packs.children_profile import ChildrenProfile
from cpo_desktop.packs.annual_report_content import (
    SECTIONS,
    ActionsSummary,
    MeetingAttendance,
    MeetingLine,
    MemberAttendance,
    MemberLine,
    MembershipChange,
    MinutesReceived,
    MinutesSent,
    Part2Item,
    PartnerExchange,
    PriorityLine,
    ReportLine,
    Section,
    figure_keys,
    percent,
    table_keys,
)
from cpo_desktop.services.terms import Version
from cpo_desktop.wording import and_list, aside, plural


@dataclass
class Draft:
    """Writes the report's sentences from the figures gathered (nothing else): ``summary``,
    ``reasons``, ``sections`` and ``next_steps``."""
    board: Board
    terms: Version | None  # the terms of reference in force on ``as_at``
    terms_changes: tuple[Version, ...]  # versions that came into force during the year, to ``as_at``
    council: str
    label: str
    start: dt.date
    end: dt.date
    as_at: dt.date
    priorities: tuple[PriorityLine, ...]
    members: tuple[MemberLine, ...]
    changes: tuple[MembershipChange, ...]
    meetings: tuple[MeetingLine, ...]
    part2: tuple[Part2Item, ...]
    meeting_att: tuple[MeetingAttendance, ...]
    member_att: tuple[MemberAttendance, ...]
    reports: tuple[ReportLine, ...]
    actions: ActionsSummary
    partners: tuple[PartnerExchange, ...]
    sent: tuple[MinutesSent, ...]
    received: tuple[MinutesReceived, ...]
    profile: ChildrenProfile | None = None

    # -- which tables and figures the report has (numbered in this order)
    @property
    def tables(self) -> tuple[str, ...]:
        return table_keys(self.profile, self.members, self.meetings, self.part2, self.meeting_att, self.member_att,
                          self.reports, self.actions, self.partners, self.sent, self.received)

    @property
    def figures(self) -> tuple[str, ...]:
        return figure_keys(self.profile, self.meeting_att, self.actions)

    def t(self, key: str) -> str:
        return f"Table {self.tables.index(key) + 1}"

    def f(self, key: str) -> str:
        return f"Figure {self.figures.index(key) + 1}"

    # -- figures used in several places
    @property
    def complete(self) -> bool:
        return self.as_at >= self.end

    @property
    def board_meetings(self) -> list[MeetingLine]:
        return [m for m in self.meetings if m.board]

    @property
    def held(self) -> list[MeetingLine]:
        return [m for m in self.board_meetings if m.status == "Held"]

    @property
    def overall_attendance(self) -> tuple[int, int]:
        return (sum(a.attended for a in self.meeting_att), sum(a.members for a in self.meeting_att))

    def _period(self) -> str:
        text = f"the municipal year {self.label} (1 May {self.start.year} to 30 April {self.end.year})"
        return text

    def _as_at_clause(self) -> str:
        return "" if self.complete else f" to {dates.plain(self.as_at)}"

    # -- front page
    def summary(self) -> str:
        planned = len([m for m in self.board_meetings if m.status != "Cancelled"])
        attended, possible = self.overall_attendance
        presented = sum(r.presented for r in self.reports if not r.standing)
        parts = [f"This report sets out the work of the {self.board.name} in {self._period()}"
                 + (f", as at {dates.plain(self.as_at)}" if not self.complete else "") + "."]
        held = (f"all {plural(planned, 'meeting')}" if len(self.held) == planned and planned > 1 else
                f"{len(self.held)} of the {plural(planned, 'meeting')}")
        parts.append(f"The board held {held} planned for the year"
                     + (f", with members' attendance of {percent(attended, possible)} overall" if possible else "")
                     + ".")
        partners = and_list([f"the {p.short_name}" for p in self.partners])
        parts.append(f"It received {plural(presented, 'report')} under its work programme, agreed "
                     f"{plural(self.actions.opened, 'action')} and closed {self.actions.closed}"
                     + (f", and exchanged minutes with {partners}" if partners else "") + ".")
        if self.profile is not None and self.profile.in_care:
            parts.append(self.profile.in_care)  # the annual report opens with the numbers (002)
        return " ".join(parts)

    @property
    def purpose(self) -> str:
        return " ".join((self.terms.purpose if self.terms else self.board.purpose or "").split())

    @property
    def accountability(self) -> str:
        return " ".join((self.terms.accountability if self.terms else self.board.accountability or "").split())

    def reasons(self) -> str:
        acc = self.accountability
        text = "The board's terms of reference provide for an annual report to this Committee"
        if acc:
            text += f" (“{acc}”)"
        return text + ". The report is for information."

    # -- the sections
    def sections(self) -> tuple[Section, ...]:
        texts = {
            "introduction": self._introduction(), "children": self._children(), "board": self._board(),
            "meetings": self._meetings(),
            "attendance": self._attendance(), "reports": self._reports(), "actions": self._actions(),
            "exchanges": self._exchanges(), "next_steps": self._next_steps_intro(),
        }
        return tuple(Section(key, title, tuple(texts[key])) for key, title in SECTIONS)

    def _introduction(self) -> list[str]:
        b = self.board
        out = []
        if self.purpose:
            out.append(self.purpose)
        if self.accountability:
            out.append(f"The board's terms of reference set out its accountability: “{self.accountability}”")
        if b.strategy.strip():
            out.append(f"The board oversees the {b.strategy.strip()}.")
        cover = f"This report covers {self._period()}."
        if not self.complete:
            to_come = [m for m in self.board_meetings if m.status == "To come"]
            cover += (f" The year is not yet over: the figures are as at {dates.plain(self.as_at)}"
                      + (f", with {plural(len(to_come), 'board meeting')} still to come." if to_come else "."))
        out.append(cover)
        out.append(f"The figures are taken from the board's own records: its meetings, attendance, minutes, "
                   f"action log, work programme and exchange of minutes with partner boards, kept by the "
                   f"{b.support_officer.split(',')[0].strip() or 'Corporate Parenting Officer'}.")
        return out

    def _children(self) -> list[str]:
        """The profile of the children in our care: the council's figures as at the report's date,
        against a year before and against England and the region (the public figures only)."""
        p = self.profile
        if p is None or p.empty:
            return [p.empty_line if p is not None else "No figures about the children in our care were given."]
        out = list(p.sentences)
        text = f"{self.t('profile')} gives the figures beside England's, the region's and our statistical neighbours'"
        if p.charts:
            figures = and_list([self.f("trend_" + c.key) for c in p.charts])
            tables = and_list([self.t("trend_" + c.key) for c in p.charts])
            text += f"; {figures} show{'s' if len(p.charts) == 1 else ''} the year's trends ({tables})"
        out.append(text + ".")
        return out

    def _board(self) -> list[str]:
        filled = [m for m in self.members if not m.vacant]
        vacant = [m for m in self.members if m.vacant]
        when = "at the end of the year" if self.complete else f"on {dates.plain(self.as_at)}"
        out = [f"The board has {plural(len(self.members), 'seat')} under its terms of reference; "
               f"{len(filled)} {'was' if len(filled) == 1 else 'were'} filled {when}"
               + (f" and {aside(f'{len(vacant)} vacant', and_list([v.seat for v in vacant]))}." if vacant else ".")
               + f" {self.t('members')} lists the members."]
        if self.priorities:
            named = [aside(p.title, f"working group chaired by the {p.chair}" if p.chair else "")
                     for p in self.priorities]
            out.append(f"The board's {plural(len(self.priorities), 'priority', 'priorities')}, each the theme of "
                       f"a meeting, {'is' if len(named) == 1 else 'are'}: {and_list(named)}.")
        joined = [c for c in self.changes if c.joined]
        left = [c for c in self.changes if not c.joined]
        if joined or left:
            bits = []
            if joined:
                bits.append("joined: " + "; ".join(aside(c.name, f"{c.seat}, {dates.short(c.on)}") for c in joined))
            if left:
                bits.append("left: " + "; ".join(aside(c.name, f"{c.seat}, {dates.short(c.on)}") for c in left))
            out.append("Changes in membership during the year – " + "; ".join(bits) + ".")
        else:
            out.append("There were no changes in the board's membership during the year.")
        out += self._terms()
        return out

    def _terms(self) -> list[str]:
        """Which terms of reference the report was written under, and any change in the year."""
        t = self.terms
        if t is None:
            return []
        when = "at the end of the year" if self.complete else f"on {dates.plain(self.as_at)}"
        out = [f"The terms of reference in force {when} are version {t.version}"
               + (f", in force from {dates.plain(t.effective_from)}" if t.effective_from else "")
               + (f" and agreed at the board meeting of {dates.plain(t.agreed_on)}" if t.agreed_on else "")
               + (f"; the board is chaired by the {t.chair_role}" if t.chair_role else "")
               + (f" and meets {t.frequency[:1].lower()}{t.frequency[1:]}" if t.frequency else "") + "."]
        for v in self.terms_changes:
            out.append(f"The terms of reference changed during the year: version {v.version} came into force on "
                       f"{dates.plain(v.effective_from)}"
                       + (f", agreed at the board meeting of {dates.plain(v.agreed_on)}" if v.agreed_on else "")
                       + (f" ({v.change_summary.rstrip('.')})" if v.change_summary else "") + ".")
        return out

    def _meetings(self) -> list[str]:
        held, board = self.held, self.board_meetings
        cancelled = [m for m in board if m.status == "Cancelled"]
        themes = [aside(m.theme, dates.short(m.date)) for m in held if m.theme]
        out = [f"The board held {plural(len(held), 'meeting')} in {self.label}{self._as_at_clause()}"
               + (f"; {plural(len(cancelled), 'meeting was', 'meetings were')} cancelled" if cancelled else "")
               + f". {self.t('meetings')} lists every meeting of the year with its theme and whether it was quorate."]
        if themes:
            out.append("Each meeting was themed on one of the board's priorities: " + and_list(themes) + ".")
        quorate = [m for m in held if m.quorate is not None]
        not_quorate = [m for m in quorate if not m.quorate]
        if quorate and not not_quorate:
            out.append("Every meeting held was quorate." if len(quorate) > 1 else "The meeting held was quorate.")
        elif quorate:
            out.append(f"{len(quorate) - len(not_quorate)} of the {plural(len(quorate), 'meeting')} with attendance "
                       "recorded " + ("was" if len(quorate) == 1 else "were") + " quorate; not quorate: "
                       + ", ".join(dates.short(m.date) for m in not_quorate) + ".")
        others = [m for m in self.meetings if not m.board and m.status == "Held"]
        if others:
            out.append("Besides its board meetings the board held " + and_list(
                [f"a {m.kind.lower()} on {dates.short(m.date)}" for m in others]) + ".")
        if self.part2:
            one = len(self.part2) == 1
            out.append(f"{plural(len(self.part2), 'item was', 'items were')} considered in private (Part 2) "
                       f"because {'it' if one else 'they'} involved exempt information; only "
                       f"{'its title is' if one else 'their titles are'} given here ({self.t('part2')}).")
        return out

    def _attendance(self) -> list[str]:
        attended, possible = self.overall_attendance
        out = []
        if possible:
            subs = sum(a.substitutes for a in self.meeting_att)
            out.append(f"Across the {plural(len(self.meeting_att), 'meeting')} held, members attended "
                       f"{attended} of {possible} possible attendances ({percent(attended, possible)}), in person "
                       f"or online; substitutes attended {subs} more "
                       f"time{'s' if subs != 1 else ''} in members' places. {self.f('attendance')} and "
                       f"{self.t('meeting_attendance')} show each meeting.")
        full = [m for m in self.member_att if m.meetings and m.attended == m.meetings]
        low = [m for m in self.member_att if m.meetings and m.attended * 2 < m.meetings]
        if not self.member_att:
            return out
        out.append(f"{self.t('member_attendance')} gives each member's attendance: the meetings held while they "
                   "held their seat, those they attended, and the seat's attendance counting the substitutes they "
                   "sent. "
                   f"{plural(len(full), 'member')} attended every meeting they could"
                   + (f"; {len(low)} attended fewer than half." if low else "."))
        return out

    def _reports(self) -> list[str]:
        rules = [r for r in self.reports if not r.standing]
        standing = [r for r in self.reports if r.standing]
        out = []
        if rules:
            due = sum(r.due for r in rules)
            presented = sum(r.presented for r in rules)
            deferred = sum(r.deferred for r in rules)
            missing = sum(r.missing for r in rules)
            to_come = sum(r.to_come for r in rules)
            parts = [f"{presented} {'was' if presented == 1 else 'were'} presented"]
            if deferred:
                parts.append(f"{deferred} {'was' if deferred == 1 else 'were'} deferred by the board to a later "
                             "meeting")
            if missing:
                parts.append(f"{missing} {'was' if missing == 1 else 'were'} due at a meeting held but not on its "
                             "agenda")
            if to_come:
                parts.append(f"{to_come} {'is' if to_come == 1 else 'are'} due at meetings still to come")
            out.append(f"The work programme planned {plural(due, 'report')} for the year from {len(rules)} reporting "
                       f"schedule{'s' if len(rules) != 1 else ''}: {and_list(parts)}. {self.t('reports')} shows "
                       "each report and standing item.")
        if standing:
            odd = [r for r in standing if r.deferred or r.missing]
            text = ("The standing items (" + and_list([r.title for r in standing]) + ") come to every meeting")
            if not odd:
                text += "; each came to every meeting held."
            else:
                notes = []
                for r in odd:
                    bits = []
                    if r.deferred:
                        bits.append(f"deferred {plural(r.deferred, 'time')}")
                    if r.missing:
                        bits.append(f"not on the agenda of {plural(r.missing, 'meeting')} held")
                    notes.append(aside(r.title, " and ".join(bits)))
                text += "; the exceptions were " + and_list(notes) + "."
            out.append(text)
        return out or ["The board had no work programme of reports for the year."]

    def _actions(self) -> list[str]:
        a = self.actions
        out = [f"The board agreed {plural(a.opened, 'action')} in {self.label}{self._as_at_clause()}"
               + (f", and {a.brought_forward} {'was' if a.brought_forward == 1 else 'were'} still open from the year "
                  "before" if a.brought_forward else "") + f". {a.closed} {'was' if a.closed == 1 else 'were'} closed "
               f"during the year ({a.done} done, {a.dropped} dropped). "
               + ("At the end of the year " if self.complete else f"On {dates.plain(self.as_at)}, ")
               + f"{plural(a.open_at_end, 'action was', 'actions were')} open, "
               f"{a.overdue_at_end} of them overdue."
               + (f" {self.f('actions')} and {self.t('action_quarters')} show the actions opened and closed in each "
                  "quarter." if a.quarters else "")]
        if a.overdue:
            out.append(f"{self.t('overdue_actions')} lists the overdue actions, each with its owner and the date it "
                       "was due.")
        if a.part2_left_out:
            out.append(f"{plural(a.part2_left_out, 'action', 'actions')} agreed in private (Part 2) "
                       f"{'is' if a.part2_left_out == 1 else 'are'} not included.")
        return out

    def _exchanges(self) -> list[str]:
        if not self.partners:
            return ["The board did not exchange minutes with any partner board during the year."]
        names = and_list([aside(f"the {p.partner}", p.short_name) for p in self.partners])
        out = [f"The board exchanges the minutes of its meetings with {names}, for information. Its confirmed "
               f"minutes go to each partner; the partners' minutes are noted at the board's next meeting. "
               f"{self.t('partners')} sums up the year for each partner"
               + (f"; {self.t('minutes_sent')} lists our minutes sent" if self.sent else "")
               + (f" and {self.t('minutes_received')} the partners' minutes received" if self.received else "")
               + "."]
        for p in self.partners:
            bits = []
            sent = p.sent_on_time + p.sent_late
            if p.owed:
                bits.append(f"our minutes of {plural(p.owed, 'meeting')} were due to go to the {p.short_name}: "
                            f"{sent} sent" + (f" ({p.sent_late} late)" if p.sent_late else " on time" if sent else "")
                            + (f", {p.not_sent_overdue} not sent and overdue" if p.not_sent_overdue else "")
                            + (f", {p.not_yet_due} ready to send" if p.not_yet_due else "")
                            + (f", {p.awaiting_confirmation} awaiting confirmation" if p.awaiting_confirmation else ""))
            bits.append(f"{plural(p.received, 'set')} of the {p.short_name}'s minutes "
                        f"{'was' if p.received == 1 else 'were'} received, {p.noted} noted")
            text = "; ".join(bits)
            if p.receive_overdue and p.receive_note:
                text += f". {p.receive_note.replace('; more than', ', more than')}"
            out.append(text[:1].upper() + text[1:] + ".")
        return out

    def _next_steps_intro(self) -> list[str]:
        return ["From the figures in this report:" if self.next_steps() else
                "The figures in this report raise no matters for follow-up."]

    def next_steps(self) -> tuple[str, ...]:
        out = []
        for r in self.reports:
            if r.missing:
                out.append(f"{r.title}: due at {plural(r.missing, 'meeting')} held but not received; to be "
                           "programmed for a coming meeting.")
        deferred = [r for r in self.reports if r.deferred]
        if deferred:
            out.append("Reports deferred by the board to come back as agreed: "
                       + and_list([r.title for r in deferred]) + ".")
        a = self.actions
        if a.overdue:
            refs = and_list([x.ref for x in sorted(a.overdue, key=lambda x: int(x.ref[1:]))])
            out.append(f"{plural(len(a.overdue), 'action is', 'actions are')} overdue ({refs}): the owners to report "
                       "progress to the board's next meeting.")
        vacant = [m.seat for m in self.members if m.vacant]
        if vacant:
            out.append(f"{plural(len(vacant), 'seat is', 'seats are')} vacant: " + and_list(vacant)
                       + "; to be filled.")
        low = [m for m in self.member_att if m.meetings >= 2 and (m.attended + m.substituted) * 2 < m.meetings]
        if low:
            out.append("Seats represented at fewer than half of the meetings: "
                       + and_list([m.seat for m in low]) + "; the Chair to discuss attendance with the members.")
        not_quorate = [m for m in self.held if m.quorate is False]
        if not_quorate:
            out.append(f"{plural(len(not_quorate), 'meeting was', 'meetings were')} not quorate ("
                       + ", ".join(dates.short(m.date) for m in not_quorate) + "); the board to review its quorum "
                       "and membership.")
        for p in self.partners:
            if p.not_sent_overdue:
                out.append(f"Our confirmed minutes of {plural(p.not_sent_overdue, 'meeting')} are overdue to the "
                           f"{p.short_name}; to be sent.")
            if p.sent_late:
                out.append(f"{plural(p.sent_late, 'set')} of minutes went late to the {p.short_name}; minutes to "
                           "be sent within the time the board has set.")
            if p.receive_overdue:
                out.append(f"Nothing has been received from the {p.short_name} for longer than expected; the "
                           "secretariat to be asked for its minutes.")
        return tuple(out)

