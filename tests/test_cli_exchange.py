"""The minute exchange commands (``cpo-desktop exchange …``), run as a user would, on the demo board
(loaded as if today were 23 November 2026), through the CLI's entry point in this process (the same
output and exit code as a fresh interpreter; test_cli.py starts one for each command group). Refusals
exit 1 with one line on stderr and leave the database file as it was.

The commands take no "today": they use the computer's date, so the dates given here are ones the
demo makes valid on any day from 23 November 2026 on, and what depends on the day is read back
from the services rather than assumed.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from email import policy
from email.parser import BytesParser

from conftest import cli_for, here_for
from conftest import cli_ok as ok
from conftest import one_line_refusal
from conftest import store_settled_sha256 as settled_sha256
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from cpo_desktop.model import exchange_rules
from cpo_desktop.services import exchange

D = dt.date
AUGUST, OCTOBER = 2, 3
SUBJECT = "Corporate Parenting Board minutes – 12 August 2026 – for information"


def pdf_file(path, *lines: str):
    c = canvas.Canvas(str(path), pagesize=A4)
    for n, line in enumerate(lines):
        c.drawString(72, 760 - 16 * n, line)
    c.showPage()
    c.save()
    return path


def test_status_json_has_the_register(demo_store):
    cli = cli_for(demo_store)
    data = json.loads(ok(cli("exchange", "status", "--json")))
    assert set(data) == {"today", "send_within_working_days", "receive_within_months", "partners", "exchanges"}
    assert D.fromisoformat(data["today"]) == dt.date.today()
    assert (data["send_within_working_days"], data["receive_within_months"]) == (10, 4)
    assert [p["partner"]["short_name"] for p in data["partners"]] == ["SSCP", "HWB"]
    assert {"awaiting", "ready", "send_overdue", "to_note", "receive_overdue", "receive_by", "last_sent",
            "last_received"} <= set(data["partners"][0])
    assert {r["status"] for r in data["exchanges"]} <= set(exchange_rules.STATUSES)
    by_key = {r["key"]: r for r in data["exchanges"]}
    august = by_key[f"out:{AUGUST}:1"]
    assert (august["direction"], august["partner"], august["status"], august["overdue"]) == ("out", "SSCP",
                                                                                           "ready to send", True)
    assert (august["meeting_date"], august["confirmed_on"], august["due"]) == ("2026-08-12", "2026-10-14", "2026-10-28")
    assert by_key[f"out:{OCTOBER}:2"]["status"] == "awaiting confirmation"
    email = [r for r in data["exchanges"] if r["direction"] == "in" and r["source"] == "email"]
    assert [(r["partner"], r["meeting_date"], r["received_on"], r["confidentiality"]) for r in email] == [
        ("SSCP", "2026-11-03", "2026-11-12", "restricted")]
    assert [d["original_name"] for d in email[0]["documents"]] == ["SSCP minutes 3 November 2026.pdf",
                                                                   "SSCP appendix 03-11-2026.pdf"]
    # The same as the service says for today.
    expected = exchange.register(demo_store, today=dt.date.today()).as_dict()
    assert data == json.loads(json.dumps(expected, ensure_ascii=False))


def test_status_as_text(demo_store, capsys):
    out = ok(here_for(demo_store, capsys)("exchange", "status"))
    assert "our confirmed minutes go within 10 working days" in out
    assert "SSCP – Sefton Safeguarding Children Partnership (restricted)" in out
    assert f"out:{AUGUST}:1" in out and "ready to send OVERDUE" in out
    assert "nothing received OVERDUE" in out


def test_export_writes_the_package_and_says_what_next(demo_store, tmp_path):
    folder = tmp_path / "to SSCP"
    out = ok(cli_for(demo_store)("exchange", "export", "2026-08-12", "--partner", "SSCP", "-o", str(folder)))
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(["Corporate Parenting Board minutes 2026-08-12 (public).pdf",
                            "Covering note to SSCP 2026-08-12.docx",
                            "Corporate Parenting Board minutes - 12 August 2026 - for information.eml"])
    assert out.startswith(f"Package for SSCP written to {folder}:")
    for name in names:
        assert f"  {name}\n" in out
    assert "addressed to sscp.businessunit@example.org" in out
    assert "cpo-desktop exchange mark-sent 2026-08-12 --partner SSCP" in out
    eml = next(folder.glob("*.eml"))
    msg = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    assert (msg["Subject"], msg["X-Unsent"]) == (SUBJECT, "1")
    [row] = [r for r in exchange.register(demo_store, today=dt.date.today()).rows if r.key == f"out:{AUGUST}:1"]
    assert row.package_folder == str(folder) and row.prepared_at is not None


def test_export_refusals(demo_store, tmp_path, capsys):
    cli = here_for(demo_store, capsys)
    before = settled_sha256(demo_store)
    one_line_refusal(demo_store, cli("exchange", "export", str(OCTOBER), "--partner", "HWB", "-o", str(tmp_path / "x")),
                     "The minutes of 14/10/2026 are not confirmed yet", before=before)
    one_line_refusal(demo_store, cli("exchange", "export", str(AUGUST), "--partner", "LSCB", "-o", str(tmp_path / "x")),
                     "There is no partner board called “LSCB”", "SSCP, HWB, O&S", before=before)
    assert not (tmp_path / "x").exists()


def test_mark_sent_and_undo(demo_store, capsys):
    here = here_for(demo_store, capsys)
    out = ok(here("exchange", "mark-sent", str(AUGUST), "--partner", "SSCP", "--date", "20/11/2026"))
    assert out.startswith("Minutes of 12/08/2026 marked as sent to SSCP on 20/11/2026")
    assert "sent late: due 28/10/2026" in out
    [row] = [r for r in exchange.register(demo_store, today=dt.date.today()).rows if r.key == f"out:{AUGUST}:1"]
    assert (row.status, row.sent_on) == ("sent", D(2026, 11, 20))
    before = settled_sha256(demo_store)
    one_line_refusal(demo_store, here("exchange", "mark-sent", str(AUGUST), "--partner", "HWB", "--date", "2026-11-20"),
                     "already sent to HWB on 02/11/2026", before=before)
    one_line_refusal(demo_store, here("exchange", "mark-sent", str(AUGUST), "--partner", "SSCP", "--date",
                                      "30/02/2026"), "30/02/2026", before=before)
    assert ok(here("exchange", "mark-sent", str(AUGUST), "--partner", "SSCP", "--undo")) == "No longer marked as sent.\n"
    [row] = [r for r in exchange.register(demo_store, today=dt.date.today()).rows if r.key == f"out:{AUGUST}:1"]
    assert (row.status, row.sent_on) == ("ready to send", None)


def test_import_lists_the_minutes_on_the_next_agenda(demo_store, tmp_path, capsys):
    path = pdf_file(tmp_path / "minutes.pdf", "Sefton Safeguarding Children Partnership",
                    "Partners endorsed the Kestrelwood exploitation strategy.")
    out = ok(cli_for(demo_store)("exchange", "import", str(path), "--partner", "SSCP", "--meeting-date", "2026-11-16",
                                 "--received", "20/11/2026"))
    rows = [r for r in exchange.register(demo_store, today=dt.date.today()).rows
            if r.direction == "in" and r.meeting_date == D(2026, 11, 16)]
    [row] = rows
    assert (row.partner, row.received_on, row.confidentiality, row.status) == ("SSCP", D(2026, 11, 20), "restricted",
                                                                              "received")
    assert out.startswith(f"Added SSCP's minutes of 16/11/2026, received 20/11/2026 (restricted): minutes.pdf "
                          f"[id {row.exchange_id}].")
    assert f"at the board meeting on {row.listed_meeting_date:%d/%m/%Y}." in out
    # Search finds it, from the command line too.
    hits = json.loads(ok(here_for(demo_store, capsys)("exchange", "search", "kestrelwood", "--json")))
    assert [(h["exchange_id"], h["partner"], h["original_name"]) for h in hits] == [(row.exchange_id, "SSCP",
                                                                                     "minutes.pdf")]
    text = ok(here_for(demo_store, capsys)("exchange", "search", "Kestrelwood", "strategy"))
    assert f"[{row.exchange_id}] SSCP minutes of 16/11/2026 – minutes.pdf (restricted)" in text
    assert ok(here_for(demo_store, capsys)("exchange", "search", "nothingmatchesthis")) == \
        "No partner minutes contain that.\n"
    # The same file again: refused, one line, nothing added.
    before = settled_sha256(demo_store)
    one_line_refusal(demo_store, here_for(demo_store, capsys)("exchange", "import", str(path), "--partner", "SSCP",
                                                              "--meeting-date", "2026-11-16"),
                     "Already received, so nothing was added", before=before)


def test_import_refusals_are_one_line_and_add_nothing(demo_store, tmp_path, capsys):
    writer = PdfWriter(clone_from=pdf_file(tmp_path / "plain.pdf", "Minutes 10 November 2026"))
    writer.encrypt(user_password="pw", owner_password="owner")
    buf = io.BytesIO()
    writer.write(buf)
    locked = tmp_path / "SSCP minutes 10 November 2026.pdf"
    locked.write_bytes(buf.getvalue())
    cli = cli_for(demo_store)
    before = settled_sha256(demo_store)
    one_line_refusal(demo_store, cli("exchange", "import", str(locked), "--partner", "SSCP"),
                     "“SSCP minutes 10 November 2026.pdf” is encrypted", before=before)
    one_line_refusal(demo_store, here_for(demo_store, capsys)("exchange", "import", str(locked), "--partner", "LSCB"),
                     "There is no partner board called “LSCB”", before=before)
    one_line_refusal(demo_store, here_for(demo_store, capsys)("exchange", "import", str(tmp_path / "plain.pdf"),
                                                              "--partner", "SSCP", "--received", "2099-01-01"),
                     "is in the future", before=before)


def test_edit_and_remove_partner_minutes(demo_store, capsys):
    here = here_for(demo_store, capsys)
    rows = {r.meeting_date: r for r in exchange.register(demo_store, today=dt.date.today()).rows
            if r.direction == "in" and r.exchange_id}
    latest, noted = rows[D(2026, 11, 3)], rows[D(2026, 7, 6)]
    before = settled_sha256(demo_store)
    one_line_refusal(demo_store, here("exchange", "edit", str(latest.exchange_id)), "Give what to change",
                     before=before)
    one_line_refusal(demo_store, here("exchange", "remove", str(noted.exchange_id)),
                     "noted at the meeting on 12/08/2026", before=before)
    assert ok(here("exchange", "edit", str(latest.exchange_id), "--confidentiality", "public")) == "Saved.\n"
    assert ok(here("exchange", "remove", str(latest.exchange_id))) == \
        f"Removed the partner minutes received with id {latest.exchange_id}.\n"
    assert latest.exchange_id not in [r.exchange_id for r in exchange.register(demo_store, today=dt.date.today()).rows]


def test_partners_add_edit_and_their_checks(demo_store, capsys):
    here = here_for(demo_store, capsys)
    listed = json.loads(ok(here("exchange", "partners", "--json")))
    assert [(p["short_name"], p["confidentiality"], p["exchange_out"], p["send_docx"]) for p in listed] == [
        ("SSCP", "restricted", True, False), ("HWB", "public", True, True), ("O&S", "public", False, False)]
    text = ok(here("exchange", "partners"))
    assert "sscp.businessunit@example.org" in text and "(no e-mail)" in text

    before = settled_sha256(demo_store)
    one_line_refusal(demo_store, here("exchange", "partner-add", "--name", "Sefton Community Safety Partnership",
                                      "--short", "CSP", "--email", "csp at example.org"),
                     "“csp at example.org” is not an e-mail address", before=before)
    one_line_refusal(demo_store, here("exchange", "partner-add", "--name", "Another", "--short", "hwb"),
                     "already has the short name “hwb”", before=before)
    one_line_refusal(demo_store, here("exchange", "partner-edit", "HWB", "--email", "hwb@"),
                     "is not an e-mail address", before=before)
    one_line_refusal(demo_store, here("exchange", "partner-edit", "NOPE", "--email", "x@example.org"),
                     "There is no partner board called “NOPE”", before=before)

    out = ok(here("exchange", "partner-add", "--name", "Sefton Community Safety Partnership", "--short", "CSP",
                  "--email", "csp@example.org", "--secretariat", "CSP team", "--direction", "in", "--docx",
                  "--since", "01/09/2026", "--every", "3"))
    assert out.startswith("Added partner board CSP (id ")
    csp = exchange.find_partner(demo_store, "CSP")
    assert (csp.secretariat_email, csp.secretariat_name, csp.exchange_out, csp.exchange_in, csp.send_docx) == (
        "csp@example.org", "CSP team", False, True, True)
    assert (csp.exchange_from, csp.expected_frequency_months) == (D(2026, 9, 1), 3)
    assert ok(here("exchange", "partner-edit", "CSP", "--email", "community.safety@example.org", "--direction",
                   "both", "--no-docx")) == "Saved.\n"
    csp = exchange.find_partner(demo_store, "CSP")
    assert (csp.secretariat_email, csp.exchange_out, csp.send_docx, csp.secretariat_name) == (
        "community.safety@example.org", True, False, "CSP team")  # what was not given stays
    assert ok(here("exchange", "partner-edit", "CSP", "--former")) == "Saved.\n"
    assert "CSP" not in [p["short_name"] for p in json.loads(ok(here("exchange", "partners", "--json")))]
    assert "CSP" in [p["short_name"] for p in json.loads(ok(here("exchange", "partners", "--all", "--json")))]


def test_a_refused_partner_edit_saves_nothing_at_all(demo_store, capsys):
    # Found by these tests (fixed in 0033d0a): --former was saved before the e-mail was refused.
    before = settled_sha256(demo_store)
    result = here_for(demo_store, capsys)("exchange", "partner-edit", "HWB", "--former", "--email", "hwb at example.org")
    assert result.returncode == 1 and "is not an e-mail address" in result.stderr
    assert not exchange.find_partner(demo_store, "HWB").former
    assert settled_sha256(demo_store) == before


def test_settings_show_and_change_the_thresholds(demo_store, capsys):
    here = here_for(demo_store, capsys)
    assert ok(here("exchange", "settings")) == (
        "Our confirmed minutes go to partners within 10 working days; a partner is overdue after 4 months without "
        "sending minutes.\n")
    assert "within 15 working days" in ok(here("exchange", "settings", "--send-days", "15"))
    assert exchange.thresholds(demo_store) == (15, 4)
    before = settled_sha256(demo_store)
    one_line_refusal(demo_store, here("exchange", "settings", "--send-days", "0", "--receive-months", "30"),
                     "within 1 to 60 working days", "after 1 to 24 months", before=before)
    assert exchange.thresholds(demo_store) == (15, 4)
