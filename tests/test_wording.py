"""Issue 19, point 14: the wording of what the officer reads — its paper, meetings named by their
day, "The meeting closed at 4.45 pm.", the minutes' headings in sentence case, no doubled
brackets, a legend for the checklist marks, and a quorum message that says who counts. Checked
on the demo board's real outputs: the CLI's, and the minutes as PDF and Word read back."""

from __future__ import annotations

import datetime as dt
import re

import docx
import pytest
from conftest import cli_for
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from cpo_desktop import wording
from cpo_desktop.packs.content import Attendee
from cpo_desktop.packs.text import attendee_text
from cpo_desktop.services import attendance, minutes

AUGUST, OCTOBER, DECEMBER = 2, 3, 4  # the demo's meetings held on 12 August and 14 October, the next on 9 December
DOUBLED = ("((", "))", ") (")


def ok(result) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def refused(result, *fragments: str) -> str:
    assert result.returncode == 1, result.stdout
    [line] = result.stderr.strip().splitlines()
    for fragment in fragments:
        assert fragment in line, line
    return line


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_lines(path) -> list[str]:
    return [line.strip() for page in PdfReader(path).pages for line in page.extract_text().splitlines()]


def doubled(text: str) -> list[str]:
    return [d for d in DOUBLED if d in text]


# --- brackets never double ----------------------------------------------------------------------------

words = st.text(st.sampled_from("abc XY()–,"), max_size=14)


@given(words, words)
def test_an_aside_never_doubles_or_nests_brackets(text, note):
    """Whatever the two pieces hold, brackets in the result that neither piece had are ours, and
    ours never double up, nest or stand side by side."""
    out = wording.aside(text, note)
    # aside runs each piece's spaces together (its contract), so a piece's own ")  (" may read ") ("
    own_text, own_note = " ".join(text.split()), " ".join(note.split())
    for d in DOUBLED:
        assert out.count(d) <= own_text.count(d) + own_note.count(d), (text, note, out)
    if note.strip() and "(" not in note and ")" not in note and not text.strip().endswith(")") and text.strip():
        assert out == f"{' '.join(text.split())} ({' '.join(note.split())})"  # the plain case stays plain


@given(words, words, words)
def test_an_attendee_line_never_doubles_brackets(name, role, note):
    out = attendee_text(Attendee(name=name, role=role, note=note))
    own = [" ".join(piece.split()) for piece in (name, role)] + [note]  # name and role: spaces run together
    for d in DOUBLED:
        assert out.count(d) <= sum(piece.count(d) for piece in own), (name, role, note, out)


def test_asides_in_words():
    assert wording.aside("Chair", "Cllr Angela Mensah") == "Chair (Cllr Angela Mensah)"
    assert wording.aside("Ms Rachel Adeyemi", "Designated Nurse, Merseyside and Cheshire NHS (Sefton Borough)") == \
        "Ms Rachel Adeyemi – Designated Nurse, Merseyside and Cheshire NHS (Sefton Borough)"
    assert wording.aside("Merseyside and Cheshire NHS (Sefton Borough)", "Ms Rachel Adeyemi") == \
        "Merseyside and Cheshire NHS (Sefton Borough) – Ms Rachel Adeyemi"
    assert wording.aside("Cllr Angela Mensah", "(Chair)") == "Cllr Angela Mensah (Chair)"
    assert wording.aside("Cllr Angela Mensah", "") == "Cllr Angela Mensah"


def test_the_demo_boards_minutes_agenda_and_attendance_never_double_brackets(demo_store, tmp_path):
    """The demo's seats and job titles carry brackets of their own ("NHS (Sefton Borough)",
    "Secondary Heads (SASH)", "Assistant Director (DASS)"): nothing made from them doubles."""
    cli = cli_for(demo_store)
    outputs = {"agenda show": ok(cli("agenda", "show", str(DECEMBER))),
               "minutes show": ok(cli("minutes", "show", str(AUGUST))),
               "attendance show": ok(cli("attendance", "show", str(AUGUST)))}
    for fmt in ("pdf", "docx"):
        out = tmp_path / f"minutes.{fmt}"
        ok(cli("minutes", "export", str(AUGUST), "--format", fmt, "-o", str(out)))
        outputs[f"minutes {fmt}"] = ("\n".join(pdf_lines(out)) if fmt == "pdf"
                                     else "\n".join(p.text for p in docx.Document(out).paragraphs))
    assert "(Sefton Borough)" in outputs["minutes pdf"] and "(DASS)" in outputs["minutes docx"]
    found = {what: [line for line in text.splitlines() if doubled(line)] for what, text in outputs.items()}
    assert not any(found.values()), found
    assert "Ms Rachel Adeyemi – Designated Nurse" in outputs["minutes pdf"]
    assert "Merseyside and Cheshire NHS (Sefton Borough) – Ms Rachel Adeyemi" in outputs["agenda show"]


def test_a_presenter_written_as_the_agenda_shows_it_links_to_the_seat(demo_store):
    """The agenda names a seat holder after a dash when the seat's title ends in brackets; typed
    back as a presenter, it is that seat, as "Chair (Cllr …)" always was."""
    from cpo_desktop.services import agenda

    day = dt.date(2026, 12, 9)
    shown = next(i.presenter for i in agenda.load_agenda(demo_store, DECEMBER).items
                 if i.presenter.endswith("– Ms Rachel Adeyemi"))
    person, seat, role = agenda.resolve_presenter(demo_store, shown, day)
    assert seat is not None and person is None and role is None
    assert agenda.resolve_presenter(demo_store, shown.split(" – ")[0], day)[1] == seat


# --- "its paper" ----------------------------------------------------------------------------------------

def test_the_presenter_message_says_its_paper(demo_store):
    cli = cli_for(demo_store)
    linked = ok(cli("agenda", "add-item", str(DECEMBER), "--title", "Fostering update", "--presenter",
                    "Ms Harpreet Sandhu"))
    assert "The presenter is Ms Harpreet Sandhu; its paper is chased at harpreet.sandhu@" in linked
    text_only = ok(cli("agenda", "add-item", str(DECEMBER), "--title", "Housing update", "--presenter",
                       "Head of Nobody in Particular"))
    assert "it is nobody in the register, so its paper cannot be chased" in text_only
    assert "their paper" not in linked + text_only and "it's paper" not in linked + text_only


# --- meetings by their day, never their id ---------------------------------------------------------------

def test_messages_name_a_meeting_by_its_day_never_its_id(demo_store):
    cli = cli_for(demo_store)
    report = next(r for r in minutes.load(demo_store, OCTOBER).minutes if r.title.startswith("Performance"))
    said = ok(cli("minutes", "resolve", str(report.id), "--kind", "deferred", "--to", str(DECEMBER)))
    assert said.strip() == "Resolution saved; the item is on the agenda of 9 December 2026."
    moved = ok(cli("meetings", "move", str(DECEMBER), "--date", "16/12/2026", "--reason", "Room taken"))
    assert "Moved the meeting of 9 December 2026 to Wednesday 16 December 2026 at 14:00" in moved
    assert f"meeting {DECEMBER} " not in said + moved
    refused(cli("declarations", "add", str(OCTOBER), "--person", "1", "--item", "99", "--kind", "non_registrable",
                "--nature", "A foster carer"), "There is no item 99 on the agenda of 14 October 2026.")
    refused(cli("agenda", "edit-item", str(OCTOBER), "99", "--title", "X"), "The agenda of 14 October 2026 has no item 99")


def test_one_helper_names_meetings_and_agendas():
    assert wording.meeting_name(dt.date(2026, 12, 9)) == "the meeting of 9 December 2026"
    assert wording.agenda_name([dt.date(2026, 12, 9)]) == "the agenda of 9 December 2026"
    assert wording.agenda_name([dt.date(2026, 12, 9), dt.date(2026, 10, 14)]) == \
        "the agendas of 14 October 2026 and 9 December 2026"


# --- "The meeting closed at 4.45 pm." --------------------------------------------------------------------

def test_the_closing_time_is_recorded_checked_and_ends_the_minutes(demo_store, tmp_path):
    cli = cli_for(demo_store)
    assert minutes.load(demo_store, OCTOBER).closed_at is None  # the draft: not recorded yet
    shown = ok(cli("minutes", "show", str(OCTOBER)))
    assert "When the meeting closed is not recorded yet: `cpo-desktop minutes closed 2026-10-14 --at HH:MM`" in shown
    pdf = tmp_path / "before.pdf"
    ok(cli("minutes", "export", str(OCTOBER), "--format", "pdf", "-o", str(pdf)))
    assert "closed at" not in flat(" ".join(pdf_lines(pdf)))  # no time, no line

    refused(cli("minutes", "closed", str(OCTOBER), "--at", "13:30"),
            "The meeting of 14 October 2026 began at 2.00 pm, so it cannot have closed at 1.30 pm.")
    refused(cli("minutes", "closed", str(OCTOBER), "--at", "quarter to five"), "is not a time of day")
    said = ok(cli("minutes", "closed", str(OCTOBER), "--at", "16:45"))
    assert said.strip() == "Recorded for the meeting of 14 October 2026: “The meeting closed at 4.45 pm.”"
    assert minutes.load(demo_store, OCTOBER).closed_at == dt.time(16, 45)
    assert "\nThe meeting closed at 4.45 pm.\n" in ok(cli("minutes", "show", str(OCTOBER)))

    for fmt in ("pdf", "docx"):
        out = tmp_path / f"october.{fmt}"
        ok(cli("minutes", "export", str(OCTOBER), "--format", fmt, "--public", "-o", str(out)))
        lines = pdf_lines(out) if fmt == "pdf" else [p.text for p in docx.Document(out).paragraphs]
        assert "The meeting closed at 4.45 pm." in lines, fmt
        # after the last minute, before the signature
        text = "\n".join(lines)
        assert text.index("The meeting closed at 4.45 pm.") > text.index("Date of next meeting"), fmt
        assert text.index("The meeting closed at 4.45 pm.") < text.index("Chair:"), fmt

    ok(cli("minutes", "closed", str(OCTOBER), "--clear"))
    assert minutes.load(demo_store, OCTOBER).closed_at is None


def test_the_closing_time_of_confirmed_minutes_changes_only_as_an_amendment(demo_store):
    cli = cli_for(demo_store)
    before = minutes.load(demo_store, AUGUST)
    assert before.closed_at is not None  # the demo records when its confirmed meetings closed
    refused(cli("minutes", "closed", str(AUGUST), "--at", "16:50"), "locked")
    assert minutes.load(demo_store, AUGUST).closed_at == before.closed_at
    ok(cli("minutes", "closed", str(AUGUST), "--at", "16:50", "--reason", "The clerk's note said ten to five"))
    after = minutes.load(demo_store, AUGUST)
    assert after.closed_at == dt.time(16, 50)
    [amendment] = [a for a in after.amendments if a.what == "Closing time"]
    assert (amendment.old_text, amendment.new_text) == (dates_clock(before.closed_at), "4.50 pm")
    assert amendment.reason == "The clerk's note said ten to five"


def dates_clock(t: dt.time) -> str:
    from cpo_desktop import dates

    return dates.clock12(t)


def test_the_minutes_need_to_be_started_before_the_closing_time(demo_store):
    with pytest.raises(minutes.MinutesError, match="have not been started"):
        minutes.set_closed_at(demo_store, DECEMBER, dt.time(16, 0))


# --- headings in sentence case, as Sefton's minutes ----------------------------------------------------

def test_the_minutes_headings_are_in_sentence_case_in_pdf_and_word(demo_store, tmp_path):
    cli = cli_for(demo_store)
    view = minutes.load(demo_store, OCTOBER)
    pdf, word = tmp_path / "m.pdf", tmp_path / "m.docx"
    ok(cli("minutes", "export", str(OCTOBER), "--format", "pdf", "-o", str(pdf)))
    ok(cli("minutes", "export", str(OCTOBER), "--format", "docx", "-o", str(word)))
    lines = pdf_lines(pdf)
    document = docx.Document(word)
    headings = {p.text for p in document.paragraphs if p.style.name.startswith("Heading")}
    paragraphs = [p.text for p in document.paragraphs]
    meeting = "Minutes of the meeting held on Wednesday 14 October 2026 at 2.00 pm, Bootle Town Hall"
    assert meeting in lines and meeting in paragraphs
    assert "Sefton Corporate Parenting Board" in lines and "Sefton Corporate Parenting Board" in headings
    assert "Part 2 – exempt information" in lines and "Part 2 – exempt information" in headings
    for r in view.minutes:  # each minute's title as it was written, never shouted
        assert r.title in flat(" ".join(lines)), r.title
        assert f"{r.number}.\t{r.title}" in headings, r.title
    shouting = [t for t in lines + paragraphs if len(t) > 12 and t.isupper()]
    assert not shouting, shouting


# --- a legend for the checklist marks --------------------------------------------------------------------

def test_agenda_show_explains_the_checklist_marks(demo_store):
    shown = ok(cli_for(demo_store)("agenda", "show", str(DECEMBER)))
    header = next(line for line in shown.splitlines() if line.startswith("No."))
    assert header.rstrip().endswith("Checklist")
    assert re.search(r"received: .*✓ · ✗ · ✗", shown)  # each mark as the paper's checklist says
    assert ("Checklist, for each paper: the Pledge · young people's involvement · “you said, we did”. "
            "✓ the paper says how it does this; ✗ not yet.") in shown.splitlines()


# --- the quorum message says who counts ------------------------------------------------------------------

def test_the_quorum_message_says_who_counts_as_the_rule_does(demo_store):
    """Who counts follows the rule the sheet applies: members online are left out until the board's
    rule counts them, and then the message says so."""
    cli = cli_for(demo_store)
    sheet = attendance.load(demo_store, OCTOBER)
    online = [r for r in sheet.rows if r.voting and r.status == "remote"]
    shown = ok(cli("attendance", "show", str(OCTOBER)))
    assert (f"{sheet.quorum.headline} (voting members, or substitutes in their place, count when in the room; "
            "members joining online, non-voting members and officers or guests in attendance do not).") in shown
    ok(cli("attendance", "quorum", "--count-remote"))
    counted = attendance.load(demo_store, OCTOBER).quorum
    assert counted.present == sheet.quorum.present + len(online)
    shown = ok(cli("attendance", "show", str(OCTOBER)))
    assert ("(voting members, or substitutes in their place, count when in the room or online; non-voting members "
            "and officers or guests in attendance do not).") in shown

    # Everyone but two voting members marked absent: "2 of the 6 voting members needed are present".
    for r in sheet.rows:
        if r.status == "substitute":
            ok(cli("attendance", "set", str(OCTOBER), str(r.person_id), "clear"))
    voting = [r for r in sheet.rows if r.voting and r.member]
    for r in voting[2:]:
        ok(cli("attendance", "set", str(OCTOBER), str(r.person_id), "absent"))
    for r in voting[:2]:
        ok(cli("attendance", "set", str(OCTOBER), str(r.person_id), "present"))
    q = attendance.load(demo_store, OCTOBER).quorum
    assert f"Not quorate: 2 of the {q.required} voting members needed are present" in \
        ok(cli("attendance", "show", str(OCTOBER)))
    assert "needs" not in q.summary  # the old "needs 4 more members" said nothing of who counts
