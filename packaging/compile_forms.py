"""Compile forms/*.ui into cpo_desktop/ui/generated/ui_*.py with pyside6-uic.

    .venv/bin/python packaging/compile_forms.py          # regenerate
    .venv/bin/python packaging/compile_forms.py --check  # exit 1 if any generated file is stale

The generated files are committed; tests/ui/test_forms.py fails when one is out of date.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "cpo_desktop" / "ui" / "generated"
HEADER = "# Generated from forms/{name} by packaging/compile_forms.py (pyside6-uic). Do not edit.\n"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found; install the project (pip install -e '.[test]').")
    return found


_IMPORT = re.compile(r"^from (\S+) import (?:\(([^)]*)\)|([^\n(]+))\n", re.M)


def prune_imports(code: str) -> str:
    """Drop the names uic imports but the form never uses.

    PySide6 builds a class's enum types when its name is first touched, so unused imports
    (``Qt`` above all) cost start-up time before the window can paint.
    """
    body = "\n".join(line for line in _IMPORT.sub("", code).splitlines() if not line.lstrip().startswith("#"))

    def keep(match: re.Match[str]) -> str:
        names = [n.strip() for n in (match.group(2) or match.group(3)).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{re.escape(n)}\b", body)]
        if not used:
            return ""
        line = f"from {match.group(1)} import ({', '.join(used)})"
        return "\n    ".join(textwrap.wrap(line, 96, break_on_hyphens=False)) + "\n"

    return _IMPORT.sub(keep, code)


def compile_one(ui_file: Path, out_dir: Path) -> Path:
    target = out_dir / f"ui_{ui_file.stem}.py"
    code = subprocess.run([uic(), "--no-autoconnection", str(ui_file)], check=True, capture_output=True,
                          text=True).stdout
    target.write_text(HEADER.format(name=ui_file.name) + prune_imports(code), encoding="utf-8")
    return target


def compile_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [compile_one(ui, out_dir) for ui in sorted(FORMS.glob("*.ui"))]


def stale() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {p.name: p.read_text(encoding="utf-8") for p in compile_all(Path(tmp))}
    problems = []
    for name, text in fresh.items():
        committed = GENERATED / name
        if not committed.exists() or committed.read_text(encoding="utf-8") != text:
            problems.append(name)
    known = set(fresh) | {"__init__.py"}
    problems += [p.name + " (no form)" for p in GENERATED.glob("*.py") if p.name not in known]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    if parser.parse_args().check:
        problems = stale()
        for p in problems:
            print(f"out of date: cpo_desktop/ui/generated/{p}", file=sys.stderr)
        return 1 if problems else 0
    for target in compile_all(GENERATED):
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
