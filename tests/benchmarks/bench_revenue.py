"""Local revenue at a year's scale, against the raw SQL on the same data.

1. ``summary(ctx, year)`` (monthly totals by category, last year, targets) against the bare
   ``SELECT month, category_code, SUM(amount) … GROUP BY`` on the same receipts.
   Goal: under 0.3 s over 500,000 receipts.
2. Entering a receipt (``record_receipt``: permission, checks, audit and change log) and
   fetching the first page of the list, against a raw INSERT and SELECT … LIMIT.
   Goal: under 50 ms (median of 50).

The receipts are bulk-inserted straight into a station database (correct ids, months,
categories, amounts), as a year of a large municipality would leave it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text  # noqa: E402

from baladiya_desktop.core.base import utcnow  # noqa: E402
from baladiya_desktop.core.setup import Target  # noqa: E402
from baladiya_desktop.core.users import authenticate  # noqa: E402
from baladiya_desktop.domain.bootstrap import create_station  # noqa: E402
from baladiya_desktop.domain.revenue import queries, service, targets  # noqa: E402
from baladiya_desktop.domain.revenue.models import Receipt, ReceiptBook  # noqa: E402
from baladiya_desktop.domain.revenue.rules import ReceiptInput  # noqa: E402
from baladiya_desktop.domain.revenue.summary import summary  # noqa: E402

SIZES = {"small": 20_000, "full": 500_000}
CODES = ("LIC-ACT", "LIC-BLD", "LIC-HLT", "SRV-DOC", "SRV-CLN", "PRP-RNT", "MKT-MKT", "FIN-GRD")
LEAVES = 50
MUNICIPALITY = "LY-M010"


def fill(ctx: object, count: int, year: int) -> None:
    """``count`` receipts over ``year`` and the year before, in books of 50 leaves."""
    rng = random.Random(5)
    station, now = ctx.station.id, utcnow()  # type: ignore[attr-defined]
    common = {
        "municipality_code": MUNICIPALITY,
        "station_id": station,
        "updated_at": now,
        "updated_by": "bench",
        "deleted": False,
    }
    books, receipts = [], []
    version = 1
    for n in range(count):
        if n % LEAVES == 0:
            number = f"K{n // LEAVES:06d}"
            book = service.book_id(MUNICIPALITY, number)
            books.append(
                {
                    **common,
                    "id": book,
                    "version": version,
                    "book_number": number,
                    "serial_from": 1,
                    "serial_to": LEAVES,
                    "collector": "محصل",
                    "issued_on": dt.date(year - 1, 1, 1),
                    "returned_on": None,
                    "status": "issued",
                    "imported": False,
                    "notes": "",
                }
            )
            version += 1
        day = dt.date(year - (n % 5 == 0), 1, 1) + dt.timedelta(days=rng.randrange(330))
        receipts.append(
            {
                **common,
                "id": uuid.UUID(int=rng.getrandbits(128)),
                "version": version,
                "book_id": book,
                "serial": n % LEAVES + 1,
                "receipt_date": day,
                "month": f"{day:%Y-%m}",
                "payer_name": "دافع",
                "payer_id": "",
                "category_code": CODES[n % len(CODES)],
                "amount": rng.randint(1_000, 900_000),
                "method": "cash",
                "reference": "",
                "collector": "محصل",
                "notes": "",
                "voided": n % 97 == 0,
                "void_reason": "",
                "deposit_id": None,
            }
        )
        version += 1
    with ctx.engine.begin() as conn:  # type: ignore[attr-defined]
        conn.execute(insert(ReceiptBook.__table__), books)
        for start in range(0, len(receipts), 50_000):
            conn.execute(insert(Receipt.__table__), receipts[start : start + 50_000])
        conn.execute(text("ANALYZE"))


def timed(work: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


RAW = (
    "SELECT month, category_code, SUM(amount) FROM receipt WHERE municipality_code = :m "
    "AND month BETWEEN :a AND :b AND voided = 0 AND deleted = 0 "
    "GROUP BY month, category_code"
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=list(SIZES), default="small")
    args = parser.parse_args()
    count = SIZES[args.size]
    year = dt.date.today().year
    with tempfile.TemporaryDirectory() as tmp:
        ctx = create_station(
            Target.resolve(Path(tmp) / "bench.db"),
            municipality=MUNICIPALITY,
            station_name="bench",
            admin_username="admin",
            admin_password="secret12",
        )
        ctx = ctx.as_user(authenticate(ctx, "admin", "secret12"))
        started = time.perf_counter()
        fill(ctx, count, year)
        print(f"   {count:,} receipts inserted in {time.perf_counter() - started:.1f} s")
        for code in CODES:
            targets.set_target(ctx, year, code, 1_000_000_000)
        with ctx.engine.connect() as conn:
            raw = timed(
                lambda: conn.execute(
                    text(RAW), {"m": MUNICIPALITY, "a": f"{year}-01", "b": f"{year}-12"}
                ).all(),
                5,
            )
        ours = timed(lambda: summary(ctx, year), 5)
        check = summary(ctx, year)
        with ctx.engine.connect() as conn:
            total = conn.execute(
                text("SELECT SUM(amount) FROM receipt WHERE month LIKE :y AND voided = 0"),
                {"y": f"{year}-%"},
            ).scalar()
        assert check.year_total() == total, "summary disagrees with the raw sum"
        print(
            f"   summary(year): {ours * 1000:.1f} ms, raw GROUP BY {raw * 1000:.1f} ms, "
            f"ratio {ours / raw:.2f}x  (goal < 0.3 s: {'ok' if ours < 0.3 else 'OVER'})"
        )

        book = "ENTRY"
        service.issue_book(ctx, book, 1, 100_000, "محصل", dt.date.today())
        serial = iter(range(1, 100_000))
        first = queries.ReceiptFilter()

        def enter() -> None:
            rid = service.record_receipt(
                ctx, ReceiptInput(book, next(serial), dt.date.today(), "دافع", "SRV-DOC", "12.500")
            )
            rows = queries.page(ctx, first)
            assert rows[0].id == rid

        entry = timed(enter, 50)
        raw_ids = iter(range(10**6, 2 * 10**6))
        with ctx.engine.begin() as conn:

            def raw_enter() -> None:
                conn.execute(
                    text(
                        "INSERT INTO revenue_deposit (id, municipality_code, station_id, version, "
                        "updated_at, updated_by, deleted, slip_number, bank, deposit_date, amount, "
                        "notes) VALUES (:i, 'X', 'x', 1, '2026-01-01', 'b', 0, 's', '', "
                        "'2026-01-01', 1, '')"
                    ),
                    {"i": f"{next(raw_ids):032x}"},
                )
                conn.execute(
                    text("SELECT id FROM receipt ORDER BY receipt_date DESC LIMIT 200")
                ).all()

            raw_entry = timed(raw_enter, 50)
        print(
            f"   enter a receipt + first page: {entry * 1000:.1f} ms, raw insert+select "
            f"{raw_entry * 1000:.2f} ms, ratio {entry / raw_entry:.1f}x  "
            f"(goal < 50 ms: {'ok' if entry < 0.05 else 'OVER'})"
        )
        ctx.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
