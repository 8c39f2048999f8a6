"""Import that seats people (issue 21, point 7): a board list from Excel or CSV, as a council officer's
export really is, gets a proposed seat per row; the officer's choices and the rows' start dates land
on the memberships, in one transaction; `members import FILE --match-seats [--dry-run]`."""

from __future__ import annotations

import datetime as dt
import json
import re

import board_export
import pytest
from conftest import run_cli, settled_sha256, sha256
from sqlmodel import func, select

from cpo_desktop.model.tables import Membership, Person, Seat
from cpo_desktop.services import member_import as mi

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(params=["xlsx", "csv"])
def board_list(request, tmp_path):
    path = tmp_path / f"Board membership 2026.{request.param}"
    (board_export.write_xlsx if request.param == "xlsx" else board_export.write_csv)(path)
    return path


def seat_titles(store) -> dict[int, str]:
    with store.session() as session:
        return {s.id: s.title for s in session.exec(select(Seat))}


def count(store, table) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(table)).one()


def test_the_proposal_seats_every_row_of_a_realistic_board_export(store, board_list):
    preview = mi.read_preview(store, board_list, match_seats=True, today=TODAY)
    assert preview.problems == []
    titles = seat_titles(store)
    assert [titles.get(r.seat_id) for r in preview.rows] == board_export.EXPECTED
    assert all(r.proposal.reason and r.proposal.score >= 0.45 for r in preview.rows)
    roscoe = preview.rows[0]
    assert (roscoe.values["title"], roscoe.values["first_name"], roscoe.values["surname"]) == ("Cllr", "Diane",
                                                                                              "Roscoe")
    assert roscoe.proposal.reason == "role on the board: Chair"
    assert preview.rows[9].proposal.reason.startswith("category care-experienced young person → next vacant")


def test_the_import_lands_start_dates_on_memberships_in_one_go(store, board_list):
    preview = mi.read_preview(store, board_list, match_seats=True, today=TODAY)
    report = mi.apply(store, preview)
    assert (report.added, report.appointed) == (26, 26)
    with store.session() as session:
        held = {(p.first_name, p.surname): (s.title, m.start_date, m.end_date, p.is_young_person, p.title)
                for m, p, s in session.exec(select(Membership, Person, Seat)
                                            .join(Person, Person.id == Membership.person_id)
                                            .join(Seat, Seat.id == Membership.seat_id))}
    assert held[("Diane", "Roscoe")][:2] == ("Chair – Lead Member for Children, Schools and Families",
                                             dt.date(2024, 6, 1))
    assert held[("Robert", "Okafor")][:2] == ("Elected Member (2)", dt.date(2024, 7, 15))
    assert held[("Diane", "Roscoe")][4] == "Cllr"
    kayla = held[("Kayla", "Brennan")]
    assert kayla[0] == "Care Experienced Young Person (1)" and kayla[1] == dt.date(2025, 9, 1)
    assert kayla[3] is True and held[("Jordan", "Price")][3] is True  # the privacy rule knows them
    assert not any(v[3] for k, v in held.items() if k not in {("Kayla", "Brennan"), ("Jordan", "Price")})
    # a seat's term runs from the start date in the file
    assert kayla[2] is None or kayla[2] > kayla[1]


def test_the_officer_changes_a_seat_and_a_row_without_a_start_date_starts_today(store, tmp_path):
    rows = [r[:6] + ("",) + r[7:] if r[0] == "Nadia Khan" else r for r in board_export.ROWS]
    path = tmp_path / "board.csv"
    board_export.write_csv(path, rows)
    preview = mi.read_preview(store, path, match_seats=True, today=TODAY)
    khan = next(r for r in preview.rows if r.values["surname"] == "Khan")
    assert khan.start_date == TODAY and khan.start_defaulted
    quayle = next(r for r in preview.rows if r.values["surname"] == "Quayle")
    mi.choose_seat(preview, quayle, None)  # the officer: the Virtual School head is not seated after all
    lunt = next(r for r in preview.rows if r.values["surname"] == "Lunt")
    mi.choose_seat(preview, lunt, khan.seat_id)  # …and a mistake: one seat for two rows
    assert any("is chosen for row" in p for p in preview.blocking_problems("skip"))
    with pytest.raises(mi.MemberImportError, match="Nothing was imported"):
        mi.apply(store, preview)
    assert count(store, Person) == 0
    mi.choose_seat(preview, lunt, None)
    report = mi.apply(store, preview)
    assert (report.added, report.appointed) == (26, 24)
    with store.session() as session:
        [m] = session.exec(select(Membership).join(Person, Person.id == Membership.person_id)
                           .where(Person.surname == "Khan")).all()
        assert m.start_date == TODAY
        quayle_id = session.exec(select(Person.id).where(Person.surname == "Quayle")).one()
        assert not session.exec(select(Membership).where(Membership.person_id == quayle_id)).all()


def test_a_young_persons_row_never_gets_another_seat(store, tmp_path):
    young = ("Casey Doyle", "Designated Nurse Children in Care", "NHS Cheshire & Merseyside", "Member",
             "Young person", "", "01/09/2025", None)
    path = tmp_path / "board.csv"
    board_export.write_csv(path, [young, *board_export.ROWS])
    preview = mi.read_preview(store, path, match_seats=True, today=TODAY)
    seats = {s.id: s for s in preview.seats}
    for row in preview.rows:
        if row.file_category == "young_person" and row.seat_id is not None:
            assert seats[row.seat_id].category == "young_person"
    casey = preview.rows[0]
    assert seats[casey.seat_id].title == "Care Experienced Young Person (1)"
    # the third young person of the file gets the first MAD representative's seat, no one any other
    assert [seats[r.seat_id].title for r in preview.rows if r.file_category == "young_person"] == [
        "Care Experienced Young Person (1)", "Care Experienced Young Person (2)",
        "Making A Difference (MAD) Representative (1)"]


def test_a_board_that_has_its_holders_proposes_only_their_own_seats(demo_store, tmp_path):
    """The demo board has every seat filled: a stranger gets no seat (the reason names the holder);
    a holder listed again keeps theirs."""
    with demo_store.session() as session:
        m, p, s = session.exec(select(Membership, Person, Seat).join(Person, Person.id == Membership.person_id)
                               .join(Seat, Seat.id == Membership.seat_id)
                               .where(Seat.title == "Superintendent, Merseyside Police")).one()
    holder = (f"{p.first_name} {p.surname}", "Superintendent", "Merseyside Police", "Member", "Police",
              p.email or "", m.start_date.strftime("%d/%m/%Y"), None)
    stranger = ("Mike Rowlands", "Supt.", "Merseyside Police", "Member", "Police", "mike.rowlands@police.example",
                "01/01/2026", None)
    path = tmp_path / "board.csv"
    board_export.write_csv(path, [holder, stranger])
    preview = mi.read_preview(demo_store, path, match_seats=True, today=TODAY)
    mine, theirs = preview.rows
    assert mine.duplicate_of == p.id and mine.seat_id == s.id and mine.proposal.reason == "already holds this seat"
    assert theirs.seat_id is None and f"held by {p.title + ' ' if p.title else ''}{p.first_name}" in theirs.proposal.reason
    # the officer insists: the holder is named, nothing is written
    mi.choose_seat(preview, theirs, s.id)
    mi.choose_seat(preview, mine, None)
    problems = preview.blocking_problems("skip")
    assert any("row 3" in x and "is held by" in x for x in problems)
    before = settled_sha256(demo_store)
    with pytest.raises(mi.MemberImportError):
        mi.apply(demo_store, preview)
    assert settled_sha256(demo_store) == before


def test_cli_dry_run_prints_each_proposal_and_writes_nothing(tmp_path, board_list):
    data = tmp_path / "data"
    assert run_cli("--data-dir", str(data), "check").returncode == 0
    before = sha256(data / "cpo-desktop.sqlite3")
    env = {"CPO_TODAY": TODAY.isoformat()}
    dry = run_cli("--data-dir", str(data), "members", "import", str(board_list), "--match-seats", "--dry-run", env=env)
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert lines[0].split() == ["Row", "Person", "Proposed", "seat", "Score", "Why"]
    assert "Diane Roscoe" in lines[1] and "Chair – Lead Member" in lines[1] and "role on the board: Chair" in lines[1]
    assert any("Mike Rowlands" in x and "Superintendent, Merseyside Police" in x for x in lines)
    assert "Dry run: 26 of 26 rows would be seated. Nothing was written." in dry.stdout
    assert sha256(data / "cpo-desktop.sqlite3") == before
    as_json = run_cli("--data-dir", str(data), "members", "import", str(board_list), "--match-seats", "--dry-run",
                      "--json", env=env)
    proposals = json.loads(as_json.stdout)
    assert [p["seat"] for p in proposals] == board_export.EXPECTED
    assert proposals[0]["row"] == 2 and proposals[0]["start_date"] == "2024-06-01"
    assert sha256(data / "cpo-desktop.sqlite3") == before

    done = run_cli("--data-dir", str(data), "members", "import", str(board_list), "--match-seats", env=env)
    assert done.returncode == 0, done.stderr
    assert "26 added, 0 updated, 0 skipped, 26 appointed to seats" in done.stdout
    listed = json.loads(run_cli("--data-dir", str(data), "seats", "list", "--json", env=env).stdout)
    assert {s["seat"]: s["holder"] for s in listed}["Partnership Manager, DWP"] == "Nadia Khan"
    assert {s["seat"]: s["since"] for s in listed}["Elected Member (3)"] == "2024-07-15"


def test_cli_json_goes_with_a_dry_run_of_match_seats(tmp_path, board_list):
    result = run_cli("--data-dir", str(tmp_path / "data"), "members", "import", str(board_list), "--json")
    assert result.returncode != 0 and "--match-seats --dry-run" in result.stderr


def test_cli_lists_the_rows_left_without_a_seat(tmp_path):
    data = tmp_path / "data"
    path = tmp_path / "board.csv"
    board_export.write_csv(path, [*board_export.ROWS, ("Ann Other", "Volunteer", "Bootle Youth Club", "", "", "",
                                                       "", None)])
    done = run_cli("--data-dir", str(data), "members", "import", str(path), "--match-seats",
                   env={"CPO_TODAY": TODAY.isoformat()})
    assert done.returncode == 0, done.stderr
    assert "27 added" in done.stdout and "26 appointed" in done.stdout
    assert "Not seated (1;" in done.stdout and "row 28: Ann Other: no seat:" in done.stdout


# --- hostile input ------------------------------------------------------------------------------

def test_ten_thousand_rows_are_all_imported_and_only_the_seats_there_are_filled(store, tmp_path):
    rows = [(f"{r[0]}-{n // 26}", *r[1:5], f"p{n}@example.org", *r[6:])
            for n, r in enumerate(board_export.ROWS * 385)]
    path = tmp_path / "big.csv"
    board_export.write_csv(path, rows[:10_000])
    preview = mi.read_preview(store, path, match_seats=True, today=TODAY)
    assert len(preview.rows) == 10_000 and preview.problems == []
    seated = [r.seat_id for r in preview.rows if r.seat_id is not None]
    # Every seat filled once: the 26 the export names, and the four MAD representatives' seats go to
    # later copies of its young people (a young person's seat is as right as another for them).
    assert len(seated) == len(set(seated)) == len(preview.seats) == 30
    def kind(title):  # Elected Member (2) is as right as (1) for the 386th councillor
        return re.sub(r" \(\d\)$", "", title)

    titles = seat_titles(store)
    young = {"Care Experienced Young Person", "Making A Difference (MAD) Representative"}
    assert all(kind(titles[r.seat_id]) == kind(board_export.EXPECTED[(r.line - 2) % 26])
               or {kind(titles[r.seat_id]), kind(board_export.EXPECTED[(r.line - 2) % 26])} <= young
               for r in preview.rows if r.seat_id)
    report = mi.apply(store, preview)
    assert (report.added, report.appointed) == (10_000, 30) and count(store, Person) == 10_000


def test_a_five_thousand_character_title_and_formula_looking_cells_lose_nothing(store, tmp_path):
    long_title = "Partnership Manager " + "and much else besides " * 230
    assert len(long_title) > 5000
    hyperlink = '=HYPERLINK("http://evil.example/x","Designated Nurse")'
    rows = [("Nadia Khan", long_title, "DWP", "Member", "Partner", "nadia.khan@dwp.example", "01/01/2026", None),
            ("Anita Desai", hyperlink, "=1+2", "@SUM(A1)", "Health", "anita@nhs.example", "01/01/2026", None)]
    path = tmp_path / "board.xlsx"
    board_export.write_xlsx(path, rows)
    preview = mi.read_preview(store, path, match_seats=True, today=TODAY)
    assert preview.problems == []
    titles = seat_titles(store)
    assert titles[preview.rows[0].seat_id] == "Partnership Manager, DWP"
    mi.apply(store, preview)
    with store.session() as session:
        khan = session.exec(select(Person).where(Person.surname == "Khan")).one()
        desai = session.exec(select(Person).where(Person.surname == "Desai")).one()
        assert khan.job_title == long_title.strip()
        assert desai.job_title == hyperlink  # kept as the text it is, never run
        from cpo_desktop.model.tables import Organisation
        assert session.get(Organisation, desai.organisation_id).name == "=1+2"


def test_a_one_word_name_is_a_problem_of_its_row(store, tmp_path):
    path = tmp_path / "board.csv"
    board_export.write_csv(path, [("Kayla", "Care Experienced Young Person", "", "", "Young person", "", "", None)])
    preview = mi.read_preview(store, path, match_seats=True, today=TODAY)
    assert preview.problems == ["row 2: a surname is needed"]


@pytest.mark.parametrize("name,parts", [
    ("Cllr Diane Roscoe", ("Cllr", "Diane", "Roscoe")),
    ("Roscoe, Diane", ("", "Diane", "Roscoe")),
    ("Roscoe, Cllr Diane", ("Cllr", "Diane", "Roscoe")),
    ("Dr Anna van der Berg", ("Dr", "Anna", "van der Berg")),
    ("Supt. Gareth  Lloyd", ("Supt.", "Gareth", "Lloyd")),
    ("Mary Jane O'Neill", ("", "Mary Jane", "O'Neill")),
    ("Kayla", ("", "Kayla", "")),
])
def test_a_name_written_whole_is_split(name, parts):
    assert mi.split_name(name) == parts
