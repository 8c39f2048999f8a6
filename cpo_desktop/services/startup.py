"""Opening the user's data: the store, then the first-run seeding of the board template."""

from __future__ import annotations

import datetime as dt

from cpo_desktop import paths as paths_mod
from cpo_desktop.services import performance, seed
from cpo_desktop.store.db import Store, open_store


def open_data(data_paths: paths_mod.DataPaths, *, today: dt.date | None = None,
              daily_backup: bool = True, check_integrity: bool = False) -> Store:
    store = open_store(data_paths, today=today, daily_backup=daily_backup, check_integrity=check_integrity)
    try:
        seed.seed_board_template(store)
        seed.seed_report_rules(store)  # stores made before the work programme existed
        seed.seed_working_groups(store)  # stores made before working groups had action plans (0012)
        performance.seed_indicators(store)  # new stores, and stores made before indicators existed (0013)
    except BaseException:
        store.close()
        raise
    return store
