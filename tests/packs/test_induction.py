"""The member induction pack, built from the demo board (as loaded on 23 November 2026) by the
real service into real files, and read back with pypdf: what it says, about whom, what it leaves
out, how it is made (fonts, metadata, bookmarks, reading order, qpdf), what issuing it records,
and that refusals and cancels leave nothing behind."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import DEMO_DAY, store_settled_sha256
from pypdf import PdfReader
from sqlmodel import func, select

from cpo_desktop.model.tables import Membership, PackRecord, Person, Seat, TrainingRecord
from cpo_desktop.packs.build import PackError
from cpo_desktop.packs.induction_content import PackText
from cpo_desktop.packs.induction_pdf import SECTIONS, render_induction_pdf
from cpo_desktop.progress import Cancelled, Progress
from cpo_desktop.services import induction, library, pack_records, register, settings
from cpo_desktop.services.induction import InductionError
from cpo_desktop.services.library import parse_body

COLETTE = "colette.farrell@example.org"  # Cllr Colette Farrell, Elected Member (2) since May 2026
HEADINGS = ["Welcome", "What corporate parenting is", "Would this be good enough for my child?",
            "The board: terms of reference and membership", "Our priorities and working groups",
            "The children we care for", "The Sefton Pledge", "The Local Offer in brief",
            "This year's meetings and training", "The youth groups",
            "Declarations and confidentiality", "Contacts", "Glossary"]


def flat(text: str) -> str:
    return " ".join(text.split())


def pages_of(path_or_bytes) -> list[str]:
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else Path(path_or_bytes).read_bytes()
    return [flat(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]


def build(store, person=COLETTE, tmp_path=None, **kwargs):
    target = kwargs.pop("target", None) or (tmp_path / "pack.pdf")
    return induction.build(store, person, target=target, today=DEMO_DAY, **kwargs)


def person_id(store, email: str) -> int:
    return induction.find_person(store, email)


def count(store, table, **where) -> int:
    with store.session() as session:
        query = select(func.count()).select_from(table)
        for column, value in where.items():
            query = query.where(getattr(table, column) == value)
        return session.exec(query).one()


def young_people(store) -> list[Person]:
    with store.session() as session:
        return list(session.exec(select(Person).where(Person.is_young_person == True)))  # noqa: E712


def qpdf_check(path: Path) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


@pytest.fixture
def pack(demo_store, tmp_path):
    """One pack for Cllr Colette Farrell, built once per test that wants it."""
    result = build(demo_store, tmp_path=tmp_path, issue=False)
    return result, pages_of(result.path)


# --- what it says -------------------------------------------------------------------------------

def test_the_cover_names_the_member_and_their_seat(pack):
    result, pages = pack
    assert result.pages == len(pages) >= 15
    cover = pages[0]
    for words in ("Sefton Council", "Member induction pack", "Sefton Corporate Parenting Board",
                  "Municipal year 2026/27", "Prepared for Cllr Colette Farrell", "Elected Member (2)",
                  "Issued 23 November 2026"):
        assert words in cover, words
    assert "Page 1" not in cover, "the cover carries no page number"


def test_contents_list_every_section_with_the_page_it_starts_on(pack):
    _, pages = pack
    contents = pages[1]
    assert contents.startswith("Sefton Corporate Parenting Board Member induction pack 2026/27 Contents")
    for n, heading in enumerate(HEADINGS, start=1):
        match = re.search(rf"{n}\. {re.escape(heading)} (\d+)", contents)
        assert match, heading
        page = int(match.group(1))
        assert f"{n}. {heading}" in pages[page - 1], f"{heading} is on page {page}"
        assert pages[page - 1].index(f"{n}. {heading}") < 80, "at the top of its page"


def test_the_library_texts_and_the_boards_records_are_all_there(pack):
    _, pages = pack
    text = " ".join(pages)
    for words in ("Welcome to the Corporate Parenting Board",
                  "to encourage those children and young people to express their views, wishes and feelings",
                  "Would this be good enough for my child?", "Dear Corporate Parents",
                  "1. You will have a named social worker", "10. We will work hard to sort out any problems",
                  "Free prescriptions and a dental pathway", "Youth Ambassadors – young people aged 11 to 15",
                  "Making A Difference (MAD)", "Declarations of interest", "Part 2 (exempt) items",
                  "Staying Put", "Reg 44", "SSCP Sefton Safeguarding Children Partnership"):
        assert words in text, words
    # priorities with their working groups' chairs, from the register
    for words in ("Safe and Stable Homes", "Service Manager, Fostering & Adoption", "Raising Aspirations",
                  "Head Teacher, Virtual School", "Transition and Preparation for Adulthood"):
        assert words in text, words
    # the municipal year's meetings and training dates (and not last year's)
    for words in ("Wednesday 10 June 2026", "Wednesday 9 December 2026", "Theme: Health and Wellbeing",
                  "Tuesday 19 January 2027", "Wednesday 14 April 2027",
                  "Thursday 11 June 2026 (held)", "Thursday 3 December 2026"):
        assert words in text, words
    assert "3 December 2026 (held)" not in text
    assert "20 November 2025" not in text and "13 February 2025" not in text
    # contacts: the chair with their council e-mail
    assert "Chair of the board Cllr Angela Mensah angela.mensah@example.org" in text


def test_every_page_after_the_cover_has_the_header_and_page_x_of_y_in_reading_order(pack):
    _, pages = pack
    total = len(pages)
    for number, page in enumerate(pages[1:], start=2):
        assert page.startswith("Sefton Corporate Parenting Board Member induction pack 2026/27"), number
        assert page.endswith(f"Page {number} of {total}"), number
    welcome = next(p for p in pages if "As a member of the board" in p)
    assert (welcome.index("Member induction pack 2026/27") < welcome.index("1. Welcome")
            < welcome.index("As a member of the board") < welcome.index("Page "))


def test_the_current_membership_with_chair_and_vice_chair(demo_store, tmp_path):
    with demo_store.session() as session:
        dwp = session.exec(select(Seat).where(Seat.title == "Partnership Manager, DWP")).one()
        derek = session.exec(select(Membership).join(Person, Person.id == Membership.person_id)
                             .where(Person.surname == "Ashworth")).one()
    # someone leaves the board, someone new joins it
    register.end_membership(demo_store, derek.id, DEMO_DAY - dt.timedelta(days=1))
    newcomer = register.add_person(demo_store, register.PersonInput(first_name="Oluwaseun", surname="Bakare",
                                                                    title="Ms", email="o.bakare@example.org"))
    register.appoint(demo_store, newcomer, dwp.id, DEMO_DAY - dt.timedelta(days=7))
    text = " ".join(pages_of(build(demo_store, tmp_path=tmp_path, issue=False).path))
    membership = text[text.index("Membership on 23 November 2026"):]
    assert "Chair: Cllr Angela Mensah Vice-chair: Cllr Gareth Lloyd-Evans" in membership
    assert "Cllr Angela Mensah (Chair)" in membership
    assert "Partnership Manager, DWP Ms Oluwaseun Bakare" in membership
    assert "Elected Member (3) Vacant" in membership
    assert "Ashworth" not in text, "a member who left is not listed"
    for former in ("Norman Hughes", "Ravi Patel", "Quinn"):
        assert former not in text, former


def test_young_people_appear_by_first_name_and_never_with_their_details(demo_store, tmp_path):
    result = build(demo_store, tmp_path=tmp_path, issue=False)
    data = result.path.read_bytes()
    text = " ".join(pages_of(data))
    reader = PdfReader(io.BytesIO(data))
    metadata = " ".join(str(v) for v in reader.metadata.values())
    assert "Care Experienced Young Person (1) Kayden" in text
    assert "Care Experienced Young Person (2) Jade Armitage" in text, "Jade agreed to her full name"
    assert "Lowe" not in text and "Lowe" not in metadata, "Kayden did not"
    for p in young_people(demo_store):
        for detail in (p.email, p.phone):
            assert detail and detail not in text
    assert "Quinn" not in text
    # The four MAD representatives by first name only, as well.
    assert "Making A Difference (MAD) Representative (4)" in text
    assert all(first in text and surname not in text for first, surname in [
        ("Corey", "Nolan"), ("Amara", "Bello"), ("Reece", "Hartley"), ("Skye", "Maddox")])


def test_a_young_persons_own_pack_names_them_in_full_on_the_cover_only(demo_store):
    doc = induction.content(demo_store, "kayden.l@example.com", today=DEMO_DAY)
    assert doc.person == "Kayden Lowe"
    assert doc.seats == ("Care Experienced Young Person (1)",)
    assert [line.member for line in doc.membership if "Young Person (1)" in line.seat] == ["Kayden"]
    pages = pages_of(render_induction_pdf(doc))
    assert "Prepared for Kayden Lowe" in pages[0]
    assert not any("Lowe" in page for page in pages[1:])


def test_someone_without_a_seat_substitute_or_appointed_later(demo_store, tmp_path):
    walsh = induction.content(demo_store, "brian.walsh@example.org", today=DEMO_DAY)
    assert walsh.seats and all(s.startswith("Substitute for ") for s in walsh.seats)
    new = register.add_person(demo_store, register.PersonInput(first_name="Ann", surname="Lee", title="Cllr"))
    with demo_store.session() as session:
        seat = session.exec(select(Seat).where(Seat.title == "Partnership Manager, DWP")).one()
    assert induction.content(demo_store, new, today=DEMO_DAY).seats == ()
    pages = pages_of(render_induction_pdf(induction.content(demo_store, new, today=DEMO_DAY)))
    assert "Not yet appointed to a seat on the board" in pages[0]
    register.appoint(demo_store, new, seat.id, dt.date(2027, 1, 4))
    assert induction.content(demo_store, new, today=DEMO_DAY).seats == (
        "Partnership Manager, DWP, from 4 January 2027",)


def test_an_edited_library_text_replaces_the_default_and_a_reset_brings_it_back(demo_store, tmp_path):
    default = library.get_text(demo_store, "welcome")
    library.set_text(demo_store, "welcome", "Our own welcome to the Hub and the board.\n\n- Bring your diary.",
                     title="A welcome from the Chair")
    library.set_text(demo_store, "principles", "Seven principles, in our words & <ours>.")
    pages = pages_of(build(demo_store, tmp_path=tmp_path, issue=False).path)
    text = " ".join(pages)
    assert "1. A welcome from the Chair" in pages[1] and "1. Welcome" not in pages[1]
    assert "Our own welcome to the Hub and the board. • Bring your diary." in text
    assert "Seven principles, in our words & <ours>." in text, "typed as it is, not read as markup"
    assert "As a member of the board you are one of the corporate parents" not in text
    assert "to encourage those children and young people to express" not in text

    library.reset_text(demo_store, "welcome")
    library.reset_text(demo_store, "principles")
    text = " ".join(pages_of(build(demo_store, tmp_path=tmp_path, issue=False).path))
    assert "1. Welcome" in text and "A welcome from the Chair" not in text
    assert "As a member of the board you are one of the corporate parents" in text
    assert default.title == "Welcome"


def test_the_contact_officer_when_set(demo_store, tmp_path):
    settings.set_contact(demo_store, "", "", "", "")  # the demo names one (issue 19): none, first
    result = build(demo_store, tmp_path=tmp_path, issue=False)
    assert any("No contact officer is set" in n for n in result.notes)
    settings.set(demo_store, "contact.name", "Sam Taylor")
    settings.set(demo_store, "contact.email", "sam.taylor@example.org")
    result = build(demo_store, tmp_path=tmp_path, issue=False)
    assert not result.notes
    pages = pages_of(result.path)
    # No job title set: the name alone, nothing added to it (issue 19: no hard-coded suffix).
    assert "Contact: Sam Taylor, sam.taylor@example.org" in pages[0]
    assert all("Contact: Sam Taylor" in page for page in pages[1:])
    settings.set_contact(demo_store, "Sam Taylor", "sam.taylor@example.org", "Corporate Parenting Officer",
                         "0151 496 0456")
    pages = pages_of(build(demo_store, tmp_path=tmp_path, issue=False).path)
    assert "Corporate Parenting Officer Sam Taylor sam.taylor@example.org" in " ".join(pages)
    assert ("Contact: Sam Taylor, Corporate Parenting Officer, sam.taylor@example.org, 0151 496 0456"
            in " ".join(pages[0].split()))


# --- how it is made -------------------------------------------------------------------------------

def test_bookmarks_land_on_their_sections(pack):
    result, pages = pack
    reader = PdfReader(result.path)
    outline = reader.outline
    assert all(not isinstance(o, list) for o in outline)
    titles = [o.title for o in outline]
    assert titles == ["Contents"] + [f"{n}. {h}" for n, h in enumerate(HEADINGS, start=1)]
    for o in outline:
        page = reader.get_destination_page_number(o)
        assert o.title in pages[page], o.title
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_metadata_language_and_embedded_fonts(pack):
    result, _ = pack
    reader = PdfReader(result.path)
    meta = reader.metadata
    assert meta.title == "Member induction pack – Cllr Colette Farrell – Sefton Corporate Parenting Board"
    assert meta.author == "Sefton Council"
    assert "Cllr Colette Farrell" in meta.subject and "Elected Member (2)" in meta.subject
    assert "issued 23 November 2026" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert fonts and all("LiberationSans" in f for f in fonts), fonts
    assert {f.split("+")[-1] for f in fonts} >= {"LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic"}
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(result.path)], capture_output=True, text=True).stdout
        for line in out.splitlines()[2:]:
            assert " yes yes yes " in line, line


def test_qpdf_finds_nothing_wrong(pack):
    result, _ = pack
    qpdf_check(result.path)


def test_the_renderer_alone_handles_markup_links_and_texts_it_does_not_know(demo_store):
    doc = induction.content(demo_store, COLETTE, today=DEMO_DAY)
    extra = PackText(key="safeguarding", title="Safeguarding", blocks=tuple(parse_body(
        "## Who to call\nThe duty team: see https://www.sefton.gov.uk/children.\n\n> Quoted & kept.")))
    texts = tuple(t for t in doc.texts if t.key != "glossary") + (extra,)
    data = render_induction_pdf(replace(doc, texts=texts))
    pages = pages_of(data)
    reader = PdfReader(io.BytesIO(data))
    titles = [o.title for o in reader.outline]
    assert "13. Glossary" not in titles and "Glossary" not in " ".join(pages[2:])
    assert titles.index("12. Safeguarding") == titles.index("13. Contacts") - 1, "before the contacts"
    text = " ".join(pages)
    assert "Who to call" in text and "Quoted & kept." in text
    uris = [a.get_object()["/A"]["/URI"] for page in reader.pages for a in page.get("/Annots", [])
            if "/A" in a.get_object() and "/URI" in a.get_object()["/A"]]
    assert "https://www.sefton.gov.uk/children" in uris, "the address is a link, without the full stop"
    assert "https://www.sefton.gov.uk/media/3wujt0zb/cs-local-offer-jan25.pdf" in uris
    assert {key for key, _ in SECTIONS} <= {t.key for t in library.defaults()}


# --- issuing, refusing, cancelling ------------------------------------------------------------------

def test_issuing_records_the_pack_once_in_the_training_record_and_the_packs_built(demo_store, tmp_path):
    colette = person_id(demo_store, COLETTE)
    training_before = count(demo_store, TrainingRecord, person_id=colette, kind="induction_pack")
    result = build(demo_store, tmp_path=tmp_path)
    assert result.record_id is not None and result.path.is_file()
    with demo_store.session() as session:
        records = session.exec(select(TrainingRecord).where(TrainingRecord.person_id == colette,
                                                            TrainingRecord.kind == "induction_pack")).all()
        assert len(records) == training_before + 1
        record = records[-1]
        assert (record.date, record.status) == (DEMO_DAY, "issued")
        assert "pack.pdf" in record.notes
        packs = session.exec(select(PackRecord)).all()
        assert len(packs) == 1
        assert (packs[0].id, packs[0].kind, packs[0].person_id) == (result.record_id, "induction", colette)
        assert Path(packs[0].path) == result.path
        assert (packs[0].first_page, packs[0].last_page) == (1, result.pages)
    row = pack_records.list_packs(demo_store, kind=pack_records.INDUCTION)[0]
    assert row.label == "Induction pack – Colette Farrell"
    detail = register.person_detail(demo_store, colette, today=DEMO_DAY)
    issued = [t for t in detail.training if t.kind == "induction_pack"]
    assert [(t.kind_label, t.status) for t in issued] == [("Induction pack", "Issued")]

    # each issue is one more record; building without issuing records nothing and changes nothing
    build(demo_store, tmp_path=tmp_path, target=tmp_path / "again.pdf")
    assert count(demo_store, TrainingRecord, person_id=colette, kind="induction_pack") == training_before + 2
    before = store_settled_sha256(demo_store)
    result = build(demo_store, tmp_path=tmp_path, target=tmp_path / "preview.pdf", issue=False)
    assert result.record_id is None and result.path.is_file()
    assert store_settled_sha256(demo_store) == before


def test_default_target_is_in_the_exports_folder(demo_store):
    doc = induction.content(demo_store, COLETTE, today=DEMO_DAY)
    target = induction.default_target(demo_store, doc)
    assert target == demo_store.paths.exports / "packs" / "Induction pack – Colette Farrell.pdf"
    result = induction.build(demo_store, COLETTE, today=DEMO_DAY, issue=False)
    assert result.path == target.absolute() and target.is_file()
    assert [p.name for p in target.parent.iterdir()] == [target.name], "no temporary file left"


def test_finding_people_by_id_or_email(demo_store):
    colette = person_id(demo_store, COLETTE)
    assert induction.find_person(demo_store, colette) == colette
    assert induction.find_person(demo_store, str(colette)) == colette
    assert induction.find_person(demo_store, "  Colette.FARRELL@example.org ") == colette


@pytest.mark.parametrize(("ref", "words"), [
    (9999, "There is no person with id 9999"),
    ("nobody@example.org", "No one in the register has the e-mail address nobody@example.org"),
    ("Colette", "“Colette” is neither a person's id nor an e-mail address"),
    ("norman.hughes@example.org", "Norman Hughes is marked as a former member"),
    ("shared@example.org", "2 people in the register have the e-mail address shared@example.org"),
])
def test_bad_input_changes_nothing_and_writes_nothing(demo_store, tmp_path, ref, words):
    for first in ("Pat", "Sam"):
        register.add_person(demo_store, register.PersonInput(first_name=first, surname="Shared",
                                                             email="shared@example.org"))
    with demo_store.session() as session:
        hughes = session.exec(select(Person).where(Person.surname == "Hughes")).one()
        hughes.email = "norman.hughes@example.org"
    out = tmp_path / "out"
    out.mkdir()
    before = store_settled_sha256(demo_store)
    with pytest.raises(InductionError) as caught:
        induction.build(demo_store, ref, target=out / "pack.pdf", today=DEMO_DAY)
    assert words in str(caught.value)
    assert isinstance(caught.value, PackError)
    assert list(out.iterdir()) == []
    assert store_settled_sha256(demo_store) == before


def test_a_target_that_cannot_be_a_pack_is_refused_first(demo_store, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    before = store_settled_sha256(demo_store)
    with pytest.raises(PackError, match="does not end .pdf"):
        induction.build(demo_store, COLETTE, target=out / "pack.docx", today=DEMO_DAY)
    with pytest.raises(PackError, match="is a folder"):
        induction.build(demo_store, COLETTE, target=out, today=DEMO_DAY)
    assert store_settled_sha256(demo_store) == before
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("cancel_at", [0, 1, 2])
def test_a_cancelled_build_writes_nothing(demo_store, tmp_path, cancel_at):
    steps = []

    def cancelled() -> bool:
        return len(steps) >= cancel_at

    progress = Progress(report=lambda done, total, what: steps.append((done, total, what)), cancelled=cancelled)
    out = tmp_path / "out"
    out.mkdir()
    before = store_settled_sha256(demo_store)
    with pytest.raises(Cancelled):
        build(demo_store, tmp_path=out, progress=progress)
    assert len(steps) == cancel_at
    assert list(out.iterdir()) == []
    assert store_settled_sha256(demo_store) == before


def test_progress_is_reported_to_the_end(demo_store, tmp_path):
    steps = []
    build(demo_store, tmp_path=tmp_path, issue=False,
          progress=Progress(report=lambda done, total, what: steps.append((done, total))))
    assert steps == [(0, 4), (1, 4), (2, 4), (4, 4)]


def test_a_failed_write_records_nothing(demo_store, tmp_path, monkeypatch):
    def broken(target, write):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(induction, "atomic_write", broken)
    out = tmp_path / "out"
    out.mkdir()
    before = store_settled_sha256(demo_store)
    with pytest.raises(OSError):
        build(demo_store, tmp_path=out)
    assert store_settled_sha256(demo_store) == before
    assert list(out.iterdir()) == []
