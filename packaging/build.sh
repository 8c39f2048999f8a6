#!/usr/bin/env bash
# Build the CPO Desktop one-folder bundle on Linux into dist/CPO Desktop/.
set -euo pipefail

PYINSTALLER_VERSION=6.22.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/build/venv"

cd "$ROOT"
python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --upgrade pip
"$VENV/bin/python" -m pip install . "pyinstaller==$PYINSTALLER_VERSION"
"$VENV/bin/pyinstaller" packaging/cpo_desktop.spec --noconfirm --clean \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller"

echo "Built: $ROOT/dist/CPO Desktop/CPO Desktop"
