"""The promise of the minute exchange, as a property: whatever the board said in private (Part 2
discussion, resolutions in its own words, actions, papers) and whatever a restricted partner
sent us, none of it is ever in a package that goes to a partner board.

Each example builds a small board from scratch on a real store (made once by the real
migrations and seeding, then copied per example, as conftest does for the demo): three board
meetings, the first with a generated number of Part 1 and Part 2 items whose minutes carry
generated text, and restricted partner minutes (PDF and Word) received before it and noted
there. The first meeting's minutes are confirmed at the second, and the second's (whose action
log reviews the first meeting's actions, Part 2 ones included) at the third. Packages are then
prepared for the Safeguarding Children Partnership (PDF) and the Health and Wellbeing Board (PDF
and Word) with the first meeting's minutes, and for the Partnership with the second's; every
file in them is read back as the partner would read it: PDF text with pypdf, Word text with
python-docx, the e-mail parsed with Python's ``email`` package (its headers, its text, every
attachment read back too) and its raw bytes.

Every generated secret carries a marker token of its own, so a leak of even part of it is
found by a plain substring search, wherever line breaks fall. The positive control: each Part
1 discussion, and its marker, must be in the PDF and the Word file, so the reading-back works
and the test can fail.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sqlite3
import tempfile
from email import policy
from email.parser import BytesParser
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from cpo_desktop import paths
from cpo_desktop.exchange import incoming, outgoing
from cpo_desktop.services import actions, agenda, exchange, meetings, minutes, register
from cpo_desktop.services import minutes_documents, resolutions
from cpo_desktop.services.startup import open_data

D = dt.date
M1_DAY, M2_DAY, M3_DAY = D(2026, 3, 4), D(2026, 5, 6), D(2026, 7, 1)  # Wednesdays, none a bank holiday
TODAY = D(2026, 7, 2)  # the day after the third: the first two meetings' minutes are confirmed
PARTNER_MEETING, PARTNER_RECEIVED = D(2026, 2, 9), D(2026, 2, 16)  # before the first meeting: noted there

# Two alphabets with no letter in common, so that generated public text can never share a
# word (let alone a run of words) with generated secret text, and neither makes English words
# that the minutes' own wording could contain.
SECRET_LETTERS = "bcdfghjklmnpqrstvwxz"
PUBLIC_LETTERS = "aeiouy"

secret_word = st.text(SECRET_LETTERS, min_size=3, max_size=9)
public_word = st.text(PUBLIC_LETTERS, min_size=3, max_size=9)


@st.composite
def sentences(draw, words, marker: str, *, min_words: int = 6, max_words: int = 14) -> str:
    """Random words with ``marker`` somewhere among them: at least ``min_words`` words."""
    ws = draw(st.lists(words, min_size=min_words - 1, max_size=max_words - 1))
    at = draw(st.integers(0, len(ws)))
    return " ".join([*ws[:at], marker, *ws[at:]])


@st.composite
def boards(draw):
    """What one example's first meeting holds: its Part 1 items, its Part 2 items (each with a
    discussion, maybe a resolution in the board's own words, maybe an action, maybe a paper),
    and the restricted partner documents received before it."""
    n1 = draw(st.integers(1, 3))
    n2 = draw(st.integers(1, 3))
    part1 = [draw(sentences(public_word, f"qpubdisc{k}x")) for k in range(n1)]
    part2 = []
    for k in range(n2):
        part2.append({
            "discussion": draw(sentences(secret_word, f"qsecdisc{k}x")),
            "resolution": draw(st.none() | sentences(secret_word, f"qsecres{k}x")),
            "action": draw(st.none() | sentences(secret_word, f"qsecact{k}x")),
            "paper": draw(st.none() | sentences(secret_word, f"qsecpaper{k}x")),
        })
    restricted = {
        "pdf": [draw(sentences(secret_word, f"qrestpdf{k}x")) for k in range(draw(st.integers(1, 2)))],
        "docx": [draw(sentences(secret_word, f"qrestdocx{k}x")) for k in range(draw(st.integers(0, 2)))],
    }
    return {"part1": part1, "part2": part2, "restricted": restricted}


# --- the files a partner would get --------------------------------------------------------------

def pdf_bytes(title: str, paragraphs: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title=title)
    doc.build([Paragraph(title, styles["Title"])] + [Paragraph(p, styles["BodyText"]) for p in paragraphs])
    return out.getvalue()


def docx_bytes(title: str, paragraphs: list[str]) -> bytes:
    document = docx.Document()
    document.add_heading(title, level=1)
    table = document.add_table(rows=0, cols=1)
    for p in paragraphs:  # in a table as well as in the body: both are read back
        document.add_paragraph(p)
        table.add_row().cells[0].text = p
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def file_text(name: str, data: bytes) -> str:
    if name.endswith(".pdf"):
        return pdf_text(data)
    if name.endswith(".docx"):
        return docx_text(data)
    raise AssertionError(f"unexpected file in a package: {name}")


def package_texts(package: outgoing.Package) -> dict[str, str]:
    """Everything a partner could read in the package, per place it could be read."""
    on_disk = sorted(p.name for p in package.folder.iterdir())
    assert on_disk == sorted(f.name for f in package.files)
    texts = {}
    for f in package.files:
        data = f.read_bytes()
        if f.suffix == ".eml":
            texts[f"{f.name} (raw)"] = data.decode("utf-8", "replace")
            msg = BytesParser(policy=policy.default).parsebytes(data)
            texts[f"{f.name} (headers)"] = "\n".join(f"{k}: {v}" for k, v in msg.items())
            texts[f"{f.name} (text)"] = msg.get_body(("plain",)).get_content()
            for part in msg.iter_attachments():
                name = part.get_filename()
                texts[f"{f.name} → {name}"] = file_text(name, part.get_payload(decode=True))
        else:
            texts[f.name] = file_text(f.name, data)
    return texts


# --- the store ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A store made by the real migrations and seeding, with what every example shares: the
    partners' secretariats, someone to own actions, and the three meetings with a short agenda
    (the last meeting's minutes, matters arising, the partner boards' item and any other business)."""
    root = tmp_path_factory.mktemp("exchange-property") / "data"
    store = open_data(paths.resolve(root), daily_backup=False)
    try:
        for short, docx_too in (("SSCP", False), ("HWB", True)):
            p = exchange.find_partner(store, short)
            data = exchange.PartnerInput.from_row(p)
            data.secretariat_email, data.secretariat_name = f"{short.lower()}@example.org", f"{short} secretariat"
            data.send_docx = docx_too
            exchange.update_partner(store, p.id, data)
        register.add_person(store, register.PersonInput(first_name="Ola", surname="Owner", email="ola@example.org"))
        keep = ("Minutes of the last meeting", "Matters arising", "Partner boards", "Any other business")
        for day in (M1_DAY, M2_DAY, M3_DAY):
            mid, _ = meetings.add_meeting(store, meetings.MeetingInput(date=day, start_time=dt.time(14)), anyway=True)
            agenda.create_agenda(store, mid)
            for item in agenda.load_agenda(store, mid, today=day).items:
                if not item.title.startswith(keep):
                    agenda.remove_item(store, item.id)
    finally:
        store.close()
    con = sqlite3.connect(paths.resolve(root).database)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return root


def fresh_store(template: Path, into: Path):
    data = paths.resolve(into / "data")
    data.root.mkdir(parents=True)
    shutil.copyfile(template / data.database.name, data.database)
    return open_data(data, daily_backup=False)


def build(store, board: dict, files: Path) -> None:
    m1, m2, m3 = (meetings.find_meeting(store, day.isoformat()) for day in (M1_DAY, M2_DAY, M3_DAY))
    [owner] = [m.id for m in register.list_members(store)]
    # Restricted partner minutes, received before the first meeting, so they are noted there.
    restricted = board["restricted"]
    for kind, texts in restricted.items():
        for k, text in enumerate(texts):
            maker = pdf_bytes if kind == "pdf" else docx_bytes
            path = files / f"SSCP minutes {k} {kind}.{kind}"
            path.write_bytes(maker("Safeguarding partnership minutes", [text]))
            incoming.import_file(store, path, "SSCP", meeting_date=PARTNER_MEETING - dt.timedelta(days=k),
                                 received=PARTNER_RECEIVED, today=TODAY)
    ids1 = []
    for k, _ in enumerate(board["part1"]):
        ids1.append(agenda.add_item(store, m1, agenda.ItemInput(title=f"Public report number {k + 1}", section="report")))
    ids2 = []
    for k, item in enumerate(board["part2"]):
        attach = []
        if item["paper"]:
            path = files / f"exempt paper {k}.docx"
            path.write_bytes(docx_bytes("Exempt report", [item["paper"]]))
            attach.append(path)
        ids2.append(agenda.add_item(store, m1, agenda.ItemInput(
            title=f"Exempt placement review number {k + 1}", part=2, exempt_paragraph=1,
            public_interest="It concerns an individual child."), attach=attach))
    minutes.start(store, m1)
    view = minutes.load(store, m1)
    by_item = {r.agenda_item_id: r for r in view.minutes}
    for item_id, text in zip(ids1, board["part1"], strict=True):
        minutes.set_discussion(store, by_item[item_id].id, text)
        resolutions.add_resolution(store, by_item[item_id].id, resolutions.ResolutionInput("noted"))
    for item_id, item in zip(ids2, board["part2"], strict=True):
        row = by_item[item_id]
        minutes.set_discussion(store, row.id, item["discussion"])
        resolutions.add_resolution(store, row.id, resolutions.ResolutionInput(
            "other" if item["resolution"] else "approved", text=item["resolution"]))
        if item["action"]:
            actions.add_action(store, actions.ActionInput(description=item["action"], owner_id=owner,
                                                          due_date=M2_DAY, minute_id=row.id), today=M1_DAY)
    minutes.confirm(store, m1, at=m2, today=TODAY)
    # The second meeting reviews the action log, Part 2 actions included (in its restricted minutes).
    minutes.start(store, m2)
    minutes.confirm(store, m2, at=m3, today=TODAY)


def secrets(board: dict) -> list[str]:
    out = []
    for item in board["part2"]:
        out += [t for t in item.values() if t]
    for texts in board["restricted"].values():
        out += texts
    return out


def markers(text: str) -> list[str]:
    return [w for w in text.split() if any(c.isdigit() for c in w)]  # generated words have no digits


# Each example builds a store and writes three packages (about a second), so shrinking a failure
# would take minutes; the assertion messages name the marker, its source and the file instead.
@settings(max_examples=10, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(board=boards())
@example(board={  # every kind of secret at once, whatever the generator draws
    "part1": ["qpubdisc0x aeiou ayeyo uuoia eyoia ouayo", "yayo qpubdisc1x eieio aaoy ooeu yyeay iou"],
    "part2": [{"discussion": "qsecdisc0x placement review of one child in residential care",
               "resolution": "that the placement plan qsecres0x be agreed with the family court",
               "action": "write to the residential provider qsecact0x about the move date",
               "paper": "the exempt report qsecpaper0x sets out the child's history in full"},
              {"discussion": "brr qsecdisc1x grrk zzt vvt kkp", "resolution": None, "action": None,
               "paper": None}],
    "restricted": {"pdf": ["rapid review of a serious incident qrestpdf0x involving a named family"],
                   "docx": ["learning review qrestdocx0x concerning agencies and a named child"]}})
def test_no_package_ever_carries_part_2_or_restricted_partner_text(template, board):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = fresh_store(template, tmp)
        try:
            build(store, board, tmp)
            packages = [outgoing.prepare(store, day.isoformat(), short, tmp / f"out {day} {short}", today=TODAY)
                        for day, short in ((M1_DAY, "SSCP"), (M1_DAY, "HWB"), (M2_DAY, "SSCP"))]
            register_rows = exchange.register(store, today=TODAY).rows
            # The way a Part 2 action could reach the next meeting's minutes is real: the
            # restricted version of the second meeting's minutes lists it in the action log.
            restricted_log = [a.description for s in minutes_documents.content(store, M2_DAY.isoformat(), public=False,
                                                                      today=TODAY).sections for a in s.action_log]
        finally:
            store.close()
        assert restricted_log == [item["action"] for item in board["part2"] if item["action"]]
        assert [p.docx is not None for p in packages] == [False, True, False]  # only HWB asked for Word
        for package in packages:
            texts = package_texts(package)
            flat = {name: " ".join(text.casefold().split()) for name, text in texts.items()}
            for secret in secrets(board):
                for marker in markers(secret):
                    leaks = [name for name, text in flat.items() if marker in text]
                    assert not leaks, f"{marker!r} (from {secret!r}) reached {package.partner} in {leaks}"
            if package.meeting_date != M1_DAY:
                continue
            # The positive control: the public discussion is there, in the minutes as PDF and Word.
            minutes_files = [f.name for f in (package.pdf, package.docx) if f is not None]
            for text in board["part1"]:
                for marker in markers(text):
                    for name in minutes_files:
                        assert marker in flat[name], f"the Part 1 discussion {marker!r} is missing from {name}"
            # The Part 2 items are there by public title only ("Exempt item (paragraph 1)"): their
            # full titles may say too much.
            assert "exempt item (paragraph 1)" in flat[package.pdf.name]
            for k in range(len(board["part2"])):
                assert f"exempt placement review number {k + 1}" not in flat[package.pdf.name]
        # The restricted partner minutes were noted at the first meeting.
        noted = [r for r in register_rows if r.direction == "in" and r.partner == "SSCP" and r.exchange_id]
        assert len(noted) == sum(len(v) for v in board["restricted"].values())
        assert all(r.status == "noted" and r.noted_on == M1_DAY for r in noted)
