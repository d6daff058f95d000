#!/usr/bin/env bash
# Refresh the English (and the Danish plural) translation sources from the code, then build
# the .qm files the app loads.
#   bash scripts/update-translations.sh
# Danish is the source language of every UI string (self.tr("…") in clinicdesk/views and
# clinicdesk/app.py). After running, translate the new/unfinished entries in
# resources/translations/clinicdesk_en.ts (Qt Linguist: pyside6-linguist), run again, and
# commit both the .ts and the .qm.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
TS=resources/translations/clinicdesk_en.ts
# Service and domain messages are marked with say("…") (clinicdesk/domain/messages.py)
SOURCES="clinicdesk/views clinicdesk/app.py clinicdesk/domain clinicdesk/services clinicdesk/db_faults.py clinicdesk/db.py clinicdesk/secrets.py"
ALIAS="-tr-function-alias QT_TR_NOOP+=say"
"$BIN/python" scripts/ts_numerus.py save  # plural forms lupdate cannot see (see the script)
"$BIN/pyside6-lupdate" -extensions py -no-obsolete $ALIAS -source-language da_DK -target-language en_GB \
    -locations relative $SOURCES -ts "$TS"
# Danish needs a translation file too, for plurals only: the source text "%n element(er)"
# gets its Danish forms ("%n element", "%n elementer") in clinicdesk_da.ts.
DA=resources/translations/clinicdesk_da.ts
"$BIN/pyside6-lupdate" -extensions py -no-obsolete -pluralonly $ALIAS -source-language da_DK -target-language da_DK \
    -locations relative $SOURCES -ts "$DA"
"$BIN/python" scripts/ts_numerus.py restore
"$BIN/pyside6-lrelease" "$TS" -qm resources/translations/clinicdesk_en.qm
"$BIN/pyside6-lrelease" "$DA" -qm resources/translations/clinicdesk_da.qm
