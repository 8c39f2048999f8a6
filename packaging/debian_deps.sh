# The Debian packages CPO Desktop and its tests need; sourced by packaging/dev.sh.
#
# cpo_install_debs installs the ones that are missing, and never at the cost of software the
# machine already has: it says what it will install before it does, LibreOffice is installed only
# when there is none (any installed LibreOffice will do; the -nogui package would replace a full
# one), and apt-get may remove nothing (a dry run first, to say what it would have removed, then
# --no-remove on the real run). Where it cannot install, it says what to install by hand and
# carries on.

# From shared/design/machine-notes.md: Qt offscreen and fonts, and for a real window under X/Xvfb;
# poppler-utils and qpdf (the tests read PDFs back with them); sqlite3 (the shell) is the baseline
# of the import benchmark in tests/benchmarks.
CPO_DEBS=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
          xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
          libxcb-shape0 libxkbcommon-x11-0 poppler-utils qpdf sqlite3)
# LibreOffice Writer without its GUI turns Word papers into PDF (packs) and checks, in the tests,
# that the Word files we write open.
CPO_LIBREOFFICE_DEB=libreoffice-writer-nogui

cpo_install_debs() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local wanted=("${CPO_DEBS[@]}")
  if ! command -v soffice >/dev/null 2>&1 && ! command -v libreoffice >/dev/null 2>&1; then
    wanted+=("$CPO_LIBREOFFICE_DEB")
  fi
  local missing=() p
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  ((${#missing[@]})) || return 0

  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  echo "CPO Desktop needs these Debian packages, which are missing: ${missing[*]}" >&2
  local by_hand="install them with apt-get (removing nothing) and try again."
  if ! $sudo apt-get update -qq; then
    echo "Could not reach the package lists to install them; $by_hand" >&2
    return 0
  fi
  local removed
  removed=$(LC_ALL=C $sudo apt-get install -s --no-install-recommends "${missing[@]}" 2>/dev/null \
            | awk '/^Remv /{printf "%s%s", sep, $2; sep=" "}') || true
  if [ -n "$removed" ]; then
    echo "Not installing them: apt-get would remove software this machine has ($removed). To go on, $by_hand" >&2
    return 0
  fi
  echo "Installing ${missing[*]} with apt-get (nothing is removed)." >&2
  if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends --no-remove \
       "${missing[@]}" >/dev/null; then
    echo "Could not install ${missing[*]}; $by_hand" >&2
  fi
}
