"""Opening the user's data: the store, then the first-run seeding of the board template."""

from __future__ import annotations

import datetime as dt

from cpo_desktop import paths as paths_mod
from cpo_desktop.services import seed, settings
from cpo_desktop.store.db import Store, open_store

INDICATORS_KEY = "seed.indicators"  # services.performance.SEEDED_KEY (that module loads only when needed)


def open_data(data_paths: paths_mod.DataPaths, *, today: dt.date | None = None,
              daily_backup: bool = True, check_integrity: bool = False) -> Store:
    store = open_store(data_paths, today=today, daily_backup=daily_backup, check_integrity=check_integrity)
    try:
        _seed_what_is_missing(store)
    except BaseException:
        store.close()
        raise
    return store


def _seed_what_is_missing(store: Store) -> None:
    """The one-time seeds, each run only while its mark is missing: on every later open one read
    of four settings, no write."""
    with store.session(write=False) as session:
        done = {key for key in (seed.SEEDED_KEY, seed.RULES_KEY, seed.GROUPS_KEY, INDICATORS_KEY)
                if settings.get_in(session, key) is not None}
    if seed.SEEDED_KEY not in done:
        seed.seed_board_template(store)
    if seed.RULES_KEY not in done:
        seed.seed_report_rules(store)  # stores made before the work programme existed
    if seed.GROUPS_KEY not in done:
        seed.seed_working_groups(store)  # stores made before working groups had action plans (0012)
    if INDICATORS_KEY not in done:
        from cpo_desktop.services import performance

        performance.seed_indicators(store)  # new stores, and stores made before indicators existed (0013)
