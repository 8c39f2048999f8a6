"""``cpo-desktop performance …`` run as a user would, in this process (one smoke test in a fresh
interpreter): indicators, import, set, show, history and the suppression threshold."""

from __future__ import annotations

import json

from conftest import cli_for, cli_ok, fresh_cli_for, one_line_refusal, store_settled_sha256


def _workbook(path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (["Indicator", "Period", "Value", "England", "Region", "Neighbours", "Target"],
                ["cla_number", "2023-12", 612], ["Children looked after", "2024-12", 516],
                ["cla_rate", "2020-03", 110], ["cla_rate", "2020-12", 114.9, None, 127.9],
                ["Children who went missing", "2024-Q4", 3]):
        ws.append(row)
    wb.save(path)
    return path


def test_import_show_public_and_restricted_and_history(store, tmp_path):
    cli = cli_for(store)
    path = _workbook(tmp_path / "bi.xlsx")
    before = store_settled_sha256(store)
    dry = cli_ok(cli("performance", "import", str(path), "--dry-run"))
    assert "5 figures are valid" in dry and "Nothing was written" in dry
    assert store_settled_sha256(store) == before
    done = cli_ok(cli("performance", "import", str(path)))
    assert "5 added, 0 updated" in done and "backup" in done

    shown = json.loads(cli_ok(cli("performance", "show", "--period", "2024-12", "--json")))
    rows = {r["key"]: r for r in shown["rows"]}
    cla, rate = rows["cla_number"], rows["cla_rate"]
    assert (cla["latest"]["value"], cla["previous"]["value"], cla["trend"], cla["judgement"]) == (516, 612, "down",
                                                                                                   None)
    assert (rate["latest"]["text"], rate["region"], rate["trend"]) == ("114.9", "127.9", "up")
    assert rows["missing_children"]["latest"]["value"] == 3

    public = json.loads(cli_ok(cli("performance", "show", "--public", "--json")))
    missing = next(r for r in public["rows"] if r["key"] == "missing_children")
    assert missing["latest"] == {"period": "2024-Q4", "text": "c"} and public["threshold"] == 5
    text = cli_ok(cli("performance", "show", "--public"))
    line = next(ln for ln in text.splitlines() if ln.startswith("Children who went missing"))
    assert "c (2024-Q4)" in line and " 3 " not in line
    restricted = cli_ok(cli("performance", "show"))
    assert "3 (2024-Q4)" in next(ln for ln in restricted.splitlines() if ln.startswith("Children who went missing"))
    assert "516 (2024-12)" in restricted and "612 (2023-12)" in restricted and "down" in restricted

    changed = cli_ok(cli("performance", "set", "cla_number", "--period", "2024-12", "--value", "517",
                         "--commentary", "Early Help pathways"))
    assert "value, commentary" in changed
    assert "Nothing changed" in cli_ok(cli("performance", "set", "cla_number", "--period", "2024-12", "--value",
                                           "517"))
    hist = json.loads(cli_ok(cli("performance", "history", "cla_number", "--json")))
    dec = next(f for f in hist["figures"] if f["period"] == "2024-12")
    assert [(c["field"], c["old"], c["new"], c["source"]) for c in dec["changes"]] == [
        ("value", "516", "517", "entered"), ("commentary", "", "Early Help pathways", "entered")]
    assert "value: 516 → 517 (entered)" in cli_ok(cli("performance", "history", "Children looked after"))


def test_indicators_add_edit_retire_and_refusals(store):
    cli = cli_for(store)
    listed = json.loads(cli_ok(cli("performance", "indicators", "--json")))
    assert listed[0]["key"] == "cla_number" and len(listed) >= 30
    added = cli_ok(cli("performance", "indicator-add", "--key", "uasc_number", "--name", "Unaccompanied children",
                       "--unit", "count", "--period", "month", "--owner", "Head of Service", "--source", "SSDA903",
                       "--part-of", "cla_number"))
    assert added.startswith("Added the indicator Unaccompanied children (uasc_number): count, neutral, month")
    edited = cli_ok(cli("performance", "indicator-edit", "uasc_number", "--polarity", "lower", "--no-sensitive"))
    assert "lower is better" in edited and "not sensitive" in edited
    assert "Retired" in cli_ok(cli("performance", "indicator-retire", "uasc_number"))
    assert "uasc_number" not in cli_ok(cli("performance", "indicators"))
    assert "(retired)" in cli_ok(cli("performance", "indicators", "--former"))

    before = store_settled_sha256(store)
    for args, words in ((("indicator-add", "--key", "Bad Key", "--name", "X"), ("lower-case",)),
                        (("indicator-edit", "nope", "--name", "X"), ("no indicator", "nope")),
                        (("set", "cla_number", "--period", "2024-Q4", "--value", "3"), ("monthly",)),
                        (("set", "cla_number", "--period", "2024-12", "--value", "many"), ("not a number",)),
                        (("suppression", "--threshold", "30"), ("1 to 20",)),
                        (("show", "--period", "someday"), ("not a period",))):
        one_line_refusal(store, cli("performance", *args), *words, before=before)


def test_the_suppression_threshold(store):
    cli = cli_for(store)
    assert "The threshold is 5" in cli_ok(cli("performance", "suppression"))
    assert "The threshold is now 3" in cli_ok(cli("performance", "suppression", "--threshold", "3"))
    assert "already 3" in cli_ok(cli("performance", "suppression", "--threshold", "3"))
    cli_ok(cli("performance", "set", "missing_children", "--period", "2024-Q4", "--mark", "Z"))
    shown = json.loads(cli_ok(cli("performance", "show", "--public", "--json")))
    assert shown["threshold"] == 3
    assert next(r for r in shown["rows"] if r["key"] == "missing_children")["latest"]["text"] == "z"


def test_the_performance_group_in_a_fresh_interpreter(store, tmp_path):
    cli = fresh_cli_for(store)
    done = cli("performance", "import", str(_workbook(tmp_path / "bi.xlsx")))
    assert done.returncode == 0 and done.stderr == "", done.stderr
    shown = cli("performance", "show", "--public")
    assert shown.returncode == 0 and "516 (2024-12)" in shown.stdout and "c (2024-Q4)" in shown.stdout


def test_report_public_and_restricted(store, tmp_path):
    """``performance report MEETING (--public | --restricted) -o FILE``: the meeting by its date, the
    figures imported from the spreadsheet, both versions written and read back."""
    import datetime as dt
    import subprocess

    from cpo_desktop.services import meetings

    meetings.add_meeting(store, meetings.MeetingInput(date=dt.date(2025, 2, 12), start_time=dt.time(14)), anyway=True)
    cli = cli_for(store)
    cli_ok(cli("performance", "import", str(_workbook(tmp_path / "bi.xlsx"))))
    texts = {}
    for version in ("public", "restricted"):
        out = tmp_path / "out" / f"{version}.pdf"
        said = cli_ok(cli("performance", "report", "2025-02-12", f"--{version}", "-o", str(out)))
        assert said.startswith(f"Wrote the {version} performance report: {out}")
        texts[version] = " ".join(subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                                                 text=True, check=True).stdout.split())
        assert not list(out.parent.glob(".*.part"))
    assert "Children looked after 516 612 ↓ down" in texts["public"]
    assert "NOT FOR PUBLICATION" in texts["restricted"] and "NOT FOR PUBLICATION" not in texts["public"]
    assert "Q4 2024 not published (small number)" in texts["public"] and "Q4 2024 3" in texts["restricted"]

    before = store_settled_sha256(store)
    one_line_refusal(store, cli("performance", "report", "2024-01-01", "--public", "-o", str(tmp_path / "x.pdf")),
                     "no meeting", before=before)
    usage = cli("performance", "report", "2025-02-12", "-o", str(tmp_path / "x.pdf"))
    assert usage.returncode == 2 and "--public" in usage.stderr
    assert not (tmp_path / "x.pdf").exists() and store_settled_sha256(store) == before
    early = "2019-01-16"  # a meeting before any figure: refused, nothing written
    meetings.add_meeting(store, meetings.MeetingInput(date=dt.date(2019, 1, 16), start_time=dt.time(14)), anyway=True)
    before = store_settled_sha256(store)
    one_line_refusal(store, cli("performance", "report", early, "--restricted", "-o", str(tmp_path / "x.pdf")),
                     "no performance figures", before=before)
    assert not (tmp_path / "x.pdf").exists()
