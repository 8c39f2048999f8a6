"""The agenda pack assembler (``packs.agenda_pack.assemble``) on PackSpecs built here.

Every paper is a real PDF made with ReportLab whose pages each carry a unique marker
("PAPER-LOCALOFFER-P3"), so the test can find, by extracting the text of the finished pack page
by page (pdftotext), where each paper's pages really landed. Those places are then compared with
what the pack says about them: the stamp at the foot of every page, the "(Pages x – y)" in the
agenda, the page column of the contents and the bookmarks (read back with pypdf, not taken from
what ``assemble`` returns). Geometry is checked on the displayed page: word boxes from
``pdftotext -cropbox -bbox`` and a rendering by ``pdftoppm``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from cpo_desktop.model import privacy
from cpo_desktop.packs.agenda_pack import BLANK, PackDoc, PackItem, PackSpec, assemble
from cpo_desktop.progress import Cancelled, Progress

pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftotext", "pdffonts", "pdftoppm", "qpdf")),
                                reason="needs poppler-utils and qpdf")

DAY = dt.date(2026, 12, 9)
BOARD = "Sefton Corporate Parenting Board"
COUNCIL = "Sefton Council"
CONTACT = "Pat Officer, Corporate Parenting Officer, pat.officer@example.org"
MEMBERSHIP = [("Chair – Lead Member for Children, Schools and Families", "Cllr Angela Mensah (Chair)"),
              ("Vice Chair – Deputy Leader, Sefton Council", "Cllr Gareth Lloyd-Evans (Vice-Chair)"),
              ("Elected Member (1)", "Cllr Imran Siddiqui"),
              ("Partnership Manager, DWP", "Vacant")]
EXCLUSION = ("Recommended: that, under section 100A(4) of the Local Government Act 1972, the public be excluded "
             "from the meeting for the following item(s) of business on the grounds that they involve the likely "
             "disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.")
PART2_BAND = "NOT FOR PUBLICATION – Part 2, paragraph 3"

FOOTER = re.compile(r"(?:Agenda Item (\S+) · )?Page (\d+)")
MARKER = re.compile(r"PAPER-([A-Z0-9]+)-P(\d+)")
RANGE = re.compile(r"^\s*(\d+[a-z]?)\.\s+(.*?)\s+\((?:Pages (\d+) – (\d+)|Page (\d+))\)\s*$")
WORD = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>')


# --- making papers --------------------------------------------------------------------------------

def make_paper(path: Path, key: str, pages: int = 1, size=A4, rotate: int = 0) -> Path:
    """A PDF whose page n says PAPER-<key>-P<n> in the middle of the page (Helvetica, not
    embedded: the author's business)."""
    c = canvas.Canvas(str(path), pagesize=size)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 12)
        c.drawCentredString(size[0] / 2, size[1] / 2, f"PAPER-{key}-P{n}")
        c.showPage()
    c.save()
    if rotate:
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            for page in pdf.pages:
                page.obj.Rotate = rotate
            pdf.save(path)
    return path


def inherited_paper(path: Path, key: str, pages: int = 2, rotate: int = 0) -> Path:
    """A paper whose pages have no /Resources or /MediaBox (or /Rotate) of their own: they live
    on the /Pages node and are inherited (as some PDF writers make them)."""
    make_paper(path, key, pages)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        first = pdf.pages[0].obj
        resources, media = first.Resources, first.MediaBox
        pdf.Root.Pages.Resources = pdf.make_indirect(pikepdf.Dictionary(resources))
        pdf.Root.Pages.MediaBox = pikepdf.Array(list(media))
        if rotate:
            pdf.Root.Pages.Rotate = rotate
        for page in pdf.pages:
            for name in ("/Resources", "/MediaBox", "/Rotate"):
                if name in page.obj:
                    del page.obj[name]
        pdf.save(path)
    # Check with another library that the file really is made that way.
    reader = PdfReader(path)
    kid = reader.trailer["/Root"]["/Pages"]["/Kids"][0].get_object()
    assert "/Resources" not in kid and "/MediaBox" not in kid and "/Rotate" not in kid
    assert "/Resources" in reader.trailer["/Root"]["/Pages"]
    assert reader.pages[0].rotation == rotate
    return path


def transformed_paper(path: Path, key: str) -> Path:
    """A one-page paper whose content leaves the graphics state scaled and moved (no q/Q)."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica,
                                                Encoding=pikepdf.Name.WinAnsiEncoding))
    content = (f"0.5 0 0 0.5 200 300 cm BT /F1 24 Tf 100 600 Td (PAPER-{key}-P1) Tj ET "
               "1 0 0 1 40 40 cm 0.7 g").encode()
    page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=pikepdf.Array([0, 0, A4[0], A4[1]]),
                              Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
                              Contents=pdf.make_stream(content))
    pdf.pages.append(pikepdf.Page(page))
    pdf.save(path)
    return path


# --- reading the pack back ------------------------------------------------------------------------

def page_texts(path: Path, *, layout: bool = False) -> list[str]:
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    assert pages[-1].strip() == ""
    pages = pages[:-1]
    assert len(pages) == len(PdfReader(path).pages)
    return pages


def footer(text: str) -> tuple[str | None, int]:
    """The stamp at the foot of a page: (item number or None, page number). The foot is the
    lowest text on the page, so the last match."""
    found = FOOTER.findall(text)
    assert found, f"no page stamp on:\n{text}"
    item, number = found[-1]
    return item or None, int(number)


def marker_pages(texts: list[str]) -> dict[str, list[int]]:
    """paper key -> the page indexes (from 0) its pages landed on, in its own page order."""
    where: dict[str, dict[int, int]] = {}
    for index, text in enumerate(texts):
        for key, n in MARKER.findall(text):
            assert int(n) not in where.setdefault(key, {}), f"PAPER-{key}-P{n} appears twice"
            where[key][int(n)] = index
    return {key: [pages[n] for n in sorted(pages)] for key, pages in where.items()}


def agenda_ranges(layout: list[str], front: int) -> dict[str, tuple[int, int]]:
    """item number -> the "(Pages x – y)" the agenda gives it."""
    out = {}
    for text in layout[:front]:
        for line in text.splitlines():
            if m := RANGE.match(line):
                first = int(m[3] or m[5])
                out[m[1]] = (first, int(m[4] or m[5]))
    return out


def outline(path: Path) -> list[tuple[str, int, int]]:
    """(title, level, page index) of every bookmark, in order."""
    reader = PdfReader(path)
    out = []

    def walk(entries, level):
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                out.append((entry.title, level, reader.get_destination_page_number(entry)))
    walk(reader.outline, 0)
    return out


def visible_size(path: Path, index: int) -> tuple[float, float]:
    page = PdfReader(path).pages[index]
    w, h = float(page.cropbox.width), float(page.cropbox.height)
    return (h, w) if page.rotation % 180 else (w, h)


def words(path: Path, index: int) -> list[tuple[str, float, float, float, float]]:
    """Each word of the displayed page with its box (origin top left, in points)."""
    out = subprocess.run(["pdftotext", "-cropbox", "-bbox", "-f", str(index + 1), "-l", str(index + 1), str(path),
                          "-"], capture_output=True, text=True, check=True).stdout
    return [(html.unescape(m[5]), float(m[1]), float(m[2]), float(m[3]), float(m[4])) for m in WORD.finditer(out)]


def phrase_box(found: list, phrase: str) -> tuple[float, float, float, float]:
    """The box around the words of ``phrase`` where they follow one another on the page."""
    want = phrase.split()
    for start in range(len(found) - len(want) + 1):
        run = found[start:start + len(want)]
        if [w[0] for w in run] == want:
            return (min(w[1] for w in run), min(w[2] for w in run), max(w[3] for w in run), max(w[4] for w in run))
    raise AssertionError(f"“{phrase}” is not on the page: {[w[0] for w in found]}")


def render(path: Path, index: int, folder: Path, dpi: int = 72) -> Image.Image:
    """The displayed page as pixels (at 72 dpi one pixel is one point)."""
    stem = folder / f"render-{path.stem}-{index}"
    subprocess.run(["pdftoppm", "-cropbox", "-r", str(dpi), "-gray", "-png", "-singlefile", "-f", str(index + 1),
                    "-l", str(index + 1), str(path), str(stem)], check=True, capture_output=True)
    return Image.open(f"{stem}.png").convert("L")


def dark_pixels(image: Image.Image, box: tuple[float, float, float, float]) -> int:
    region = image.crop(tuple(round(v) for v in box))
    return sum(region.histogram()[:128])


def pdffonts(path: Path, first: int | None = None, last: int | None = None) -> list[tuple[str, bool]]:
    args = ["pdffonts", *(["-f", str(first), "-l", str(last)] if first else []), str(path)]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    rows = []
    for line in out:
        m = re.match(r"^(\S+)\s.*?\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line)
        assert m, line
        rows.append((m[1], m[2] == "yes"))
    return rows


# --- the packs under test -------------------------------------------------------------------------

KEYS = {"2": ["MINUTES"], "3": ["LOCALOFFER"], "3a": ["LEISURE"], "4": ["PERF", "PERFDATA"], "8": ["PARTTWO"]}
PAGES = {"MINUTES": 2, "LOCALOFFER": 3, "LEISURE": 1, "PERF": 2, "PERFDATA": 1, "PARTTWO": 2}
PLACEHOLDER = "The paper “virtual-school.docx” is a Word file and could not be turned into PDF on this computer."


def spec(folder: Path, *, public: bool = False, duplex: bool = False, supplement: bool = False,
         first_page: int = 1) -> PackSpec:
    """A board agenda: items without papers, one- and many-page papers, a sub-item, an item with
    two papers, a paper that could not be included (a page stands in for it), a report to
    follow and a Part 2 item (its paper only in the restricted version)."""
    def paper(key: str) -> Path:
        path = folder / f"{key}.pdf"
        return path if path.exists() else make_paper(path, key, PAGES[key])

    items = [
        PackItem("1", "Welcome and introductions", presenter="Chair (Cllr Angela Mensah)", purpose="For information"),
        PackItem("2", "Minutes of the last meeting", presenter="Chair (Cllr Angela Mensah)", purpose="For decision",
                 docs=[PackDoc("Minutes of 14 October 2026.pdf", paper("MINUTES"))]),
        PackItem("3", "Local Offer for Care Experienced Young People", presenter="Assistant Director",
                 purpose="For decision", docs=[PackDoc("Local Offer update.pdf", paper("LOCALOFFER"))]),
        PackItem("3a", "Leisure passes", sub_item=True, purpose="For information",
                 docs=[PackDoc("Leisure passes.pdf", paper("LEISURE"))]),
        PackItem("4", "Performance report", presenter="Head of Service", purpose="For discussion",
                 docs=[PackDoc("Performance report.pdf", paper("PERF")), PackDoc("Performance data.pdf", paper("PERFDATA"))]),
        PackItem("5", "Virtual School report", presenter="Head Teacher", purpose="For information",
                 docs=[PackDoc("virtual-school.docx", None, placeholder=PLACEHOLDER)]),
        PackItem("6", "Youth Ambassadors report", purpose="For discussion", notes=["Report to follow."]),
        PackItem("7", "Any other business", purpose="For discussion"),
        PackItem("8", "Residential placements: individual placement reviews", part=2, exempt_paragraph=3,
                 purpose="For decision",
                 docs=[] if public else [PackDoc("Placement reviews.pdf", paper("PARTTWO"), band=PART2_BAND)],
                 notes=["The report is exempt and is not included in the public pack."] if public else []),
    ]
    return cleared(PackSpec(council=COUNCIL, board=BOARD, meeting_date=DAY, start_time=dt.time(14),
                            venue="Bootle Town Hall", public=public, items=items, membership=MEMBERSHIP,
                            contact=CONTACT, exclusion=EXCLUSION, duplex=duplex, supplement=supplement,
                            first_page=first_page, published=dt.date(2026, 11, 30)))


def cleared(s: PackSpec) -> PackSpec:
    """A public spec as the service hands it over: through the privacy rule (here with no young
    people to mask)."""
    return privacy.scrub(s, privacy.NameMasker()) if s.public else s


class Built:
    def __init__(self, path: Path, spec: PackSpec, assembled):
        self.path, self.spec, self.assembled = path, spec, assembled
        self.texts = page_texts(path)
        self.layout = page_texts(path, layout=True)
        self.footers = [footer(t) for t in self.texts]
        self.markers = marker_pages(self.texts)
        # the front matter: the pages before the first that belongs to an item or is blank
        self.front = next(i for i, (item, _) in enumerate(self.footers) if item is not None or BLANK in self.texts[i])


VARIANTS = {
    "restricted": dict(public=False),
    "public": dict(public=True),
    "duplex": dict(public=False, duplex=True),
    "supplement": dict(public=False, supplement=True, first_page=23),
}


@pytest.fixture(scope="module")
def packs(tmp_path_factory) -> dict[str, Built]:
    folder = tmp_path_factory.mktemp("agenda-pack")
    out = {}
    for name, options in VARIANTS.items():
        s = spec(folder, **options)
        assembled = assemble(s)
        path = folder / f"{name}.pdf"
        assembled.pdf.save(path)
        out[name] = Built(path, s, assembled)
    return out


@pytest.fixture(params=list(VARIANTS))
def pack(request, packs) -> Built:
    return packs[request.param]


# --- stamps, ranges, contents, bookmarks ----------------------------------------------------------

def test_every_page_carries_one_continuous_number(pack):
    numbers = [n for _, n in pack.footers]
    first = pack.spec.first_page
    assert numbers == list(range(first, first + len(numbers)))
    assert (pack.assembled.first_page, pack.assembled.last_page) == (first, numbers[-1])
    assert pack.assembled.pages == len(numbers)


def test_paper_pages_carry_their_item_and_the_first_page_its_heading(pack):
    included = {k for item, keys in KEYS.items() for k in keys if item != "8" or not pack.spec.public}
    assert set(pack.markers) == included
    for item, keys in KEYS.items():
        for key in keys:
            if key not in included:
                continue
            pages = pack.markers[key]
            assert len(pages) == PAGES[key]
            assert pages == list(range(pages[0], pages[0] + len(pages))), f"{key} is not in one run"
            for index in pages:
                assert pack.footers[index][0] == item, (key, index, pack.texts[index])
                assert f"Agenda Item {item} · Page {pack.spec.first_page + index}" in pack.texts[index]
            # "Agenda Item 3" heads the first page of the item only
            heads = [len(re.findall(rf"Agenda Item {re.escape(item)}(?! ·)", pack.texts[i])) for i in pages]
            if key == keys[0]:
                assert heads[0] == 1, pack.texts[pages[0]]
                assert heads[1:] == [0] * (len(pages) - 1)
    # the front matter is numbered but names no item
    for index in range(pack.front):
        assert pack.footers[index][0] is None


def test_each_page_range_in_the_agenda_points_at_where_its_papers_are(pack):
    ranges = agenda_ranges(pack.layout, pack.front)
    with_papers = {i.number for i in pack.spec.items if i.docs}
    assert set(ranges) == with_papers
    first = pack.spec.first_page
    for number in with_papers:
        stamped = [first + i for i, (item, _) in enumerate(pack.footers) if item == number]
        assert ranges[number] == (stamped[0], stamped[-1]), number
        assert stamped == list(range(stamped[0], stamped[-1] + 1))
        # and the papers' own pages are inside that range
        for key in KEYS.get(number, []):
            if key in pack.markers:
                assert all(ranges[number][0] <= first + i <= ranges[number][1] for i in pack.markers[key])
    # the placeholder for the paper that could not go in is the one page of item 5
    (page,) = [i for i, (item, _) in enumerate(pack.footers) if item == "5"]
    assert "virtual-school.docx" in pack.texts[page] and "could not be turned into PDF" in pack.texts[page]
    assert ranges["5"] == (first + page, first + page)


def test_the_contents_give_the_first_page_of_each_document(pack):
    contents = next(i for i in range(pack.front) if "Contents" in pack.layout[i])
    rows = []
    for line in pack.layout[contents].splitlines():
        if m := re.match(r"^\s*(\d+[a-z]?)\s{2,}(.+?)\s{2,}(\d+)\s*$", line):
            rows.append((m[1], int(m[3])))
    first = pack.spec.first_page
    expected = []
    for item in pack.spec.items:
        for n, doc in enumerate(item.docs):
            if doc.path is None:
                index = next(i for i, (it, _) in enumerate(pack.footers) if it == item.number)
            else:
                index = pack.markers[KEYS[item.number][n]][0]
            expected.append((item.number, first + index))
    assert rows == expected
    if not pack.spec.supplement:
        agenda_page = next(i for i in range(pack.front) if re.search(r"^\s*Agenda\s*$", pack.layout[i], re.M))
        assert re.search(rf"^\s+Agenda\s+{first + agenda_page}\s*$", pack.layout[contents], re.M)


def test_each_bookmark_lands_on_its_item(pack):
    marks = outline(pack.path)
    assert marks[0] == ("Front sheet", 0, 0)
    titles = [t for t, level, _ in marks if level == 0]
    heading = "Supplementary agenda" if pack.spec.supplement else "Agenda"
    assert titles[:3] == ["Front sheet", "Contents", heading]
    contents = dict((t, p) for t, level, p in marks if level == 0)
    assert "Contents" in pack.texts[contents["Contents"]]
    assert re.search(rf"^\s*{heading}\s*$", pack.layout[contents[heading]], re.M)
    items = {f"{i.number}. {i.title}": i for i in pack.spec.items}
    assert [t for t in titles[3:]] == list(items), "one bookmark per item, in agenda order"
    for title, level, page in marks:
        if level != 0 or title not in items:
            continue
        item = items[title]
        if item.docs:
            # the first page of its first document, headed with the item
            assert pack.footers[page][0] == item.number, (title, page)
            assert page == min(i for i, (it, _) in enumerate(pack.footers) if it == item.number)
            assert re.search(rf"Agenda Item {re.escape(item.number)}(?! ·)", pack.texts[page])
        else:
            # the agenda page where the item is listed
            assert page < pack.front
            assert re.search(rf"^\s*{re.escape(item.number)}\.\s+{re.escape(item.title)}", pack.layout[page], re.M), \
                (title, page, pack.layout[page])


def test_an_item_with_two_papers_has_a_bookmark_for_each(packs):
    pack = packs["restricted"]
    marks = outline(pack.path)
    at = [t for t, _, _ in marks].index("4. Performance report")
    children = marks[at + 1:at + 3]
    assert [(t, level) for t, level, _ in children] == [("Performance report.pdf", 1), ("Performance data.pdf", 1)]
    assert children[0][2] == pack.markers["PERF"][0]
    assert children[1][2] == pack.markers["PERFDATA"][0]
    assert marks[at][2] == pack.markers["PERF"][0]


# --- duplex ---------------------------------------------------------------------------------------

def test_duplex_starts_every_item_on_a_right_hand_page_with_numbered_blanks(packs):
    pack = packs["duplex"]
    starts = {item: min(i for i, (it, _) in enumerate(pack.footers) if it == item)
              for item in {it for it, _ in pack.footers if it}}
    assert set(starts) == {"2", "3", "3a", "4", "5", "8"}
    for item, index in starts.items():
        assert index % 2 == 0, f"item {item} starts on physical page {index + 1}, a left-hand page"
    assert len(pack.texts) % 2 == 0, "the last sheet is complete"
    blanks = [i for i, t in enumerate(pack.texts) if BLANK in t]
    assert blanks, "this spec needs blank pages (odd page counts)"
    assert pack.assembled.blanks == len(blanks)
    for index in blanks:
        item, number = pack.footers[index]
        assert item is None and number == index + 1
        assert not MARKER.search(pack.texts[index])
    # the blanks are the only pages not accounted for by the front matter and the documents
    papers = sum(len(v) for v in pack.markers.values()) + 1  # + the placeholder page
    assert len(pack.texts) == pack.front + papers + len(blanks)


def test_single_sided_packs_have_no_blank_pages(packs):
    for name in ("restricted", "public", "supplement"):
        assert not any(BLANK in t for t in packs[name].texts)
        assert packs[name].assembled.blanks == 0


# --- front sheet, agenda, Part 2 ------------------------------------------------------------------

@pytest.mark.parametrize("name,label", [("public", "Public Document Pack"),
                                        ("restricted", "Restricted – not for publication")])
def test_the_front_sheet(packs, name, label):
    pack = packs[name]
    sheet = pack.layout[0]
    for fact in (label, COUNCIL, BOARD, "Wednesday 9 December 2026", "2.00 pm", "Bootle Town Hall", "Membership",
                 "Cllr Angela Mensah (Chair)", "Cllr Gareth Lloyd-Evans (Vice-Chair)", "Cllr Imran Siddiqui",
                 "Partnership Manager, DWP", "Contact officer: " + CONTACT):
        assert fact in sheet, fact
    other = "Restricted – not for publication" if name == "public" else "Public Document Pack"
    assert other not in sheet


def test_the_public_pack_lists_part_2_items_by_title_with_paragraph_and_exclusion(packs):
    pack = packs["public"]
    agenda = "\n".join(pack.texts[:pack.front])
    flat = " ".join(agenda.split())
    assert "Part 2 – exempt information" in flat
    assert " ".join(EXCLUSION.split()) in flat
    assert "Residential placements: individual placement reviews" in flat
    assert "exempt information under paragraph 3 of Part 1 of Schedule 12A" in flat
    assert "The report is exempt and is not included in the public pack." in flat
    full = "\n".join(pack.texts)
    assert "PAPER-PARTTWO" not in full and PART2_BAND not in full
    assert not any(item == "8" for item, _ in pack.footers)
    assert "8. Residential placements: individual placement reviews" in [t for t, _, _ in outline(pack.path)]


def test_the_restricted_pack_marks_every_page_of_a_part_2_paper_not_for_publication(packs):
    pack = packs["restricted"]
    for index, text in enumerate(pack.texts):
        if pack.footers[index][0] == "8":
            assert PART2_BAND in text, index
        else:
            assert PART2_BAND not in text, index
    assert len(pack.markers["PARTTWO"]) == 2
    # the band is in the visible page, at its head, reading across
    for index in pack.markers["PARTTWO"]:
        width, height = visible_size(pack.path, index)
        x0, y0, x1, y1 = phrase_box(words(pack.path, index), PART2_BAND)
        assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= 20 * mm
        assert x1 - x0 > 5 * (y1 - y0)


def test_notes_stand_under_their_item_in_the_agenda(packs):
    layout = packs["restricted"].layout
    agenda = "\n".join(layout[:packs["restricted"].front])
    assert re.search(r"6\.\s+Youth Ambassadors report\n(?:.*\n){0,2}\s+Report to follow\.", agenda), agenda


def test_a_supplement_numbers_on_and_says_what_it_is(packs):
    pack = packs["supplement"]
    assert pack.footers[0] == (None, 23)
    assert "Supplementary agenda pack" in pack.texts[0]
    assert "Supplementary agenda" in outline(pack.path)[2][0]
    assert PdfReader(pack.path).metadata.title.startswith(f"{BOARD} – Supplementary agenda pack")



def test_page_references_past_a_thousand_are_printed_whole(tmp_path):
    """A supplement to a very long pack: "(Pages 1000 – 1002)" stays inside its column (the
    right-hand 34 mm of the text width), not spilling into the item's words nor clipped."""
    s = spec(tmp_path, supplement=True, first_page=998)
    path = tmp_path / "long.pdf"
    assemble(s).pdf.save(path)
    width = visible_size(path, 0)[0]
    column = (width - 20 * mm - 34 * mm - 0.5, width - 20 * mm + 0.5)
    found = []
    for index in range(3):
        page = words(path, index)
        for n, word in enumerate(page):
            if word[0] in ("(Pages", "(Page"):
                run = page[n:n + (4 if word[0] == "(Pages" else 2)]
                assert re.fullmatch(r"\(Pages? 1\d{3}( – 1\d{3})?\)", " ".join(w[0] for w in run)), run
                left, right = min(w[1] for w in run), max(w[3] for w in run)
                assert column[0] <= left and right <= column[1], (run, column)
                found.append(run)
    assert len(found) == sum(1 for item in s.items if item.docs)

# --- geometry -------------------------------------------------------------------------------------

GEOMETRIES = {
    "A4PORTRAIT": dict(size=A4),
    "A4LANDSCAPE": dict(size=landscape(A4)),
    "LETTER": dict(size=letter),
    "ROTATE90": dict(size=A4, rotate=90),
    "ROTATE180": dict(size=A4, rotate=180),
    "ROTATE270": dict(size=A4, rotate=270),
    "LANDROT90": dict(size=landscape(A4), rotate=90),
}


@pytest.fixture(scope="module")
def geometry_pack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("geometry")
    items = []
    for n, (key, options) in enumerate(GEOMETRIES.items(), start=1):
        items.append(PackItem(str(n), key.title(), docs=[PackDoc(key, make_paper(folder / f"{key}.pdf", key, 2,
                                                                                 **options))]))
    crop = make_paper(folder / "CROPPED.pdf", "CROPPED", 2, size=(700, 950))
    with pikepdf.open(crop, allow_overwriting_input=True) as pdf:
        for page in pdf.pages:
            page.obj.CropBox = pikepdf.Array([52, 54, 647, 896])  # A4 seen through a larger sheet
        pdf.save(crop)
    items.append(PackItem(str(len(items) + 1), "Cropped", docs=[PackDoc("CROPPED", crop)]))
    items.append(PackItem(str(len(items) + 1), "Inherited", docs=[PackDoc("INHERITED", inherited_paper(
        folder / "INHERITED.pdf", "INHERITED"))]))
    items.append(PackItem(str(len(items) + 1), "Inherited rotation", docs=[PackDoc("INHERITEDROT", inherited_paper(
        folder / "INHERITEDROT.pdf", "INHERITEDROT", rotate=90))]))
    items.append(PackItem(str(len(items) + 1), "Transformed", docs=[PackDoc("TRANSFORMED", transformed_paper(
        folder / "TRANSFORMED.pdf", "TRANSFORMED"))]))
    items.append(PackItem(str(len(items) + 1), "Restricted", docs=[PackDoc("RESTRICTEDLAND", make_paper(
        folder / "RESTRICTEDLAND.pdf", "RESTRICTEDLAND", 1, size=landscape(A4), rotate=90),
        band="RESTRICTED – SSCP – not for publication")]))
    s = PackSpec(council=COUNCIL, board=BOARD, meeting_date=DAY, start_time=dt.time(14), venue="Bootle Town Hall",
                 public=False, items=items)
    path = folder / "geometry.pdf"
    assemble(s).pdf.save(path)
    return path, folder, marker_pages(page_texts(path)), page_texts(path)


GEOMETRY_KEYS = [*GEOMETRIES, "CROPPED", "INHERITED", "INHERITEDROT", "TRANSFORMED", "RESTRICTEDLAND"]


@pytest.mark.parametrize("key", GEOMETRY_KEYS)
def test_stamps_are_legible_inside_the_visible_page(geometry_pack, key):
    path, folder, markers, texts = geometry_pack
    item = str(GEOMETRY_KEYS.index(key) + 1)
    assert key in markers, f"the paper's own text is gone from the pack ({key})"
    for n, index in enumerate(markers[key]):
        width, height = visible_size(path, index)
        found = words(path, index)
        stamp = f"Agenda Item {item} · Page {index + 1}"
        assert stamp in texts[index]
        x0, y0, x1, y1 = phrase_box(found, stamp)
        # inside the page as it is seen, at its foot, on the right, reading across
        assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height, (key, (x0, y0, x1, y1), (width, height))
        assert y0 > height - 15 * mm, (key, y0, height)
        assert x1 > width / 2 and x1 > width - 20 * mm
        assert x1 - x0 > 5 * (y1 - y0), f"the stamp on {key} runs sideways"
        image = render(path, index, folder)
        assert abs(image.size[0] - width) <= 1 and abs(image.size[1] - height) <= 1
        assert dark_pixels(image, (x0, y0, x1, y1)) > 40, f"nothing visible where the stamp of {key} is"
        # the paper's marker is still drawn (its content and resources survived)
        mx0, my0, mx1, my1 = phrase_box(found, f"PAPER-{key}-P{n + 1}")
        assert dark_pixels(image, (mx0, my0, mx1 + 1, my1 + 1)) > 20
        if n == 0:
            hx0, hy0, hx1, hy1 = phrase_box(found, f"Agenda Item {item}")
            assert 0 <= hx0 and hx1 <= width and 0 <= hy0 and hy1 <= 15 * mm
            assert hx1 - hx0 > 3 * (hy1 - hy0)
            assert dark_pixels(image, (hx0, hy0, hx1, hy1)) > 30
        if key == "RESTRICTEDLAND":
            bx0, by0, bx1, by1 = phrase_box(found, "RESTRICTED – SSCP – not for publication")
            assert 0 <= bx0 < bx1 <= width and 0 <= by0 < by1 <= 20 * mm
            assert bx1 - bx0 > 5 * (by1 - by0)


def test_a_paper_with_inherited_resources_keeps_its_fonts(geometry_pack):
    path, _, markers, _ = geometry_pack
    with pikepdf.open(path) as pdf:
        for index in markers["INHERITED"] + markers["INHERITEDROT"]:
            page = pdf.pages[index]
            fonts = page.obj.get("/Resources", {}).get("/Font", {})
            base = {str(f.get("/BaseFont", "")) for f in fonts.values()}
            assert "/Helvetica" in base, f"the paper's own font went missing on page {index + 1}: {base}"


# --- PDF quality ----------------------------------------------------------------------------------

def test_the_pdf_is_well_formed_with_metadata_outline_and_language(pack):
    check = subprocess.run(["qpdf", "--check", str(pack.path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors" in check.stdout
    assert "WARNING" not in check.stdout + check.stderr
    reader = PdfReader(pack.path)
    meta = reader.metadata
    which = "public" if pack.spec.public else "restricted"
    assert meta.title == pack.spec.title and meta.title.endswith(f"({which})")
    assert BOARD in meta.title and "9 December 2026" in meta.title
    assert meta.author == COUNCIL
    assert BOARD in meta.subject and "Wednesday 9 December 2026" in meta.subject
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert root.get("/PageMode") == "/UseOutlines"
    assert len(reader.outline) >= 3


def test_fonts_of_the_front_matter_and_the_stamps_are_embedded(packs, tmp_path):
    pack = packs["restricted"]
    front = pdffonts(pack.path, 1, pack.front)
    assert front and all(emb for _, emb in front), front
    paper_fonts = {name for name, _ in pdffonts(pack.path.parent / "LOCALOFFER.pdf")}
    assert paper_fonts == {"Helvetica"}
    for index in pack.markers["LOCALOFFER"] + [pack.markers["PARTTWO"][0]]:
        on_page = pdffonts(pack.path, index + 1, index + 1)
        ours = [(name, emb) for name, emb in on_page if name not in paper_fonts]
        assert ours and all(emb for _, emb in ours), on_page
        assert any("LiberationSans" in name for name, _ in ours)
    blanks = packs["duplex"]
    for index in [i for i, t in enumerate(blanks.texts) if BLANK in t]:
        assert all(emb for _, emb in pdffonts(blanks.path, index + 1, index + 1))


def test_the_page_standing_in_for_a_paper_has_only_embedded_fonts(packs):
    pack = packs["restricted"]
    (placeholder,) = [i for i, (item, _) in enumerate(pack.footers) if item == "5"]
    on_page = pdffonts(pack.path, placeholder + 1, placeholder + 1)
    assert on_page and all(emb for _, emb in on_page), on_page


def test_the_front_sheet_and_agenda_read_in_order(packs):
    pack = packs["public"]
    sheet = pack.texts[0]
    order = ["Public Document Pack", COUNCIL, BOARD, "Date:", "Wednesday 9 December 2026", "Time:", "2.00 pm",
             "Venue:", "Bootle Town Hall", "Membership", "Cllr Angela Mensah (Chair)",
             "Cllr Gareth Lloyd-Evans (Vice-Chair)", "Contact officer:"]
    positions = [sheet.index(s) for s in order]
    assert positions == sorted(positions), sheet
    agenda = "\n".join(pack.texts[:pack.front])
    agenda = agenda[agenda.index(f"{BOARD} – Wednesday 9 December 2026, 2.00 pm"):]  # the agenda's heading
    titles = [i.title for i in pack.spec.items]
    positions = [agenda.index(t) for t in titles]
    assert positions == sorted(positions)
    # on a paper's first page the heading stamp comes before the paper's words, the foot after
    first = pack.markers["LOCALOFFER"][0]
    text = pack.texts[first]
    assert text.index("Agenda Item 3") < text.index("PAPER-LOCALOFFER-P1") < text.index("Agenda Item 3 · Page")


# --- cancelling -----------------------------------------------------------------------------------

def test_cancelling_stops_the_assembly(tmp_path):
    with pytest.raises(Cancelled):
        assemble(spec(tmp_path), progress=Progress(cancelled=lambda: True))
    steps = []
    assemble(spec(tmp_path), progress=Progress(report=lambda done, total, what: steps.append((done, total, what))))
    assert len(steps) >= 4
    assert [d for d, _, _ in steps] == sorted(d for d, _, _ in steps)
    for stop in range(1, len(steps) + 1):
        asked = []

        def cancelled(stop=stop, asked=asked):
            asked.append(1)
            return len(asked) >= stop
        with pytest.raises(Cancelled):
            assemble(spec(tmp_path), progress=Progress(cancelled=cancelled))
        assert len(asked) == stop


def test_a_placeholder_page_stands_in_for_a_paper_that_could_not_go_in(packs):
    pack = packs["restricted"]
    (index,) = [i for i, (item, _) in enumerate(pack.footers) if item == "5"]
    text = " ".join(pack.texts[index].split())
    assert "Agenda item 5: Virtual School report" in text
    assert " ".join(PLACEHOLDER.split()) in text
    assert f"Agenda Item 5 · Page {index + 1}" in text


def test_an_unreadable_assembly_input_is_not_silently_dropped(tmp_path):
    """assemble reads only the files the spec names; a file that is not a PDF is an error, not a
    pack with a paper quietly missing (the service checks papers first and uses placeholders)."""
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    s = cleared(PackSpec(council=COUNCIL, board=BOARD, meeting_date=DAY, start_time=dt.time(14), venue="V",
                         public=True, items=[PackItem("1", "Bad", docs=[PackDoc("bad.pdf", bad)])]))
    with pytest.raises(pikepdf.PdfError):
        assemble(s)
