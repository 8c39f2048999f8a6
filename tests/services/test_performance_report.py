"""The performance report paper (``services.performance_report``, ``packs.performance_pdf``) on
real stores built by the real migrations, with figures imported from a spreadsheet through the
real import: the seeds' figures (612 children looked after at December 2023, 516 at December 2024;
a rate per 10,000 of 114.9 against the Liverpool City Region's 127.9) and a table of small counts
(a count hidden for its size, the percentage built on it, a part of a total and the part hidden
with it). Both versions are read back from the PDF written (pdftotext): every hidden figure is
absent from the public report and present in the restricted one.

The agenda pack's "Performance report" item is checked on the demo board's 9 December 2026
meeting, built once for the module (public and restricted) after the figures are imported.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import DEMO_DAY, _copy_data, without_figures

from cpo_desktop import paths
from cpo_desktop.packs.build import PackError
from cpo_desktop.services import agenda, meetings, packs, performance, performance_report
from cpo_desktop.services.startup import open_data

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler")

MEETING_DAY = dt.date(2025, 2, 12)  # a Wednesday: the figures to December 2024 are the latest
COMMENTARY = "Three children went missing twice; 2 were found within hours on 3 March 2025, in Q3."
PUBLIC_COMMENTARY = "c children went missing twice; c were found within hours on 3 March 2025, in Q3."

# Indicator, period, value, England, region, neighbours, target, commentary
FIGURES = [
    ("cla_number", "2023-12", 612, None, None, None, None, ""),
    ("cla_number", "2024-12", 516, None, None, None, None, "Fewer children came into care this year."),
    ("cla_rate", "2020-03", 110, None, None, None, None, ""),
    ("cla_rate", "2020-12", 114.9, None, 127.9, None, None, "Below the Liverpool City Region average."),
    # parts of the total: adoption 4 is small; "other" (the smallest part still shown) goes with it
    ("placement_foster", "2024-12", 380, None, None, None, None, ""),
    ("placement_kinship", "2024-12", 70, None, None, None, None, ""),
    ("placement_residential", "2024-12", 40, None, None, None, None, ""),
    ("placement_adoption", "2024-12", 4, None, None, None, None, ""),
    ("placement_other", "2024-12", 22, None, None, None, None, ""),
    # a count small in two quarters, and the percentage built on the count of episodes
    ("missing_children", "2024-Q1", 17, 10, 11, 12, 9, ""),
    ("missing_children", "2024-Q2", 3, 10, 11, 12, 9, ""),
    ("missing_children", "2024-Q3", 19, 10, 11, 12, 9, ""),
    ("missing_children", "2024-Q4", 2, 10, 11, 12, 9, COMMENTARY),
    ("missing_episodes", "2024-Q3", 31, None, None, None, None, ""),
    ("missing_episodes", "2024-Q4", 3, None, None, None, None, ""),
    ("return_interviews", "2024-Q3", 29, None, None, None, None, ""),
    ("return_interviews", "2024-Q4", 3, None, None, None, None, ""),
    ("return_interviews_pct", "2024-Q3", 93.5, 77, 80, 79, 90, ""),
    ("return_interviews_pct", "2024-Q4", 66.7, 77, 80, 79, 90, ""),
]


def workbook(path: Path, rows=FIGURES) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Indicator", "Period", "Value", "England", "Region", "Neighbours", "Target", "Commentary"])
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def import_figures(store, folder: Path) -> None:
    preview = performance.read_preview(store, workbook(folder / "bi.xlsx"))
    assert not preview.problems
    performance.apply(store, preview, backup=False)


def layout(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def section(text: str, name: str) -> str:
    """An indicator's part of the report (layout text): from its numbered heading to its commentary's end."""
    start = re.search(rf"^\s*\d+\.\d+ {re.escape(name)}\s*$", text, re.M)
    assert start, name
    end = text.index("Commentary:", start.end())
    stop = text.find("\n\n", end)
    return text[start.start():stop if stop > 0 else None]


def row(text: str, label: str) -> list[str]:
    """The cells of the table row that starts with ``label`` (a period), as laid out: the last such
    line (the chart's axis labels come first)."""
    found = re.findall(rf"^\s*{re.escape(label)}\s{{2,}}(.*)$", text, re.M)
    assert found, (label, text)
    return found[-1].split()


@pytest.fixture
def reports(store, tmp_path):
    import_figures(store, tmp_path)
    meeting, _ = meetings.add_meeting(store, meetings.MeetingInput(date=MEETING_DAY, start_time=dt.time(14),
                                                                  venue="Bootle Town Hall"), anyway=True)
    out = {}
    for version in ("public", "restricted"):
        path = performance_report.build(store, meeting, public=version == "public", target=tmp_path / f"{version}.pdf")
        out[version] = layout(path)
    return out


def test_every_hidden_figure_is_hidden_in_public_and_shown_in_restricted(reports):
    public, restricted = reports["public"], reports["restricted"]
    # a count hidden for its size, two periods of its chart's table
    for version, text in (("public", public), ("restricted", restricted)):
        missing = section(text, "Children who went missing")
        want = {"Q4 2024": "2", "Q3 2024": "19", "Q2 2024": "3", "Q1 2024": "17"}
        for label, value in want.items():
            shown = row(missing, label)[0]
            assert shown == (("c" if value in ("2", "3") else value) if version == "public" else value), (label, shown)
    # the percentage built on hidden counts (3 of 3 episodes... 66.7%) and the counts themselves
    assert "66.7%" not in public and "66.7%" in restricted
    assert row(section(public, "Return home interviews offered (%)"), "Q4 2024")[0] == "c"
    assert row(section(public, "Return home interviews offered (%)"), "Q3 2024")[0] == "93.5%"
    # a part and the part that would give it away by subtraction from the total (516)
    for name, value in (("Placement: placed for adoption", "4"), ("Placement: other", "22")):
        assert row(section(public, name), "Dec 2024")[0] == "c", name
        assert row(section(restricted, name), "Dec 2024")[0] == value, name
    assert row(section(public, "Placement: foster care"), "Dec 2024")[0] == "380"
    # the summary table hides them too, and the trend and RAG that would hint at them
    summary = public[public.index("1. The figures at a glance"):public.index("2. ")]
    line = next(ln for ln in summary.splitlines() if ln.strip().startswith("Children who went missing"))
    assert line.split()[4:6] == ["c", "19"] and "↓" not in line and "Red" not in line and "Green" not in line
    restricted_summary = restricted[restricted.index("1. The figures at a glance"):restricted.index("2. ")]
    line = next(ln for ln in restricted_summary.splitlines() if ln.strip().startswith("Children who went missing"))
    assert re.search(r"\b2\s+19\s+↓ down", line) and "Green" in line


def test_the_summary_gives_the_real_figures_with_trend_and_comparator(reports):
    for text in reports.values():
        summary = text[text.index("1. The figures at a glance"):]
        assert re.search(r"Children looked after\s+516\s+612\s+↓ down", summary)
        assert re.search(r"Dec 2024\s+Dec 2023", summary)
        # the rate: 114.9 against 110.0 before, up; the region's 127.9 beside it
        assert re.search(r"114\.9\s+110\.0\s+↑ up\s+127\.9", summary), summary[:3000]
        assert "Below the Liverpool City Region average." in text


def test_charts_carry_their_description_and_never_a_hidden_value(reports):
    public, restricted = flat(reports["public"]), flat(reports["restricted"])
    assert ("Chart description: Line chart of Children looked after (number), 2 periods, Dec 2023 to Dec 2024. "
            "Figures: Dec 2023 612; Dec 2024 516.") in public
    assert "Line chart of Children looked after per 10,000 (rate per 10,000)" in public
    assert "the region (dotted line), 127.9" in public
    described = re.search(r"Line chart of Children who went missing .*?(?=Period)", public).group()
    assert "Q2 2024 not published (small number)" in described and "Q4 2024 not published (small number)" in described
    assert "Not published (small number): Q2 2024 and Q4 2024." in described
    assert "England (dashed line), 10" in described and "the target (dash-dot line), 9" in described
    assert "statistical neighbours (long-dashed line), 12" in described
    assert not re.search(r"\b[23]\b", described.replace("2024", "")), described
    full = re.search(r"Line chart of Children who went missing .*?(?=Period)", restricted).group()
    assert "Q2 2024 3" in full and "Q4 2024 2" in full and "not published" not in full


def test_commentary_is_suppressed_in_public_only(reports):
    assert PUBLIC_COMMENTARY in flat(reports["public"])
    assert COMMENTARY not in flat(reports["public"])
    assert COMMENTARY in flat(reports["restricted"])


ROW = re.compile(r"^\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Q[1-4]) \d{4}\s{2,}\S.*$")


def test_no_chart_table_is_cut_across_pages(reports):
    """Each indicator's chart, description and table are kept on one page: no page opens with a
    row of a table whose header is on the page before."""
    for version, text in reports.items():
        pages = text.split("\f")[:-1]
        assert len(pages) > 3
        for n, page in enumerate(pages, start=1):
            lines = [ln for ln in page.splitlines() if ln.strip()][1:]  # below the running header
            assert not (lines and ROW.match(lines[0])), (version, n)
            for i, line in enumerate(lines):
                if re.match(r"^\s*Period\s+Figure", line):
                    assert i + 1 < len(lines) and ROW.match(lines[i + 1]), (version, n)


def test_report_layout_and_restricted_marking(reports):
    public, restricted = flat(reports["public"]), flat(reports["restricted"])
    for text in (public, restricted):
        for words in ("Report to:", "Date of Meeting: 12 February 2025", "Subject: Performance report", "Report of:",
                      "Wards Affected: (All Wards)", "Is this a Key Decision: No", "Summary:", "Recommendation(s):",
                      "Reasons for the Recommendation(s):", "Contact Officer:", "1. The figures at a glance",
                      "2. Safe and Stable Homes", "3. Other indicators"):
            assert words in text, words
    assert "NOT FOR PUBLICATION" in restricted and "NOT FOR PUBLICATION" not in public
    assert "Public version" in public and "Public version" not in restricted
    assert re.search(r"Exempt / Confidential (Report: )?No\b", public)
    assert "Counts from 1 to 5 are shown as “c”" in public


def test_the_public_scorecard_hides_small_counts_in_the_commentary(store, tmp_path):
    import_figures(store, tmp_path)
    public = next(r for r in performance.show(store, public=True).rows if r.key == "missing_children")
    restricted = next(r for r in performance.show(store).rows if r.key == "missing_children")
    assert public.commentary == PUBLIC_COMMENTARY and restricted.commentary == COMMENTARY


def test_no_figures_is_refused_and_nothing_written(store, tmp_path):
    meeting, _ = meetings.add_meeting(store, meetings.MeetingInput(date=MEETING_DAY, start_time=dt.time(14)),
                                      anyway=True)
    with pytest.raises(performance_report.NoFigures, match="no indicator has a figure"):
        performance_report.build(store, meeting, public=True, target=tmp_path / "r.pdf")
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*part"))
    with pytest.raises(PackError, match="ending .pdf|does not end .pdf"):
        performance_report.build(store, meeting, public=True, target=tmp_path / "r.txt")


def test_a_pack_without_figures_says_the_report_will_follow(store, tmp_path):
    meeting, _ = meetings.add_meeting(store, meetings.MeetingInput(date=MEETING_DAY, start_time=dt.time(14),
                                                                  venue="Bootle Town Hall"), anyway=True)
    agenda.create_agenda(store, meeting)
    number = next(r.number for r in agenda.load_agenda(store, meeting).items if r.title == "Performance report")
    for public in (True, False):
        report = packs.preflight(store, meeting, public=public, today=MEETING_DAY - dt.timedelta(days=30))
        issue = next(i for i in report.issues if i.item == number)
        assert issue.severity == packs.WARNING and "has no performance figures to report" in issue.problem
        assert "Performance view" in issue.action and "`cpo-desktop performance import FILE`" in issue.cli_action
        assert not [i for i in report.issues if i.item == number and "no paper yet" in i.problem]


# --- the agenda pack --------------------------------------------------------------------------------------

DEMO_MEETING = "2026-12-09"


@pytest.fixture(scope="module")
def demo_packs(tmp_path_factory, _demo_template):
    data = paths.resolve(tmp_path_factory.mktemp("demo-performance") / "data")
    _copy_data(_demo_template, data)
    store = open_data(data, daily_backup=False)
    folder = data.root.parent
    without_figures(store)  # the demo's own figures give way to the seeds' real ones, imported
    import_figures(store, folder)
    # the officer's commentary names a young person of the demo board (no consent to their surname)
    performance.set_figure(store, "cla_rate", "2020-12", commentary="Kayden Lowe's views shaped the plan.")
    plans = {v: packs.preflight(store, DEMO_MEETING, public=v == "public", today=DEMO_DAY)
             for v in ("public", "restricted")}
    built = {v: packs.build_agenda(store, DEMO_MEETING, public=v == "public", target=folder / f"{v}.pdf",
                                   today=DEMO_DAY) for v in ("public", "restricted")}
    item = next(r.number for r in agenda.load_agenda(store, DEMO_MEETING, today=DEMO_DAY).items
                if r.title == "Performance report")
    yield dict(plans=plans, built=built, item=item)
    store.close()


def item_pages(path: Path, item: str) -> str:
    """The text of the pages stamped with ``item`` (the stamp opens its first page, then each
    page's footer names it)."""
    pages = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    return "\n".join(p for p in pages if re.search(rf"Agenda Item {re.escape(item)}(\s|·|$)", p))


@pytest.mark.parametrize("version", ["public", "restricted"])
def test_the_pack_carries_the_report_under_the_performance_item(demo_packs, version):
    text = item_pages(demo_packs["built"][version].path, demo_packs["item"])
    assert "Performance report" in text and "Date of Meeting:" in text and "9 December 2026" in text
    assert re.search(r"Children looked after\s+516\s+612\s+↓ down", text)
    assert re.search(r"114\.9\s+110\.0\s+↑ up\s+127\.9", text)
    missing = section(text, "Children who went missing")
    assert row(missing, "Q4 2024")[0] == ("c" if version == "public" else "2")
    assert ("66.7%" in text) == (version == "restricted")
    assert ("NOT FOR PUBLICATION – restricted figures" in text) == (version == "restricted")
    assert ("NOT FOR PUBLICATION" in text) == (version == "restricted")
    plan = demo_packs["plans"][version]
    notes = [i for i in plan.issues if i.item == demo_packs["item"]]
    assert [i.severity for i in notes] == [packs.NOTE] and "made by the app" in notes[0].problem
    assert f"Performance report for the meeting of 9 December 2026 ({version}).pdf" == notes[0].paper


def test_the_public_pack_names_a_young_person_in_the_commentary_by_first_name_only(demo_packs):
    public = flat(item_pages(demo_packs["built"]["public"].path, demo_packs["item"]))
    restricted = flat(item_pages(demo_packs["built"]["restricted"].path, demo_packs["item"]))
    assert "Kayden Lowe's views shaped the plan." in restricted  # the positive control
    assert "Kayden" in public and "views shaped the plan" in public
    assert not re.search(r"\blowe\b", public, re.IGNORECASE)  # ("Lowest 114.8" is a word of its own)


def test_chart_lines_have_3_to_1_contrast_and_their_own_styles():
    """WCAG 1.4.11: each line's colour has at least 3:1 contrast against the white page, and each
    has its own dash pattern (and the indicator's its dots), so none depends on colour alone."""
    from cpo_desktop.packs.performance_pdf import LINE_STYLES

    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    for key, (colour, _, _) in LINE_STYLES.items():
        assert 1.05 / (luminance(colour) + 0.05) >= 3, key
    assert len({dash for _, dash, _ in LINE_STYLES.values()}) == len(LINE_STYLES)


def test_the_item_is_made_by_the_app_not_chased_while_there_are_figures(demo_store):
    """The Performance report item's paper is the pack's to make: the agenda says so and nobody is
    chased for it; with no figures for the meeting it is awaited (and chased) like any paper."""
    from cpo_desktop.services import chase, deadlines

    def item():
        return next(r for r in agenda.load_agenda(demo_store, DEMO_MEETING, today=DEMO_DAY).items
                    if r.title == "Performance report")

    def chased() -> bool:
        return any(r.title == "Performance report"
                   for r in chase.chase_list(demo_store, today=DEMO_DAY, meeting=DEMO_MEETING))

    assert item().state == deadlines.MADE and not chased()
    without_figures(demo_store)
    assert item().state in (deadlines.AWAITED, deadlines.TO_FOLLOW) and chased()  # the positive control
