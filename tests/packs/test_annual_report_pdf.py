"""The annual report renderer: content made by hand, laid out as a council committee report,
read back with pypdf (text and its order, bookmarks, metadata, fonts) and checked by qpdf."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from dataclasses import replace

import pytest
from pypdf import PdfReader

from cpo_desktop.model import privacy
from cpo_desktop.packs.annual_report_pdf import render_annual_report, render_annual_report_pages
from cpo_desktop.packs.annual_report_content import (SECTIONS, ActionQuarter, ActionsSummary, AnnualReportContent,
                                                ContactOfficer, Implication, MeetingAttendance, MeetingLine,
                                                MemberAttendance, MemberLine, MembershipChange, MinutesReceived,
                                                MinutesSent, OverdueAction, Part2Item, PartnerExchange, PriorityLine,
                                                ReportHeader, ReportLine, Section)

D = dt.date


def _section_texts(n_extra: int = 0) -> tuple[Section, ...]:
    extra = tuple(f"Further paragraph {i}: the board looked at the figures again and again." * 3
                  for i in range(n_extra))
    texts = {
        "introduction": ("The board oversees the Council's duties as corporate parent.",
                         "This report covers the municipal year 2025/26.") + extra,
        "children": ("The number of children in care at the end of April 2026 was 486, down from 499 a year before.",),
        "board": ("The board has 4 seats; 3 were filled and 1 vacant.",),
        "meetings": ("The board held 2 meetings.",),
        "attendance": ("Members attended 5 of 6 possible attendances (83%).",),
        "reports": ("The work programme planned 3 reports.",),
        "actions": ("The board agreed 3 actions.",),
        "exchanges": ("The board exchanges minutes with the SSCP.",),
        "next_steps": ("From the figures in this report:",),
    }
    return tuple(Section(key, title, texts[key]) for key, title in SECTIONS)


def _content(**changes) -> AnnualReportContent:
    content = AnnualReportContent(
        council="Sefton Council", board="Sefton Corporate Parenting Board", year=2025, label="2025/26",
        period_start=D(2025, 5, 1), period_end=D(2026, 4, 30), as_at=D(2026, 4, 30),
        header=ReportHeader(
            report_to="Overview and Scrutiny Committee (Children's Services and Safeguarding)",
            committee_date=None, subject="Corporate Parenting Board Annual Report 2025/26",
            report_of="Executive Director for Children's Services", wards="(All Wards)",
            portfolio="Children, Schools and Families", key_decision="No", forward_plan="No", exempt="No"),
        summary="This report sets out the work of the board in 2025/26.",
        recommendations=("that the content of the report be noted",),
        reasons="The board's terms of reference provide for an annual report to this Committee.",
        alternatives="None.", revenue_costs="None arising.", capital_costs="None.",
        implications=(Implication("Resource Implications (Financial, IT, Staffing and Assets)", "None."),
                      Implication("Legal Implications", "None."),
                      Implication("Equality Implications", "There are no equality implications.")),
        climate=(("Have a positive impact", "No"), ("Have a neutral impact", "Yes"), ("Have a negative impact", "No")),
        consultations_internal="Taken from the board's records.", consultations_external="None.",
        contact=ContactOfficer("Pat Jones", "Corporate Parenting Officer", "pat.jones@example.org", "0151 934 0000"),
        appendices="None.", background_papers="The minutes of the board's meetings.",
        sections=_section_texts(),
        priorities=(PriorityLine("Being Heard", ""),),
        members=(MemberLine("Chair – Lead Member", "Cllr Angela Mensah", D(2024, 5, 20)),
                 MemberLine("Care Experienced Young Person (1)", "Kayla", D(2024, 11, 1)),
                 MemberLine("Foster Carer", "Mrs Fay Okafor", D(2023, 9, 1)),
                 MemberLine("Partnership Manager, DWP", "", None)),
        changes=(MembershipChange("Cllr Dev Patel", "Elected Member (3)", True, D(2026, 1, 5)),),
        meetings=(MeetingLine(D(2025, 6, 11), "Board meeting", True, "Being Heard", "Held", "", True),
                  MeetingLine(D(2025, 12, 10), "Board meeting", True, "Raising Aspirations", "Cancelled",
                              "Cancelled: too few members", None),
                  MeetingLine(D(2026, 2, 11), "Board meeting", True, "Health & <Wellbeing>", "Held", "", False)),
        part2_items=(Part2Item(D(2026, 2, 11), "Placement review for a young person", 1),),
        meeting_attendance=(MeetingAttendance(D(2025, 6, 11), 3, 2, 1, 1, 0, 0, 0),
                            MeetingAttendance(D(2026, 2, 11), 3, 2, 0, 0, 0, 1, 0)),
        member_attendance=(MemberAttendance("Chair – Lead Member", "Cllr Angela Mensah", 2, 2, 0, 0, 0, 0),
                           MemberAttendance("Care Experienced Young Person (1)", "Kayla", 2, 2, 0, 0, 0, 0),
                           MemberAttendance("Foster Carer", "Mrs Fay Okafor", 2, 1, 0, 0, 1, 0)),
        reports=(ReportLine("Virtual School Head Teacher's report", "Quarterly", "Head Teacher", 2, 1, 0, 1, 0),
                 ReportLine("Complaints annual report", "Annual", "Complaints Officer", 1, 1, 0, 0, 0),
                 ReportLine("Performance report", "Standing item", "Head of Service", 2, 1, 1, 0, 0)),
        actions=ActionsSummary(
            brought_forward=1, opened=3, done=2, dropped=1, open_at_end=1, overdue_at_end=1, part2_left_out=0,
            quarters=(ActionQuarter("May–Jul 2025", 2, 1), ActionQuarter("Aug–Oct 2025", 0, 1),
                      ActionQuarter("Nov–Jan 2025/26", 0, 0), ActionQuarter("Feb–Apr 2026", 1, 1)),
            overdue=(OverdueAction("A2", "Arrange a visit to the Hub", "Cllr Angela Mensah", D(2025, 9, 1),
                                   "Open"),)),
        partners=(PartnerExchange("Sefton Safeguarding Children Partnership", "SSCP", True, 2, 1, 0, 1, 0, 0, 2, 1,
                                  1, False, ""),),
        minutes_sent=(MinutesSent(D(2025, 6, 11), "SSCP", D(2026, 2, 11), D(2026, 2, 25), D(2026, 2, 13),
                                  "Sent on time"),),
        minutes_received=(MinutesReceived("SSCP", D(2025, 7, 1), D(2025, 7, 9), "Noted on 11/02/2026"),),
        next_steps=("Virtual School Head Teacher's report: due at 1 meeting held but not received.",
                    "1 action is overdue (A2)."),
    )
    # a public paper reaches the renderer only through the privacy rule (no young people here)
    return privacy.scrub(replace(content, **changes), privacy.NameMasker())


def _pages(data: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text()).strip() for p in PdfReader(io.BytesIO(data)).pages]


def _walk(items):
    for item in items:
        if isinstance(item, list):
            yield from _walk(item)
        else:
            yield item


def _qpdf_check(tmp_path, data: bytes) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metadata_language_and_fonts(tmp_path):
    data = render_annual_report(_content())
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == "Corporate Parenting Board Annual Report 2025/26"
    assert reader.metadata.author == "Sefton Council"
    assert reader.metadata.subject.startswith("Report to the Overview and Scrutiny Committee (Children's Services "
                                              "and Safeguarding)")
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    fonts_seen = [font.get_object() for page in reader.pages for font in page["/Resources"]["/Font"].values()]
    assert fonts_seen
    for font in fonts_seen:  # the charts too: no base-14 Helvetica left unembedded
        assert "LiberationSans" in font["/BaseFont"], font["/BaseFont"]
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]
    _qpdf_check(tmp_path, data)


def test_the_first_page_is_the_committee_report_header_block():
    first = _pages(render_annual_report(_content()))[0]
    pairs = [("Report to:", "Overview and Scrutiny Committee (Children's Services and Safeguarding)"),
             ("Date of Meeting:", "To be confirmed"),
             ("Subject:", "Corporate Parenting Board Annual Report 2025/26"),
             ("Report of:", "Executive Director for Children's Services"),
             ("Wards Affected:", "(All Wards)"),
             ("Portfolio:", "Children, Schools and Families"),
             ("Is this a Key Decision:", "No"),
             ("Included in Forward Plan:", "No"),
             ("Exempt / Confidential Report:", "No"),
             ("Summary:", "This report sets out the work of the board in 2025/26."),
             ("Recommendation(s):", "(1) that the content of the report be noted")]
    at = 0
    for label, value in pairs:  # each label followed by its value, in this order
        at = first.index(label, at)
        at = first.index(value, at + len(label))
    dated = _pages(render_annual_report(_content(header=replace(_content().header,
                                                                 committee_date=D(2026, 7, 14)))))[0]
    assert "Date of Meeting: 14 July 2026" in dated and "To be confirmed" not in dated


def test_front_matter_then_numbered_sections_in_reading_order():
    text = " ".join(_pages(render_annual_report(_content())))
    order = ["Reasons for the Recommendation(s):", "Alternative Options Considered and Rejected",
             "What will it cost and how will it be financed?", "(A) Revenue Costs", "(B) Capital Costs",
             "Implications of the Proposals:", "Resource Implications", "Legal Implications:",
             "Equality Implications:", "Climate Emergency Implications:", "Have a neutral impact Yes",
             "Contact Officer: Pat Jones", "Telephone Number: 0151 934 0000",
             "Email Address: pat.jones@example.org", "Appendices:", "Background Papers:",
             "1. Introduction/Background", "1.1 The board oversees", "1.2 This report covers",
             "2. The Children in Our Care", "2.1 The number of children in care",
             "3. The Board and its Members", "3.1 The board has 4 seats", "Table 1: Members of the board",
             "4. Meetings Held", "Table 2: Meetings in 2025/26", "Table 3: Items considered in private",
             "5. Attendance", "Figure 1: Members' attendance", "Table 4: Attendance at each board meeting held",
             "Table 5: Attendance by member", "6. Reports Received Against the Work Programme",
             "Table 6: Reports received", "7. Actions", "Figure 2: Actions opened and closed",
             "Table 7: Actions opened and closed", "Table 8: Actions overdue at the end of the year",
             "8. Exchange of Minutes with Partner Boards", "Table 9: Minutes exchanged",
             "Table 10: Our minutes sent", "Table 11: Partner boards' minutes received",
             "9. Recommendations and Next Steps", "9.1 From the figures in this report:",
             "Virtual School Head Teacher's report: due at 1 meeting held but not received."]
    at = [text.find(s) for s in order]
    assert -1 not in at, [s for s, i in zip(order, at, strict=True) if i == -1]
    assert at == sorted(at)


def test_each_page_reads_header_body_footer():
    pages = _pages(render_annual_report(_content()))
    for n, page in enumerate(pages, start=1):
        assert page.startswith("Sefton Council – Overview and Scrutiny Committee Corporate Parenting Board Annual "
                               "Report 2025/26"), page[:120]
        assert page.endswith(f"Page {n} of {len(pages)}"), page[-120:]


def test_the_charts_figures_are_also_in_tables():
    text = " ".join(_pages(render_annual_report(_content())))
    # Table 4: each meeting held, with the total row; Table 7: each quarter, with the year.
    assert "11 Jun 2025 3 2 1 1 0 0 100%" in text
    assert "11 Feb 2026 3 2 0 0 0 1 67%" in text
    assert "All meetings 6 4 1 1 0 1 83%" in text
    assert "May–Jul 2025 2 1" in text and "Feb–Apr 2026 1 1" in text and "The year 3 3" in text
    # Table 5: the seat's attendance counting substitutes sent beside the member's own.
    assert "Mrs Fay Okafor Foster Carer 2 1 0 0 1 50% 50%" in text
    # Table 6: the work programme's reports, their subtotal, then the standing items.
    assert "All work programme reports 3 2 0 1 0" in text
    assert text.index("All work programme reports") < text.index("Performance report Head of Service")


def test_text_is_escaped_not_read_as_markup():
    text = " ".join(_pages(render_annual_report(_content())))
    assert "Health & <Wellbeing>" in text


def test_bookmarks_land_on_their_pages_and_long_reports_keep_the_page_total(tmp_path):
    many = tuple(MemberLine(f"Seat {n}", f"Member {n}", D(2024, 5, 1)) for n in range(60))
    content = _content(members=many, sections=_section_texts(n_extra=12))
    data, pages_counted = render_annual_report_pages(content)
    reader = PdfReader(io.BytesIO(data))
    pages = _pages(data)
    assert pages_counted == len(pages) >= 6
    entries = [(o.title, reader.get_destination_page_number(o)) for o in _walk(reader.outline)]
    titles = [t for t, _ in entries]
    assert titles[0] == "Report details" and entries[0][1] == 0
    assert [t for t in titles if re.match(r"\d\. ", t)] == [f"{n}. {title}" for n, (_, title) in
                                                             enumerate(SECTIONS, start=1)]
    for title, page in entries[1:]:
        assert title in pages[page], (title, page)
    assert [p for _, p in entries] == sorted(p for _, p in entries)
    assert any(isinstance(o, list) for o in reader.outline), "the figures nest under their sections"
    # The members' table runs over pages, its header row repeated.
    assert sum("Seat Member Since" in p for p in pages) >= 2
    _qpdf_check(tmp_path, data)


def test_tables_with_no_rows_are_left_out_and_the_rest_numbered_on():
    content = _content(part2_items=(), minutes_received=(),
                       actions=replace(_content().actions, overdue=()))
    assert content.tables == ("members", "meetings", "meeting_attendance", "member_attendance", "reports",
                              "action_quarters", "partners", "minutes_sent")
    text = " ".join(_pages(render_annual_report(content)))
    assert "Items considered in private" not in text and "Actions overdue" not in text
    for n in range(1, len(content.tables) + 1):
        assert f"Table {n}: " in text
    assert f"Table {len(content.tables) + 1}: " not in text
    assert "Table 3: Attendance at each board meeting held" in text


def test_no_charts_without_figures():
    content = _content(meeting_attendance=(), actions=replace(_content().actions, quarters=()))
    assert content.figures == ()
    text = " ".join(_pages(render_annual_report(content)))
    assert "Figure" not in text


def test_a_year_still_running_says_so_on_every_page():
    content = _content(as_at=D(2025, 11, 3))
    assert not content.complete
    pages = _pages(render_annual_report(content))
    assert all("figures as at 3 November 2025" in p for p in pages)
    assert "Actions overdue on 3 November 2025" in " ".join(pages)
