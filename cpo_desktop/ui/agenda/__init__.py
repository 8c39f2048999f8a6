"""The Agenda view: each meeting's agenda, built from the board's template and changed with undo."""

from cpo_desktop.ui.agenda.view import AgendaView

__all__ = ["AgendaView"]
