"""Board and application settings kept in the database as JSON values, typed and checked in one
place for the command line and the window alike.

Every setting the app keeps is in ``REGISTRY``: its key, its Python type, its default, a check
and a short label for messages. Read one with ``value(store_or_session, key)`` (the default when
it was never set, or when what is stored is no longer allowed); change one with
``put(store, key, value)`` or several at once with ``put_many(store, {key: value})``: every
value is checked before any is saved, a value as it stands writes nothing, and a bad one is
refused with a :class:`SettingsError` that names the setting and what is allowed.

``get``/``set``/``get_in``/``set_in`` read and write the raw JSON value (no checks); services
use them for bookkeeping of their own (``actions.last_number``, ``seed.*``, ``demo.loaded``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from cpo_desktop.errors import UserError, sentence
from cpo_desktop.model.minutes_rules import QuorumRule, parse_fraction
from cpo_desktop.model.register_rules import email_problem
from cpo_desktop.model.suppression import DEFAULT_THRESHOLD
from cpo_desktop.model.tables import Setting as SettingRow
from cpo_desktop.store.db import Store


class SettingsError(UserError):
    """A setting refused, naming it and what is allowed. Nothing was saved."""


# --- the registry ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Setting:
    """One setting the app keeps.

    ``kind`` is its Python type (``int``, ``bool``, ``str``, ``dict``); ``optional`` allows None
    (not set). ``rule`` says what is allowed, as the end of a sentence that starts with the
    setting ("the report deadline is 1 to 40 working days before the meeting"): the message when a
    value of the wrong type, or one ``allows`` refuses, is given. ``check`` finds problems that
    need their own words (an e-mail address that is not one), or None.
    """

    key: str
    kind: type | tuple[type, ...]
    default: Any
    label: str
    rule: str
    allows: Callable[[Any], bool] | None = None
    check: Callable[[Any], str | None] | None = None
    optional: bool = False

    def problem(self, value: Any) -> str | None:
        """What is wrong with ``value`` for this setting, in words, or None when it is allowed."""
        if value is None:
            return None if self.optional else self.rule
        if not _is_kind(value, self.kind) or (self.allows is not None and not self.allows(value)):
            return self.rule
        return self.check(value) if self.check else None


def _is_kind(value: Any, kind: type | tuple[type, ...]) -> bool:
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def _between(low: int, high: int) -> Callable[[int], bool]:
    return lambda value: low <= value <= high


def _one_of(*allowed: str) -> Callable[[str], bool]:
    return lambda value: value in allowed


def _email(value: str) -> str | None:
    return contact_problem(value)


def _phone(value: str) -> str | None:
    return phone_problem(value)


def _fraction(value: str) -> str | None:
    try:
        parse_fraction(value)
    except ValueError as exc:
        return str(exc)
    return None


def _iso_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


SCHEDULE_FIELDS = {"months": list, "weekday": int, "week": int, "start_time": str,
                   "duration_minutes": int, "venue": str, "online_link": (str, type(None))}
"""The fields of a saved meetings schedule (``services.meetings.Schedule``) and their types."""


def _schedule(value: dict) -> bool:
    """The meetings schedule's shape (``services.meetings.Schedule.problems`` checks its values)."""
    return (not value.keys() - SCHEDULE_FIELDS.keys()
            and all(isinstance(value[name], kind) for name, kind in SCHEDULE_FIELDS.items() if name in value)
            and all(isinstance(m, int) for m in value.get("months", [])))


_QUORUM = QuorumRule()

REGISTRY: dict[str, Setting] = {s.key: s for s in (
    Setting("backup.keep", int, 20, "backups kept", "the number of backups kept is 1 to 500", _between(1, 500)),
    Setting("agenda.report_deadline_days", int, 10, "report deadline",
            "the report deadline is 1 to 40 working days before the meeting", _between(1, 40)),
    Setting("agenda.continuous_numbering", bool, False, "agenda numbering",
            "agenda numbering is continuous (yes) or from 1 at each meeting (no)"),
    Setting("exchange.send_within_working_days", int, 10, "minutes sent within",
            "minutes are sent within 1 to 60 working days", _between(1, 60)),
    Setting("exchange.receive_within_months", int, 4, "partner overdue after",
            "a partner is overdue after 1 to 24 months", _between(1, 24)),
    Setting("contact.name", str, "", "contact officer", "the contact officer's name is text"),
    Setting("contact.email", str, "", "contact e-mail", "the contact e-mail is an e-mail address, or empty",
            check=_email),
    Setting("contact.job_title", str, "", "contact officer's job title", "the contact officer's job title is text"),
    Setting("contact.phone", str, "", "contact telephone",
            "the contact telephone is a number such as 0151 934 2000, or empty", check=_phone),
    Setting("minutes.numbering", str, "per_meeting", "minute numbering",
            "minute numbering is “per_meeting” or “continuous”", _one_of("per_meeting", "continuous")),
    Setting("meetings.schedule", dict, None, "meetings schedule",
            "the meetings schedule is months, a weekday, a week, a start time, a length, a venue and an "
            "online link", _schedule, optional=True),
    Setting("quorum.fraction", str, None, "quorum fraction", "the quorum fraction is written 1/3, 0.5 or 50%",
            check=_fraction, optional=True),
    Setting("quorum.minimum", int, _QUORUM.minimum, "quorum minimum",
            "the minimum must be between 1 and 100 members", _between(1, 100)),
    Setting("quorum.elected_members", int, _QUORUM.elected, "elected members for a quorum",
            "the elected members needed must be between 0 and 20", _between(0, 20)),
    Setting("quorum.count_remote", bool, _QUORUM.count_remote, "online members count",
            "whether members joining online count is yes or no"),
    Setting("performance.suppression_threshold", int, DEFAULT_THRESHOLD, "suppression threshold",
            "the suppression threshold is a whole number from 1 to 20", _between(1, 20)),
    Setting("calendar.uid_domain", str, None, "calendar identity", "the calendar identity is text", optional=True),
    Setting("actions.last_number", int, 0, "last action number", "the last action number is 0 or more",
            lambda value: value >= 0),
    Setting("firstrun.choice", str, None, "first-run choice", "the first-run choice is “demo” or “empty”",
            _one_of("demo", "empty"), optional=True),
    Setting("demo.loaded", str, None, "demo loaded", "the demo's day is written YYYY-MM-DD", _iso_day,
            optional=True),
    Setting("seed.board_template", str, None, "board template", "the board template is text", optional=True),
    Setting("seed.report_rules", (str, int), None, "report rules", "the report rules are a count or a note",
            optional=True),
    Setting("seed.indicators", (str, int), None, "indicators seeded", "the indicators seeded are a count or a note",
            optional=True),
)}
"""Every setting the app keeps, by key."""

DEFAULTS: dict[str, Any] = {
    key: REGISTRY[key].default for key in (
        "backup.keep", "agenda.report_deadline_days", "agenda.continuous_numbering",
        "exchange.send_within_working_days", "exchange.receive_within_months")}
"""The settings a freshly seeded board writes down (``services.seed``)."""


def setting(key: str) -> Setting:
    """The registry's entry for ``key``; SettingsError for a key the app does not keep."""
    try:
        return REGISTRY[key]
    except KeyError:
        raise SettingsError(f"There is no setting called “{key}”.") from None


# --- typed reading and checked writing ------------------------------------------------------------

def value(where: Store | Session, key: str) -> Any:
    """The setting's value, of its type: the default when never set, or when what is stored
    is no longer allowed."""
    entry = setting(key)
    if isinstance(where, Session):
        return _value_in(where, entry)
    with where.session(write=False) as session:
        return _value_in(session, entry)


def _value_in(session: Session, entry: Setting) -> Any:
    row = session.get(SettingRow, entry.key)
    if row is None:
        return entry.default
    stored = json.loads(row.value)
    return entry.default if entry.problem(stored) is not None else stored


def problems(changes: Mapping[str, Any]) -> list[str]:
    """What is wrong with each of ``changes`` (key → value), in the registry's words."""
    found = []
    for key, new in changes.items():
        if (problem := setting(key).problem(new)) is not None:
            found.append(problem)
    return found


def put(store: Store | Session, key: str, new: Any) -> bool:
    """Change one setting after checking it; True when that changed what is stored (the value
    it already has, set or default, writes nothing)."""
    return bool(put_many(store, {key: new}))


def put_many(store: Store | Session, changes: Mapping[str, Any]) -> list[str]:
    """Change several settings in one transaction, every value checked before any is saved.
    Returns the keys whose stored value changed. SettingsError names what was refused."""
    if found := problems(changes):
        raise SettingsError(sentence(found) + " Nothing was saved.")
    if isinstance(store, Session):
        return _put_in(store, changes)
    with store.session() as session:
        return _put_in(session, changes)


def _put_in(session: Session, changes: Mapping[str, Any]) -> list[str]:
    changed = []
    for key, new in changes.items():
        if _value_in(session, REGISTRY[key]) != new:
            set_in(session, key, new)
            changed.append(key)
    return changed


# --- raw JSON values (no checks) ------------------------------------------------------------------

def get_in(session: Session, key: str, default: Any = None) -> Any:
    """The stored JSON value, else the seeded default (``DEFAULTS``), else ``default``."""
    row = session.get(SettingRow, key)
    if row is None:
        return DEFAULTS.get(key, default)
    return json.loads(row.value)


def set_in(session: Session, key: str, new: Any) -> None:
    """Store a JSON value as it is (the value it already has writes nothing)."""
    row = session.get(SettingRow, key)
    text = json.dumps(new)
    if row is None:
        session.add(SettingRow(key=key, value=text))
    elif row.value != text:
        row.value = text


def get(store: Store, key: str, default: Any = None) -> Any:
    with store.session() as session:
        return get_in(session, key, default)


def set(store: Store, key: str, new: Any) -> None:  # noqa: A001 - mirrors get()
    with store.session() as session:
        set_in(session, key, new)


# --- the contact officer --------------------------------------------------------------------------

# What documents call the contact officer when neither a name nor a job title is set.
CONTACT_ROLE = "Corporate Parenting Officer"


@dataclass(frozen=True)
class Contact:
    """The contact officer the board's documents and e-mail drafts name (settings contact.name,
    contact.job_title, contact.email and contact.phone; each empty when not set)."""
    name: str
    email: str
    job_title: str = ""
    phone: str = ""

    @property
    def display_name(self) -> str:
        return self.name or self.job_title or CONTACT_ROLE

    @property
    def role(self) -> str:
        """The job title where a name is set ("Name, job title"); nothing is added when it is not."""
        return self.job_title if self.name else ""

    def line(self) -> str:
        """"Sam Hale, Corporate Parenting Officer, sam.hale@sefton.gov.uk, 0151 934 2000": what is set."""
        return ", ".join(x for x in (self.name, self.role, self.email, self.phone) if x)


def contact(session: Session) -> Contact:
    return Contact(name=get_in(session, "contact.name", "") or "", email=get_in(session, "contact.email", "") or "",
                   job_title=get_in(session, "contact.job_title", "") or "",
                   phone=get_in(session, "contact.phone", "") or "")


def phone_problem(phone: str) -> str | None:
    """What is wrong with a telephone number (empty is allowed): digits, spaces, +, brackets and
    hyphens, with 7 to 15 digits (an extension after "ext" is allowed), or None."""
    text = phone.strip()
    if not text:
        return None
    number, _, extension = text.lower().partition("ext")
    digits = [c for c in number if c.isdigit()]
    if any(not (c.isdigit() or c in " +()-.") for c in number) or not 7 <= len(digits) <= 15 \
            or not extension.strip(" .:").isdigit() and extension:
        return f"“{text}” is not a telephone number (write it as 0151 934 2000 or +44 151 934 2000)"
    return None


def contact_problem(email: str) -> str | None:
    """What is wrong with a contact e-mail address (empty is allowed), or None."""
    problem = email_problem(email.strip()) if email.strip() else None
    return f"{problem[:1].upper()}{problem[1:]}" if problem else None


def set_contact_in(session: Session, name: str, email: str, job_title: str | None = None,
                   phone: str | None = None) -> Contact:
    """Record the contact officer the front sheets, induction packs and e-mail drafts name
    (``job_title`` and ``phone`` None: left as they are)."""
    before = contact(session)
    wanted = Contact(name=name.strip(), email=email.strip(),
                     job_title=before.job_title if job_title is None else job_title.strip(),
                     phone=before.phone if phone is None else phone.strip())
    if problems := [p for p in (contact_problem(wanted.email), phone_problem(wanted.phone)) if p]:
        raise SettingsError(f"{'. '.join(problems)}. Nothing was saved.")
    if before == wanted:
        return before  # as it was (also when never set and left empty): nothing to write
    for key, value in (("contact.name", wanted.name), ("contact.email", wanted.email),
                       ("contact.job_title", wanted.job_title), ("contact.phone", wanted.phone)):
        set_in(session, key, value)
    return contact(session)


def set_contact(store: Store, name: str, email: str, job_title: str | None = None,
                phone: str | None = None) -> Contact:
    with store.session() as session:
        return set_contact_in(session, name, email, job_title, phone)
