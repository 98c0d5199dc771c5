#!/bin/sh
# Refresh the .ts sources from every tr()/translate() call in baladiya_desktop/ui.
# Then translate new strings (Qt Linguist, or translations/fill_ts.py) and check with
# `pytest tests/gui/test_translations.py`. The .qm files are compiled at start-up (or by
# `pyside6-lrelease translations/baladiya_ar.ts`) and are not committed.
set -e
cd "$(dirname "$0")/.."
LUPDATE="${LUPDATE:-.venv/bin/pyside6-lupdate}"
"$LUPDATE" -silent -no-obsolete -locations none -extensions py baladiya_desktop/ui \
    -source-language en -target-language ar -ts translations/baladiya_ar.ts
"$LUPDATE" -silent -no-obsolete -locations none -extensions py baladiya_desktop/ui \
    -source-language en -target-language en -ts translations/baladiya_en.ts
