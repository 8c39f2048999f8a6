"""The Performance view: the scorecard's indicators with their latest figures, an indicator's
history, the figures' entry and import, the commentary and the suppression threshold."""

from cpo_desktop.ui.performance.view import PerformanceView

__all__ = ["PerformanceView"]
