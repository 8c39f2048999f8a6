"""Board and application settings kept in the database as JSON values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from cpo_desktop.errors import UserError
from cpo_desktop.model.tables import Setting
from cpo_desktop.store.db import Store

DEFAULTS: dict[str, Any] = {
    "backup.keep": 20,
    "agenda.report_deadline_days": 10,  # reports due this many working days before the meeting
    "agenda.continuous_numbering": False,  # number items on through the municipal year
    "exchange.send_within_working_days": 10,  # our confirmed minutes go to partners within this
    "exchange.receive_within_months": 4,  # a partner silent for longer is overdue
}


def get_in(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key, default)
    return json.loads(row.value)


def set_in(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    text = json.dumps(value)
    if row is None:
        session.add(Setting(key=key, value=text))
    elif row.value != text:  # the value it already has writes nothing
        row.value = text


def get(store: Store, key: str, default: Any = None) -> Any:
    with store.session() as session:
        return get_in(session, key, default)


def set(store: Store, key: str, value: Any) -> None:  # noqa: A001 - mirrors get()
    with store.session() as session:
        set_in(session, key, value)


CONTACT_ROLE = "Corporate Parenting Officer"


@dataclass(frozen=True)
class Contact:
    """The contact officer the board's documents and e-mail drafts name (settings contact.name
    and contact.email; empty when not set)."""
    name: str
    email: str

    @property
    def display_name(self) -> str:
        return self.name or CONTACT_ROLE


def contact(session: Session) -> Contact:
    return Contact(name=get_in(session, "contact.name", "") or "", email=get_in(session, "contact.email", "") or "")


class SettingsError(UserError):
    pass


def contact_problem(email: str) -> str | None:
    """What is wrong with a contact e-mail address (empty is allowed), or None."""
    from cpo_desktop.model.register_rules import email_problem

    problem = email_problem(email.strip()) if email.strip() else None
    return f"{problem[:1].upper()}{problem[1:]}" if problem else None


def set_contact_in(session: Session, name: str, email: str) -> Contact:
    """Record the contact officer the front sheets, induction packs and e-mail drafts name."""
    if problem := contact_problem(email):
        raise SettingsError(f"{problem}. Nothing was saved.")
    before = contact(session)
    if before == Contact(name=name.strip(), email=email.strip()):
        return before  # as it was (also when never set and left empty): nothing to write
    set_in(session, "contact.name", name.strip())
    set_in(session, "contact.email", email.strip())
    return contact(session)


def set_contact(store: Store, name: str, email: str) -> Contact:
    with store.session() as session:
        return set_contact_in(session, name, email)
