"""Partners' minutes coming in: a PDF or Word file, or the e-mail they came in (.eml), whose
PDF and Word attachments are taken out.

Everything is checked before anything is stored (``services.papers`` says what is wrong with a
file in words), so a bad file or e-mail adds nothing; the user's own file is only read.
The date of the partner's meeting is taken from the user, or else found in the file's name,
the e-mail's subject or the first page; the day received from the user, or else the e-mail's
date, or else today.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from cpo_desktop import clock, dates, inputs
from cpo_desktop.errors import UserError
from cpo_desktop.progress import NO_PROGRESS, Progress
from cpo_desktop.services import exchange as exchange_svc
from cpo_desktop.services import papers as papers_svc
from cpo_desktop.services.exchange import ExchangeError
from cpo_desktop.services.papers import PaperError
from cpo_desktop.store.db import Store

# An e-mail carries its attachments in base64, a third larger than the files themselves.
MAX_EML_BYTES = papers_svc.MAX_BYTES * 4 // 3 + 1024 * 1024
# E-mails forwarded as attachments inside each other, and parts inside parts: real ones go a few
# deep; a hostile one nested a thousand deep would exhaust the stack.
MAX_NESTING = 10
_MONTHS = {m: n for n, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), start=1)}
_LONG = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(_MONTHS) + r"|sept|" +
                   "|".join(m[:3] for m in _MONTHS) + r")\.?,?\s+(\d{4})\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_EML_HEADERS = re.compile(rb"^(from|to|subject|date|received|return-path|message-id|mime-version|content-type)\s*:",
                          re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Offered:
    """What a file or e-mail holds, checked and ready to record."""

    source: str  # "file" or "email"
    name: str  # the file's name
    documents: tuple[papers_svc.CheckedFile, ...]
    subject: str | None = None
    sender: str | None = None
    sent_on: dt.date | None = None  # the e-mail's date
    meeting_date: dt.date | None = None  # their meeting, as found in the name, subject or text
    skipped: tuple[str, ...] = field(default_factory=tuple)  # attachments that are not minutes (pictures …)


def find_date(text: str) -> dt.date | None:
    """The first date written in ``text``: '4 November 2026', '4th Nov 2026', '04/11/2026' or '2026-11-04'."""
    found: list[tuple[int, dt.date]] = []
    for m in _LONG.finditer(text):
        month = _MONTHS.get(m.group(2).lower()) or next(n for k, n in _MONTHS.items() if k.startswith(m.group(2).lower()))
        _add(found, m.start(), int(m.group(3)), month, int(m.group(1)))
    for m in _NUMERIC.finditer(text):
        _add(found, m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1)))
    for m in _ISO.finditer(text):
        _add(found, m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return min(found)[1] if found else None


def _add(found: list, at: int, year: int, month: int, day: int) -> None:
    try:
        found.append((at, dt.date(year, month, day)))
    except ValueError:
        pass


def read(path: Path, *, look_inside: bool = True) -> Offered:
    """Read and check a PDF, a .docx or an .eml; raise ``PaperError``/``ExchangeError`` saying
    what is wrong. Nothing is stored. ``look_inside``: when the name and subject give no date,
    look for one on the first page (text extraction: skipped when the date is known)."""
    path = Path(path)
    if path.suffix.lower() == ".eml" or _looks_like_email(path):
        return _read_email(path, look_inside)
    checked = papers_svc.read_and_check(path)
    guess = find_date(path.stem.replace("_", " "))
    if guess is None and look_inside:
        guess = _date_in_text(checked)
    return Offered(source="file", name=path.name, documents=(checked,), meeting_date=guess)


def _looks_like_email(path: Path) -> bool:
    try:
        with inputs.open_user_file(path, limit=MAX_EML_BYTES, what="minutes") as fh:
            head = fh.read(2048)
    except (OSError, UserError):  # reading it as a paper says what is wrong with it
        return False
    if head.startswith((b"%PDF", b"PK\x03\x04")):
        return False
    return len(_EML_HEADERS.findall(head)) >= 2


def _read_email(path: Path, look_inside: bool) -> Offered:
    from email import policy
    from email.parser import BytesFeedParser
    from email.utils import parsedate_to_datetime

    name = path.name
    unreadable = ExchangeError(f"“{name}” cannot be read as an e-mail: it is damaged, or has e-mails or parts "
                               f"nested more than {MAX_NESTING} deep inside each other. Save the minutes from the "
                               "e-mail and add them as a file instead.")
    with inputs.open_user_file(path, limit=MAX_EML_BYTES, what="a saved e-mail", error=ExchangeError,
                               advice=f"An e-mail brings at most {papers_svc.MAX_BYTES // (1024 * 1024)} MB of "
                                      "attachments here: save the minutes from it and add them as a file, or ask "
                                      "for a smaller copy.") as fh:
        head = fh.read(8192)
        if not _EML_HEADERS.search(head):
            raise ExchangeError(f"“{name}” is not a saved e-mail (.eml). In Outlook, drag the e-mail to a folder "
                                "or use File › Save As to save it, then add that file.")
        # Fed a piece at a time, never holding the whole file as bytes and again as text.
        parser = BytesFeedParser(policy=policy.default)
        try:
            parser.feed(head)
            for chunk in fh.chunks():
                parser.feed(chunk)
            msg = parser.close()
        except UserError:
            raise
        except Exception as exc:  # RecursionError on deep nesting, or whatever else hostile input causes
            raise unreadable from exc
    documents, skipped = [], []
    try:
        for part in _attachments(msg):
            filename = part.get_filename() or "attachment"
            ctype = part.get_content_type()
            wanted = filename.lower().endswith((".pdf", ".docx")) or ctype in (
                "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            if not wanted:
                skipped.append(filename)
                continue
            payload = _decoded(part)
            part.set_payload("")  # the encoded copy is not needed again: free it before the next
            documents.append(papers_svc.check_bytes(filename, payload))  # PaperError names the attachment
            del payload
        subject = str(msg.get("Subject", "") or "").strip() or None
        sender = str(msg.get("From", "") or "").strip() or None
    except UserError:
        raise
    except Exception as exc:  # the walk is bounded (see _attachments); a header may still be hostile
        raise unreadable from exc
    if not documents:
        what = f" (only {', '.join(skipped)})" if skipped else ""
        raise ExchangeError(f"The e-mail “{subject or name}” has no PDF or Word attachment{what}, so there are no "
                            "minutes to add. If the minutes are a link or in the text, save them as PDF and add that "
                            "file instead.")
    sent_on = None
    try:
        if msg.get("Date"):
            sent = parsedate_to_datetime(str(msg["Date"]))
            sent_on = (sent.astimezone() if sent.tzinfo else sent).date()
    except Exception:  # a date the e-mail library cannot make sense of: the user is asked instead
        sent_on = None
    guess = None
    for text in [d.name.rsplit(".", 1)[0].replace("_", " ") for d in documents] + [subject or ""]:
        guess = find_date(text)
        if guess:
            break
    if guess is None and look_inside:
        guess = _date_in_text(documents[0])
    return Offered(source="email", name=name, documents=tuple(documents), subject=subject,
                   sender=sender, sent_on=sent_on, meeting_date=guess, skipped=tuple(skipped))


def _decoded(part) -> bytes:
    """An attachment's bytes. Base64 (how e-mail carries files) is decoded straight from the text
    the parser holds: the email package's own decoding makes four copies on the way, so a 50 MB
    e-mail would need 300 MB of memory."""
    import binascii

    if str(part.get("Content-Transfer-Encoding", "")).strip().lower() == "base64":
        encoded = part.get_payload()
        if isinstance(encoded, str):
            try:
                return binascii.a2b_base64(encoded)  # skips line ends; refuses text that is not ASCII
            except (ValueError, binascii.Error):
                pass  # odd padding or stray bytes: the email package copes, with more memory
    try:
        return part.get_payload(decode=True) or b""
    except Exception:  # a damaged attachment encoding
        return b""


class _TooDeep(Exception):
    pass


def _attachments(msg, depth: int = 0):
    """Attachments, including those inside a forwarded e-mail, at most MAX_NESTING deep."""
    if depth > MAX_NESTING:
        raise _TooDeep
    for part in msg.iter_attachments():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            yield from _attachments(inner, depth + 1)
        elif part.is_multipart():
            yield from _attachments(part, depth + 1)
        else:
            yield part


def _date_in_text(checked: papers_svc.CheckedFile) -> dt.date | None:
    """A date near the top of the document, where minutes say when the meeting was."""
    try:  # from the bytes in hand: no copy of a partner's (maybe restricted) minutes in a temporary file
        text = papers_svc.text_of_checked(checked)
    except Exception:
        return None
    return find_date(text[:1500])


def import_file(store: Store, path: Path, partner: str | int, *, meeting_date: dt.date | None = None,
                received: dt.date | None = None, confidentiality: str | None = None,
                today: dt.date | None = None, progress: Progress | None = None) -> exchange_svc.Received:
    """Add a partner's minutes from a PDF, a .docx or an .eml. The partner is checked first, then
    the file; nothing is stored unless all of it is good. ``progress`` is told each step (reading
    the file, then each document stored); a cancel before the record is saved adds nothing."""
    progress = progress or NO_PROGRESS
    today = clock.or_today(today)
    exchange_svc.find_partner(store, partner)  # an unknown partner is named before the file is read
    progress.step(0, 1, f"Reading {Path(path).name}")
    offered = read(path, look_inside=meeting_date is None)
    meeting_date = meeting_date or offered.meeting_date
    received = received or (offered.sent_on if offered.sent_on and offered.sent_on <= today else None) or today
    if meeting_date is None:
        message = (f"Say the date of their meeting: it is not in the name of “{offered.name}”"
                   + (", the e-mail's subject" if offered.source == "email" else "") + " or at the top of the minutes")
        raise ExchangeError(f"{message}.", cli="--meeting-date 04/11/2026",
                            cli_form=f"{message} (--meeting-date 04/11/2026).")
    if meeting_date > received and offered.meeting_date == meeting_date:
        message = (f"The date found in “{offered.name}” ({dates.short(meeting_date)}) is after the day received "
                   f"({dates.short(received)}); give their meeting's date")
        raise ExchangeError(f"{message}.", cli="--meeting-date", cli_form=f"{message} (--meeting-date).")
    return exchange_svc.record_incoming(store, partner, list(offered.documents), meeting_date=meeting_date,
                                        received_on=received, source=offered.source, email_subject=offered.subject,
                                        email_from=offered.sender, confidentiality=confidentiality, today=today,
                                        progress=progress)


__all__ = ["Offered", "PaperError", "ExchangeError", "find_date", "read", "import_file"]
