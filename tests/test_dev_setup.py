"""packaging/dev.sh's set-up never removes or replaces software the machine has (the guide's rule;
issue 19, point 15): it installs LibreOffice only where there is none, says what it will install
before it does, and installs nothing that would make apt-get remove a package.

The Debian part (packaging/debian_deps.sh) runs here against stand-ins for dpkg-query, apt-get and
sudo on a PATH of their own, which record what they were asked; nothing is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import textwrap

import pytest
from conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")

DEPS = ROOT / "packaging" / "debian_deps.sh"


def debian_names() -> list[str]:
    """The packages debian_deps.sh asks for, LibreOffice's included."""
    out = subprocess.run(["bash", "-c", f'. "{DEPS}"; echo "${{CPO_DEBS[@]}} $CPO_LIBREOFFICE_DEB"'],
                         capture_output=True, text=True, check=True).stdout
    return out.split()


@pytest.fixture
def machine(tmp_path):
    """A PATH of stand-ins. ``installed`` (a file, a package a line) is what dpkg-query reports;
    apt-get records each call in ``apt.log`` (and on stderr, so the order with our messages
    shows) and, on a dry run (-s), prints the lines in ``dry-run``."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("grep", "awk", "id", "cat", "env"):
        os.symlink(shutil.which(tool), bin_dir / tool)
    state = tmp_path / "state"
    state.mkdir()
    (state / "installed").write_text("")
    (state / "dry-run").write_text("")

    def script(name: str, body: str) -> None:
        path = bin_dir / name
        path.write_text("#!" + shutil.which("bash") + "\n" + textwrap.dedent(body))
        path.chmod(0o755)

    script("dpkg-query", f"""\
        pkg="${{@: -1}}"
        if grep -qx -- "$pkg" "{state}/installed"; then echo -n "install ok installed"; else exit 1; fi
    """)
    script("apt-get", f"""\
        echo "apt-get $*" >> "{state}/apt.log"
        echo "APT: apt-get $*" >&2
        for a in "$@"; do [ "$a" = -s ] && cat "{state}/dry-run"; done
        exit 0
    """)
    script("sudo", 'shift; exec "$@"\n')  # sudo -n CMD...: run CMD

    class Machine:
        def __init__(self) -> None:
            self.bin, self.state = bin_dir, state

        def has(self, *packages: str) -> None:
            (state / "installed").write_text("".join(f"{p}\n" for p in packages))

        def has_command(self, name: str) -> None:
            script(name, "exit 0\n")

        def dry_run_says(self, text: str) -> None:
            (state / "dry-run").write_text(text)

        def set_up(self) -> subprocess.CompletedProcess:
            return subprocess.run([shutil.which("bash"), "-c", f'set -euo pipefail; . "{DEPS}"; cpo_install_debs'],
                                  capture_output=True, text=True, env={"PATH": str(bin_dir), "HOME": str(tmp_path)})

        def apt_calls(self) -> list[str]:
            log = state / "apt.log"
            return log.read_text().splitlines() if log.exists() else []

    return Machine()


def test_a_machine_with_everything_is_left_alone(machine):
    machine.has(*debian_names())
    result = machine.set_up()
    assert result.returncode == 0 and result.stderr == ""
    assert machine.apt_calls() == []


def test_an_installed_libreoffice_is_not_replaced_by_the_nogui_package(machine):
    names = debian_names()
    machine.has(*[n for n in names if n != "libreoffice-writer-nogui"], "libreoffice-writer")
    machine.has_command("soffice")
    result = machine.set_up()
    assert result.returncode == 0, result.stderr
    assert machine.apt_calls() == [] and "libreoffice" not in result.stderr


def test_what_is_missing_is_named_before_it_is_installed_and_nothing_may_be_removed(machine):
    names = debian_names()
    machine.has(*[n for n in names if n not in ("qpdf", "libreoffice-writer-nogui")])
    result = machine.set_up()
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    said = next(i for i, line in enumerate(lines) if "missing: qpdf libreoffice-writer-nogui" in line)
    install = next(i for i, line in enumerate(lines) if line.startswith("APT:") and " -y " in line)
    assert said < install
    [real] = [c for c in machine.apt_calls() if " -y " in c]
    assert "--no-remove" in real and real.endswith("qpdf libreoffice-writer-nogui")


def test_nothing_is_installed_when_apt_would_remove_something(machine):
    machine.has(*[n for n in debian_names() if n != "libreoffice-writer-nogui"], "libreoffice-writer")
    machine.dry_run_says("Remv libreoffice-writer [4:7.4.7-1]\nRemv libreoffice [4:7.4.7-1]\n"
                         "Inst libreoffice-writer-nogui (4:7.4.7-1 Debian:12)\n")
    result = machine.set_up()  # no soffice on this PATH: the LibreOffice package counts as missing
    assert result.returncode == 0, result.stderr
    assert [c for c in machine.apt_calls() if " -y " in c] == []
    assert "would remove software this machine has (libreoffice-writer libreoffice)" in result.stderr
