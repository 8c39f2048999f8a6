"""The board's seats as the officer keeps them (issue 21, point 1): added, edited and retired, on
the demo board, through the services and the command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import DEMO_DAY, cli_ok, cli_refused, run_cli

from cpo_desktop.services import attendance, overview, seats, undo
from cpo_desktop.services.register import RegisterError

MAD = seats.SeatInput(title="Making A Difference representative (1)", category="Care-experienced young person",
                      term_years=2, rotation_group="MAD representatives", counts_towards_quorum=False,
                      source="Terms of reference 2024: four MAD representatives attend every meeting")


def seat_rows(store):
    return {r.seat: r for r in overview.load(store, today=DEMO_DAY).seats}


def test_a_seat_added_with_its_term_rotation_and_rules_is_on_the_board(demo_store):
    before = len(seat_rows(demo_store))
    seat_id = seats.add_seat(demo_store, MAD)
    row = seat_rows(demo_store)[MAD.title]
    assert len(seat_rows(demo_store)) == before + 1 and row.id == seat_id and row.vacant
    assert (row.category, row.term_years, row.permanent, row.rotation_group) == \
        ("Care-experienced young person", 2, False, "MAD representatives")
    assert (row.voting, row.counts_towards_quorum) == (True, False)
    assert row.source.startswith("Terms of reference 2024")
    # Edited: permanent now (the term in years goes), voting off, by its title in another case.
    seats.update_seat(demo_store, MAD.title.upper(), seats.SeatInput(**{**MAD.__dict__, "term_years": None,
                                                                       "permanent": True, "voting": False}))
    row = seat_rows(demo_store)[MAD.title]
    assert (row.term_years, row.permanent, row.voting) == (None, True, False)


@pytest.mark.parametrize(("change", "message"), [
    ({"title": "  "}, "needs a title"),
    ({"title": "elected member (1)"}, "already has a seat “Elected Member (1)”"),
    ({"category": "mayor"}, "Unknown seat category"),
    ({"term_years": 0}, "from 1 to 10 years"),
    ({"term_years": 2, "permanent": True}, "either permanent or a number of years"),
    ({"source": "from the \x07 bell"}, "the source"),
])
def test_a_seat_that_cannot_be_is_refused_with_a_reason_and_nothing_changes(demo_store, change, message):
    before = seat_rows(demo_store)
    with pytest.raises(RegisterError) as refused:
        seats.add_seat(demo_store, seats.SeatInput(**{**MAD.__dict__, **change}))
    assert message.casefold() in str(refused.value).casefold()
    assert seat_rows(demo_store) == before


def test_retiring_a_seat_ends_its_holders_term_that_day_and_keeps_its_history(demo_store):
    october = attendance.load(demo_store, "2026-10-14")
    farrell = next(r for r in october.rows if r.seat == "Elected Member (2)")
    done = seats.retire_seat(demo_store, "Elected Member (2)", on=dt.date(2026, 11, 1), today=DEMO_DAY)
    assert done.ended == ("Cllr Colette Farrell",)
    rows = seat_rows(demo_store)
    assert "Elected Member (2)" not in rows  # off the board's list from then on
    # The meeting before keeps the seat on its sheet and in its quorum.
    again = attendance.load(demo_store, "2026-10-14")
    assert next(r for r in again.rows if r.person_id == farrell.person_id).seat == "Elected Member (2)"
    assert again.quorum == october.quorum
    with pytest.raises(RegisterError, match="already retired"):
        seats.retire_seat(demo_store, "Elected Member (2)", today=DEMO_DAY)
    with pytest.raises(RegisterError, match="was retired on 01/11/2026"):
        seats.update_seat(demo_store, "Elected Member (2)", MAD)


def test_a_seat_is_not_retired_ahead_of_time_nor_the_chairs(demo_store):
    with pytest.raises(RegisterError, match="still to come"):
        seats.retire_seat(demo_store, "Elected Member (3)", on=DEMO_DAY + dt.timedelta(days=1), today=DEMO_DAY)
    with pytest.raises(RegisterError, match="Chair's seat"):
        seats.retire_seat(demo_store, 1, today=DEMO_DAY)
    assert "Elected Member (3)" in seat_rows(demo_store)


def test_undo_puts_a_retired_seat_and_its_holder_back(demo_store):
    snapshot = undo.seat()
    seat_id = seat_rows(demo_store)["Elected Member (2)"].id
    before_state = snapshot.capture(demo_store, seat_id)
    before = seat_rows(demo_store)["Elected Member (2)"]
    seats.retire_seat(demo_store, seat_id, today=DEMO_DAY)
    snapshot.restore(demo_store, before_state)
    assert seat_rows(demo_store)["Elected Member (2)"] == before
    # An added seat undone is gone again.
    added = seats.add_seat(demo_store, MAD)
    snapshot.restore(demo_store, snapshot.absent(added))
    assert MAD.title not in seat_rows(demo_store)


def test_seats_add_edit_retire_from_the_command_line(demo_paths):
    data = ["--data-dir", str(demo_paths.root)]
    env = {"CPO_TODAY": DEMO_DAY.isoformat()}
    out = cli_ok(run_cli(*data, "seats", "add", "--title", MAD.title, "--category", "young_person",
                         "--term-years", "2", "--rotation-group", "MAD representatives", "--no-quorum",
                         "--source", "ToR 2024", env=env))
    assert "Added the seat Making A Difference representative (1) (id " in out and "rotates with MAD" in out
    out = cli_ok(run_cli(*data, "seats", "edit", MAD.title, "--permanent", "--no-voting", env=env))
    assert "Permanent; does not vote; does not count towards the quorum" in out
    listed = {s["seat"]: s for s in json.loads(cli_ok(run_cli(*data, "seats", "list", "--json", env=env)))}
    assert listed[MAD.title] | {"id": 0} == listed[MAD.title] | {
        "id": 0, "permanent": True, "term_years": None, "voting": False, "counts_towards_quorum": False,
        "rotation_group": "MAD representatives", "source": "ToR 2024", "vacant": True}
    cli_refused(run_cli(*data, "seats", "add", "--title", "T", env=env), "needs --title and --category")
    cli_refused(run_cli(*data, "seats", "edit", MAD.title, env=env), "Nothing to change")
    cli_refused(run_cli(*data, "seats", "edit", "No such seat", "--voting", env=env), "There is no seat")
    out = cli_ok(run_cli(*data, "seats", "retire", "Elected Member (2)", "--on", "2026-11-01", env=env))
    assert out.strip() == ("Retired the seat Elected Member (2) on 01/11/2026; ended the membership of "
                           "Cllr Colette Farrell that day")
    assert "Elected Member (2)" not in cli_ok(run_cli(*data, "seats", "list", env=env))
