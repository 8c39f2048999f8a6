"""``python -m cpo_desktop``: the same entry point as the ``cpo-desktop`` command."""

from cpo_desktop.cli import main

raise SystemExit(main())
