"""Before Qt is loaded: make sure there is a screen to draw on.

Qt aborts with a long message when it finds no display; the Corporate Parenting Officer
(or a newcomer on a server) gets one line saying what to do instead.
"""

from __future__ import annotations

import argparse
import os
import sys

NO_DISPLAY = ("cpo-desktop: no display found (this machine has no desktop session). "
              "Run the app on a virtual screen: xvfb-run -a bash packaging/dev.sh run")


def has_display(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    env = os.environ if environ is None else environ
    platform = platform or sys.platform
    if platform in ("win32", "darwin"):
        return True
    if env.get("QT_QPA_PLATFORM"):
        return True  # the user chose a platform (offscreen, vnc, ...): let Qt use it
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def launch(args: argparse.Namespace) -> int:
    if not has_display():
        if args.screenshot:
            # A screenshot needs no screen: draw off-screen.
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        else:
            print(NO_DISPLAY, file=sys.stderr)
            return 1
    from cpo_desktop.ui.app import run

    return run(args)
