"""``board show``, ``board edit`` and ``board history``: the terms of reference on the command line,
run in this process on a real migrated store (``cli_for``)."""

from __future__ import annotations

import datetime as dt
import json

from conftest import cli_for, cli_ok, one_line_refusal, store_settled_sha256

from cpo_desktop.services import meetings


def test_show_edit_and_history(store):
    mid, _ = meetings.add_meeting(store, meetings.MeetingInput(dt.date(2026, 12, 2), dt.time(14, 0), kind="board",
                                                               venue="Bootle Town Hall"), anyway=True)
    cli = cli_for(store)
    shown = cli_ok(cli("--today", "2026-12-07", "board", "show"))
    assert shown.startswith("Version 1, in force from the start\n")
    assert "Chair:\n  Lead Member for Children, Schools and Families" in shown
    assert "Vice-chair:\n  Deputy Leader, Sefton Council" in shown
    assert "Membership (" in shown and "  Leader of Sefton Council" in shown

    made = cli_ok(cli("--today", "2026-12-07", "board", "edit", "--chair-role", "Cabinet Member for Children, "
                      "Schools and Families", "--accountability", "Chair to report to the Leader of the Council.",
                      "--agreed-at", "2026-12-02", "--summary", "Agreed at the review"))
    assert made == ("Made version 2 of the terms of reference, in force from 2 December 2026; agreed at the board "
                    "meeting of 2 December 2026. Changed the Chair's role and the accountability. Agreed at the "
                    "review.\n")

    data = json.loads(cli_ok(cli("--today", "2026-12-07", "board", "show", "--json")))
    assert (data["version"], data["effective_from"], data["agreed_at_meeting_id"], data["in_force_on"]) == (
        2, "2026-12-02", mid, "2026-12-07")
    assert data["chair_role"] == "Cabinet Member for Children, Schools and Families"
    assert isinstance(data["membership"], list) and "Leader of Sefton Council" in data["membership"]
    old = json.loads(cli_ok(cli("board", "show", "--on", "01/12/2026", "--json")))
    assert old["version"] == 1 and old["newer_version"] == 2

    history = cli_ok(cli("board", "history"))
    lines = history.splitlines()
    assert lines[0].split() == ["Version", "In", "force", "from", "Agreed", "at", "What", "changed"]
    assert lines[2].startswith("2        02/12/2026     Board meeting, Wed 2 Dec 2026  Changed the Chair's role")
    rows = json.loads(cli_ok(cli("board", "history", "--json")))
    assert [r["version"] for r in rows] == [1, 2] and rows[0]["effective_from"] is None


def test_refusals_are_one_line_and_change_nothing(store):
    cli = cli_for(store)
    before = store_settled_sha256(store)
    one_line_refusal(store, cli("board", "edit"), "Nothing to change", "board edit --help", before=before)
    one_line_refusal(store, cli("board", "edit", "--frequency", "Monthly", "--agreed-at", "2031-01-01"),
                     "There is no meeting on", before=before)
    one_line_refusal(store, cli("board", "edit", "--purpose", " "), "need the board's purpose", before=before)
    one_line_refusal(store, cli("board", "show", "--on", "31/02/2026"), "31/02/2026", before=before)
