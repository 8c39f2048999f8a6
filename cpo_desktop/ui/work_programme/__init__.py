"""The Work programme view: the year grid, the coverage check and the report rules."""

from cpo_desktop.ui.work_programme.view import WorkProgrammeView

__all__ = ["WorkProgrammeView"]
