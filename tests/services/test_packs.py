"""The agenda pack service (``services.packs``): preflight, build_agenda, build_supplement, on real
stores built by the real migrations — the demo board's 9 December 2026 meeting (built once for
the module: its Word paper goes through LibreOffice once) and small boards set up here through
the services, with papers made by ReportLab whose pages carry markers ("PAPER-GOOD-P2").

Everything is read back from the PDF written: the text of each page (pdftotext), the stamp at
its foot, the agenda's "(Pages x – y)", the bookmarks (pypdf). Damaged papers are made by
overwriting the stored copy of a good paper after attaching it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from conftest import DEMO_DAY, _copy_data, store_settled_sha256
from conftest import marked_pdf as make_pdf
from pypdf import PdfReader
from sqlmodel import select

from cpo_desktop import dates, paths
from cpo_desktop.model.tables import Person
from cpo_desktop.packs.agenda_pack import BLANK
from cpo_desktop.packs.build import PackError
from cpo_desktop.progress import Cancelled, Progress
from cpo_desktop.services import agenda, exchange, meetings, pack_records, packs, papers, register, settings
from cpo_desktop.services.startup import open_data

pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftotext", "qpdf")), reason="needs poppler and qpdf")

DEMO_MEETING = "2026-12-09"
FOOTER = re.compile(r"(?:Agenda Item (\S+) · )?Page (\d+)")
MARKER = re.compile(r"PAPER-([A-Z0-9]+)-P(\d+)")
RANGE = re.compile(r"^\s*(\d+[a-z]?)\.\s+(.*?)\s+\((?:Pages (\d+) – (\d+)|Page (\d+))\)\s*$")
SSCP_BAND = "RESTRICTED – SSCP – not for publication"


# --- helpers --------------------------------------------------------------------------------------

def make_docx(path: Path, text: str) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Virtual School report", level=1)
    document.add_paragraph(text)
    document.save(path)
    return path


class Pack:
    """A pack as written, read back."""

    def __init__(self, path: Path):
        self.path = Path(path)
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        self.texts = out.split("\f")[:-1]
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
        self.layout = out.split("\f")[:-1]
        self.reader = PdfReader(path)
        assert len(self.texts) == len(self.layout) == len(self.reader.pages)
        self.footers = []
        for text in self.texts:
            found = FOOTER.findall(text)
            assert found, text
            self.footers.append((found[-1][0] or None, int(found[-1][1])))
        self.front = next((i for i, (item, _) in enumerate(self.footers) if item is not None or BLANK in self.texts[i]),
                          len(self.footers))  # a pack without papers is all front matter
        self.flat = " ".join(" ".join(self.texts).split())

    @property
    def numbers(self) -> list[int]:
        return [n for _, n in self.footers]

    def pages_of(self, item: str) -> list[int]:
        return [i for i, (it, _) in enumerate(self.footers) if it == item]

    def markers(self) -> dict[str, list[int]]:
        where: dict[str, dict[int, int]] = {}
        for index, text in enumerate(self.texts):
            for key, n in MARKER.findall(text):
                where.setdefault(key, {})[int(n)] = index
        return {k: [v[n] for n in sorted(v)] for k, v in where.items()}

    def ranges(self) -> dict[str, tuple[int, int]]:
        out = {}
        for text in self.layout[:self.front]:
            for line in text.splitlines():
                if m := RANGE.match(line):
                    out[m[1]] = (int(m[3] or m[5]), int(m[4] or m[5]))
        return out

    def outline(self) -> list[tuple[str, int, int]]:
        out = []

        def walk(entries, level):
            for e in entries:
                if isinstance(e, list):
                    walk(e, level + 1)
                else:
                    out.append((e.title, level, self.reader.get_destination_page_number(e)))
        walk(self.reader.outline, 0)
        return out

    def agenda_text(self) -> str:
        """The front matter's words in pdftotext's reading order, on one line."""
        return " ".join(" ".join(self.texts[:self.front]).split())

    def agenda_layout(self) -> str:
        """The front matter's words line by line as laid out (a page reference beside its title)."""
        return " ".join(" ".join(self.layout[:self.front]).split())


def check_consistent(pack: Pack, first_page: int = 1) -> None:
    """What every pack must get right: numbers run on without a gap; every item's "(Pages x – y)"
    is exactly the pages stamped with that item, in one run; each item's bookmark lands on its
    first page (or on the agenda page that lists it)."""
    assert pack.numbers == list(range(first_page, first_page + len(pack.numbers)))
    ranges = pack.ranges()
    stamped_items = {it for it, _ in pack.footers if it}
    assert set(ranges) == stamped_items
    for item, (a, b) in ranges.items():
        pages = pack.pages_of(item)
        assert [first_page + i for i in pages] == list(range(a, b + 1)), (item, pages, (a, b))
    for title, level, page in pack.outline():
        m = re.match(r"^(\d+[a-z]?)\. (.*)$", title)
        if level or not m:
            continue
        if m[1] in stamped_items:
            assert page == pack.pages_of(m[1])[0], title
            assert re.search(rf"Agenda Item {re.escape(m[1])}\n", pack.texts[page]), title
        else:
            assert page < pack.front
            assert re.search(rf"^\s*{re.escape(m[1])}\.\s+{re.escape(m[2][:30])}", pack.layout[page], re.M), title


def no_part_files(folder: Path) -> None:
    assert not [p for p in folder.rglob("*") if p.name.endswith(".part")]


class Board:
    """A small board set up through the services: one meeting whose agenda holds only the
    items a test adds (and the partner boards' minutes item from the template)."""

    def __init__(self, store, folder: Path, day: dt.date | None = None):
        self.store, self.folder = store, folder
        self.day = day or dt.date.today() + dt.timedelta(days=60)
        self.meeting, _ = meetings.add_meeting(store, meetings.MeetingInput(date=self.day, start_time=dt.time(14),
                                                                           venue="Bootle Town Hall"), anyway=True)
        agenda.create_agenda(store, self.meeting)
        for row in agenda.load_agenda(store, self.meeting).items:
            if not exchange.PARTNER_ITEM.search(row.title):
                agenda.remove_item(store, row.id)
        self.items: dict[str, int] = {}

    def item(self, title: str, **options) -> int:
        item_id = agenda.add_item(self.store, self.meeting, agenda.ItemInput(title=title, duration_minutes=5, **options))
        self.items[title] = item_id
        return item_id

    def paper(self, title: str, key: str, pages: int = 1, **options) -> int:
        item_id = self.items.get(title) or self.item(title, **options)
        return agenda.attach_paper(self.store, item_id, make_pdf(self.folder / f"{key}.pdf", key, pages))

    def stored(self, paper_id: int) -> Path:
        for row in self.load().items:
            for p in row.papers:
                if p.id == paper_id:
                    return papers.document_path(self.store.paths, p.sha256, p.kind)
        raise KeyError(paper_id)

    def load(self):
        return agenda.load_agenda(self.store, self.meeting)

    def number(self, title: str) -> str:
        return next(r.number for r in self.load().items if r.title.startswith(title))


# --- the demo board, built once ---------------------------------------------------------------------

CONTACT_NAME, CONTACT_EMAIL = "Pat Officer", "pat.officer@example.org"
VOICE = "Care leavers' voice"


@pytest.fixture(scope="module")
def demo(tmp_path_factory, _demo_template):
    data = paths.resolve(tmp_path_factory.mktemp("demo-packs") / "data")
    _copy_data(_demo_template, data)
    store = open_data(data, daily_backup=False)
    settings.set(store, "contact.name", CONTACT_NAME)
    settings.set(store, "contact.email", CONTACT_EMAIL)
    with store.session() as session:
        kayden = session.exec(select(Person).where(Person.first_name == "Kayden", Person.surname == "Lowe")).one()
        assert kayden.is_young_person and not kayden.consent_full_name
        kayden_id = kayden.id
    # a care-experienced young person (no consent to their full name) presents an item
    item = agenda.add_item(store, DEMO_MEETING, agenda.ItemInput(title=VOICE, presenter_person_id=kayden_id,
                                                                 presenter_role="Care Experienced Young Person"))
    folder = data.root.parent
    agenda.attach_paper(store, item, make_pdf(folder / "voice.pdf", "VOICE", 2))
    out = folder / "out"
    plans = {v: packs.preflight(store, DEMO_MEETING, public=v == "public", today=DEMO_DAY)
             for v in ("public", "restricted")}
    results = {
        "public": packs.build_agenda(store, DEMO_MEETING, public=True, target=out / "public.pdf", today=DEMO_DAY),
        "restricted": packs.build_agenda(store, DEMO_MEETING, public=False, target=out / "restricted.pdf",
                                         today=DEMO_DAY),
        "duplex": packs.build_agenda(store, DEMO_MEETING, public=False, duplex=True, target=out / "duplex.pdf",
                                     today=DEMO_DAY),
    }
    built = {k: Pack(r.path) for k, r in results.items()}
    loaded = agenda.load_agenda(store, DEMO_MEETING, today=DEMO_DAY)
    yield dict(store=store, results=results, packs=built, preflight=plans, agenda=loaded, out=out)
    store.close()


def demo_number(demo, title_start: str) -> str:
    return next(r.number for r in demo["agenda"].items if r.title.startswith(title_start))


@pytest.mark.parametrize("version", ["public", "restricted", "duplex"])
def test_demo_packs_are_consistent(demo, version):
    pack, result = demo["packs"][version], demo["results"][version]
    check_consistent(pack)
    assert result.pages == len(pack.texts) and (result.first_page, result.last_page) == (1, len(pack.texts))
    if packs.soffice():
        assert result.left_out == []
    else:  # the demo's Word paper needs LibreOffice
        assert len(result.left_out) == 1 and "Word file" in result.left_out[0]
    assert result.path == (demo["out"] / f"{version}.pdf").absolute()
    no_part_files(demo["out"])
    check = subprocess.run(["qpdf", "--check", str(pack.path)], capture_output=True, text=True)
    assert check.returncode == 0 and "WARNING" not in check.stdout, check.stdout
    assert pack.reader.trailer["/Root"]["/Lang"] == "en-GB"


@pytest.mark.parametrize("version", ["public", "restricted"])
def test_demo_papers_land_under_their_items(demo, version):
    pack = demo["packs"][version]
    for row in demo["agenda"].items:
        if not row.papers or (version == "public" and row.part == 2):
            continue
        pages = pack.pages_of(row.number)
        assert pages, row.title
        first = pack.texts[pages[0]]
        if row.papers[0].kind == "pdf" and row.title != VOICE:
            # the demo's reports carry their subject in their header block
            assert " ".join(row.title.split()) in " ".join(first.split()), (row.number, first)
        expected = sum(p.pages for p in row.papers if p.pages)
        plan_item = demo["agenda"].working_group_item
        if plan_item is not None and row.number == plan_item.number:
            expected += 1  # the working group's action plan (its RAG table), generated after its paper
        if all(p.pages for p in row.papers):
            assert len(pages) == expected, row.title
    voice = demo_number(demo, VOICE)
    assert pack.markers()["VOICE"] == pack.pages_of(voice)


def test_demo_front_sheets(demo):
    for version, label in (("public", "Public Document Pack"), ("restricted", "Restricted – not for publication")):
        sheet = demo["packs"][version].layout[0]
        for fact in (label, "Sefton Corporate Parenting Board", "Wednesday 9 December 2026", "2.00 pm",
                     "Bootle Town Hall", "Membership", "Cllr Angela Mensah (Chair)",
                     "Cllr Gareth Lloyd-Evans (Vice-Chair)",
                     f"Contact officer: {CONTACT_NAME}, Corporate Parenting Officer, {CONTACT_EMAIL}"):
            assert fact in sheet, (version, fact)


def test_demo_public_pack_leaves_out_part_2_papers_but_lists_the_item(demo):
    public, restricted = demo["packs"]["public"], demo["packs"]["restricted"]
    part2 = next(r for r in demo["agenda"].items if r.part == 2)
    assert part2.papers
    assert public.pages_of(part2.number) == []
    assert "Yes – Schedule 12A, paragraph 1" not in public.flat  # the exempt report's header block
    assert "NOT FOR PUBLICATION" not in public.flat
    agenda_text = public.agenda_text()
    # by its public title: the full title of an exempt item may itself say too much
    assert f"{part2.number}. Exempt item (paragraph 1)" in agenda_text
    assert part2.title not in public.flat
    assert "Part 2 – exempt information" in agenda_text
    assert "the public be excluded from the meeting" in agenda_text
    assert "paragraph 1 of Part 1 of Schedule 12A" in agenda_text
    assert "The report is exempt and is not included in the public pack." in agenda_text
    assert f"{part2.number}. Exempt item (paragraph 1)" in [t for t, _, _ in public.outline()]
    assert f"{part2.number}. {part2.title}" in restricted.agenda_text()
    # present in the restricted pack, every page marked not for publication
    pages = restricted.pages_of(part2.number)
    assert len(pages) == part2.papers[0].pages
    assert "Yes – Schedule 12A, paragraph 1" in " ".join(restricted.texts[pages[0]].split())
    for index in pages:
        assert "NOT FOR PUBLICATION – Part 2, paragraph 1" in restricted.texts[index]
    # and no other page but the restricted performance report's (its figures are not for publication)
    performance = set(restricted.pages_of(demo_number(demo, "Performance report")))
    assert performance and all("NOT FOR PUBLICATION – restricted figures" in restricted.texts[i] for i in performance)
    assert {i for i, t in enumerate(restricted.texts) if "NOT FOR PUBLICATION" in t} == set(pages) | performance


def test_demo_restricted_partner_minutes_only_in_the_restricted_pack(demo):
    public, restricted = demo["packs"]["public"], demo["packs"]["restricted"]
    item = demo_number(demo, "Partner boards")
    (sscp,) = [r for r in demo["agenda"].partner_minutes if r.partner == "SSCP"]
    assert sscp.confidentiality == "restricted" and len(sscp.documents) == 2
    assert public.pages_of(item) == []
    # The board's own public minutes of its last meeting (in the pack since it confirms them) say
    # that it noted the partnership's minutes; nothing else in the public pack names it.
    minutes_pages = public.pages_of(demo_number(demo, "Minutes of the last"))
    assert minutes_pages
    elsewhere = " ".join(" ".join(t.split()) for i, t in enumerate(public.texts) if i not in minutes_pages)
    for words in ("Sefton Safeguarding Children Partnership", "partnership performance dashboard",
                  "for partner boards' information only", SSCP_BAND):
        assert words not in elsewhere, words
    for words in ("partnership performance dashboard", "for partner boards' information only", SSCP_BAND):
        assert words not in public.flat, words
    assert f"{sscp.what} (restricted – not included in the public pack)." in public.agenda_text()
    pages = restricted.pages_of(item)
    assert len(pages) == 2
    for index in pages:
        assert SSCP_BAND in restricted.texts[index]
        assert "Sefton Safeguarding Children Partnership" in restricted.texts[index]
    assert "partnership performance dashboard" in restricted.flat
    assert sum(SSCP_BAND in t for t in restricted.texts) == 2
    children = [t for t, level, _ in restricted.outline() if level == 1]
    assert [d.original_name for d in sscp.documents] == [c.split(" – ")[-1] for c in children[:2]]


@pytest.mark.skipif(packs.soffice() is None, reason="LibreOffice is not installed")
def test_demo_word_paper_is_converted_and_in_both_packs(demo):
    row = next(r for r in demo["agenda"].items if r.papers and r.papers[0].kind == "docx")
    for version in ("public", "restricted"):
        pack = demo["packs"][version]
        pages = pack.pages_of(row.number)
        assert pages
        text = " ".join(" ".join(pack.texts[i] for i in pages).split())
        assert "Made-up text for the CPO Desktop demonstration board." in text
        assert row.papers[0].original_name in pack.agenda_text()  # in the contents
    assert packs.converted_path(demo["store"], row.papers[0].sha256).is_file()


@pytest.mark.skipif(packs.soffice() is None, reason="LibreOffice is not installed")
def test_a_letter_sized_word_paper_is_laid_out_on_a4_in_the_pack(demo):
    """Issue 19, point 12: the demo's Word paper is written on Letter (python-docx's own template,
    as an American Word template would); its pages in the pack are A4, like every other page."""
    import docx

    row = next(r for r in demo["agenda"].items if r.papers and r.papers[0].kind == "docx")
    stored = demo["store"].paths.documents / row.papers[0].sha256[:2] / f"{row.papers[0].sha256}.docx"
    section = docx.Document(str(stored)).sections[0]
    assert (round(section.page_width.inches, 1), round(section.page_height.inches, 1)) == (8.5, 11.0)
    for version in ("public", "restricted"):
        pack = demo["packs"][version]
        with pikepdf.open(pack.path) as pdf:
            sizes = {(round(float(page.mediabox[2] - page.mediabox[0])), round(float(page.mediabox[3] - page.mediabox[1])))
                     for page in pdf.pages}
        assert (595, 842) in sizes and sizes <= {(595, 842), (842, 595)}, (version, sizes)  # A4 (the action log lies down)


def test_demo_items_awaiting_papers_say_report_to_follow(demo):
    # (the performance report, item 10, is made by the app from the demo's figures: not awaited)
    awaited = [r for r in demo["agenda"].items
               if r.paper_expected and not r.papers and r.title != "Performance report"]
    assert {r.number for r in awaited} >= {"13"}
    for version in ("public", "restricted"):
        pack = demo["packs"][version]
        text = "\n".join(pack.layout[:pack.front])
        for row in awaited:
            block = re.search(rf"^\s*{re.escape(row.number)}\.\s+{re.escape(row.title[:25])}.*?(?=^\s*\d+[a-z]?\.\s)",
                              text + "\n99. end", re.M | re.S)
            assert block and "Report to follow." in block[0], (version, row.number)
        # (a paper the fixture attaches today may also be late, depending on the day the tests run)
        warnings = [i for i in demo["preflight"][version].issues
                    if i.severity == packs.WARNING and "after the report deadline" not in i.problem]
        assert {i.item for i in warnings} == {r.number for r in awaited}
        assert not any("performance" in i.problem for i in demo["preflight"][version].issues)


def test_demo_deferred_item_is_one_item_marked_with_the_meeting_it_came_from(demo):
    """Issue 19, point 5: the Youth Ambassadors' report deferred from 14 October is December's one
    Youth Ambassadors' item, marked so on the printed agenda, with October's paper under it."""
    title = "Youth Ambassadors report (11–15)"
    [row] = [r for r in demo["agenda"].items if r.title == title]
    assert row.deferred_label == "deferred from 14 October 2026" and row.papers
    for version in ("public", "restricted"):
        pack = demo["packs"][version]
        agenda_text = "\n".join(pack.layout[:pack.front])
        assert agenda_text.count(title) == 2, version  # once in the contents, once in the agenda
        block = re.search(rf"^\s*{row.number}\.\s+{re.escape(title)}.*?(?=^\s*\d+[a-z]?\.\s)", agenda_text, re.M | re.S)
        assert block and "Deferred from 14 October 2026." in block[0], version
        assert "Report to follow." not in block[0]
        assert pack.pages_of(row.number), version  # October's paper, in the pack under the item


def test_demo_duplex_items_start_on_right_hand_pages(demo):
    pack = demo["packs"]["duplex"]
    items = {it for it, _ in pack.footers if it}
    for item in items:
        assert pack.pages_of(item)[0] % 2 == 0, f"item {item} starts on a left-hand page"
    blanks = [i for i, t in enumerate(pack.texts) if BLANK in t]
    assert blanks and len(pack.texts) % 2 == 0
    assert all(pack.footers[i] == (None, i + 1) for i in blanks)
    assert f"{len(blanks)} blank page(s) added" in " ".join(demo["results"]["duplex"].notes)
    # the restricted pack without duplex has the same documents, without the blanks
    assert len(pack.texts) - len(blanks) == len(demo["packs"]["restricted"].texts)


def test_demo_public_pack_names_a_young_person_by_first_name_only(demo):
    public, restricted = demo["packs"]["public"], demo["packs"]["restricted"]
    surname = re.compile(r"\bLowe\b", re.IGNORECASE)  # a word, in any case ("Lowest" is not her name)
    assert not surname.search(public.flat)
    assert not any(surname.search(t) for t, _, _ in public.outline())
    meta = public.reader.metadata
    assert not any(surname.search(v or "") for v in (meta.title, meta.subject, meta.author))
    voice = demo_number(demo, VOICE)
    assert f"{voice}. {VOICE} Kayden, Care Experienced Young Person" in public.agenda_text()
    assert "Care Experienced Young Person (1) Kayden " in public.agenda_text()
    # a young person who consented keeps their full name; the restricted pack names everyone in full
    assert "Jade Armitage" in public.flat
    assert "Kayden Lowe" in restricted.flat
    assert f"{voice}. {VOICE} Kayden Lowe, Care Experienced Young Person" in restricted.agenda_text()


def test_demo_preflight(demo):
    public, restricted = demo["preflight"]["public"], demo["preflight"]["restricted"]
    assert public.ok and restricted.ok
    assert all(i.action.strip() for i in public.issues + restricted.issues)
    part2 = next(r for r in demo["agenda"].items if r.part == 2)
    partner = demo_number(demo, "Partner boards")
    notes = {(i.item, i.severity) for i in public.issues}
    assert (part2.number, packs.NOTE) in notes and (partner, packs.NOTE) in notes
    assert not any(i.item in (part2.number, partner) for i in restricted.issues)
    # the restricted pack takes the Part 2 paper and both SSCP documents as well
    assert restricted.papers == public.papers + 3
    assert restricted.paper_pages == public.paper_pages + part2.papers[0].pages + 2
    assert public.as_dict()["ok"] is True and public.as_dict()["version"] == "public"
    order = [packs.SEVERITIES.index(i.severity) for i in public.issues]
    assert order == sorted(order)


def test_demo_packs_carry_the_last_minutes_and_the_action_log(demo):
    """Issue 19, point 1: members read the draft minutes of the last meeting (14 October 2026)
    under "Minutes of the last meeting" and the action log under "Matters arising", each with its
    "(Pages x – y)", in the version that matches the pack; "Date of next meeting" gives the date."""
    minutes_item, arising = demo_number(demo, "Minutes of the last"), demo_number(demo, "Matters arising")
    actions = [a.ref for a in demo["agenda"].matters_arising]
    assert actions
    for version in ("public", "restricted"):
        pack = demo["packs"][version]
        ranges = pack.ranges()
        pages = pack.pages_of(minutes_item)
        assert ranges[minutes_item] == (pages[0] + 1, pages[-1] + 1) and len(pages) >= 2
        minutes_text = " ".join(" ".join(pack.texts[i] for i in pages).split())
        assert "14 October 2026 – draft minutes" in minutes_text
        assert ("Public version" in minutes_text) == (version == "public")
        assert ("Restricted – not for publication" in minutes_text) == (version == "restricted")
        assert "minutes of the meeting held on wednesday 14 october 2026" in minutes_text.casefold()
        log = pack.pages_of(arising)
        assert ranges[arising] == (log[0] + 1, log[-1] + 1)
        log_text = " ".join(" ".join(pack.texts[i] for i in log).split())
        assert "Action log for the meeting of 9 December 2026" in log_text
        assert all(ref in log_text for ref in actions), (actions, log_text)
        agenda_text = pack.agenda_text()
        assert "Draft minutes of the meeting held on 14 October 2026" in agenda_text
        assert "The next meeting is on Wednesday 10 February 2027 at 2.00 pm, Bootle Town Hall." in agenda_text
        check_consistent(pack)
    # the public minutes in the public pack: the young person presenting at that meeting by first name
    public = demo["packs"]["public"]
    public_minutes = " ".join(public.texts[i] for i in public.pages_of(minutes_item))
    restricted = demo["packs"]["restricted"]
    restricted_minutes = " ".join(restricted.texts[i] for i in restricted.pages_of(minutes_item))
    assert "Kayden Lowe" in restricted_minutes and "Lowe" not in public_minutes and "Kayden" in public_minutes


def test_minutes_not_yet_written_follow_in_a_supplement(store, tmp_path):
    """The last meeting's minutes not started when the pack is built: the item says they will
    follow and the preflight warns; once written, the supplement carries them, once."""
    from cpo_desktop.services import minutes

    day = dt.date.today() + dt.timedelta(days=60)
    earlier, _ = meetings.add_meeting(store, meetings.MeetingInput(date=day - dt.timedelta(days=63),
                                                                   start_time=dt.time(14), venue="Bootle Town Hall"),
                                      anyway=True)
    agenda.create_agenda(store, earlier)
    board = Board(store, tmp_path, day)
    board.item("Minutes of the last meeting")
    number = board.number("Minutes of the last")
    plan = packs.preflight(store, board.meeting, public=True)
    (issue,) = [i for i in plan.issues if i.item == number and "have not been started" in i.problem]
    assert issue.severity == packs.WARNING and "supplementary pack" in issue.action
    first = Pack(packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "pack.pdf").path)
    held = dates.plain(day - dt.timedelta(days=63))
    assert f"The minutes of the meeting held on {held} will follow." in first.agenda_text()
    assert first.pages_of(number) == []
    minutes.start(store, earlier)
    supplement = Pack(packs.build_supplement(store, board.meeting, public=True, target=tmp_path / "sup.pdf").path)
    assert supplement.pages_of(number) and f"Draft minutes of the meeting held on {held}" in supplement.agenda_text()
    check_consistent(supplement, first_page=len(first.texts) + 1)
    with pytest.raises(PackError, match="no supplementary pack is needed"):
        packs.build_supplement(store, board.meeting, public=True, target=tmp_path / "sup2.pdf")


def test_a_performance_report_whose_figures_came_late_follows_in_a_supplement(store, tmp_path):
    """No figures when the pack is built: the item says the report will follow; once figures are
    entered, the supplement makes it (public: a small count hidden), once."""
    from cpo_desktop.services import performance

    board = Board(store, tmp_path)
    board.item("Performance report")
    number = board.number("Performance report")
    first = Pack(packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "pack.pdf").path)
    assert "The performance report will follow." in first.agenda_text() and first.pages_of(number) == []
    last_month = dt.date(board.day.year, board.day.month, 1) - dt.timedelta(days=1)
    period = f"{last_month:%Y-%m}"
    performance.set_figure(store, "cla_number", period, value=516, england=70)
    quarter_end = dt.date(board.day.year, 3 * ((board.day.month - 1) // 3) + 1, 1) - dt.timedelta(days=1)
    performance.set_figure(store, "missing_children", f"{quarter_end.year}-Q{quarter_end.month // 3}", value=3)
    supplement = Pack(packs.build_supplement(store, board.meeting, public=True, target=tmp_path / "sup.pdf").path)
    pages = supplement.pages_of(number)
    assert pages and "Performance report" in supplement.agenda_text()
    text = " ".join(" ".join(supplement.texts[i].split()) for i in pages)
    assert "516" in text and "Children who went missing" in text, text
    assert re.search(r"Children who went missing c\b", text) and "Children who went missing 3" not in text
    check_consistent(supplement, first_page=len(first.texts) + 1)
    with pytest.raises(PackError, match="no supplementary pack is needed"):
        packs.build_supplement(store, board.meeting, public=True, target=tmp_path / "sup2.pdf")


def test_a_next_meeting_not_planned_is_to_be_confirmed(store, tmp_path):
    board = Board(store, tmp_path)
    board.item("Date of next meeting")
    number = board.number("Date of next")
    plan = packs.preflight(store, board.meeting, public=False)
    assert any(i.item == number and "none is planned" in i.problem for i in plan.issues)
    pack = Pack(packs.build_agenda(store, board.meeting, public=False, target=tmp_path / "pack.pdf").path)
    assert "The date of the next meeting is to be confirmed." in pack.agenda_text()
    later, _ = meetings.add_meeting(store, meetings.MeetingInput(date=board.day + dt.timedelta(days=63),
                                                                 start_time=dt.time(10, 30), venue="The Hub, Bootle"),
                                    anyway=True)
    pack = Pack(packs.build_agenda(store, board.meeting, public=False, target=tmp_path / "pack.pdf").path)
    when = board.day + dt.timedelta(days=63)
    assert (f"The next meeting is on {dates.long(when)} at 10.30 am, The Hub, Bootle." in pack.agenda_text())


def test_demo_packs_are_recorded(demo):
    rows = pack_records.list_packs(demo["store"], kind=pack_records.AGENDA)
    mine = {r.path: r for r in rows}
    for version, result in demo["results"].items():
        row = mine[result.path]
        assert row.id == result.record_id
        assert row.version == ("public" if version == "public" else "restricted")
        assert (row.first_page, row.last_page) == (1, result.pages)
        assert row.meeting_date == dt.date(2026, 12, 9)
    public = mine[demo["results"]["public"].path]
    part2 = next(r for r in demo["agenda"].items if r.part == 2)
    assert part2.papers[0].id not in public.paper_ids
    assert part2.papers[0].id in mine[demo["results"]["restricted"].path].paper_ids


# --- small boards: papers that cannot go in ---------------------------------------------------------

def test_damaged_papers_are_left_out_with_a_page_saying_so(store, tmp_path):
    board = Board(store, tmp_path)
    ids = {key: board.paper(f"Report {key.lower()}", key, 2) for key in
           ("GOOD", "OWNERONLY", "USERPW", "CORRUPT", "ZERO", "MISSING")}
    good = pikepdf.open(tmp_path / "OWNERONLY.pdf")
    good.save(board.stored(ids["OWNERONLY"]), encryption=pikepdf.Encryption(user="", owner="owner-secret"))
    good.save(board.stored(ids["USERPW"]), encryption=pikepdf.Encryption(user="user-secret", owner="owner-secret"))
    board.stored(ids["CORRUPT"]).write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog broken\n%%EOF\n")
    empty = pikepdf.new()
    empty.save(board.stored(ids["ZERO"]))
    board.stored(ids["MISSING"]).unlink()
    with pikepdf.open(board.stored(ids["OWNERONLY"])) as pdf:
        assert pdf.is_encrypted  # a real owner-password PDF, which qpdf opens without a password

    report = packs.preflight(store, board.meeting, public=True)
    assert report.ok
    left = {i.paper: i for i in report.issues if i.severity == packs.LEFT_OUT}
    assert set(left) == {"USERPW.pdf", "CORRUPT.pdf", "ZERO.pdf", "MISSING.pdf"}
    assert "password" in left["USERPW.pdf"].problem
    assert "damaged" in left["CORRUPT.pdf"].problem
    assert "no pages" in left["ZERO.pdf"].problem
    assert "missing" in left["MISSING.pdf"].problem
    assert all(i.action.strip() for i in report.issues)
    assert (report.papers, report.paper_pages) == (2, 4)
    assert "2 documents (4 pages) will go in; 4 left out." == report.summary

    result = packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "out" / "pack.pdf")
    pack = Pack(result.path)
    check_consistent(pack)
    markers = pack.markers()
    assert set(markers) == {"GOOD", "OWNERONLY"}  # the owner-password paper goes in
    assert markers["OWNERONLY"] == pack.pages_of(board.number("Report owneronly"))
    assert len(result.left_out) == 4
    for key in ("USERPW", "CORRUPT", "ZERO", "MISSING"):
        number = board.number(f"Report {key.lower()}")
        (page,) = pack.pages_of(number)
        assert f"{key}.pdf" in pack.texts[page]
        assert f"Agenda item {number}: Report {key.lower()}" in pack.texts[page]
        (line,) = [x for x in result.left_out if f"{key}.pdf" in x]
        assert line.startswith(f"Item {number}: ")
    assert PdfReader(result.path).is_encrypted is False
    no_part_files(tmp_path / "out")


def test_a_word_paper_without_libreoffice_is_left_out_and_named(store, tmp_path, monkeypatch):
    monkeypatch.setattr(packs, "soffice", lambda: None)
    board = Board(store, tmp_path)
    board.paper("Local Offer", "LOCALOFFER", 2)
    item = board.item("Virtual School report")
    agenda.attach_paper(store, item, make_docx(tmp_path / "virtual-school.docx", "WORDMARKER text"))
    report = packs.preflight(store, board.meeting)
    (issue,) = [i for i in report.issues if i.severity == packs.LEFT_OUT]
    assert issue.paper == "virtual-school.docx" and "LibreOffice" in issue.problem and issue.action
    result = packs.build_agenda(store, board.meeting, public=False, target=tmp_path / "pack.pdf")
    pack = Pack(result.path)
    check_consistent(pack)
    (page,) = pack.pages_of(board.number("Virtual School report"))
    assert "virtual-school.docx" in pack.texts[page] and "Word file" in pack.texts[page]
    assert "WORDMARKER" not in pack.flat
    (line,) = result.left_out
    assert line.startswith(f"Item {board.number('Virtual School report')}:") and "virtual-school.docx" in line
    assert "Word file" in line
    assert not packs.converted_path(store, next(p for r in board.load().items for p in r.papers
                                               if p.kind == "docx").sha256).exists()


def test_a_late_paper_is_a_warning_and_goes_in(store, tmp_path):
    soon = Board(store, tmp_path, day=dt.date.today() + dt.timedelta(days=6))  # its report deadline has passed
    soon.paper("Performance report", "LATE", 1)
    report = packs.preflight(store, soon.meeting)
    (late,) = [i for i in report.issues if i.paper == "LATE.pdf"]
    assert late.severity == packs.WARNING and "after the report deadline" in late.problem
    assert "chair" in late.action
    # (six days ahead, the publication date may have passed too: the reason is printed only if so)
    result = packs.build_agenda(store, soon.meeting, public=True, target=tmp_path / "late.pdf",
                                late_reason="The report came late.")
    assert "PAPER-LATE-P1" in Pack(result.path).flat
    assert any("after the report deadline" in n for n in result.notes)
    later = Board(store, tmp_path, day=dt.date.today() + dt.timedelta(days=90))
    later.paper("Performance report", "ONTIME", 1)
    assert not any("deadline" in i.problem for i in packs.preflight(store, later.meeting).issues)


def test_an_item_expecting_a_paper_without_one(store, tmp_path):
    board = Board(store, tmp_path)
    board.paper("Local Offer", "LOCALOFFER", 1)
    board.item("Youth Ambassadors report")
    follow = board.item("Fostering report")  # (the performance report the app makes: its own tests)
    agenda.set_to_follow(store, follow)
    board.item("Any other business", paper_expected=False)
    report = packs.preflight(store, board.meeting)
    warnings = {i.item: i for i in report.issues if i.severity == packs.WARNING}
    assert set(warnings) == {board.number("Youth Ambassadors report"), board.number("Fostering report")}
    assert "(marked to follow)" in warnings[board.number("Fostering report")].problem
    assert all(w.action for w in warnings.values())
    pack = Pack(packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "p.pdf").path)
    text = pack.agenda_layout()
    assert f"{board.number('Local Offer')}. Local Offer (Page 4) For information {board.number('Youth')}" in text
    for title in ("Youth Ambassadors report", "Fostering report"):
        assert f"{board.number(title)}. {title} For information Report to follow." in text
    assert "Any other business For information Report to follow" not in text


# --- refusals --------------------------------------------------------------------------------------

def _refused(store, tmp_path, meeting, words: str) -> None:
    report = packs.preflight(store, meeting)
    assert not report.ok and words in report.summary
    assert all(i.action for i in report.refused)
    before = store_settled_sha256(store)
    target = tmp_path / "refused" / "pack.pdf"
    for public in (True, False):
        with pytest.raises(PackError, match=words):
            packs.build_agenda(store, meeting, public=public, target=target)
    assert not target.parent.exists() or not any(target.parent.iterdir())
    assert store_settled_sha256(store) == before
    assert pack_records.list_packs(store) == []


def test_a_meeting_with_no_agenda_is_refused(store, tmp_path):
    meeting, _ = meetings.add_meeting(store, meetings.MeetingInput(date=dt.date.today() + dt.timedelta(days=50),
                                                                   start_time=dt.time(14)), anyway=True)
    _refused(store, tmp_path, meeting, "has no agenda yet")


def test_a_cancelled_meeting_is_refused(store, tmp_path):
    board = Board(store, tmp_path)
    board.paper("Local Offer", "LOCALOFFER", 1)
    meetings.set_status(store, board.meeting, "cancelled", reason="No quorum expected")
    _refused(store, tmp_path, board.meeting, "is cancelled")


# --- cancelling and writing ---------------------------------------------------------------------------

def test_a_cancelled_build_leaves_the_target_as_it_was(store, tmp_path):
    board = Board(store, tmp_path)
    board.paper("Local Offer", "LOCALOFFER", 2)
    board.paper("Performance report", "PERF", 1)
    asked = []

    def never() -> bool:
        asked.append(1)
        return False
    packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "count.pdf",
                       progress=Progress(cancelled=never))
    steps = len(asked)  # how many times a build asks whether to stop
    assert steps >= 5
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "pack.pdf"
    target.write_bytes(b"%PDF-1.4 the pack the members already have\n")
    old = target.read_bytes()
    before = store_settled_sha256(store)
    records = len(pack_records.list_packs(store))
    for stop in range(1, steps + 1):
        calls = []

        def cancelled(stop=stop, calls=calls):
            calls.append(1)
            return len(calls) >= stop
        with pytest.raises(Cancelled):
            packs.build_agenda(store, board.meeting, public=True, target=target, progress=Progress(cancelled=cancelled))
        assert target.read_bytes() == old, f"cancelled at step {stop}"
        assert sorted(p.name for p in folder.iterdir()) == ["pack.pdf"]
    assert store_settled_sha256(store) == before
    assert len(pack_records.list_packs(store)) == records


def test_a_build_replaces_the_target_whole(store, tmp_path):
    """The pack is written under a temporary name and renamed: someone who had the old pack open
    goes on reading the old pack, and no .part file is left."""
    board = Board(store, tmp_path)
    board.paper("Local Offer", "LOCALOFFER", 1)
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"%PDF-1.4 old pack " + b"x" * 5000)
    with open(target, "rb") as reader:
        result = packs.build_agenda(store, board.meeting, public=True, target=target)
        assert reader.read() == b"%PDF-1.4 old pack " + b"x" * 5000
    assert result.path == target.absolute()
    assert "PAPER-LOCALOFFER-P1" in Pack(target).flat
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")) == ["LOCALOFFER.pdf",
                                                                                           "pack.pdf"]
    no_part_files(tmp_path)


def test_a_build_that_fails_while_saving_leaves_the_old_pack(store, tmp_path, monkeypatch):
    """The disk fills up half way through writing: the pack the members already have is still
    there, whole; no .part file is left; nothing is recorded."""
    board = Board(store, tmp_path)
    board.paper("Local Offer", "LOCALOFFER", 1)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "pack.pdf"
    target.write_bytes(b"%PDF-1.4 the pack the members already have\n")
    before = store_settled_sha256(store)

    def disk_full(self, filename, *args, **kwargs):
        Path(filename).write_bytes(b"%PDF-1.7\n% half a pack")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(pikepdf.Pdf, "save", disk_full)
    with pytest.raises(OSError, match="No space left"):
        packs.build_agenda(store, board.meeting, public=True, target=target)
    assert target.read_bytes() == b"%PDF-1.4 the pack the members already have\n"
    assert [p.name for p in folder.iterdir()] == ["pack.pdf"]
    assert store_settled_sha256(store) == before and pack_records.list_packs(store) == []


def test_a_target_that_is_not_a_pdf_is_refused_before_any_work(store, tmp_path):
    board = Board(store, tmp_path)
    board.paper("Local Offer", "LOCALOFFER", 1)
    before = store_settled_sha256(store)
    with pytest.raises(PackError, match="does not end .pdf"):
        packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "pack.docx")
    with pytest.raises(PackError, match="is a folder"):
        packs.build_agenda(store, board.meeting, public=True, target=tmp_path)
    assert not (tmp_path / "pack.docx").exists()
    assert store_settled_sha256(store) == before


def test_the_default_target_is_under_exports(store, tmp_path):
    board = Board(store, tmp_path)
    board.paper("Local Offer", "LOCALOFFER", 1)
    result = packs.build_agenda(store, board.meeting, public=False)
    assert result.path == (store.paths.exports / "packs" / f"{board.day:%Y-%m-%d} Agenda pack (restricted).pdf").absolute()
    assert result.path.is_file()
    no_part_files(store.paths.exports)


# --- supplements -----------------------------------------------------------------------------------

def test_a_supplement_holds_only_new_papers_numbered_on(store, tmp_path):
    board = Board(store, tmp_path)
    board.paper("Local Offer", "LOCALOFFER", 3)
    board.item("Performance report")
    board.item("Placement reviews", part=2, exempt_paragraph=3)
    out = tmp_path / "out"
    before = store_settled_sha256(store)
    with pytest.raises(PackError, match="No restricted agenda pack"):
        packs.build_supplement(store, board.meeting, public=False, target=out / "early.pdf")
    assert not out.exists() and store_settled_sha256(store) == before

    main = packs.build_agenda(store, board.meeting, public=False, target=out / "main.pdf")
    public_main = packs.build_agenda(store, board.meeting, public=True, target=out / "main-public.pdf")
    before = store_settled_sha256(store)
    with pytest.raises(PackError, match="Nothing has arrived"):
        packs.build_supplement(store, board.meeting, public=False, target=out / "nothing.pdf")
    assert not (out / "nothing.pdf").exists() and store_settled_sha256(store) == before

    board.paper("Performance report", "PERF", 2)
    board.paper("Placement reviews", "PARTTWO", 1)
    sup = packs.build_supplement(store, board.meeting, public=False, target=out / "sup.pdf")
    pack = Pack(sup.path)
    assert sup.first_page == main.last_page + 1 and pack.footers[0] == (None, main.last_page + 1)
    assert sup.last_page == main.last_page + len(pack.texts)
    check_consistent(pack, first_page=main.last_page + 1)
    assert set(pack.markers()) == {"PERF", "PARTTWO"}  # not the Local Offer, already in the main pack
    assert "Supplementary agenda pack" in pack.texts[0]
    assert "Local Offer" not in pack.agenda_text()
    for index in pack.pages_of(board.number("Placement reviews")):
        assert "NOT FOR PUBLICATION – Part 2, paragraph 3" in pack.texts[index]
    # the public supplement takes the Performance report only, and numbers on from the public pack
    pub = packs.build_supplement(store, board.meeting, public=True, target=out / "sup-public.pdf")
    pub_pack = Pack(pub.path)
    assert set(pub_pack.markers()) == {"PERF"} and pub.first_page == public_main.last_page + 1
    check_consistent(pub_pack, first_page=public_main.last_page + 1)
    # a second supplement numbers on from the first
    board.paper("Any other business", "AOB", 1)
    second = packs.build_supplement(store, board.meeting, public=False, target=out / "sup2.pdf")
    assert second.first_page == sup.last_page + 1
    assert set(Pack(second.path).markers()) == {"AOB"}
    rows = [r for r in pack_records.list_packs(store, meeting_id=board.meeting) if r.version == "restricted"]
    assert [(r.kind, r.first_page) for r in reversed(rows)] == [("agenda", 1), ("supplement", sup.first_page),
                                                               ("supplement", second.first_page)]
    no_part_files(out)


def test_a_part_2_paper_alone_makes_no_public_supplement(store, tmp_path):
    board = Board(store, tmp_path)
    board.paper("Local Offer", "LOCALOFFER", 1)
    board.item("Placement reviews", part=2, exempt_paragraph=1)
    packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "main.pdf")
    board.paper("Placement reviews", "PARTTWO", 1)
    with pytest.raises(PackError, match="no supplementary pack is needed"):
        packs.build_supplement(store, board.meeting, public=True, target=tmp_path / "sup.pdf")
    assert not (tmp_path / "sup.pdf").exists()


def test_a_paper_left_out_of_the_main_pack_goes_into_the_supplement_once_it_can(store, tmp_path):
    board = Board(store, tmp_path)
    board.paper("Local Offer", "LOCALOFFER", 1)
    lost = board.paper("Performance report", "PERF", 2)
    stored = board.stored(lost)
    kept = stored.read_bytes()
    stored.unlink()
    main = packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "main.pdf")
    assert len(main.left_out) == 1
    stored.write_bytes(kept)  # restored from a backup
    sup = packs.build_supplement(store, board.meeting, public=True, target=tmp_path / "sup.pdf")
    pack = Pack(sup.path)
    assert set(pack.markers()) == {"PERF"} and sup.left_out == []
    check_consistent(pack, first_page=main.last_page + 1)


def test_a_supplement_with_nothing_new_is_refused_even_when_a_paper_is_still_missing(store, tmp_path):
    board = Board(store, tmp_path)
    board.paper("Local Offer", "LOCALOFFER", 1)
    board.stored(board.paper("Performance report", "PERF", 2)).unlink()
    packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "main.pdf")
    before = store_settled_sha256(store)
    try:
        with pytest.raises(PackError, match="no supplementary pack is needed"):
            packs.build_supplement(store, board.meeting, public=True, target=tmp_path / "sup.pdf")
    finally:
        assert not (tmp_path / "sup.pdf").exists()
        assert store_settled_sha256(store) == before


# --- privacy: partner papers and young people ------------------------------------------------------

def test_restricted_partner_documents_stay_out_of_the_public_pack(store, tmp_path):
    board = Board(store, tmp_path)
    today = dt.date.today()
    sscp = make_pdf(tmp_path / "SSCPMIN.pdf", "SSCPMIN", 2)
    hwb = make_pdf(tmp_path / "HWBMIN.pdf", "HWBMIN", 1)
    exchange.record_incoming(store, "SSCP", [papers.read_and_check(sscp)], meeting_date=today - dt.timedelta(days=9),
                             received_on=today)
    exchange.record_incoming(store, "HWB", [papers.read_and_check(hwb)], meeting_date=today - dt.timedelta(days=8),
                             received_on=today)
    # the same SSCP file also attached as a paper to another item
    item = board.item("Safeguarding update")
    agenda.attach_paper(store, item, sscp)
    board.paper("Local Offer", "LOCALOFFER", 1)
    public = Pack(packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "public.pdf").path)
    restricted = Pack(packs.build_agenda(store, board.meeting, public=False, target=tmp_path / "restricted.pdf").path)
    check_consistent(public)
    check_consistent(restricted)
    assert set(public.markers()) == {"HWBMIN", "LOCALOFFER"}
    assert SSCP_BAND not in public.flat
    assert "restricted and is not included in the public pack" in public.agenda_text()
    assert "(restricted – not included in the public pack)" in public.agenda_text()
    markers = restricted.markers()
    assert set(markers) == {"SSCPMIN", "HWBMIN", "LOCALOFFER"} and len(markers["SSCPMIN"]) == 2
    partner = next(r.number for r in board.load().items if exchange.PARTNER_ITEM.search(r.title))
    safeguarding = board.number("Safeguarding update")
    sscp_pages = [i for i, t in enumerate(restricted.texts) if "PAPER-SSCPMIN" in t]
    assert len(sscp_pages) == 4  # twice: as partner minutes and as the paper
    for index in sscp_pages:
        assert SSCP_BAND in restricted.texts[index]
        assert restricted.footers[index][0] in (partner, safeguarding)
    for index in restricted.markers().get("HWBMIN", []) + restricted.markers()["LOCALOFFER"]:
        assert "RESTRICTED" not in restricted.texts[index]
    notes = {i.item for i in packs.preflight(store, board.meeting, public=True).issues if i.severity == packs.NOTE}
    assert {partner, safeguarding} <= notes


def test_a_part_2_paper_attached_again_under_a_part_1_item_stays_out_of_the_public_pack(store, tmp_path):
    board = Board(store, tmp_path)
    board.paper("Placement reviews", "EXEMPT", 2, part=2, exempt_paragraph=1)
    other = board.item("Performance report")
    agenda.attach_paper(store, other, tmp_path / "EXEMPT.pdf")  # the same file, by mistake
    board.paper("Local Offer", "LOCALOFFER", 1)
    public = Pack(packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "public.pdf").path)
    assert "PAPER-LOCALOFFER-P1" in public.flat
    assert "PAPER-EXEMPT" not in public.flat


def _young_person_board(store, tmp_path):
    kayden = register.add_person(store, register.PersonInput(first_name="Kayden", surname="Lowe",
                                                             is_young_person=True, consent_full_name=False))
    board = Board(store, tmp_path)
    item = board.item("Kayden Lowe: what leaving care felt like", presenter_person_id=kayden,
                      presenter_role="Care Experienced Young Person")
    agenda.attach_paper(store, item, make_pdf(tmp_path / "Kayden Lowe - my story.pdf", "STORY", 1))
    return board


def test_a_young_presenter_is_named_by_first_name_in_the_public_pack(store, tmp_path):
    board = _young_person_board(store, tmp_path)
    public = Pack(packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "public.pdf").path)
    restricted = Pack(packs.build_agenda(store, board.meeting, public=False, target=tmp_path / "r.pdf").path)
    assert "Kayden, Care Experienced Young Person" in public.agenda_text()
    assert "Kayden Lowe, Care Experienced Young Person" in restricted.agenda_text()


def test_a_young_persons_surname_is_never_in_the_public_pack(store, tmp_path):
    board = _young_person_board(store, tmp_path)
    public = Pack(packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "public.pdf").path)
    assert "PAPER-STORY-P1" in public.flat
    assert "Lowe" not in public.flat
    assert not [t for t, _, _ in public.outline() if "Lowe" in t]
    meta = public.reader.metadata
    assert all("Lowe" not in (v or "") for v in (meta.title, meta.subject))


def test_pack_record_paths_and_ids(store, tmp_path):
    board = Board(store, tmp_path)
    paper = board.paper("Local Offer", "LOCALOFFER", 1)
    missing = board.paper("Performance report", "PERF", 1)
    board.stored(missing).unlink()
    result = packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "p.pdf")
    (row,) = pack_records.list_packs(store)
    assert row.id == result.record_id and row.kind == "agenda" and row.version == "public"
    assert row.paper_ids == (paper,)  # the paper left out is not recorded as included
    assert row.path == result.path and (row.first_page, row.last_page) == (1, result.pages)
    assert os.path.getsize(result.path) > 0
    d = result.as_dict()
    assert d["left_out"] and d["record_id"] == row.id and d["pages"] == result.pages


# --- publication on time, or said why not (issue 19, point 2) -----------------------------------------

LATE_DAY = dt.date(2027, 3, 10)  # a Wednesday: publication due by Tuesday 2 March 2027


def test_the_publication_warning_near_today_past_and_done():
    from cpo_desktop.services.deadlines import publication_warning

    due = dt.date(2027, 3, 2)
    warn = lambda today, published=None: publication_warning(LATE_DAY, due, today, published)  # noqa: E731
    assert warn(dt.date(2027, 2, 22)) == ""  # six working days ahead
    assert warn(dt.date(2027, 2, 25)) == ("Publish the agenda by Tuesday 2 March 2027 (five clear working days "
                                          "before the meeting): 3 working days left.")
    assert warn(dt.date(2027, 3, 1)).endswith(": 1 working day left.")
    assert warn(due).startswith("Publish the agenda today: Tuesday 2 March 2027 is the last day")
    late = warn(dt.date(2027, 3, 3))
    assert late.startswith("The agenda is late: it should have been published by Tuesday 2 March 2027")
    assert "section 100B(4)(b) of the Local Government Act 1972" in late
    assert warn(dt.date(2027, 3, 3), published=due) == ""
    assert warn(dt.date(2027, 3, 4), published=dt.date(2027, 3, 3)).startswith("The agenda was published late")
    assert warn(dt.date(2027, 3, 11)) == ""  # the meeting has been held
    assert publication_warning(LATE_DAY, due, dt.date(2027, 3, 3), None, cancelled=True) == ""


def test_agenda_show_the_preflight_and_the_chase_list_warn(store, tmp_path, capsys):
    from conftest import run_cli

    from cpo_desktop.services import chase

    board = Board(store, tmp_path, LATE_DAY)
    board.item("Performance report", paper_expected=True, presenter_role="Head of Service")
    assert agenda.load_agenda(store, board.meeting, today=dt.date(2027, 2, 22)).publication_warning == ""
    shown = agenda.load_agenda(store, board.meeting, today=dt.date(2027, 3, 3))
    assert shown.publication_warning.startswith("The agenda is late")
    plan = packs.preflight(store, board.meeting, public=True, today=dt.date(2027, 3, 3))
    assert plan.issues[0].severity == packs.WARNING and plan.issues[0].problem == shown.publication_warning
    assert "--late-reason" in plan.issues[0].cli_text and "--late-reason" not in plan.issues[0].text
    rows = chase.chase_list(store, today=dt.date(2027, 3, 3))
    assert chase.publication_warnings(rows) == [f"Meeting of 10 March 2027: {shown.publication_warning}"]
    data = ["--data-dir", str(store.paths.root), "--today", "2027-03-03"]
    store.close()
    out = run_cli(*data, "agenda", "show", "2027-03-10")
    assert out.returncode == 0 and f"Warning: {shown.publication_warning}" in out.stdout
    out = run_cli(*data, "agenda", "chase", "--list")
    assert out.returncode == 0 and "Warning: Meeting of 10 March 2027: The agenda is late" in out.stdout
    out = run_cli(*data, "pack", "preflight", "2027-03-10")
    assert "[warning] The agenda is late" in out.stdout and '--late-reason "…"' in out.stdout


def test_a_late_pack_needs_the_reason_and_prints_it(store, tmp_path):
    board = Board(store, tmp_path, LATE_DAY)
    board.paper("Performance report", "PERF")
    target = tmp_path / "pack.pdf"
    with pytest.raises(packs.LatePack) as caught:
        packs.build_agenda(store, board.meeting, public=True, target=target, today=dt.date(2027, 3, 3))
    assert "due to be published by Tuesday 2 March 2027" in caught.value.for_window()
    assert '--late-reason "…"' in str(caught.value)
    assert not target.exists() and pack_records.list_packs(store) == []
    with pytest.raises(PackError, match="keep it to 600"):
        packs.build_agenda(store, board.meeting, public=True, target=target, today=dt.date(2027, 3, 3),
                           late_reason="x" * 601)
    result = packs.build_agenda(store, board.meeting, public=True, target=target, today=dt.date(2027, 3, 3),
                                late_reason="  the performance figures\nwere published on 2 March ")
    front = Pack(result.path).agenda_text()
    assert "Published: 3 March 2027 – late (see below)" in front
    assert ("This agenda was not available for inspection five clear working days before the meeting (publication "
            "was due by 2 March 2027). Reason: The performance figures were published on 2 March. The Chair has "
            "agreed that the board consider it at this meeting as a matter of urgency, under section 100B(4)(b) of "
            "the Local Government Act 1972.") in front
    assert any("Published late" in n for n in result.notes)
    assert not any("agenda is late" in n for n in result.notes)  # answered by the build, not repeated
    # the statement does not push the rest of the front sheet (the whole membership) over a page
    assert "This meeting is open to the public" in Pack(result.path).texts[0]
    # the papers that follow are late too
    board.paper("Local Offer update", "OFFER")
    with pytest.raises(packs.LatePack, match="Papers for the meeting of 10 March 2027 are late"):
        packs.build_supplement(store, board.meeting, public=True, target=tmp_path / "sup.pdf",
                               today=dt.date(2027, 3, 4))
    sup = packs.build_supplement(store, board.meeting, public=True, target=tmp_path / "sup.pdf",
                                 today=dt.date(2027, 3, 4), late_reason="The Local Offer changes were agreed on 3 March")
    assert "These papers were not available for inspection" in Pack(sup.path).agenda_text()


def test_an_on_time_pack_issued_again_later_says_when_it_was_published(store, tmp_path):
    from cpo_desktop import clock

    board = Board(store, tmp_path, LATE_DAY)
    board.paper("Performance report", "PERF")
    with clock.override(dt.date(2027, 3, 2)):  # the day the app thinks it is: the day the pack is recorded as built
        first = packs.build_agenda(store, board.meeting, public=False, target=tmp_path / "a.pdf")
    assert "Published: 2 March 2027" in Pack(first.path).agenda_text()
    assert "Late publication" not in Pack(first.path).agenda_text()
    again = packs.build_agenda(store, board.meeting, public=False, target=tmp_path / "b.pdf", today=dt.date(2027, 3, 4))
    text = Pack(again.path).agenda_text()
    assert "Published: 2 March 2027 (this copy issued again on 4 March 2027)" in text and "late" not in text
    # the public version was never published on time: it is late
    assert packs.lateness(store, board.meeting, public=True, today=dt.date(2027, 3, 4)) is not None
    # after the meeting, a copy says so and needs no reason
    after = packs.build_agenda(store, board.meeting, public=True, target=tmp_path / "c.pdf", today=dt.date(2027, 3, 11))
    assert "Published: 11 March 2027, after the meeting" in Pack(after.path).agenda_text()


def test_the_cli_takes_the_late_reason(store, tmp_path):
    from conftest import run_cli

    board = Board(store, tmp_path, LATE_DAY)
    board.paper("Performance report", "PERF")
    store.close()
    data = ["--data-dir", str(store.paths.root), "--today", "2027-03-03"]
    out = run_cli(*data, "pack", "agenda", "2027-03-10", "--public", "-o", str(tmp_path / "p.pdf"))
    assert out.returncode != 0 and "--late-reason" in out.stderr and not (tmp_path / "p.pdf").exists()
    out = run_cli(*data, "pack", "agenda", "2027-03-10", "--public", "-o", str(tmp_path / "p.pdf"),
                  "--late-reason", "The figures came late")
    assert out.returncode == 0, out.stderr
    assert "Reason: The figures came late. The Chair has agreed" in Pack(tmp_path / "p.pdf").agenda_text()
