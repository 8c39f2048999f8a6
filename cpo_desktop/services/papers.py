"""Papers (reports on agenda items) and partner boards' minutes: PDF or Word (.docx) files the
user picks.

A picked file is checked first (``read_and_check``), then copied into the document store under
its content hash (``store_document``); the caller keeps the original name in the database. The
user's own file is only ever read.

What a file is comes from its content, not its extension: a PDF renamed ``.docx`` is accepted
as a PDF, and a program renamed ``.pdf`` is refused. Encrypted PDFs are refused even when they
open without a password, because the board pack cannot stamp or merge them.

pypdf and python-docx are imported inside the functions that use them, so importing this
module stays cheap (the CLI imports it for commands that never touch a paper).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import re
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from cpo_desktop import inputs
from cpo_desktop.errors import UserError
from cpo_desktop.files import atomic_write_bytes
from cpo_desktop.paths import DataPaths

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

MAX_BYTES = 50 * 1024 * 1024
KINDS = ("pdf", "docx")
# The text kept of one document (for searching): some 1,500 pages of dense prose. A hostile file
# cannot fill the database with more.
MAX_TEXT_CHARS = 4_000_000

# A .docx is a zip. Checking one, and reading its text, unpacks and parses only its XML: every
# XML part is streamed through the parser to count its nodes, and the main part is then parsed into
# a tree, as python-docx does, of up to 256 bytes of memory a node (element, attribute or piece of
# text; measured with lxml 6 and python-docx 1.2), which is 10 MB per MB of ordinary Word XML but
# 60 MB per MB of hostile, dense markup. The bounds below come from the zip's directory (sizes
# that zipfile then enforces) and from that count, before any tree is built, so that checking a
# paper or reading its text stays under 300 MB of memory whatever the file holds (see
# tests/benchmarks/test_input_memory.py). A real 100-page report's document.xml is a few MB and
# a few hundred thousand nodes.
_MB = 1024 * 1024
MAX_UNPACKED = 100 * _MB  # all the parts together
MAX_XML_PART = 32 * _MB  # one XML part (word/document.xml …)
MAX_RATIO = 100  # unpacked to packed, for an XML part of more than _RATIO_FLOOR (real XML packs 5–20 times)
_RATIO_FLOOR = 1 * _MB
_NODE_BYTES = 256
# What checking a .docx holds at once: the file, the largest XML part three times over (zipfile
# unpacks a part into one buffer, then joins it into another), and the parsed XML.
MAX_DOCX_MEMORY = 180 * _MB

_MZ = b"MZ"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PDF = b"%PDF-"
_ZIP = b"PK\x03\x04"
_PDF_HEADER_WINDOW = 1024  # PDF readers accept the header anywhere in the first 1 KB

_WORD_MAIN = "word/document.xml"
_CONTENT_TYPES = "[Content_Types].xml"
_PLAIN_ZIP = "a ZIP archive (a compressed folder)"
_SHA256 = re.compile(r"[0-9a-f]{64}")

_SAVE_AS = "Open it and save it as PDF or as a Word document (.docx), then add that instead."
_ASK_AUTHOR = "Ask the author for a copy without a password (or, if you can open it, print it to a new PDF)."
_SMALLER = "Ask the author for a smaller copy (for example, with pictures compressed), or split it into parts."


class PaperError(UserError, ValueError):
    """A picked paper cannot be used; the message names the file and says what to do."""


@dataclass(frozen=True)
class CheckedFile:
    """A paper that passed the checks, with its bytes, ready for ``store_document``."""

    name: str  # the original file name (no folder), as given
    kind: str  # "pdf" or "docx", decided by the content
    pages: int | None  # page count of a PDF; None for a .docx
    sha256: str
    size: int
    data: bytes = field(repr=False)


def check_bytes(name: str, data: bytes) -> CheckedFile:
    """Check that ``data`` is a usable PDF or .docx; raise ``PaperError`` saying why not."""
    size = len(data)
    if size == 0:
        raise PaperError(f"“{name}” is empty (0 bytes). Check that it is the right file, or ask the "
                         "author to send it again.")
    if size > MAX_BYTES:
        raise _too_big(name, size)
    if data.startswith(_MZ):
        raise PaperError(f"“{name}” is a Windows program, not a document, whatever its name says. "
                         "Do not open it; ask the author to send the paper again as PDF or .docx.")
    if data.startswith(_OLE2):
        # Word 97–2003 files and password-protected Office files both use this container.
        raise PaperError(f"“{name}” is an old-style Office file (a Word 97–2003 .doc, or an Office "
                         "document protected with a password). Open it in Word and save it as a "
                         "Word document (.docx) or PDF, without a password, then add that instead.")
    if _PDF in data[:_PDF_HEADER_WINDOW]:
        kind, pages = "pdf", _check_pdf(name, data)
    elif data.startswith(_ZIP):
        kind, pages = "docx", _check_docx(name, data)
    else:
        raise PaperError(f"“{name}” is not a PDF or Word (.docx) file. {_SAVE_AS}")
    return CheckedFile(name=name, kind=kind, pages=pages, sha256=hashlib.sha256(data).hexdigest(),
                       size=size, data=data)


def read_and_check(path: Path) -> CheckedFile:
    """Read the file at ``path`` (never changing it; refused before reading if it is not an
    ordinary file or is over the limit) and check it as ``check_bytes`` does."""
    path = Path(path)
    data = inputs.read_user_file(path, limit=MAX_BYTES, what="a paper", advice=_SMALLER, error=PaperError)
    return check_bytes(path.name, data)


def document_path(paths: DataPaths, sha256: str, kind: str) -> Path:
    """Where the stored copy of a document with this content hash lives."""
    # Both values may come from the database; never let them make a path outside the store.
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a lowercase hex SHA-256: {sha256!r}")
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    return paths.documents / sha256[:2] / f"{sha256}.{kind}"


def store_document(paths: DataPaths, checked: CheckedFile) -> Path:
    """Copy a checked paper into the document store and return its path.

    Storing the same content twice writes nothing the second time, so the store's files are never
    rewritten once there.
    """
    if hashlib.sha256(checked.data).hexdigest() != checked.sha256:
        raise ValueError(f"the data of {checked.name!r} does not match its sha256")
    target = document_path(paths, checked.sha256, checked.kind)
    if _same_content(target, checked):
        return target
    return atomic_write_bytes(target, checked.data)


def extract_text(path: Path, kind: str) -> str:
    """The plain text of a stored document, for searching; layout is not kept. At most
    MAX_TEXT_CHARS characters: the rest of a longer document is left out."""
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    with open(path, "rb") as fh:  # an open file: pypdf would read a path whole into memory
        return _pdf_text(fh) if kind == "pdf" else docx_file_text(fh)


def text_of_checked(checked: CheckedFile) -> str:
    """``extract_text`` of a checked paper not yet stored, from the bytes in hand."""
    source = io.BytesIO(checked.data)
    return _pdf_text(source) if checked.kind == "pdf" else docx_file_text(source)


# --- PDF ---------------------------------------------------------------------------------------

_quiet_lock = threading.Lock()
_quiet_depth = 0
_saved_level = logging.NOTSET


@contextlib.contextmanager
def quiet_pypdf() -> Iterator[None]:
    """Silence pypdf's logged warnings ("EOF marker not found" …) while checking a paper.

    Damage is reported to the user as a PaperError; pypdf's own notes would only clutter the CLI.
    Counted, so that overlapping uses in worker threads restore the level only when the last
    one ends.
    """
    global _quiet_depth, _saved_level
    logger = logging.getLogger("pypdf")
    with _quiet_lock:
        if _quiet_depth == 0:
            _saved_level = logger.level
            logger.setLevel(logging.CRITICAL + 1)
        _quiet_depth += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_depth -= 1
            if _quiet_depth == 0:
                logger.setLevel(_saved_level)


def _check_pdf(name: str, data: bytes) -> int:
    from pypdf import PdfReader

    damaged = PaperError(f"“{name}” is damaged (corrupt) and cannot be read as a PDF. Ask the author "
                         "for a fresh copy, or open it and save it as a new PDF.")
    encrypted = PaperError(f"“{name}” is encrypted (protected with a password or locked against "
                           f"changes), so it cannot be added to the board pack. {_ASK_AUTHOR}")
    with quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data))
        except Exception as exc:
            # pypdf tries the empty password while opening, which fails for encryption it cannot
            # handle (e.g. AES without the optional "cryptography" package); that file is not
            # damaged, only encrypted.
            raise (encrypted if b"/Encrypt" in data else damaged) from exc
        if reader.is_encrypted:
            raise encrypted
        try:
            pages = len(reader.pages)
            if pages:
                _ = reader.pages[0].mediabox
        except Exception as exc:
            raise damaged from exc
    if pages == 0:
        raise PaperError(f"“{name}” is a PDF with no pages. Check that it is the right file, or ask "
                         "the author for a fresh copy.")
    return pages


def _pdf_text(source: BinaryIO) -> str:
    from pypdf import PdfReader

    texts = []
    size = 0
    with quiet_pypdf():
        reader = PdfReader(source)
        for page in reader.pages:
            # Text is only for searching: a page whose text pypdf cannot decode is skipped rather
            # than losing the whole document's text.
            try:
                text = page.extract_text()
            except Exception:
                continue
            if text:
                texts.append(text)
                size += len(text) + 2
            if size >= MAX_TEXT_CHARS:
                break
    return "\n\n".join(texts)[:MAX_TEXT_CHARS]


# --- Word (.docx) ------------------------------------------------------------------------------

def _check_docx(name: str, data: bytes) -> None:
    from docx.opc.constants import CONTENT_TYPE as CT

    damaged = PaperError(f"“{name}” is damaged (corrupt) and cannot be read as a Word document. Ask "
                         "the author for a fresh copy, or open it in Word and save it again.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            if _WORD_MAIN not in names or _CONTENT_TYPES not in names:
                what = _describe_zip(archive, names)
                if what is None:
                    raise damaged
                advice = _SAVE_AS if what != _PLAIN_ZIP else (
                    "Extract (unzip) it and add the papers inside it one by one.")
                raise PaperError(f"“{name}” is {what}, not a PDF or Word document. {advice}")
            if any(m.flag_bits & 0x1 for m in members):  # zip-level encryption
                raise PaperError(f"“{name}” is protected with a password. {_ASK_AUTHOR}")
            _check_unpacked_sizes(name, members)  # from the directory: nothing unpacked yet
            if archive.testzip() is not None:  # checks every member's CRC, a piece at a time
                raise damaged
            nodes = count_xml_nodes(archive, members, node_budget(len(data), members))
            if nodes is None:
                raise PaperError(f"“{name}” holds more Word markup than the app can check safely (a very long "
                                 "or very complex document, or one made to be unsafe). Save it as PDF and add "
                                 "that instead, or split it into parts.")
            content_type, document = _main_document(archive)
            if content_type != CT.WML_DOCUMENT_MAIN:
                raise PaperError(f"“{name}” is {_describe_word_type(content_type)}, which cannot be "
                                 "used as a paper. Open it in Word and save it as a Word Document "
                                 "(.docx) or PDF, then add that instead.")
            if document.body is None:
                raise damaged
    except PaperError:
        raise
    except Exception as exc:  # BadZipFile, truncated data, unsupported compression, broken XML …
        raise damaged from exc


def _main_document(archive: zipfile.ZipFile):
    """The content type and the parsed XML (python-docx's CT_Document) of a .docx's main part,
    found as python-docx finds it: the package's officeDocument relationship.

    Only that part is unpacked and parsed. python-docx's Package.open would unpack every part,
    pictures included, and zipfile holds a part three times over while unpacking it: a 50 MB
    picture would take 150 MB just to be looked past.
    """
    from docx.opc.constants import RELATIONSHIP_TARGET_MODE as RTM
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.oxml import parse_xml as parse_opc
    from docx.opc.packuri import PACKAGE_URI, PackURI
    from docx.oxml import parse_xml

    relationships = parse_opc(archive.read(PACKAGE_URI.rels_uri.membername))
    targets = [r.target_ref for r in relationships.Relationship_lst
               if r.reltype == RT.OFFICE_DOCUMENT and r.target_mode != RTM.EXTERNAL]
    if not targets:
        raise ValueError("no main document part")
    part = PackURI.from_rel_ref(PACKAGE_URI.baseURI, targets[0])
    types = parse_opc(archive.read(_CONTENT_TYPES))
    overrides = {o.partname.lower(): o.content_type for o in types.overrides}
    defaults = {d.extension.lower(): d.content_type for d in types.defaults}
    content_type = overrides.get(part.lower()) or defaults.get(part.ext.lower(), "")
    return content_type, parse_xml(archive.read(part.membername))


def _check_unpacked_sizes(name: str, members: list[zipfile.ZipInfo]) -> None:
    """Refuse a "zip bomb" from the sizes the zip's directory declares (zipfile enforces them)."""
    bomb = PaperError(f"“{name}” unpacks to far more data than a Word document should; it may be damaged or "
                      "unsafe. Ask the author for a fresh copy, or save it as PDF and add that instead.")
    if sum(m.file_size for m in members) > MAX_UNPACKED:
        raise bomb
    # Pictures are only ever streamed (never parsed, never held): only the total bounds them, so an
    # uncompressed picture that packs very well (a screenshot saved as BMP) is no bomb.
    for m in (m for m in members if _is_xml(m)):
        if m.file_size > MAX_XML_PART:
            raise bomb
        if m.file_size > _RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise bomb


def _is_xml(member: zipfile.ZipInfo) -> bool:
    return member.filename.lower().endswith((".xml", ".rels"))


def node_budget(size: int, members: list[zipfile.ZipInfo]) -> int:
    """How many XML nodes fit in MAX_DOCX_MEMORY beside the file and its largest XML part unpacked."""
    largest = max((m.file_size for m in members if _is_xml(m)), default=0)
    return max(0, MAX_DOCX_MEMORY - size - 3 * largest) // _NODE_BYTES


class _NodeCounter:
    """An lxml parser target that counts what a parsed tree would hold, without building it."""

    def __init__(self, budget: int):
        self.nodes, self.budget, self._text = 0, budget, False

    def _add(self, n: int) -> None:
        self.nodes += n
        if self.nodes > self.budget:
            raise _TooManyNodes

    def start(self, tag, attrib) -> None:
        self._text = False
        self._add(1 + len(attrib))

    def end(self, tag) -> None:
        self._text = False

    def data(self, data) -> None:
        if not self._text:  # one text node, however many pieces the parser hands over
            self._text = True
            self._add(1)

    def start_ns(self, prefix, uri) -> None:
        self._add(1)

    def comment(self, text) -> None:
        self._text = False
        self._add(1)

    def pi(self, target, data=None) -> None:
        self._text = False
        self._add(1)

    def close(self) -> int:
        return self.nodes


class _TooManyNodes(Exception):
    pass


def count_xml_nodes(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], budget: int) -> int | None:
    """The nodes in all the XML parts, streamed through libxml2 (as python-docx parses them) without
    building a tree; None as soon as they exceed ``budget``. A part that is not well-formed is
    damage (XMLSyntaxError), as python-docx and Word take it, but for the custom data Word keeps
    for other programs (customXml/), which nothing here reads."""
    from lxml import etree

    counter = _NodeCounter(budget)
    for member in members:
        if not _is_xml(member) or member.file_size == 0:
            continue
        parser = etree.XMLParser(target=counter, resolve_entities=False)
        try:
            with archive.open(member) as stream:
                while chunk := stream.read(1024 * 1024):
                    parser.feed(chunk)
            parser.close()
        except _TooManyNodes:
            return None
        except etree.XMLSyntaxError as exc:
            # lxml may wrap an exception the target raised in its own error.
            if isinstance(exc.__cause__, _TooManyNodes) or isinstance(exc.__context__, _TooManyNodes):
                return None
            if not member.filename.startswith("customXml/"):
                raise
    return counter.nodes


def _describe_zip(archive: zipfile.ZipFile, names: set[str]) -> str | None:
    """What kind of zip-based file this is, in words; None if it looks like a broken .docx."""
    if any(n.startswith("word/") for n in names):
        return None
    if any(n.startswith("xl/") for n in names):
        return "an Excel workbook"
    if any(n.startswith("ppt/") for n in names):
        return "a PowerPoint presentation"
    if "mimetype" in names:
        with contextlib.suppress(Exception):
            if archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument"):
                return "an OpenDocument (LibreOffice) file"
    return _PLAIN_ZIP


def _describe_word_type(content_type: str) -> str:
    lowered = content_type.lower()
    if "macroenabled" in lowered:
        return "a Word document with macros (.docm)"
    if "template" in lowered:
        return "a Word template (.dotx)"
    return "a kind of Word file that is not a Word Document"


def docx_file_text(source: BinaryIO) -> str:
    """The text of a .docx read from ``source`` (as ``docx_text`` gives it)."""
    with zipfile.ZipFile(source) as archive:
        return docx_text(archive)


def docx_text(archive: zipfile.ZipFile) -> str:
    """The text of a .docx's main document, paragraphs and table cells in order, at most
    MAX_TEXT_CHARS characters. Only the main part is unpacked (see ``_main_document``)."""
    from docx.document import Document

    _, element = _main_document(archive)
    lines: list[str] = []
    # python-docx's own paragraphs and tables, over the parsed part: reading text needs no package.
    block_text(Document(element, None).iter_inner_content(), lines, MAX_TEXT_CHARS)
    return "\n".join(line for line in lines if line.strip())[:MAX_TEXT_CHARS]


def block_text(blocks: Iterator[Paragraph | Table], lines: list[str], limit: int | None = None) -> int:
    """Paragraphs and table cells in document order, including tables inside cells; with ``limit``,
    stops once the lines hold that many characters. Returns how many they hold."""
    from docx.table import Table

    size = 0
    for block in blocks:
        if limit is not None and size >= limit:
            break
        if not isinstance(block, Table):
            text = block.text
            lines.append(text)
            size += len(text) + 1
            continue
        for row in block.rows:
            previous = None
            for cell in row.cells:
                # A cell merged across columns is repeated in row.cells as the same object.
                if cell is not previous:
                    size += block_text(cell.iter_inner_content(), lines,
                                        None if limit is None else limit - size)
                previous = cell
    return size


# --- helpers -----------------------------------------------------------------------------------

def _too_big(name: str, size: int) -> UserError:
    return inputs.too_big(name, size, MAX_BYTES, "a paper", _SMALLER, PaperError)


def _same_content(target: Path, checked: CheckedFile) -> bool:
    """True if ``target`` already holds exactly ``checked``'s bytes."""
    try:
        if target.stat().st_size != checked.size:
            return False
        return hashlib.sha256(target.read_bytes()).hexdigest() == checked.sha256
    except OSError:
        return False
