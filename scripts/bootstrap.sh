#!/usr/bin/env bash
# Install what clinicdesk needs on a fresh Debian-like machine: system packages
# (when run as root, or with sudo) and a virtual environment in .venv.
#   bash scripts/bootstrap.sh          # the app only (no test packages: keyrings.alt stays out)
#   bash scripts/bootstrap.sh --test   # the app and what the tests need
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Qt's xcb platform and fonts (a real window; the tests run offscreen)
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
  libegl1 libgl1 libfontconfig1 fonts-dejavu-core libdbus-1-3 libglib2.0-0
  # tests: PostgreSQL server, PDF to PNG, QR decoding, a virtual screen
  postgresql poppler-utils zbar-tools xvfb xauth
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -U pip 2>&1 | grep -v "^WARNING: Location" || true
EXTRAS="postgres"
[ "${1:-}" = "--test" ] && EXTRAS="test,postgres"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[$EXTRAS]" 2>&1 | grep -v "^WARNING: Location" || true
# Bytecode, compiled once here: the package is installed editable (the checkout's own files), and
# with PYTHONDONTWRITEBYTECODE set Python reads bytecode but never writes it, so without this every
# start compiles ~300 modules again (bench/startup.py: ~0.9 s CPU). A file edited later is checked by
# its timestamp and compiled in memory, never run stale; run this line again after a pull.
.venv/bin/python -m compileall -q -j 0 clinicdesk "$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" >/dev/null || true
.venv/bin/python -c "import clinicdesk, PySide6, sqlalchemy" || { echo "installation failed" >&2; exit 1; }
