"""Hostile papers for the sanitising tests, made here with ReportLab, pikepdf and python-docx, and
the independent check of an output: qpdf (not the app's code) reads every object of a PDF back
as JSON, with every stream's data, and the check lists what must not be there.

- ``hostile_pdf``: a paper that runs a script when opened, another when its page opens, has a
  link that starts a program, a form button with scripts, a document-level script, an embedded
  file, a file attached to its page, an XFA form, a link to a local file, and an ordinary web
  link (which stays).
- ``linked_docx``: a Word paper whose picture is linked (not embedded) to an address, with an
  optional INCLUDEPICTURE field that fetches another.
- ``Recorder``: a local web server that notes every request made to it.
"""

from __future__ import annotations

import base64
import io
import json
import re
import subprocess
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pikepdf
from conftest import marked_pdf
from pikepdf import Array, Dictionary, Name, String

# Words that must never come out: in scripts, in the embedded and attached files.
SCRIPT_MARK = "HOSTILE-SCRIPT"
EMBEDDED_MARK = b"EMBEDDED-PAYLOAD-7731"
ATTACHED_MARK = b"ATTACHED-PAYLOAD-8842"
WEB_LINK = "https://www.legislation.gov.uk/ukpga/1989/41"
LOCAL_LINK = "file:///etc/passwd"

# What the preflight and the package say about hostile_pdf, kind by kind.
HOSTILE_WORDS = ("2 scripts that ran when the file opened", "a script that ran when a page opened",
                 "2 scripts in form fields", "a link that starts a program", "an embedded file",
                 "a file attached to a page", "an XFA form (a form driven by scripts)",
                 "a link to an address that is not a web page or e-mail")


def hostile_pdf(path: Path, key: str, pages: int = 2) -> Path:
    marked_pdf(path, key, pages)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        def script(what: str):
            return pdf.make_indirect(Dictionary(Type=Name.Action, S=Name.JavaScript,
                                                JS=String(f"app.alert('{SCRIPT_MARK} {what}')")))

        def filespec(name: str, data: bytes):
            stream = pdf.make_stream(data, Type=Name.EmbeddedFile)
            return pdf.make_indirect(Dictionary(Type=Name.Filespec, F=String(name), UF=String(name),
                                                EF=Dictionary(F=stream)))

        pdf.Root.OpenAction = script("when the file opens")
        page = pdf.pages[0].obj
        page.AA = Dictionary(O=script("when the page opens"))
        launch = Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[60, 60, 200, 80], Border=[0, 0, 0],
                            A=Dictionary(S=Name.Launch, F=String("cmd.exe"),
                                         Win=Dictionary(F=String("cmd.exe"), P=String("/c calc"))))
        web = Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[60, 90, 200, 110], Border=[0, 0, 0],
                         A=Dictionary(S=Name.URI, URI=String(WEB_LINK)))
        local = Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[60, 120, 200, 140], Border=[0, 0, 0],
                           A=Dictionary(S=Name.URI, URI=String(LOCAL_LINK)))
        button = pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Widget, FT=Name.Btn, Ff=65536, T=String("send"),
            Rect=[300, 60, 400, 80], P=page, A=script("when the button is pressed"),
            AA=Dictionary(E=script("when the pointer enters"))))
        attachment = Dictionary(Type=Name.Annot, Subtype=Name.FileAttachment, Rect=[400, 700, 420, 720],
                                Name=Name.PushPin, Contents=String("see the attached"),
                                FS=filespec("invoice.exe", b"MZ" + ATTACHED_MARK))
        page.Annots = pdf.make_indirect(Array([pdf.make_indirect(launch), pdf.make_indirect(web),
                                               pdf.make_indirect(local), button,
                                               pdf.make_indirect(attachment)]))
        pdf.Root.AcroForm = Dictionary(Fields=Array([button]),
                                       XFA=pdf.make_stream(b"<xdp:xdp><script>" + SCRIPT_MARK.encode() +
                                                           b"</script></xdp:xdp>"))
        pdf.Root.Names = Dictionary(
            EmbeddedFiles=Dictionary(Names=Array([String("notes.docx"),
                                                  filespec("notes.docx", b"PK" + EMBEDDED_MARK)])),
            JavaScript=Dictionary(Names=Array([String("init"), script("document level")])))
        pdf.save(path)
    return path


# --- what must not be in an output ------------------------------------------------------------------

_BAD_KEYS = {"/JS", "/JavaScript", "/AA", "/EF", "/EmbeddedFiles", "/AF", "/XFA", "/RichMediaContent"}
_BAD_NAMES = {"/JavaScript", "/Launch", "/EmbeddedFile", "/FileAttachment", "/SubmitForm", "/ImportData",
              "/GoToR", "/GoToE", "/RichMedia", "/Rendition", "/Movie", "/Sound", "/Screen", "/3D"}


def _string(value: str) -> str:
    if value.startswith("u:"):
        return value[2:]
    if value.startswith("b:"):
        return bytes.fromhex(value[2:]).decode("latin-1")
    return value


def forbidden_in(path: Path) -> list[str]:
    """Everything in the PDF at ``path`` that must not reach a reader, read by qpdf: every object
    of the file (and every stream's data, decoded)."""
    out = subprocess.run(["qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline", str(path), "-"],
                         capture_output=True, check=True, timeout=120).stdout
    found: list[str] = []
    objects = json.loads(out)["qpdf"][1]

    def walk(value, where: str) -> None:
        stack = [(value, where)]
        while stack:
            v, at = stack.pop()
            if isinstance(v, dict):
                for key, item in v.items():
                    if key in _BAD_KEYS:
                        found.append(f"{key} in {at}")
                    if key == "/OpenAction":
                        found.append(f"/OpenAction in {at}")  # the app's packs never open by themselves
                    if key == "/URI" and isinstance(item, str):
                        uri = _string(item)
                        if not re.match(r"(?i)(https?://|mailto:)", uri):
                            found.append(f"link to {uri} in {at}")
                    stack.append((item, at))
            elif isinstance(v, list):
                stack += [(x, at) for x in v]
            elif isinstance(v, str):
                if v in _BAD_NAMES:
                    found.append(f"{v} in {at}")
                elif SCRIPT_MARK in _string(v):
                    found.append(f"script text in {at}")

    for name, obj in objects.items():
        if "stream" in obj:
            walk(obj["stream"].get("dict", {}), name)
            data = base64.b64decode(obj["stream"].get("data") or "")
            for mark in (EMBEDDED_MARK, ATTACHED_MARK, SCRIPT_MARK.encode()):
                if mark in data:
                    found.append(f"{mark!r} in the data of {name}")
        else:
            walk(obj.get("value"), name)
    return found


def links_in(path: Path) -> list[str]:
    """The web addresses of the links in a PDF."""
    with pikepdf.open(path) as pdf:
        return [str(a.A.URI) for page in pdf.pages for a in page.get("/Annots", [])
                if "/A" in a and a.A.get("/S") == Name.URI]


# --- Word papers -------------------------------------------------------------------------------------

def linked_docx(path: Path, links: list[tuple[Path, str]], *, key: str, field_url: str | None = None) -> Path:
    """A Word paper saying "<key> before" and "<key> after" around pictures that are linked (not
    embedded: Word's "Link to File"), each (picture, address) of ``links`` to its address; with
    ``field_url``, an INCLUDEPICTURE field that fetches it, whose last result reads "<key> field
    result". The pictures must differ (Word keeps one copy of a picture used twice)."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph(f"{key} before")
    for picture, _ in links:
        document.add_picture(str(picture))
    document.add_paragraph(f"{key} after")
    if field_url:
        ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        paragraph = document.add_paragraph()
        for xml in (f'<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
                    f'<w:r {ns}><w:instrText xml:space="preserve"> INCLUDEPICTURE </w:instrText></w:r>',
                    f'<w:r {ns}><w:instrText xml:space="preserve">"{field_url}" \\d </w:instrText></w:r>',
                    f'<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
                    f'<w:r {ns}><w:t>{key} field result</w:t></w:r>',
                    f'<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>'):
            paragraph._p.append(parse_xml(xml))
    made = io.BytesIO()
    document.save(made)
    source = zipfile.ZipFile(io.BytesIO(made.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target_zip:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                for n, (_, address) in enumerate(links, start=1):
                    data, found = re.subn(rf'Target="media/image{n}\.png"'.encode(),
                                          f'Target="{address}" TargetMode="External"'.encode(), data)
                    assert found == 1
            elif info.filename == "word/document.xml":
                assert data.count(b"r:embed=") == len(links)
                data = data.replace(b"r:embed=", b"r:link=")
            elif info.filename.startswith("word/media/"):
                continue  # nothing of the pictures in the file: only their addresses
            target_zip.writestr(info, data)
    path.write_bytes(out.getvalue())
    return path


def picture(path: Path, colour: tuple[int, int, int]) -> Path:
    """A small PNG in one colour."""
    from PIL import Image

    Image.new("RGB", (120, 80), colour).save(path)
    return path


class Recorder:
    """A web server on 127.0.0.1 that answers every request with ``picture`` and notes its path."""

    def __init__(self, picture: Path):
        self.requests: list[str] = []
        data = Path(picture).read_bytes()
        requests = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                requests.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}"

    def __enter__(self) -> Recorder:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def image_count(path: Path, pages: list[int] | None = None) -> int:
    """How many images the pages of a PDF draw (in forms too)."""
    with pikepdf.open(path) as pdf:
        chosen = range(len(pdf.pages)) if pages is None else pages
        return sum(len(pdf.pages[i].get_images()) for i in chosen)


# --- random hostile structure ------------------------------------------------------------------------

_FUZZ_KEYS = ["/S", "/JS", "/AA", "/A", "/Next", "/OpenAction", "/EF", "/AF", "/Annots", "/Subtype", "/Type",
              "/Names", "/JavaScript", "/EmbeddedFiles", "/URI", "/F", "/D", "/Kids", "/FT", "/Title", "/Parent",
              "/O", "/XFA", "/N"]
_FUZZ_NAMES = ["/JavaScript", "/Launch", "/URI", "/GoTo", "/GoToR", "/Named", "/NextPage", "/Print",
               "/FileAttachment", "/Link", "/Widget", "/Page", "/Action", "/EmbeddedFile", "/SetOCGState",
               "/Thread", "/Exotic", "/Screen", "/SubmitForm"]
_FUZZ_STRINGS = ["https://example.org/", "file:///etc/passwd", "javascript:alert(1)", "app.alert(1)", "x"]
_CARRIERS = {"/FileAttachment", "/Screen", "/RichMedia", "/3D", "/Sound", "/Movie"}
_SAFE_ACTIONS = {"/GoTo", "/URI", "/Named", "/SetOCGState", "/Trans", "/Thread"}


def tangled_pdf(rnd) -> bytes:
    """A two-page PDF whose objects point at each other at random (cycles included) and hold, at
    random, the keys and names scripts, actions and files are made of. ``rnd``: a random.Random."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.add_blank_page()
    pool = [pdf.make_indirect(Dictionary()) for _ in range(25)] + [pdf.make_indirect(Array()) for _ in range(5)]
    pool += [p.obj for p in pdf.pages] + [pdf.Root]

    def value(depth: int = 0):
        roll = rnd.random()
        if roll < 0.3:
            return rnd.choice(pool)
        if roll < 0.5:
            return Name(rnd.choice(_FUZZ_NAMES))
        if roll < 0.6:
            return String(rnd.choice(_FUZZ_STRINGS))
        if roll < 0.7 and depth < 3:
            return Dictionary({rnd.choice(_FUZZ_KEYS): value(depth + 1) for _ in range(rnd.randint(0, 3))})
        if roll < 0.8 and depth < 3:
            return Array([value(depth + 1) for _ in range(rnd.randint(0, 3))])
        return rnd.randint(0, 5)

    for obj in pool:
        for _ in range(rnd.randint(0, 4)):
            if isinstance(obj, Array):
                obj.append(value())
                continue
            key = rnd.choice(_FUZZ_KEYS)
            if obj.get("/Type") in (Name.Catalog, Name.Page) and key in ("/Type", "/Parent", "/Kids"):
                continue  # keep the page tree readable
            obj[key] = value()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def runnable_in(pdf: pikepdf.Pdf) -> list[str]:
    """What in an opened PDF a reader could run by itself, follow to something other than a page
    of the file or the web, or open as a file: judged as a reader does, from the trailer down."""
    def name(value) -> str:
        try:
            return str(value)
        except (UnicodeDecodeError, TypeError):
            return "?"

    found, seen, stack = [], set(), [pdf.trailer]
    while stack:
        obj = stack.pop()
        if isinstance(obj, (Dictionary, Array, pikepdf.Stream)) and obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, Array):
            stack.extend(obj)
            continue
        if not isinstance(obj, (Dictionary, pikepdf.Stream)):
            continue
        keys = set(obj.keys())
        found += sorted(keys & (_BAD_KEYS | {"/AA"}))
        action = obj.get("/A")
        clicked = keys & {"/Subtype", "/FT", "/Title"}  # a link or other annotation, a form field, a bookmark
        if clicked and isinstance(action, Dictionary) and action.keys():
            kind = name(action.get("/S"))
            if kind not in _SAFE_ACTIONS or "/JS" in action:
                found.append(f"/A {kind}")
            elif kind == "/URI" and not re.match(r"(?i)(https?://|mailto:)", name(action.get("/URI", ""))):
                found.append("/A to a non-web address")
        annots = obj.get("/Annots")
        if isinstance(annots, Array):
            found += [f"annotation {name(a.get('/Subtype'))}" for a in annots
                      if isinstance(a, Dictionary) and name(a.get("/Subtype")) in _CARRIERS]
        if obj.is_indirect and obj.objgen == pdf.Root.objgen and "/OpenAction" in keys:
            opening = obj.OpenAction
            if isinstance(opening, Dictionary) and name(opening.get("/S")) != "/GoTo":
                found.append("/OpenAction")
        if isinstance(obj, pikepdf.Stream) and obj.get("/Type") == Name.EmbeddedFile:
            found.append("an embedded file's data")
        stack.extend(v for _, v in obj.items())
    return found


WORD_RUN = ('<w:r w:rsidRPr="{r}"><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/>'
            '<w:szCs w:val="24"/><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>')
WORD_PARAGRAPH = ('<w:p w:rsidR="{r}" w:rsidRDefault="{r}" w:rsidP="{r}"><w:pPr><w:spacing w:after="120"/><w:rPr>'
                  '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:pPr>{runs}</w:p>')


def word_paragraphs(paragraphs: int, seed: int = 5):
    """Paragraphs of document.xml as Word writes them (revision ids, fonts, sizes and language on
    every paragraph and run, about 650 bytes and 30 nodes each), one string at a time."""
    import random

    rng = random.Random(seed)
    words = "board children care leavers placement outcomes virtual school health report".split()
    for _ in range(paragraphs):
        rid = f"{rng.getrandbits(32):08X}"
        runs = "".join(WORD_RUN.format(r=rid, t=" ".join(rng.choice(words) for _ in range(12))) for _ in range(2))
        yield WORD_PARAGRAPH.format(r=rid, runs=runs)
