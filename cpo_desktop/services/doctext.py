"""What the app has read of each stored document: its text (kept compressed, for the privacy
checks and for searching), whether that text could be read at all, and its fingerprint.

A row is made when a paper or a partner's document is stored, and, for documents stored
before this existed, the first time an output needs it (``ensure``). Documents are stored under
their content hash, so a row is made once per content, whatever it is attached to.

A document "cannot be read" when the app cannot tell what it says: a scan (a page that is a
picture with no text on it), a file with no words, or one too long to check whole. Such a
document does not go into a public or partner output until the officer confirms it may
(``services.disclosure``).
"""

from __future__ import annotations

import datetime as dt
import io
import zlib
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from cpo_desktop.model import fingerprint as fp
from cpo_desktop.model.tables import DocumentText
from cpo_desktop.paths import DataPaths
from cpo_desktop.services import papers

# Beyond this much text (some 1,500 pages of dense prose; the most the app keeps of any
# document) a document is not checked whole, so it counts as one that cannot be read.
MAX_CHARS = papers.MAX_TEXT_CHARS
# A page with fewer words than this that shows a picture is taken for a scan.
SCAN_WORDS = 12


@dataclass(frozen=True)
class Reading:
    """The text of a document as the checks see it."""

    text: str
    pages: int | None
    words: int
    picture_pages: tuple[int, ...] = ()  # pages (from 1) that are pictures with (almost) no text
    too_long: bool = False

    @property
    def readable(self) -> bool:
        return self.words > 0 and not self.picture_pages and not self.too_long

    @property
    def why_unreadable(self) -> str:
        if self.too_long:
            return "is too long for the app to check whole"
        if self.words == 0:
            return "has no text the app can read (a scan or a picture?)"
        if self.picture_pages:
            pages = ", ".join(str(p) for p in self.picture_pages[:6]) + ("…" if len(self.picture_pages) > 6 else "")
            return (f"has {'a page' if len(self.picture_pages) == 1 else 'pages'} ({pages}) that "
                    f"{'is a picture' if len(self.picture_pages) == 1 else 'are pictures'} with no text the app can "
                    "read (a scan?)")
        return ""


def read_bytes(data: bytes, kind: str) -> Reading:
    """Read a document held in memory (a file about to go out, or one being stored)."""
    if kind == "pdf":
        return _read_pdf(io.BytesIO(data))
    if kind == "docx":
        return _read_docx(io.BytesIO(data))
    raise ValueError(f"unknown document kind {kind!r}")


def read_file(path: Path, kind: str) -> Reading:
    """Read a stored document from its file (not all into memory first)."""
    with open(path, "rb") as source:
        return _read_pdf(source) if kind == "pdf" else _read_docx(source)


def _read_pdf(source) -> Reading:
    from pypdf import PdfReader

    texts: list[str] = []
    pictures: list[int] = []
    size = 0
    with papers.quiet_pypdf():
        reader = PdfReader(source)
        pages = len(reader.pages)
        for number, page in enumerate(reader.pages, start=1):
            try:
                text = page.extract_text() or ""
            except Exception:  # a page whose text cannot be decoded counts as a picture if it shows one
                text = ""
            if len(fp.words(text)) < SCAN_WORDS and _shows_picture(page):
                pictures.append(number)
            size += len(text)
            if size > MAX_CHARS:
                return Reading(text="\n\n".join(texts), pages=pages, words=len(fp.words("\n".join(texts))),
                               picture_pages=tuple(pictures), too_long=True)
            texts.append(text)
    text = "\n\n".join(texts)
    return Reading(text=text, pages=pages, words=len(fp.words(text)), picture_pages=tuple(pictures))


def _shows_picture(page) -> bool:
    """Does the page draw an image (directly or inside a form)? Bounded: hostile files nest forms."""
    seen = 0
    todo = [page.get("/Resources")]
    while todo and seen < 64:
        resources = todo.pop()
        seen += 1
        try:
            resources = resources.get_object() if resources is not None else None
            xobjects = resources.get("/XObject") if resources else None
            xobjects = xobjects.get_object() if xobjects is not None else None
            for ref in (xobjects or {}).values():
                obj = ref.get_object()
                if obj.get("/Subtype") == "/Image":
                    return True
                if obj.get("/Subtype") == "/Form":
                    todo.append(obj.get("/Resources"))
        except Exception:  # broken resources: a page the app cannot read is treated as a picture
            return True
    return False


def _read_docx(source) -> Reading:
    # Only the main document part is unpacked, and at most MAX_CHARS of text kept (papers' own
    # bounded reading): a picture in the file costs nothing here.
    text = papers.docx_file_text(source)
    return Reading(text=text, pages=None, words=len(fp.words(text)), too_long=len(text) >= MAX_CHARS)


# --- the stored rows -----------------------------------------------------------------------------

def record(session: Session, paths: DataPaths, sha256: str, kind: str) -> DocumentText:
    """Read the stored document and keep what was read (again, if a row exists)."""
    return _keep(session, sha256, kind, lambda: read_file(papers.document_path(paths, sha256, kind), kind))


def remember(session: Session, checked: papers.CheckedFile) -> DocumentText:
    """Keep what is read of a document being stored now, from the bytes in hand; once per content."""
    return session.get(DocumentText, checked.sha256) or _keep(
        session, checked.sha256, checked.kind, lambda: read_bytes(checked.data, checked.kind))


def _keep(session: Session, sha256: str, kind: str, read) -> DocumentText:
    try:
        reading = read()
        note = reading.why_unreadable
    except Exception:  # missing, damaged or hostile: nothing could be read, so nothing goes out unchecked
        reading = Reading(text="", pages=None, words=0)
        note = "cannot be read (it is missing or damaged)"
    row = session.get(DocumentText, sha256) or DocumentText(sha256=sha256, kind=kind, fingerprint=b"", text=b"")
    row.kind, row.pages, row.words = kind, reading.pages, reading.words
    row.readable = reading.readable
    row.note = note
    row.fingerprint = fp.pack(fp.fingerprint(reading.text))
    row.text = zlib.compress(reading.text.encode("utf-8"), 6)
    row.made_at = dt.datetime.now(dt.UTC)
    session.add(row)
    session.flush()
    return row


def ensure(session: Session, paths: DataPaths, sha256: str, kind: str) -> DocumentText:
    """The row for a stored document, made now if the document was stored before rows were kept."""
    return session.get(DocumentText, sha256) or record(session, paths, sha256, kind)


def text_of(row: DocumentText) -> str:
    return zlib.decompress(row.text).decode("utf-8") if row.text else ""
