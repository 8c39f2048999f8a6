"""Turning a Word paper into PDF with LibreOffice, offline.

The paper has had everything that reaches outside it removed first (``packs.sanitise_word``);
this is the second wall, for anything that removal missed: LibreOffice runs with a throw-away
profile made for the one conversion, with macros off, linked content never updated, links from
untrusted documents blocked, no update check and no crash reports, and every proxy (its own
and the environment's) pointing at a local port where nothing listens, with no exceptions; so a
fetch still cannot leave the machine. Its temporary files go in the same private folder.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

_PROXY_VARIABLES = ("http_proxy", "https_proxy", "ftp_proxy", "all_proxy")


@contextlib.contextmanager
def dead_port() -> Iterator[int]:
    """A local port that refuses every connection while the block runs: bound, so nothing else
    can take it, and never listening."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def _settings(port: int) -> list[tuple[str, str, str, str]]:
    """(path, property, type, value) for the profile's registrymodifications.xcu."""
    scripting = "/org.openoffice.Office.Common/Security/Scripting"
    inet = "/org.openoffice.Inet/Settings"
    out = [
        (scripting, "MacroSecurityLevel", "int", "3"),  # very high: only signed macros from trusted places…
        (scripting, "DisableMacrosExecution", "boolean", "true"),  # …and none at all
        (scripting, "BlockUntrustedRefererLinks", "boolean", "true"),
        (scripting, "DisableActiveContent", "boolean", "true"),  # (newer LibreOffice: OLE and DDE links)
        ("/org.openoffice.Office.Writer/Content/Update", "Link", "int", "0"),  # never update links
        ("/org.openoffice.Office.Calc/Content/Update", "Link", "int", "1"),  # (Calc's "never")
        ("/org.openoffice.Office.Jobs/Jobs/org.openoffice.Office.Jobs:Job['UpdateCheck']/Arguments",
         "AutoCheckEnabled", "boolean", "false"),
        ("/org.openoffice.Office.Common/Misc", "CrashReport", "boolean", "false"),
        ("/org.openoffice.Office.Common/Misc", "CollectUsageInformation", "boolean", "false"),
        (inet, "ooInetProxyType", "int", "2"),  # manual, to the dead port
        (inet, "ooInetNoProxy", "string", ""),
    ]
    for kind in ("HTTP", "HTTPS", "FTP"):
        out += [(inet, f"ooInet{kind}ProxyName", "string", "127.0.0.1"),
                (inet, f"ooInet{kind}ProxyPort", "int", str(port))]
    return out


def write_profile(folder: Path, port: int) -> Path:
    """A LibreOffice user profile in ``folder``, set up as above; its URL for -env:UserInstallation."""
    user = folder / "user"
    user.mkdir(parents=True, exist_ok=True)
    items = "\n".join(
        f'<item oor:path="{escape(path, {chr(34): "&quot;"})}"><prop oor:name="{name}" oor:op="fuse" '
        f'oor:type="xs:{kind}"><value>{escape(value)}</value></prop></item>'
        for path, name, kind, value in _settings(port))
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' + items + "\n</oor:items>\n", encoding="utf-8")
    return folder


def offline_environment(port: int, scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    proxy = f"http://127.0.0.1:{port}"
    for name in _PROXY_VARIABLES:
        env[name] = env[name.upper()] = proxy
    env["no_proxy"] = env["NO_PROXY"] = ""
    scratch.mkdir(parents=True, exist_ok=True)
    for name in ("TMPDIR", "TMP", "TEMP"):
        env[name] = str(scratch)
    return env


def convert(command: str, source: Path, work: Path, *, timeout: float) -> Path | None:
    """Convert the .docx at ``source`` to PDF inside the private folder ``work``; the PDF made,
    or None if LibreOffice made none (failed, or took longer than ``timeout`` seconds)."""
    out = work / "out"
    out.mkdir(exist_ok=True)
    with dead_port() as port:
        profile = write_profile(work / "profile", port)
        args = [command, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible", "--norestore",
                "--nolockcheck", "--nologo", "--nodefault", "--convert-to", "pdf", "--outdir", str(out), str(source)]
        try:
            process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL, env=offline_environment(port, work / "tmp"),
                                       start_new_session=os.name == "posix")
        except OSError:
            return None
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop(process)
            return None
    made = out / f"{source.stem}.pdf"
    return made if made.is_file() and made.stat().st_size > 0 else None


def _stop(process: subprocess.Popen) -> None:
    """End the conversion we started, and what it started (soffice runs soffice.bin)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
    else:
        process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)
