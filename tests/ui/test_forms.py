"""The generated form code is committed; it must match forms/*.ui."""

from __future__ import annotations

import importlib.util

from conftest import ROOT


def _compile_forms():
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "packaging" / "compile_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_forms_are_up_to_date():
    stale = _compile_forms().stale()
    assert stale == [], f"run: python packaging/compile_forms.py  (out of date: {stale})"


def test_every_form_has_generated_code():
    forms = {p.stem for p in (ROOT / "forms").glob("*.ui")}
    generated = {p.stem.removeprefix("ui_") for p in (ROOT / "cpo_desktop" / "ui" / "generated").glob("ui_*.py")}
    assert forms and forms == generated


def test_drift_is_detected(tmp_path, monkeypatch):
    module = _compile_forms()
    copy = tmp_path / "generated"
    copy.mkdir()
    for p in module.GENERATED.glob("*.py"):
        (copy / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    edited = copy / "ui_main_window.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# hand edit\n", encoding="utf-8")
    monkeypatch.setattr(module, "GENERATED", copy)
    assert module.stale() == ["ui_main_window.py"]
