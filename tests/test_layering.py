"""Only cpo_desktop.ui may import PySide6; the CLI's other commands never load Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import cpo_desktop
from conftest import ROOT

NON_UI = sorted(m.name for m in pkgutil.walk_packages(cpo_desktop.__path__, "cpo_desktop.")
                if not m.name.startswith("cpo_desktop.ui") and m.name != "cpo_desktop.__main__")


def test_there_are_modules_to_check():
    assert {"cpo_desktop.cli", "cpo_desktop.store.db", "cpo_desktop.services.demo",
            "cpo_desktop.model.tables"} <= set(NON_UI)


def test_non_ui_packages_do_not_import_pyside6():
    code = ("import importlib, sys\n"
            f"for name in {NON_UI!r}:\n"
            "    importlib.import_module(name)\n"
            "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "print(','.join(bad))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"PySide6 loaded by non-UI code: {result.stdout}"


def test_cli_commands_do_not_import_pyside6(tmp_path):
    code = ("import sys\n"
            "from cpo_desktop.cli import main\n"
            f"d = {str(tmp_path / 'data')!r}\n"
            "for args in (['demo'], ['check', '--json'], ['backup']):\n"
            "    assert main(['--data-dir', d, *args]) == 0, args\n"
            "print('PYSIDE:' + ','.join(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "PYSIDE:"


def test_importing_the_package_loads_nothing_heavy():
    code = ("import sys, cpo_desktop, cpo_desktop.cli, cpo_desktop.paths\n"
            "print(','.join(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'reportlab', 'PySide6', 'alembic') "
            "if m in sys.modules)))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == ""
