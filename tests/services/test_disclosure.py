"""The privacy rule on real-world input (issue 17's findings 1, 2, 3, 11–13): a young person's
surname written any way in any field, re-saved copies of exempt and restricted papers, papers
the app cannot read, declarations on exempt items, public titles, who amended the minutes, and
what the public register shows.

Every test runs the real services on the demo board (Kayden Lowe is a care-experienced member
who has not consented to their full name) and reads the files written back, with a positive
control: the restricted version holds what the public one must not.
"""

from __future__ import annotations

import datetime as dt
import getpass
import io
import re
from pathlib import Path

import docx
import pikepdf
import pytest
from conftest import marked_pdf, settled_sha256
from pypdf import PdfReader
from sqlmodel import select

from cpo_desktop.exchange import outgoing
from cpo_desktop.model.tables import AgendaItem, Attendance, Paper, PaperClearance, Person
from cpo_desktop.model.textguard import Leak
from cpo_desktop import demo
from cpo_desktop.services import (actions, agenda, attendance, disclosure, doctext, member_export, minutes, packs,
                                  settings)
from cpo_desktop.services import declarations, minutes_documents, resolutions
from cpo_desktop.services.exchange import ExchangeError
from cpo_desktop.services.minutes import Amendment

D = dt.date
TODAY = D(2026, 11, 23)
AUGUST, OCTOBER, DECEMBER = 2, 3, 4
AFTER_DECEMBER = D(2026, 12, 10)


def words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}


def pdf_all(path_or_bytes) -> str:
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else Path(path_or_bytes).read_bytes()
    return disclosure.document_text("x.pdf", data)


def docx_all(path: Path) -> str:
    return disclosure.document_text("x.docx", path.read_bytes())


def person_id(store, first: str, surname: str) -> int:
    with store.session() as session:
        return session.exec(select(Person.id).where(Person.first_name == first, Person.surname == surname)).one()


def report_pdf(path: Path, paragraphs: list[str], *, size: float = 10.5, margin: float = 20) -> Path:
    """A paper laid out with ReportLab; other sizes and margins break its lines differently, as
    re-saving it from Word or printing it again would."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("p", fontName="Helvetica", fontSize=size, leading=size * 1.3)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin * mm, rightMargin=margin * mm)
    doc.build([Paragraph(p, style) for p in paragraphs])
    return path


def report_docx(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(path))
    return path


def scan_pdf(path: Path) -> Path:
    """A "scanned" paper: each page a picture, with no text to read."""
    pdf = pikepdf.new()
    for _ in range(2):
        image = pikepdf.Stream(pdf, bytes(range(256)) * 16, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image,
                               Width=64, Height=64, ColorSpace=pikepdf.Name.DeviceGray, BitsPerComponent=8)
        page = pikepdf.Page(pikepdf.Dictionary(
            Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842],
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image)),
            Contents=pikepdf.Stream(pdf, b"q 500 0 0 700 48 70 cm /Im0 Do Q")))
        pdf.pages.append(page)
    pdf.save(path)
    return path


SECRET = [
    "The panel heard that the placement with the Ashworth family broke down after the incident at the "
    "respite centre, and that the young person was moved on the same evening without a planning meeting.",
    "The independent reviewing officer raised a formal dispute because the care plan had not been updated "
    "for seven months and the child's views about contact with her brother had not been recorded anywhere.",
    "Police colleagues confirmed that two referrals to the exploitation panel named the same adult, and the "
    "service agreed to seek legal advice on an injunction before the end of the month.",
    "The cost of the specialist placement is four thousand two hundred pounds a week, agreed by the "
    "director under delegated authority pending a decision by the complex cases panel.",
]


def add_item(store, meeting: int, title: str, **options) -> int:
    return agenda.add_item(store, meeting, agenda.ItemInput(title=title, **options))


# --- 1. surnames, every field ------------------------------------------------------------------------

def test_a_surname_in_any_case_in_any_field_of_the_public_minutes_is_masked(demo_store, tmp_path):
    store = demo_store
    kayden = person_id(store, "Kayden", "Lowe")
    view = minutes.load(store, OCTOBER)
    part1 = [r for r in view.minutes if r.part == 1 and r.agenda_item_id]
    first, second = part1[3], part1[4]
    minutes.set_discussion(store, first.id, "KAYDEN LOWE asked about the leisure pass; Lowe's carer agreed.")
    resolutions.add_resolution(store, first.id, resolutions.ResolutionInput(kind="other",
                                                                    text="That LOWE, K. be thanked for the report."))
    action = actions.add_action(store, actions.ActionInput(description="Write to kayden lowe about the pass",
                                                          owner_id=kayden, minute_id=first.id), today=TODAY)
    actions.update_action(store, action, text="Ms Lowe has replied.", on=TODAY)
    with store.session() as session:  # an officer in attendance "for items" the young person presented
        guest = session.exec(select(Person).where(Person.is_young_person == False)).first()  # noqa: E712
        guest_id = guest.id
    attendance.record(store, OCTOBER, [attendance.Mark(person_id=guest_id, status="in_attendance",
                                                        items="7 (with K. Lowe)")])
    declarations.add_declaration(store, OCTOBER, declarations.DeclarationInput(
        person_id=guest_id, item=second.agenda_item_id, kind="non_registrable",
        nature="Knows the LOWE family", action="remained"))
    outputs = {fmt: minutes_documents.export(store, OCTOBER, fmt, tmp_path / f"public.{fmt}", public=True, today=TODAY)
               for fmt in ("pdf", "docx")}
    restricted = minutes_documents.export(store, OCTOBER, "pdf", tmp_path / "restricted.pdf", public=False, today=TODAY)
    texts = {"pdf": pdf_all(outputs["pdf"]), "docx": docx_all(outputs["docx"])}
    for fmt, text in texts.items():
        assert "lowe" not in words(text), fmt
        assert "asked about the leisure pass" in " ".join(text.split())
        assert "Kayden" in text
    full = " ".join(pdf_all(restricted).split())  # the positive control
    for planted in ("KAYDEN LOWE asked", "LOWE, K.", "kayden lowe", "K. Lowe", "LOWE family"):
        assert planted in full, planted


def test_an_amendment_reason_with_a_surname_is_masked_and_names_the_officer_not_the_login(demo_store, tmp_path):
    store = demo_store
    settings.set_contact(store, "Pat Jones", "pat.jones@example.org")
    view = minutes.load(store, AUGUST)
    minute = next(r for r in view.minutes if r.part == 1 and r.discussion)
    minutes.set_discussion(store, minute.id, minute.discussion + " Corrected.",
                           amendment=Amendment(reason="KAYDEN LOWE pointed out the error"))
    text = pdf_all(minutes_documents.export(store, AUGUST, "pdf", tmp_path / "p.pdf", public=True, today=TODAY))
    assert "lowe" not in words(text)
    assert "by Pat Jones" in " ".join(text.split())
    amended = minutes.load(store, AUGUST).amendments[-1]
    assert amended.made_by == "Pat Jones"
    # with no contact officer set, the record names the role, never the computer's login
    settings.set_contact(store, "", "")
    minutes.set_discussion(store, minute.id, minute.discussion + " Corrected again.", amendment=Amendment(reason="typo"))
    assert minutes.load(store, AUGUST).amendments[-1].made_by == "Corporate Parenting Officer"
    assert getpass.getuser() not in " ".join(a.made_by for a in minutes.load(store, AUGUST).amendments[-2:])


def test_the_public_pack_masks_titles_presenters_file_names_and_bookmarks(demo_store, tmp_path):
    store = demo_store
    item = add_item(store, DECEMBER, "KAYDEN LOWE's review of the leisure offer", presenter_role="LOWE, K. (MAD)")
    agenda.attach_paper(store, item, marked_pdf(tmp_path / "Kayden_Lowe_leisure.pdf", "LEISURE"))
    public = packs.build_agenda(store, DECEMBER, public=True, target=tmp_path / "public.pdf", today=TODAY)
    restricted = packs.build_agenda(store, DECEMBER, public=False, target=tmp_path / "restricted.pdf", today=TODAY)
    text = pdf_all(public.path)
    assert "lowe" not in words(text)
    assert "Kayden's review of the leisure offer" in " ".join(text.split())
    assert "PAPER-LEISURE-P1" in text  # the paper went in
    full = pdf_all(restricted.path)
    assert "KAYDEN LOWE's review" in full and "Kayden_Lowe_leisure.pdf" in full


def test_a_file_name_given_for_a_public_output_is_checked_too(demo_store, tmp_path):
    with pytest.raises(Leak, match="Kayden"):
        packs.build_agenda(demo_store, DECEMBER, public=True, target=tmp_path / "Pack for Kayden Lowe.pdf",
                           today=TODAY)
    assert not (tmp_path / "Pack for Kayden Lowe.pdf").exists()


# --- 2. exempt and restricted papers by their content ------------------------------------------------

def _part2_paper(store, tmp_path) -> int:
    item = add_item(store, DECEMBER, "Complex case review", part=2, exempt_paragraph=1,
                    public_interest="Information about an individual child.")
    return agenda.attach_paper(store, item, report_pdf(tmp_path / "complex case.pdf", SECRET))


@pytest.mark.parametrize("copy", ["reflowed", "word", "one page", "nfd"])
def test_a_resaved_copy_of_a_part_2_paper_stays_out_of_the_public_pack(demo_store, tmp_path, copy):
    store = demo_store
    _part2_paper(store, tmp_path)
    if copy == "reflowed":
        path = report_pdf(tmp_path / "update.pdf", SECRET, size=12.5, margin=30)
    elif copy == "word":
        path = report_docx(tmp_path / "update.docx", SECRET)
    elif copy == "one page":
        path = report_pdf(tmp_path / "update.pdf", SECRET[1:3], size=9)
    else:
        import unicodedata
        path = report_pdf(tmp_path / "update.pdf", [unicodedata.normalize("NFD", p.replace("fi", "ﬁ")) for p in SECRET])
    item = add_item(store, DECEMBER, "Residential care update")
    agenda.attach_paper(store, item, path)
    flight = packs.preflight(store, DECEMBER, public=True, today=TODAY)
    [issue] = [i for i in flight.issues if i.paper == path.name]
    # a copy is the exempt paper itself: it never goes, and no one can confirm it public
    assert "is a copy of the Part 2 paper “complex case.pdf”" in issue.problem and not issue.confirmable
    if copy != "word":  # Word papers need LibreOffice to go into a pack at all
        public = packs.build_agenda(store, DECEMBER, public=True, target=tmp_path / "p.pdf", today=TODAY)
        restricted = packs.build_agenda(store, DECEMBER, public=False, target=tmp_path / "r.pdf", today=TODAY)
        public_text, restricted_text = (" ".join(pdf_all(x.path).split()) for x in (public, restricted))
        assert "formal dispute" not in public_text and "respite centre" not in public_text
        assert "formal dispute" in restricted_text  # the control: the copy is in the members' pack


def test_a_paper_that_only_reads_like_an_exempt_one_waits_for_the_officer(demo_store, tmp_path):
    """Half of an exempt paper inside a longer report (a public version, say) is held back, but the
    officer may read it and confirm it; a whole or cut-down copy (above) never."""
    store = demo_store
    _part2_paper(store, tmp_path)
    own = [f"Section {n}: the fostering service recruited carers across the borough, number {n}, and trained "
           f"them in trauma-informed care, with support groups meeting monthly in block {n}." for n in range(14)]
    item = add_item(store, DECEMBER, "Residential care update")
    path = report_pdf(tmp_path / "update.pdf", own[:7] + SECRET[:2] + own[7:])
    agenda.attach_paper(store, item, path)
    [issue] = [i for i in packs.preflight(store, DECEMBER, public=True, today=TODAY).issues if i.paper == path.name]
    assert "reads like the Part 2 paper “complex case.pdf”" in issue.problem and issue.confirmable


def test_a_resaved_restricted_partner_paper_cannot_go_in_a_package(demo_store, tmp_path):
    store = demo_store
    texts = [t for _, t in demo.SSCP_ITEMS]
    item = next(i for i in agenda.load_agenda(store, AUGUST, today=TODAY).items if i.part == 1 and i.papers)
    paper = agenda.attach_paper(store, item.id, report_docx(tmp_path / "safeguarding notes.docx", texts))
    folder = tmp_path / "pkg"
    with pytest.raises(ExchangeError, match="is a copy of the restricted SSCP paper"):
        outgoing.prepare(store, AUGUST, "HWB", folder, papers=[paper], today=TODAY)
    assert not folder.exists()


def test_an_attached_paper_is_never_whitelisted_for_the_minutes(demo_store, tmp_path):
    """An attached Part 1 paper that quotes a little of an exempt paper may go (it is not a copy),
    but the quoted words pasted into the minutes still stop the package: the paper's text does
    not make them public."""
    store = demo_store
    _part2_paper(store, tmp_path)
    quoted = SECRET[1]
    own = [f"Paragraph {n}: the fostering service recruited carers in every ward and reviewed its offer "
           f"to families number {n}, with training on trauma, attachment and education in block {n}." for n in range(30)]
    item = next(i for i in agenda.load_agenda(store, AUGUST, today=TODAY).items if i.part == 1 and i.papers)
    paper = agenda.attach_paper(store, item.id, report_pdf(tmp_path / "fostering.pdf", own[:15] + [quoted] + own[15:]))
    ok = outgoing.prepare(store, AUGUST, "HWB", tmp_path / "ok", papers=[paper], today=TODAY)  # the control
    assert len(ok.papers) == 1
    minute = next(r for r in minutes.load(store, AUGUST).minutes if r.part == 1 and r.discussion)
    minutes.set_discussion(store, minute.id, minute.discussion + " " + quoted, amendment=Amendment(reason="added"))
    with pytest.raises(Leak, match="Part 2 paper “complex case.pdf”"):
        outgoing.prepare(store, AUGUST, "HWB", tmp_path / "leak", papers=[paper], today=TODAY)
    with pytest.raises(Leak):
        minutes_documents.export(store, AUGUST, "pdf", tmp_path / "public.pdf", public=True, today=TODAY)
    assert not (tmp_path / "leak").exists() and not (tmp_path / "public.pdf").exists()


@pytest.mark.parametrize("how", ["re-saved", "Word, lower case"])
def test_a_restricted_performance_report_attached_as_a_paper_stays_out_of_the_public_pack(demo_store, tmp_path, how):
    """The restricted performance report (every small count shown), re-saved or retyped and
    attached to a public item, is held back by its own marking until the officer confirms it; the
    public report, attached the same way, goes in (the control: the rule is the marking, not the
    kind of document)."""
    from cpo_desktop.services import performance_report

    store = demo_store
    restricted = performance_report.build(store, DECEMBER, public=False, target=tmp_path / "r.pdf")
    public = performance_report.build(store, DECEMBER, public=True, target=tmp_path / "p.pdf")
    if how == "re-saved":
        path = tmp_path / "figures.pdf"
        with pikepdf.open(restricted) as pdf:
            pdf.save(path)
    else:
        path = report_docx(tmp_path / "figures.docx", ["Performance figures for the board.",
                                                       "Not for\npublication: every figure is shown."])
    item = add_item(store, DECEMBER, "Figures again")
    agenda.attach_paper(store, item, path)
    other = add_item(store, DECEMBER, "The public figures")
    agenda.attach_paper(store, other, public)
    issues = packs.preflight(store, DECEMBER, public=True, today=TODAY).issues
    [issue] = [i for i in issues if i.paper == path.name]
    assert "is marked “NOT FOR PUBLICATION”" in issue.problem and issue.confirmable
    assert not [i for i in issues if i.paper == public.name and "NOT FOR PUBLICATION" in i.problem]
    if how == "re-saved":
        built = packs.build_agenda(store, DECEMBER, public=True, target=tmp_path / "pack.pdf", today=TODAY)
        assert "NOT FOR PUBLICATION" not in pdf_all(built.path)


def test_a_paper_the_app_cannot_read_waits_for_the_officer(demo_store, tmp_path, capsys):
    from cpo_desktop.cli import main

    store = demo_store
    settings.set_contact(store, "Pat Jones", "pat.jones@example.org")
    item = add_item(store, DECEMBER, "Signed letter from the Virtual School")
    paper = agenda.attach_paper(store, item, scan_pdf(tmp_path / "letter scan.pdf"))
    number = next(r.number for r in agenda.load_agenda(store, DECEMBER, today=TODAY).items if r.id == item)
    flight = packs.preflight(store, DECEMBER, public=True, today=TODAY)
    [issue] = [i for i in flight.issues if i.paper == "letter scan.pdf"]
    assert "no text the app can read" in issue.problem and issue.confirmable
    public = packs.build_agenda(store, DECEMBER, public=True, target=tmp_path / "p.pdf", today=TODAY)
    assert PdfReader(public.path).pages  # built, without it
    assert "is not included in the public pack" in pdf_all(public.path)
    with pytest.raises(ExchangeError, match="confirm it first"):
        _scan_in_package(store, tmp_path)
    store.close()
    code = main(["--data-dir", str(store.paths.root), "pack", "confirm-public", str(DECEMBER), number])
    out = capsys.readouterr().out
    assert code == 0 and "Confirmed by Pat Jones: “letter scan.pdf”" in out
    with store.session() as session:
        [row] = session.exec(select(PaperClearance)).all()
        sha = session.get(Paper, paper).sha256
    assert (row.sha256, row.reason, row.confirmed_by) == (sha, disclosure.UNREADABLE, "Pat Jones")
    assert abs(row.confirmed_at.replace(tzinfo=None) - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < \
        dt.timedelta(minutes=5)
    flight = packs.preflight(store, DECEMBER, public=True, today=TODAY)
    assert not [i for i in flight.issues if i.paper == "letter scan.pdf" and i.confirmable]
    public = packs.build_agenda(store, DECEMBER, public=True, target=tmp_path / "p2.pdf", today=TODAY)
    stamped = [p.extract_text() for p in PdfReader(public.path).pages]
    assert sum(f"Agenda Item {number} ·" in t for t in stamped) == 2  # both scanned pages, now confirmed
    # taken back, it is held back again
    assert main(["--data-dir", str(store.paths.root), "pack", "confirm-public", str(DECEMBER), number, "--undo"]) == 0
    flight = packs.preflight(store, DECEMBER, public=True, today=TODAY)
    assert [i for i in flight.issues if i.paper == "letter scan.pdf" and i.confirmable]


def _scan_in_package(store, tmp_path):
    item = next(i for i in agenda.load_agenda(store, AUGUST, today=TODAY).items if i.part == 1 and i.papers)
    paper = agenda.attach_paper(store, item.id, scan_pdf(tmp_path / "scan for partners.pdf"))
    return outgoing.prepare(store, AUGUST, "HWB", tmp_path / "scan pkg", papers=[paper], today=TODAY)


def test_a_part_2_or_restricted_paper_cannot_be_confirmed_public(demo_store, tmp_path):
    store = demo_store
    paper = _part2_paper(store, tmp_path)
    with store.session() as session:
        sha = session.get(Paper, paper).sha256
        with pytest.raises(disclosure.DisclosureError, match="never goes to the public"):
            disclosure.confirm_public(session, store.paths, sha, "pdf", by="Pat Jones")


# --- 3, 11, 12: declarations, public titles, the register ---------------------------------------------

def test_what_a_declaration_on_a_part_2_item_was_is_not_published(demo_store, tmp_path):
    store = demo_store
    view = minutes.load(store, OCTOBER)
    part2 = next(r for r in view.minutes if r.part == 2)
    with store.session() as session:
        member = session.exec(select(Attendance.person_id).where(Attendance.meeting_id == OCTOBER,
                                                                 Attendance.status == "present")).first()
    declarations.add_declaration(store, OCTOBER, declarations.DeclarationInput(
        person_id=member, item=part2.agenda_item_id, kind="other_registrable",
        nature="Is a trustee of the residential provider", action="withdrew"))
    public = " ".join(pdf_all(minutes_documents.export(store, OCTOBER, "pdf", tmp_path / "p.pdf", public=True,
                                             today=TODAY)).split())
    restricted = " ".join(pdf_all(minutes_documents.export(store, OCTOBER, "pdf", tmp_path / "r.pdf", public=False,
                                                 today=TODAY)).split())
    assert "trustee of the residential provider" not in public
    assert minutes_documents.PART2_NATURE in public
    assert "trustee of the residential provider" in restricted


def test_a_part_2_items_public_title_is_what_every_public_output_shows(demo_store, tmp_path):
    store = demo_store
    minutes.confirm(store, OCTOBER, at=DECEMBER, today=AFTER_DECEMBER)
    with store.session() as session:
        for item in session.exec(select(AgendaItem).where(AgendaItem.part == 2)):
            item.public_title = "Review of a residential placement"
            full = item.title
    texts = [
        pdf_all(minutes_documents.export(store, OCTOBER, "pdf", tmp_path / "m.pdf", public=True, today=AFTER_DECEMBER)),
        docx_all(minutes_documents.export(store, OCTOBER, "docx", tmp_path / "m.docx", public=True, today=AFTER_DECEMBER)),
        pdf_all(packs.build_agenda(store, DECEMBER, public=True, target=tmp_path / "p.pdf", today=TODAY).path),
        pdf_all(outgoing.prepare(store, OCTOBER, "HWB", tmp_path / "pkg", today=AFTER_DECEMBER).pdf),
    ]
    for text in texts:
        flat = " ".join(text.split()).casefold()
        assert "review of a residential placement" in flat
        assert full.casefold() not in flat


def test_the_public_register_shows_no_ones_phone_or_email_but_the_contact_officers(demo_store, tmp_path):
    import csv

    store = demo_store
    with store.session() as session:
        adults = [p for p in session.exec(select(Person).where(Person.is_young_person == False))  # noqa: E712
                  if p.email]
        contact = adults[0]
        contact.phone = contact.phone or "0151 934 2000"
        emails = {p.email for p in adults}
        phones = {p.phone for p in session.exec(select(Person)) if p.phone}
        contact_email, contact_phone = contact.email, contact.phone
    settings.set_contact(store, "Pat Jones", contact_email)
    target = member_export.export(store, "csv", tmp_path / "register.csv", public=True)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert {r["Email"] for r in rows} - {""} == {contact_email}
    assert {r["Phone"] for r in rows} - {""} == {contact_phone}
    text = target.read_text(encoding="utf-8-sig")
    assert not [e for e in emails - {contact_email} if e in text]
    assert not [p for p in phones - {contact_phone} if p in text]
    full = member_export.export(store, "csv", tmp_path / "full.csv", public=False).read_text(encoding="utf-8-sig")
    assert all(e in full for e in emails)  # the positive control
    popolo = member_export.export(store, "popolo", tmp_path / "register.json", public=True).read_text()
    assert not [e for e in emails - {contact_email} if e in popolo]


def test_a_preflight_reads_papers_once_and_changes_nothing(demo_store, tmp_path):
    """The text of each paper is read when it is stored; the checks of public outputs read only
    what was kept (and change nothing)."""
    store = demo_store
    item = add_item(store, DECEMBER, "A new report")
    agenda.attach_paper(store, item, report_pdf(tmp_path / "new.pdf", ["A short report about dental checks."] * 5))
    with store.session() as session:
        sha = session.exec(select(Paper.sha256).where(Paper.agenda_item_id == item)).one()
        assert doctext.text_of(session.get(doctext.DocumentText, sha)).count("dental checks") == 5
    before = settled_sha256(store)
    packs.preflight(store, DECEMBER, public=True, today=TODAY)
    assert settled_sha256(store) == before
