"""Minutes & actions: attendance, declarations, the minutes and the action log of a meeting."""

from cpo_desktop.ui.minutes.view import MinutesView

__all__ = ["MinutesView"]
