"""Issue 19, point 3, on the command line: ``agenda show`` draws the Part 2 divider across its
table, with the exclusion wording the printed agenda has, once, before the first Part 2 item."""

from __future__ import annotations

import datetime as dt

from conftest import cli_for, cli_ok

from cpo_desktop.services import agenda, meetings, minutes_wording

DEMO_DAY = dt.date(2026, 11, 23)


def test_agenda_show_has_the_part_2_divider_with_the_printed_exclusion_wording_once(demo_store):
    meeting = next(m for m in meetings.list_meetings(demo_store) if m.kind == "board" and m.date >= DEMO_DAY)
    agenda.add_item(demo_store, meeting.id, agenda.ItemInput(
        title="Placement fees: a provider's accounts", part=2, exempt_paragraph=3, public_interest="Accounts."))
    items = agenda.load_agenda(demo_store, meeting.id).items
    first_part2 = next(i for i in items if i.part == 2)

    lines = cli_ok(cli_for(demo_store)("agenda", "show", meeting.date.isoformat())).splitlines()
    [heading] = [n for n, line in enumerate(lines) if line.startswith("PART 2 – exempt information")]
    above = [line.split()[0] for line in lines[:heading] if line[:1].isdigit()]
    assert above[-1] == items[items.index(first_part2) - 1].number  # right after the last Part 1 item
    after = lines[heading + 1:]
    end = next(n for n, line in enumerate(after) if not line.startswith("  "))
    assert after[end].split()[0] == first_part2.number and first_part2.title in after[end]
    wording = " ".join(" ".join(after[:end]).split())
    assert wording == minutes_wording.agenda_exclusion_wording([1, 3])
    assert "defined in paragraphs 1 and 3 of Part 1 of Schedule 12A to the Act" in wording
