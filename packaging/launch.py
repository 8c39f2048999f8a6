"""PyInstaller entry script for CPO Desktop."""
from cpo_desktop.cli import main

raise SystemExit(main())
