"""E-mail drafts (.eml files) that Outlook, Thunderbird and Apple Mail open as a message ready to send.

The one place the app's drafts are made (the chase e-mails, the exchange packages' covering notes):

- headers through the ``email`` library's header registry, so a display name is quoted where it
  must be ("Sandhu, Harpreet" stays one address, not two) and encoded where it is not ASCII;
- CRLF line endings throughout (``email.policy.SMTP``), as mail files are written on Windows;
- each attachment named twice: ``filename*=`` (RFC 2231) in Content-Disposition for today's
  programs, and an RFC 2047 ``name=`` in Content-Type for older ones that read only that;
- ``X-Unsent: 1``, which makes Outlook open the file as a draft to send.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from email import charset as charsets
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr

__all__ = ["address", "draft"]

# Written with the classic (compat32) API: it keeps each header as built, where the newer
# policies would re-encode an attachment's RFC 2047 name= in RFC 2231, which old programs cannot read.
_POLICY = compat32.clone(linesep="\r\n", max_line_length=78)
# Text parts in quoted-printable: readable in the file itself, 7-bit safe in transit.
_UTF8_QP = charsets.Charset("utf-8")
_UTF8_QP.body_encoding = charsets.QP
_TYPES = {".pdf": ("application", "pdf"),
          ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
          ".csv": ("text", "csv"), ".ics": ("text", "calendar")}


def _one_line(text: str) -> str:
    """Header text on one line: line breaks and control characters become spaces, so nothing a
    name or title holds can start a header of its own."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def _header(text: str) -> str | Header:
    """A header value: as it is where ASCII, else RFC 2047 encoded (UTF-8)."""
    text = _one_line(text)
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8")


def address(name: str | None, email: str) -> str:
    """One mailbox, quoted where the name needs it: ``"Sandhu, Harpreet" <h.sandhu@example.org>``
    (a comma unquoted would make two addresses); a name that is not ASCII is RFC 2047 encoded."""
    return formataddr((_one_line(name or ""), _one_line(email).replace(" ", "")), charset="utf-8")


def draft(*, to: str, sender: str | None, subject: str, body: str,
          attachments: Mapping[str, bytes] | None = None, date: dt.datetime | None = None) -> bytes:
    """An unsent message as the bytes of an .eml file (CRLF line endings). ``to`` and ``sender``
    are made by ``address``."""
    text = MIMEText(body, "plain", _UTF8_QP)
    if attachments:
        msg = MIMEMultipart("mixed")
        msg.attach(text)
    else:
        msg = text
    msg["To"] = to
    if sender:
        msg["From"] = sender
    msg["Subject"] = _header(subject)
    msg["Date"] = format_datetime(date or dt.datetime.now(dt.UTC))
    msg["X-Unsent"] = "1"
    for name, data in (attachments or {}).items():
        name = _one_line(name)
        maintype, subtype = _TYPES.get(name[name.rfind("."):].lower(), ("application", "octet-stream"))
        part = (MIMEText(data.decode("utf-8"), subtype, _UTF8_QP) if maintype == "text"
                else MIMEApplication(data, subtype))
        legacy = _header(name)
        if isinstance(legacy, Header):
            part.set_param("name", legacy.encode(maxlinelen=10_000))
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        else:
            part.set_param("name", name)
            part.add_header("Content-Disposition", "attachment", filename=name)
        msg.attach(part)
    return msg.as_bytes(policy=_POLICY)
