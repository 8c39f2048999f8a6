"""The generated form code is committed; it must match forms/*.ui.

pyside6-uic runs on every form once a session (``compiled``); the tests compare its output with the
committed code through ``compile_forms.stale()`` itself.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from conftest import ROOT


def _compile_forms():
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "packaging" / "compile_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def compiled(tmp_path_factory) -> Path:
    """Every form compiled by packaging/compile_forms.py, once a test session."""
    out = tmp_path_factory.mktemp("compiled-forms")
    _compile_forms().compile_all(out)
    return out


@pytest.fixture
def compile_forms(compiled, monkeypatch):
    """packaging/compile_forms.py, whose ``compile_all`` hands out this session's compiled forms."""
    module = _compile_forms()

    def compile_all(out_dir: Path) -> list[Path]:
        out_dir.mkdir(parents=True, exist_ok=True)
        return [Path(shutil.copyfile(p, out_dir / p.name)) for p in sorted(compiled.glob("ui_*.py"))]

    monkeypatch.setattr(module, "compile_all", compile_all)
    return module


def test_generated_forms_are_up_to_date(compile_forms):
    stale = compile_forms.stale()
    assert stale == [], f"run: python packaging/compile_forms.py  (out of date: {stale})"


def test_every_form_has_generated_code():
    forms = {p.stem for p in (ROOT / "forms").glob("*.ui")}
    generated = {p.stem.removeprefix("ui_") for p in (ROOT / "cpo_desktop" / "ui" / "generated").glob("ui_*.py")}
    assert forms and forms == generated


def test_drift_is_detected(compile_forms, tmp_path, monkeypatch):
    module = compile_forms
    copy = tmp_path / "generated"
    copy.mkdir()
    for p in module.GENERATED.glob("*.py"):
        (copy / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    edited = copy / "ui_main_window.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# hand edit\n", encoding="utf-8")
    monkeypatch.setattr(module, "GENERATED", copy)
    assert module.stale() == ["ui_main_window.py"]
