"""Import that seats people, in the window: Members › Import… on a board list proposes a seat per row
in a Seat combo column; the officer changes one; Import appoints everyone from their start dates."""

from __future__ import annotations

import datetime as dt

import board_export
import pytest
from conftest import _copy_data, open_window
from sqlmodel import select

from cpo_desktop.model.tables import Membership, Person, Seat
from cpo_desktop.ui import prompts
from cpo_desktop.ui.register.import_dialog import NO_SEAT, ImportDialog


@pytest.fixture
def window(qtbot, data_paths, _empty_template):
    """A new store: the seeded board, every seat vacant."""
    _copy_data(_empty_template, data_paths)
    return open_window(qtbot, data_paths)


def row_index(dialog: ImportDialog, surname: str) -> int:
    return next(n for n, r in enumerate(dialog.preview.rows) if r.values["surname"] == surname)


def test_a_board_list_gets_a_seat_combo_per_row_the_officer_changes_one_and_imports(
        qtbot, window, answers, monkeypatch, tmp_path):
    path = tmp_path / "Board membership.xlsx"
    board_export.write_xlsx(path)
    reports = []
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: path)
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: reports.append(text))

    def review(d: ImportDialog) -> bool:
        # ticked by itself: the file has job titles and categories and no Seat column
        qtbot.waitUntil(lambda: d.preview is not None and d.preview.match_seats, timeout=15000)
        assert d.ui.matchSeatsCheck.isChecked()
        combos = [d.seat_combo(n) for n in range(len(d.preview.rows))]
        assert [c.currentText() for c in combos] == board_export.EXPECTED
        assert combos[0].itemText(0) == NO_SEAT and combos[0].count() == 31
        assert "role on the board: Chair" in combos[0].toolTip()
        assert d.import_button.isEnabled()

        lunt, roberts = row_index(d, "Lunt"), row_index(d, "Roberts")
        participation = combos[roberts].findText("Participation Officer, Sefton Council")
        combos[roberts].setCurrentIndex(participation)  # one seat for two rows: refused until put right
        assert not d.import_button.isEnabled() and "is chosen for row" in d.ui.problemLabel.text()
        combos[lunt].setCurrentIndex(combos[lunt].findData(None))
        assert d.import_button.isEnabled() and not d.ui.problemLabel.isVisible()
        assert d.model.index(roberts, d.model.seat_column + 1).data() == "Your choice"
        assert "25 with a seat, 1 without" in d.ui.summaryLabel.text()
        return True

    answers.append(review)
    window.actions.import_csv()
    qtbot.waitUntil(lambda: bool(reports), timeout=20000)
    assert "26 added" in reports[0] and "25 appointed to seats" in reports[0] and "1 without a seat" in reports[0]
    assert "before-import" in reports[0]  # undone, as any import, by restoring the backup made first
    with window.store.session() as session:
        held = {p.surname: (s.title, m.start_date) for m, p, s in session.exec(
            select(Membership, Person, Seat).join(Person, Person.id == Membership.person_id)
            .join(Seat, Seat.id == Membership.seat_id))}
    assert held["Roberts"] == ("Participation Officer, Sefton Council", dt.date(2024, 1, 1))
    assert "Lunt" not in held
    assert held["Roscoe"] == ("Chair – Lead Member for Children, Schools and Families", dt.date(2024, 6, 1))
    assert len(held) == 25
    qtbot.waitUntil(lambda: any(s.holder == "Cllr Diane Roscoe" for s in window.seats.model.all_rows),
                    timeout=10000)


def test_a_plain_list_of_people_is_not_a_board_list(qtbot, window, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("First name,Surname,Email\nAda,Lovelace,ada@example.org\n", encoding="utf-8")
    dialog = ImportDialog(path, window.ctx, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert not dialog.ui.matchSeatsCheck.isChecked() and not dialog.preview.match_seats
    dialog.ui.matchSeatsCheck.setChecked(True)  # the officer asks anyway: no seat, with the reason
    qtbot.waitUntil(lambda: dialog.preview.match_seats, timeout=10000)
    assert dialog.seat_combo(0).currentText() == NO_SEAT
    assert "nothing in the row" in dialog.seat_combo(0).toolTip()
