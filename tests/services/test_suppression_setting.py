"""The board's suppression threshold: 5 until changed, 1 to 20, kept in the store."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from cpo_desktop.errors import UserError
from cpo_desktop.model.tables import Setting
from cpo_desktop.services import settings
from cpo_desktop.services import suppression


def stored(store):
    with store.session(write=False) as session:
        return {row.key: json.loads(row.value) for row in session.exec(select(Setting))}


def test_five_until_changed_then_kept(store):
    assert suppression.threshold(store) == suppression.DEFAULT_THRESHOLD == 5
    assert suppression.KEY not in stored(store)
    assert suppression.set_threshold(store, 10) is True
    assert suppression.threshold(store) == 10 and stored(store)[suppression.KEY] == 10
    assert suppression.set_threshold(store, 10) is False  # as it is: nothing written
    assert suppression.set_threshold(store, 1) is True and suppression.threshold(store) == 1
    assert suppression.set_threshold(store, 20) is True and suppression.threshold(store) == 20


def test_the_default_set_explicitly_is_no_change(store):
    assert suppression.set_threshold(store, 5) is False
    assert suppression.KEY not in stored(store)


@pytest.mark.parametrize("bad", [0, 21, -3, 5.5, "7", None, True])
def test_anything_else_is_refused_and_nothing_saved(store, bad):
    suppression.set_threshold(store, 8)
    with pytest.raises(UserError) as caught:
        suppression.set_threshold(store, bad)
    message = caught.value.for_window()
    assert "suppression threshold must be a whole number from 1 to 20" in message
    assert "Nothing was saved." in message
    assert suppression.threshold(store) == 8


def test_a_stored_value_out_of_range_reads_as_the_default(store):
    settings.set(store, suppression.KEY, 99)  # written by hand, or by an older version
    assert suppression.threshold(store) == 5


def test_the_settings_registry_refuses_it_too(store):
    with pytest.raises(settings.SettingsError, match="whole number from 1 to 20"):
        settings.put(store, suppression.KEY, 0)
