"""The settlement scan at a municipality's full size.

10,000 employees (``--size full``; 1,000 with ``small``) with realistic records and service
files (promotions by decision, a later qualification, unpaid leave) are inserted through the
bulk path; then ``scan(ctx)`` runs the entitlement engine over everyone, against a raw SQL
read of the same employee and event rows. Goal: the scan under 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select, text  # noqa: E402

from baladiya_desktop.core.bulk import insert_travelling  # noqa: E402
from baladiya_desktop.core.context import AppContext  # noqa: E402
from baladiya_desktop.core.ids import new_id  # noqa: E402
from baladiya_desktop.core.permissions import Permission  # noqa: E402
from baladiya_desktop.core.setup import Target  # noqa: E402
from baladiya_desktop.core.users import authenticate  # noqa: E402
from baladiya_desktop.domain.bootstrap import create_station  # noqa: E402
from baladiya_desktop.domain.demo.staff_demo import demo_employees  # noqa: E402
from baladiya_desktop.domain.settlement.scan import scan  # noqa: E402
from baladiya_desktop.domain.staff.importing import import_employees  # noqa: E402
from baladiya_desktop.domain.staff.models import Employee, ServiceEvent  # noqa: E402

SIZES = {"small": 1_000, "full": 10_000}
RAW_EMPLOYEES = text(
    "SELECT e.*, u.name_ar FROM employee e LEFT JOIN org_unit u ON u.id = e.unit_id "
    "WHERE e.deleted = 0 ORDER BY e.full_name"
)
RAW_EVENTS = text("SELECT * FROM service_event WHERE deleted = 0 ORDER BY event_date, version")


def new_station(folder: Path) -> AppContext:
    ctx = create_station(
        Target.resolve(folder / "settlement.db"), municipality="LY-M001",
        station_name="قياس", admin_username="admin", admin_password="secret12",
        admin_full_name="مدير")  # fmt: skip
    return ctx.as_user(authenticate(ctx, "admin", "secret12"))


def service_events(rng: random.Random, people: list[Any], today: dt.date) -> list[dict[str, Any]]:
    """A service file per person: promotions by decision for most, a later degree for some,
    a stretch of unpaid leave for a few."""
    rows: list[dict[str, Any]] = []

    def event(emp_id: Any, day: dt.date, kind: str, old: str, new: str) -> None:
        rows.append(
            {
                "id": new_id(),
                "employee_id": emp_id,
                "event_date": day,
                "kind": kind,
                "from_value": old,
                "to_value": new,
                "decision_number": f"{rng.randrange(1, 900)}/{day.year}",
                "decision_date": day,
            }
        )

    for emp_id, hire, grade, qualification in people:
        if hire is None or grade is None:
            continue
        years = (today - hire).days // 365
        steps = min(years // 4, max(grade - 1, 0))
        for n in range(steps):  # the recorded grade reached through dated promotions
            day = hire + dt.timedelta(days=int(365.25 * 4 * (n + 1)))
            event(emp_id, day, "grade", str(grade - steps + n), str(grade - steps + n + 1))
        if rng.random() < 0.1 and years > 6:
            day = hire + dt.timedelta(days=365 * 3)
            event(emp_id, day, "qualification", "secondary", qualification or "bachelor")
        if rng.random() < 0.05 and years > 3:
            start = hire + dt.timedelta(days=365 * 2)
            event(emp_id, start, "status", "at_work", "unpaid_leave")
            event(
                emp_id,
                start + dt.timedelta(days=rng.randint(90, 700)),
                "status",
                "unpaid_leave",
                "at_work",
            )
    return rows


def build(ctx: AppContext, size: int) -> int:
    rng = random.Random(7)
    today = dt.date.today()
    people = list(demo_employees(rng, size, [], today))
    for start in range(0, size, 10_000):
        import_employees(ctx, list(enumerate(people[start : start + 10_000], start=start)))
    with ctx.session() as session:
        stored = list(
            session.execute(
                select(Employee.id, Employee.hire_date, Employee.grade, Employee.qualification)
            )
        )
    events = service_events(rng, stored, today)
    with ctx.write(Permission.STAFF_WRITE, "bench.events") as tx:
        insert_travelling(tx, ServiceEvent, events)
    with ctx.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    return len(events)


def best_of(runs: int, work: Any) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(runs):
        begun = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - begun)
    return best, result


def raw_read(ctx: AppContext) -> int:
    with ctx.engine.connect() as connection:
        return len(connection.execute(RAW_EMPLOYEES).all()) + len(
            connection.execute(RAW_EVENTS).all()
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=list(SIZES), default="small")
    args = parser.parse_args()
    size = SIZES[args.size]
    with tempfile.TemporaryDirectory() as folder:
        ctx = new_station(Path(folder))
        begun = time.perf_counter()
        events = build(ctx, size)
        built = time.perf_counter() - begun
        raw_read(ctx)  # warm the page cache for both
        raw, _rows = best_of(3, lambda: raw_read(ctx))
        took, found = best_of(3, lambda: scan(ctx))
        print(
            f"employees: {size:,}, service events: {events:,} (built in {built:.1f} s); "
            f"owed a settlement: {len(found):,}"
        )
        print(
            f"settlement scan {size:,}: {took:.2f} s vs raw read {raw:.2f} s = "
            f"{took / raw:.1f}x (goal < 2 s)"
        )
        ctx.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
