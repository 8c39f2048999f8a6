#!/usr/bin/env bash
# Set up and use a development copy of CPO Desktop on Debian/Ubuntu (or any machine with Python 3.11+).
#   bash packaging/dev.sh run  [cpo-desktop arguments...]   start the app
#   bash packaging/dev.sh test [pytest arguments...]        check the layers and lint, then run the tests
# Each does its own set-up: the Debian libraries Qt needs (when missing and installable, removing nothing),
# a virtual environment in .venv, and the pinned Python packages (again only when pyproject.toml changed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

what="${1:-}"; shift || true
case "$what" in run|test) ;; *) echo "usage: bash packaging/dev.sh run|test [arguments...]" >&2; exit 2;; esac

# The Debian libraries Qt needs, the PDF tools and LibreOffice, where missing (never removing
# anything already installed): packaging/debian_deps.sh.
. packaging/debian_deps.sh
cpo_install_debs

python=""
for cand in python3.13 python3.12 python3.11 python3; do
  if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python="$cand"; break
  fi
done
[ -n "$python" ] || { echo "CPO Desktop needs Python 3.11 or newer; none was found." >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=".venv/.cpo-installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -e "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
  rm -f .venv/.cpo-installed-*; touch "$stamp"
fi

if [ "$what" = run ]; then
  exec .venv/bin/cpo-desktop "$@"
fi
export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -w "${XDG_RUNTIME_DIR}" ]; then
  XDG_RUNTIME_DIR="$(mktemp -d)"; chmod 700 "$XDG_RUNTIME_DIR"; export XDG_RUNTIME_DIR
fi
# The layer contracts (pyproject.toml [tool.importlinter]; our own contract types are in
# packaging/lint_contracts.py) and ruff; then ruff's SLF001 once more on the app, ignoring noqa
# comments, so that no private member of another module or object is reached even "just here".
PYTHONPATH=packaging .venv/bin/lint-imports --no-cache
.venv/bin/ruff check --no-cache --quiet --output-format concise .
.venv/bin/ruff check --no-cache --quiet --output-format concise --select SLF001 --ignore-noqa cpo_desktop
exec .venv/bin/python -m pytest "$@"
