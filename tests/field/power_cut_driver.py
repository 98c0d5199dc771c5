"""Writes without end, of one kind, until it is killed: the other half of test_power_cuts.

    python power_cut_driver.py KIND DB [EXTRA]
    python power_cut_driver.py draft FOLDER START
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from baladiya_desktop.core import maintenance
from baladiya_desktop.core.drafts import DraftKey, DraftStore, Fields
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.users import authenticate
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.domain.staff import service as staff_service
from baladiya_desktop.domain.staff.rules import EmployeeInput

BATCH = 40  # rows of one "Excel import" transaction
DRAFT_KEY = DraftKey.of("clerk", "staff.employee")


def draft_version(n: int) -> Fields:
    """Version ``n`` of a form being typed: it grows, so a torn write would show."""
    return {"n": n, "notes": "ملاحظة " * (n % 700), "grade": n % 15 + 1}


def write_drafts(folder: Path, start: int) -> None:
    store = DraftStore(folder)
    print("ready", flush=True)
    n = start
    while True:
        n += 1
        if not store.save(DRAFT_KEY, draft_version(n)):
            raise SystemExit("the draft was not saved")


def person(n: int) -> EmployeeInput:
    return EmployeeInput(first_name="موظف", father_name="محمد", grandfather_name="علي",
                         family_name=f"رقم{n}", sex="M", national_number=f"1198{n:08d}",
                         birth_date=dt.date(1980, 1, 1), hire_date=dt.date(2005, 1, 1),
                         grade=7, employee_number=f"E{n}")


def main() -> None:
    kind, db = sys.argv[1], Path(sys.argv[2])
    if kind == "draft":  # no database: drafts are files of their own
        write_drafts(db, int(sys.argv[3]))
        return
    ctx = open_station(Target.resolve(db))
    admin = ctx.as_user(authenticate(ctx, "admin", "secret12"))
    start = int(sys.argv[3]) if len(sys.argv) > 3 and kind != "bundle" else 0
    print("ready", flush=True)
    n = start
    while True:
        if kind == "form":
            staff_service.register(admin, person(n))
            n += 1
        elif kind == "import":
            rows = [(i, person(n + i)) for i in range(BATCH)]
            staff_service.upsert_many(admin, rows)
            n += BATCH
        elif kind == "backup":
            maintenance.run_backup(admin, reason="power-cut-test")
        elif kind == "bundle":
            from baladiya_desktop.sync.ingest import ingest_file

            for bundle in sorted(Path(sys.argv[3]).glob("*.bld")):
                ingest_file(admin, bundle)
            print("done", flush=True)
            return


if __name__ == "__main__":
    main()
