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
import stat
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cpo_desktop.errors import UserError
from cpo_desktop.files import atomic_write_bytes
from cpo_desktop.paths import DataPaths

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

MAX_BYTES = 50 * 1024 * 1024
KINDS = ("pdf", "docx")

# A .docx is a zip; python-docx unpacks its parts into memory. Refuse archives that claim to
# unpack to far more than any real paper (a "zip bomb"); zipfile enforces the claimed sizes.
_UNZIPPED_FACTOR = 10

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
    """Read the file at ``path`` (never changing it) and check it as ``check_bytes`` does."""
    path = Path(path)
    name = path.name
    try:
        info = path.stat()
    except FileNotFoundError:
        raise PaperError(f"“{name}” cannot be found in {path.parent}. It may have been moved, renamed "
                         "or deleted; choose it again.") from None
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise PaperError(f"“{name}” is a folder, not a file. Open the folder and choose the paper "
                         "inside it.")
    if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
        raise PaperError(f"“{name}” is not an ordinary file. Choose a PDF or .docx file.")
    if info.st_size > MAX_BYTES:  # refused before reading a byte
        raise _too_big(name, info.st_size)
    try:
        with open(path, "rb") as fh:
            # Read one byte past the limit, in case the file grew since it was measured.
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    return check_bytes(name, data)


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
    """The plain text of a stored document, for searching; layout is not kept."""
    if kind == "pdf":
        return _pdf_text(Path(path))
    if kind == "docx":
        return _docx_text(Path(path))
    raise ValueError(f"unknown document kind {kind!r}")


# --- PDF ---------------------------------------------------------------------------------------

_quiet_lock = threading.Lock()
_quiet_depth = 0
_saved_level = logging.NOTSET


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
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
    with _quiet_pypdf():
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


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    texts = []
    with _quiet_pypdf():
        reader = PdfReader(path)
        for page in reader.pages:
            # Text is only for searching: a page whose text pypdf cannot decode is skipped rather
            # than losing the whole document's text.
            try:
                texts.append(page.extract_text())
            except Exception:
                continue
    return "\n\n".join(t for t in texts if t)


# --- Word (.docx) ------------------------------------------------------------------------------

def _check_docx(name: str, data: bytes) -> None:
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.package import Package

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
            if sum(m.file_size for m in members) > _UNZIPPED_FACTOR * MAX_BYTES:
                raise PaperError(f"“{name}” unpacks to far more data than a Word document should; "
                                 "it may be damaged or unsafe. Ask the author for a fresh copy.")
            if archive.testzip() is not None:  # checks every member's CRC
                raise damaged
    except PaperError:
        raise
    except Exception as exc:  # BadZipFile, truncated data, unsupported compression …
        raise damaged from exc

    try:
        part = Package.open(io.BytesIO(data)).main_document_part
        if part.content_type != CT.WML_DOCUMENT_MAIN:
            raise PaperError(f"“{name}” is {_describe_word_type(part.content_type)}, which cannot be "
                             "used as a paper. Open it in Word and save it as a Word Document "
                             "(.docx) or PDF, then add that instead.")
        _ = part.document.paragraphs  # parses the body
    except PaperError:
        raise
    except Exception as exc:  # missing parts, broken XML …
        raise damaged from exc


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


def _docx_text(path: Path) -> str:
    import docx

    lines: list[str] = []
    _block_text(docx.Document(str(path)).iter_inner_content(), lines)
    return "\n".join(line for line in lines if line.strip())


def _block_text(blocks: Iterator[Paragraph | Table], lines: list[str]) -> None:
    """Paragraphs and table cells in document order, including tables inside cells."""
    from docx.table import Table

    for block in blocks:
        if not isinstance(block, Table):
            lines.append(block.text)
            continue
        for row in block.rows:
            previous = None
            for cell in row.cells:
                # A cell merged across columns is repeated in row.cells as the same object.
                if cell is not previous:
                    _block_text(cell.iter_inner_content(), lines)
                previous = cell


# --- helpers -----------------------------------------------------------------------------------

def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + " MB"


def _too_big(name: str, size: int) -> PaperError:
    size_text = f"{size / (1024 * 1024):.1f} MB"  # always with its decimal, unlike the limit
    return PaperError(f"“{name}” is {size_text}, larger than the {_mb(MAX_BYTES)} limit for a paper. "
                      "Ask the author for a smaller copy (for example, with pictures compressed), "
                      "or split it into parts.")


def _unreadable(path: Path, exc: OSError) -> PaperError:
    reason = exc.strerror or str(exc)
    return PaperError(f"“{path.name}” cannot be read ({reason}). Check that you can open it, close "
                      "it in any program that is using it, and try again.")


def _same_content(target: Path, checked: CheckedFile) -> bool:
    """True if ``target`` already holds exactly ``checked``'s bytes."""
    try:
        if target.stat().st_size != checked.size:
            return False
        return hashlib.sha256(target.read_bytes()).hexdigest() == checked.sha256
    except OSError:
        return False
