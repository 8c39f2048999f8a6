"""E-mail drafts that mail programs read as they were meant (issue 19, point 9): CRLF line
endings, addresses built by the email library (a "Surname, Forename" name stays one address),
"Dear <name>" when the paper's author is known, and attachment names that old mail programs read
too (RFC 2047 in Content-Type's name=) as well as new ones (RFC 2231 in Content-Disposition).

Every draft is read back with the standard library's parsers: the modern one, as Thunderbird or
Apple Mail would, and the classic (compat32) one, for the name= an older Outlook reads.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from email.header import decode_header, make_header

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpo_desktop.exchange import outgoing
from cpo_desktop.services import chase
from cpo_desktop.services.email_draft import address, draft

DEMO_TODAY = dt.date(2026, 11, 23)
AUGUST = 2


def modern(data: bytes):
    return email.message_from_bytes(data, policy=email.policy.default)


def legacy_names(data: bytes) -> list[str]:
    """The attachments' Content-Type name= as a program that knows only RFC 2047 reads it."""
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    names = []
    for part in msg.walk():
        raw = part.get_param("name")
        if raw is not None and not isinstance(raw, tuple):  # a tuple would be RFC 2231, unread by them
            names.append(str(make_header(decode_header(raw))))
    return names


def bare_line_feeds(data: bytes) -> int:
    return data.count(b"\n") - data.count(b"\r\n")


def test_a_surname_comma_forename_name_is_one_address():
    data = draft(to=address("Sandhu, Harpreet", "h.sandhu@example.org"),
                 sender=address("O'Brien, Pat (CPO)", "cpo@example.org"), subject="Report", body="Hello")
    msg = modern(data)
    [to] = msg["To"].addresses
    [sender] = msg["From"].addresses
    assert (to.display_name, to.addr_spec) == ("Sandhu, Harpreet", "h.sandhu@example.org")
    assert (sender.display_name, sender.addr_spec) == ("O'Brien, Pat (CPO)", "cpo@example.org")
    assert email.utils.getaddresses([str(msg["To"])]) == [("Sandhu, Harpreet", "h.sandhu@example.org")]


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(name=names, subject=names, file_stem=names)
def test_whatever_the_names_the_draft_is_crlf_one_address_and_the_attachment_reads_back(name, subject, file_stem):
    file_name = f"{file_stem}.pdf"
    data = draft(to=address(name, "someone@example.org"), sender=None, subject=subject,
                 body=f"Dear {name},\nline two\n", attachments={file_name: b"%PDF-1.7 x"})
    assert bare_line_feeds(data) == 0
    msg = modern(data)
    [to] = msg["To"].addresses  # never two, never a header of its own ("\r\nBcc: …" in a name)
    assert to.addr_spec == "someone@example.org" and "Bcc" not in msg and "Cc" not in msg
    one_line = " ".join("".join(c if c.isprintable() else " " for c in file_name).split())
    [part] = list(msg.iter_attachments())
    assert part.get_filename() == one_line and part.get_content() == b"%PDF-1.7 x"
    assert legacy_names(data) == [one_line]


def test_positive_control_a_name_that_needs_no_encoding_is_written_plainly():
    data = draft(to=address("Pat Clerk", "pat@example.org"), sender=None, subject="Minutes", body="x",
                 attachments={"minutes.pdf": b"%PDF"})
    text = data.decode("ascii")
    assert 'To: Pat Clerk <pat@example.org>\r\n' in text
    assert 'name="minutes.pdf"' in text and 'filename="minutes.pdf"' in text


def test_the_chase_email_greets_the_author_by_name_and_is_crlf(demo_store, tmp_path):
    rows = [r for r in chase.chase_list(demo_store, today=DEMO_TODAY) if r.email]
    row = next(r for r in rows if r.author_name)
    path = chase.write_chase(demo_store, row.item_id, tmp_path, today=DEMO_TODAY)
    data = path.read_bytes()
    assert bare_line_feeds(data) == 0
    msg = modern(data)
    [to] = msg["To"].addresses
    assert (to.display_name, to.addr_spec) == (row.author_name, row.email)
    body = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")  # CRLF on the wire, as a reader shows it
    assert body.startswith(f"Dear {row.salutation},\n") and row.salutation not in ("", "colleague")
    assert row.salutation.split()[-1] in row.author_name  # the surname, or the name they go by


def test_the_exchange_draft_is_crlf_and_its_attachment_names_read_in_old_programs(demo_store, tmp_path):
    package = outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "to HWB", today=DEMO_TODAY)
    data = package.eml.read_bytes()
    assert bare_line_feeds(data) == 0
    names = [a.get_filename() for a in modern(data).iter_attachments()]
    assert names and legacy_names(data) == names


@pytest.mark.parametrize("person, greeting", [
    (dict(title="Ms", first_name="Harpreet", surname="Sandhu"), "Ms Sandhu"),
    (dict(title=None, first_name="Harpreet", surname="Sandhu"), "Harpreet Sandhu"),
    (dict(title=None, first_name="Robert", surname="Lee", preferred_name="Bob"), "Bob Lee"),
    (dict(title=None, first_name="Kayden", surname="Brooks", is_young_person=True), "Kayden"),
    (dict(title="Mr", first_name="Kayden", surname="Brooks", is_young_person=True), "Kayden"),
])
def test_the_greeting_a_person_gets(person, greeting):
    from types import SimpleNamespace

    from cpo_desktop.model.rules import salutation

    fields = dict(preferred_name=None, is_young_person=False) | person
    assert salutation(SimpleNamespace(**fields)) == greeting
