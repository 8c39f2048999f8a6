"""The Meetings view: the board's meetings year by year, and every change to them."""

from cpo_desktop.ui.meetings.view import MeetingsView

__all__ = ["MeetingsView"]
