"""The register commands (members show/add/edit/appoint/…, officers …), run as a user would.

Each test chains several commands on one real data folder, through the CLI's entry point in this
process (``run_cli``: the same output and exit code as a fresh interpreter; test_cli.py starts one
for each command group).
"""

from __future__ import annotations

import datetime as dt
import json
import re

from conftest import run_cli, sha256

from cpo_desktop.cli import build_parser
from cpo_desktop.model import enums


def _ok(result) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def _refused(result, *fragments: str) -> str:
    """Exit 1 with exactly one line on stderr, naming the reason."""
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cpo-desktop: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


def _id(text: str, what: str = "id") -> int:
    match = re.search(rf"\({what} (\d+)\)", text)
    assert match, text
    return int(match.group(1))


def test_a_new_member_from_appointment_to_leaving_and_back(tmp_path, demo_paths):  # the demo board, for today
    data = demo_paths.root
    db = data / "cpo-desktop.sqlite3"

    def cli(*args):
        return run_cli("--data-dir", str(data), *args)

    today = dt.date.today()
    added = _ok(cli("members", "add", "--first-name", "Ann", "--surname", "Lee", "--title", "Ms",
                    "--email", "ann.lee@example.org", "--organisation", "Department for Work and Pensions"))
    assert added.startswith("Added Ann Lee (id ")
    ann = _id(added)
    ben = _id(_ok(cli("members", "add", "--first-name", "Ben", "--surname", "Ode")))

    # "Partnership Manager, DWP" is vacant in the demo board; the title matches whatever the capitals.
    appointed = _ok(cli("members", "appoint", str(ann), "--seat", "partnership manager, dwp",
                        "--appointed-by", "Full Council"))
    assert "Appointed Ann Lee to “Partnership Manager, DWP”" in appointed
    membership = _id(appointed, "membership id")

    # Refusals: one line, exit 1, and the database file is byte-for-byte as it was.
    before = sha256(db)
    _refused(cli("members", "appoint", str(ben), "--seat", "Partnership Manager, DWP",
                 "--from", today.strftime("%d/%m/%Y")), "is held by Ann Lee", "end that membership first")
    _refused(cli("members", "appoint", str(ben), "--seat", "No Such Seat"), "No Such Seat", "cpo-desktop seats list")
    _refused(cli("members", "end", str(membership), "--on", "31/13/2026"), "is not a date")
    assert sha256(db) == before

    assert "Ben Ode is now the substitute for Ann Lee" in _ok(
        cli("members", "substitute", str(membership), "--person", str(ben)))
    _ok(cli("members", "edit", str(ann), "--phone", "0151 000 0000", "--notes", "Prefers e-mail"))
    training = _id(_ok(cli("members", "training", str(ann), "--date", "2026-02-01", "--status", "attended",
                           "--notes", "Autumn session")), "training id")

    record = json.loads(_ok(cli("members", "show", str(ann), "--json")))
    assert (record["id"], record["name"], record["title"]) == (ann, "Ann Lee", "Ms")
    assert record["email"] == "ann.lee@example.org" and record["phone"] == "0151 000 0000"
    assert record["organisation"] == "Department for Work and Pensions" and record["notes"] == "Prefers e-mail"
    [m] = record["memberships"]
    assert m["id"] == membership and m["seat"] == "Partnership Manager, DWP" and m["current"]
    assert m["start_date"] == today.isoformat() and m["appointed_by"] == "Full Council"
    assert m["substitute_id"] == ben and m["substitute"] == "Ben Ode"
    [t] = record["training"]
    assert t == {"id": training, "date": "2026-02-01", "kind": "corporate_parenting_training",
                 "kind_label": "Corporate parenting training", "status": "attended", "notes": "Autumn session"}

    _ok(cli("members", "training-edit", str(training), "--kind", "induction"))
    assert "Removed the induction record of 01/02/2026 for Ann Lee" in _ok(
        cli("members", "training-remove", str(training)))
    assert f"on {today:%d/%m/%Y}" in _ok(cli("members", "end", str(membership)))
    assert "Marked Ann Lee as a former member" in _ok(cli("members", "former", str(ann)))
    assert "Brought back Ann Lee" in _ok(cli("members", "bring-back", str(ann)))

    shown = _ok(cli("members", "show", str(ann)))
    assert shown.startswith(f"Ann Lee (id {ann})\n") and "former" not in shown.splitlines()[0]
    assert "Partnership Manager, DWP" in shown and "0151 000 0000" in shown
    assert "Training:\n  none" in shown


def test_reporting_officers(tmp_path):
    data = tmp_path / "data"

    def cli(*args):
        return run_cli("--data-dir", str(data), *args)

    person = _id(_ok(cli("members", "add", "--first-name", "Wei", "--surname", "Chen")))
    added = _ok(cli("officers", "add", "--role", "Virtual School Head", "--person", str(person),
                    "--organisation", "Sefton Council", "--reports", "Education of cared for children",
                    "--frequency", "quarterly"))
    officer = _id(added)

    [row] = [r for r in json.loads(_ok(cli("officers", "list", "--json"))) if r["id"] == officer]
    assert (row["role"], row["person_id"], row["person"]) == ("Virtual School Head", person, "Wei Chen")
    assert (row["organisation"], row["frequency"], row["former"]) == ("Sefton Council", "quarterly", False)

    _ok(cli("officers", "edit", str(officer), "--no-person", "--frequency", "annual"))
    _refused(cli("officers", "edit", "9999", "--role", "Anyone"), "no reporting officer with id 9999")
    assert "as former" in _ok(cli("officers", "former", str(officer)))

    table = _ok(cli("officers", "list"))
    assert table.splitlines()[0].split() == ["Id", "Role", "Officer", "Organisation", "How", "often"]
    assert "Virtual School Head" not in table
    [row] = [r for r in json.loads(_ok(cli("officers", "list", "--former", "--json"))) if r["id"] == officer]
    assert row["former"] and row["person_id"] is None and row["frequency_label"] == "Annual"
    assert row["reports"] == "Education of cared for children"


def test_every_register_command_is_wired_with_the_enum_choices():
    """In-process: the parser knows each command, and the choices are the model's own values."""
    parser = build_parser()
    args = parser.parse_args(["members", "training", "3", "--date", "1/2/2026"])
    assert (args.kind, args.status) == ("corporate_parenting_training", "invited")
    for argv in (["members", "show", "1"], ["members", "edit", "1", "--no-young-person"],
                 ["members", "appoint", "1", "--seat", "2"], ["members", "end", "1"],
                 ["members", "substitute", "1", "--none"], ["members", "former", "1"],
                 ["members", "bring-back", "1"], ["members", "training-edit", "1"],
                 ["members", "training-remove", "1"], ["officers", "list"], ["officers", "add", "--role", "R"],
                 ["officers", "edit", "1"], ["officers", "former", "1"], ["officers", "bring-back", "1"]):
        assert callable(parser.parse_args(argv).func)

    for kind in enums.TrainingKind:
        for status in enums.TrainingStatus:
            args = parser.parse_args(["members", "training", "1", "--date", "1/2/2026", "--kind", kind.value,
                                      "--status", status.value])
            assert (args.kind, args.status) == (kind.value, status.value)
    for frequency in enums.ReportFrequency:
        assert parser.parse_args(["officers", "edit", "1", "--frequency", frequency.value]).frequency == frequency
