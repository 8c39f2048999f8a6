"""``cpo-desktop training …`` and the councillor options of ``members add/edit/list`` on the demo board
(loaded for 23/11/2026), run as a user would, in this process."""

from __future__ import annotations

import email
import json
import re
from email import policy

from conftest import cli_for, cli_ok, cli_refused, one_line_refusal, store_settled_sha256

from cpo_desktop.cli import build_parser


def _id(text: str, what: str = "id") -> int:
    match = re.search(rf"\({what} (\d+)\)", text)
    assert match, text
    return int(match.group(1))


def test_councillors_party_ward_and_scrutiny_on_the_command_line(demo_store):
    cli = cli_for(demo_store)
    added = cli_ok(cli("--today", "2026-11-23", "members", "add", "--first-name", "Ruth", "--surname", "Okafor",
                       "--title", "Cllr", "--email", "ruth.okafor@example.org", "--councillor", "--party", "Labour",
                       "--ward", "Church", "--scrutiny"))
    ruth = _id(added)
    rows = {r["id"]: r for r in json.loads(cli_ok(cli("--today", "2026-11-23", "members", "list", "--json")))}
    assert {k: rows[ruth][k] for k in ("is_councillor", "party", "ward", "on_scrutiny", "needs_training")} == {
        "is_councillor": True, "party": "Labour", "ward": "Church", "on_scrutiny": True, "needs_training": True}
    # The demo's councillors who are not on the board are listed too, with their party.
    doyle = next(r for r in rows.values() if r["surname"] == "Doyle")
    assert doyle["is_councillor"] and doyle["seats"] == [] and doyle["party"] == "Labour" and doyle["on_scrutiny"]
    cli_ok(cli("members", "edit", str(ruth), "--no-scrutiny", "--ward", ""))
    shown = json.loads(cli_ok(cli("members", "show", str(ruth), "--json")))
    assert (shown["on_scrutiny"], shown["ward"], shown["party"], shown["is_councillor"]) == (False, None, "Labour", True)
    assert "Councillor:       yes" in cli_ok(cli("members", "show", str(ruth)))


def test_sessions_attendance_gaps_and_reminders(demo_store, tmp_path):
    cli = cli_for(demo_store)

    def run(*args):
        return cli("--today", "2026-11-23", *args)

    sessions = json.loads(cli_ok(run("training", "sessions", "--json")))
    assert [s["date"] for s in sessions] == ["2027-02-11", "2026-12-03", "2026-09-17", "2026-06-11"]
    assert sessions[-1]["attended"] == 6 and sessions[-1]["invited"] == "all-councillors"

    gaps = json.loads(cli_ok(run("training", "gaps", "--json")))
    names = [g["name"] for g in gaps]
    assert names == ["Cllr Derek Ashworth", "Cllr Ahmed Karim", "Cllr Peter Sowerby", "Cllr Brian Walsh"]
    assert [g["on_board"] for g in gaps] == [True, False, False, False]  # across the whole council

    added = cli_ok(run("training", "session-add", "--date", "19/11/2026", "--time", "17:30", "--venue",
                       "Bootle Town Hall", "--invite", "all-councillors"))
    assert "14 invited (all councillors)" in added
    session = _id(added, "session id")
    karim, walsh = (g["person_id"] for g in gaps if g["name"] in ("Cllr Ahmed Karim", "Cllr Brian Walsh"))
    recorded = cli_ok(run("training", "record", str(session), str(karim), "brian.walsh@example.org", "attended"))
    assert "Cllr Ahmed Karim, Cllr Brian Walsh as attended" in recorded and "(2 of 14 attended)" in recorded
    assert [g["name"] for g in json.loads(cli_ok(run("training", "gaps", "--json")))] == [
        "Cllr Derek Ashworth", "Cllr Peter Sowerby"]
    # Last municipal year (May 2025 to April 2026) is another list.
    last = [g["name"] for g in json.loads(cli_ok(run("training", "gaps", "--year", "2025", "--json")))]
    assert "Cllr Derek Ashworth" not in last and "Cllr Susan Doyle" in last
    assert "2 councillors not trained in 2026/27." in cli_ok(run("training", "gaps"))

    out = tmp_path / "drafts"
    written = cli_ok(run("training", "remind", "--out", str(out)))
    assert "Wrote 1 reminder draft for 2026/27" in written and "No e-mail address for: Cllr Peter Sowerby" in written
    [draft] = list(out.iterdir())
    msg = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert msg["To"] == "Cllr Derek Ashworth <derek.ashworth@example.org>" and msg["X-Unsent"] == "1"
    body = msg.get_body().get_content()
    assert body.startswith("Dear Cllr Ashworth,")
    assert "Thursday 3 December 2026 at 17:30, Southport Town Hall" in body
    assert "Thursday 11 February 2027 at 17:30, Council Chamber, Bootle Town Hall" in body

    cancelled = cli_ok(run("training", "cancel", "2027-02-11"))
    assert "Cancelled" in cancelled
    assert "cancelled" in cli_ok(run("training", "sessions"))


def test_refusals_are_one_line_and_change_nothing(demo_store):
    cli = cli_for(demo_store)
    before = store_settled_sha256(demo_store)
    for args, fragments in (
            (("training", "session-add", "--date", "31/13/2026"), ("is not a date",)),
            (("training", "session-add", "--date", "1/12/2026", "--kind", "yoga"), ("Unknown kind",)),
            (("training", "session-add", "--date", "1/12/2026", "--invite", "board", "3"), ("alone",)),
            (("training", "session-add", "--date", "1/12/2026", "--time", "tea"), ("not a time",)),
            (("training", "record", "99", "1", "attended"), ("no training session", "training sessions")),
            (("training", "record", "1", "nobody", "attended"), ("neither",)),
            (("training", "record", "4", "1", "attended"), ("still to come",)),
            (("training", "gaps", "--year", "26"), ("not a municipal year",))):
        one_line_refusal(demo_store, cli("--today", "2026-11-23", *args), *fragments, before=before)
    assert cli("training", "record", "1", "1", "late").returncode == 2  # argparse: not a choice
    refused = cli_refused(cli("members", "edit", "1", "--party", "x" * 101), "party")
    assert "100 characters" in refused


def test_the_commands_parse_as_the_issue_writes_them():
    parser = build_parser()
    args = parser.parse_args(["training", "session-add", "--date", "D", "--kind", "K", "--venue", "V",
                              "--invite", "1", "a@example.org"])
    assert (args.kind, args.venue, args.invite) == ("K", "V", ["1", "a@example.org"])
    args = parser.parse_args(["training", "record", "3", "7", "attended"])
    assert (args.session, args.people, args.status) == ("3", ["7"], "attended")
    assert parser.parse_args(["training", "gaps", "--year", "2026", "--json"]).year == 2026
    assert parser.parse_args(["training", "sessions", "--json"]).json
    assert parser.parse_args(["training", "remind", "--out", "x"]).out == "x"
    from conftest import run_cli

    assert "May YYYY" in " ".join(cli_ok(run_cli("training", "gaps", "--help")).split())


def test_editing_a_session_and_inviting_more(demo_store):
    cli = cli_for(demo_store)

    def run(*args):
        return cli("--today", "2026-11-23", *args)

    edited = cli_ok(run("training", "session-edit", "2026-12-03", "--venue", "Bootle Town Hall", "--time", "18:00"))
    assert "Thursday 3 December 2026 at 18:00, Bootle Town Hall" in edited
    shown = json.loads(cli_ok(run("training", "session-edit", "03/12/2026", "--date", "10/12/2026", "--json")))
    assert (shown["date"], shown["start_time"], shown["venue"]) == ("2026-12-10", "18:00", "Bootle Town Hall")
    assert "Nothing to change" in cli_ok(run("training", "session-edit", "2026-12-10", "--venue", "Bootle Town Hall"))
    assert cli_ok(run("training", "session-edit", "2026-12-10", "--time", "", "--json")).count('"start_time": null')

    # The session of 3 (now 10) December invited nine people chosen; every councillor adds the six others.
    gaps = {g["name"]: g["person_id"] for g in json.loads(cli_ok(run("training", "gaps", "--json")))}
    invited = cli_ok(run("training", "invite", "2026-12-10", "--invite", "all-councillors"))
    assert invited.startswith("Invited Cllr Fatima Begum, Cllr Susan Doyle, ") and "(15 invited)" in invited
    added = json.loads(cli_ok(run("training", "invite", "2026-12-10", "--invite", "all-councillors", "--json")))
    assert added["added"] == [] and added["session"]["invitees"] == 15  # the second time, no one new
    again = cli_ok(run("training", "invite", "2026-12-10", "--invite", str(gaps["Cllr Peter Sowerby"])))
    assert "No one new to invite" in again and "(15 invited)" in again


def test_session_edit_and_invite_refusals_are_one_line_and_change_nothing(demo_store):
    cli = cli_for(demo_store)
    cli_ok(cli("--today", "2026-11-23", "training", "cancel", "2027-02-11"))
    before = store_settled_sha256(demo_store)
    for args, fragments in (
            (("training", "session-edit", "2026-06-11", "--date", "2026-12-01"), ("took place", "still to come")),
            (("training", "session-edit", "2027-02-11", "--venue", "Crosby"), ("cancelled",)),
            (("training", "session-edit", "2026-09-17", "--date", "31/02/2026"), ("not a date",)),
            (("training", "session-edit", "2026-09-17", "--time", "teatime"), ("not a time",)),
            (("training", "session-edit", "2026-09-17", "--kind", "yoga"), ("Unknown kind",)),
            (("training", "session-edit", "99", "--venue", "Crosby"), ("no training session",)),
            (("training", "invite", "2027-02-11"), ("cancelled",)),
            (("training", "invite", "2026-09-17", "--invite", "board", "3"), ("alone",)),
            (("training", "invite", "2026-09-17", "--invite", "nobody"), ("neither",))):
        one_line_refusal(demo_store, cli("--today", "2026-11-23", *args), *fragments, before=before)
