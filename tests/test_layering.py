"""Only cpo_desktop.ui may import PySide6; the CLI's other commands never load Qt.

What a process has loaded is only known in a fresh interpreter: one is started for the module
(``fresh``), and asked in turn what importing the package loads, what the commands load, and what
every non-UI module loads. (pyproject's import-linter contracts check the same statically.)
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import cpo_desktop
import pytest
from conftest import ROOT

NON_UI = sorted(m.name for m in pkgutil.walk_packages(cpo_desktop.__path__, "cpo_desktop.")
                if not m.name.startswith("cpo_desktop.ui") and m.name != "cpo_desktop.__main__")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict[str, str]:
    """One fresh interpreter's answers, a line each: HEAVY (after importing the package, its CLI
    and paths), then PYSIDE_CLI (after the commands demo, check --json and backup), then
    PYSIDE_ALL (after importing every non-UI module), and the process's exit code and stderr."""
    data = tmp_path_factory.mktemp("layering") / "data"
    code = ("import importlib, sys\n"
            "import cpo_desktop, cpo_desktop.cli, cpo_desktop.paths\n"
            "print('HEAVY:' + ','.join(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'reportlab', 'PySide6', "
            "'alembic', 'openpyxl') if m in sys.modules)))\n"
            "from cpo_desktop.cli import main\n"
            f"d = {str(data)!r}\n"
            "for args in (['demo'], ['check', '--json'], ['backup']):\n"
            "    assert main(['--data-dir', d, *args]) == 0, args\n"
            "print('PYSIDE_CLI:' + ','.join(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n"
            f"for name in {NON_UI!r}:\n"
            "    importlib.import_module(name)\n"
            "print('PYSIDE_ALL:' + ','.join(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    answers = dict(line.split(":", 1) for line in result.stdout.splitlines() if line.split(":", 1)[0] in (
        "HEAVY", "PYSIDE_CLI", "PYSIDE_ALL"))
    return {**answers, "returncode": result.returncode, "stderr": result.stderr}


def test_there_are_modules_to_check():
    assert {"cpo_desktop.cli", "cpo_desktop.store.db", "cpo_desktop.demo",
            "cpo_desktop.model.tables"} <= set(NON_UI)


def test_non_ui_packages_do_not_import_pyside6(fresh):
    assert fresh["returncode"] == 0, fresh["stderr"]
    assert fresh["PYSIDE_ALL"].strip() == "", f"PySide6 loaded by non-UI code: {fresh['PYSIDE_ALL']}"


def test_cli_commands_do_not_import_pyside6(fresh):
    assert fresh["returncode"] == 0, fresh["stderr"]
    assert fresh["PYSIDE_CLI"] == ""


def test_importing_the_package_loads_nothing_heavy(fresh):
    assert fresh["HEAVY"].strip() == ""
