#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what it needs, starts a
# throwaway PostgreSQL server on loopback, runs unit, GUI (offscreen) and
# integration tests (PostgreSQL, SMTP, printing, the PyInstaller bundle).
#   bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh --test
export CLINICDESK_TEST_PG_URL="${CLINICDESK_TEST_PG_URL:-$(bash .ci/start-postgres.sh)}"
export QT_QPA_PLATFORM=offscreen
# compiled bytecode is kept between runs, outside the tree (recompiling every module costs ~1 s a run)
unset PYTHONDONTWRITEBYTECODE
export PYTHONPYCACHEPREFIX="${PYTHONPYCACHEPREFIX:-${TMPDIR:-/tmp}/clinicdesk-pycache}"
exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
