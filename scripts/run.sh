#!/usr/bin/env bash
# Install (first time) and start clinicdesk on its embedded default database:
# a SQLite file in your user data folder, filled with a demo clinic on first start.
#   bash scripts/run.sh [clinicdesk args]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
CLINICDESK_DEMO_IF_EMPTY=1 exec .venv/bin/clinicdesk "$@"
