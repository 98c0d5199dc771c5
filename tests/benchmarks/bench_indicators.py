"""The ministry's comparison of municipalities on one indicator over three years.

A ministry-like database gets 140 municipalities × 12 quarters × 10 indicators of values
(``--size small``: 20 municipalities), inserted directly as bundles would leave them. The
floor is the raw ``SELECT`` of one indicator's values for the 12 quarters, rows fetched;
``compare`` adds the names, the ranking and the spread. Goal: under 500 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select, text  # noqa: E402

from baladiya_desktop.core.context import AppContext  # noqa: E402
from baladiya_desktop.core.municipalities import Municipality  # noqa: E402
from baladiya_desktop.core.setup import Target  # noqa: E402
from baladiya_desktop.core.station import StationKind  # noqa: E402
from baladiya_desktop.core.users import authenticate  # noqa: E402
from baladiya_desktop.domain.bootstrap import create_station  # noqa: E402
from baladiya_desktop.domain.indicators.compare import compare  # noqa: E402
from baladiya_desktop.domain.indicators.dashboard import recent_periods  # noqa: E402
from baladiya_desktop.domain.indicators.framework import definitions  # noqa: E402
from baladiya_desktop.domain.indicators.models import IndicatorValue  # noqa: E402

SIZES = {"small": 20, "full": 140}
GOAL_MS = 500.0
CODE = "REV_TARGET"


def fill(ctx: AppContext, municipalities: int, quarters: list[str]) -> int:
    rng = random.Random(7)
    with ctx.session() as session:
        codes = sorted(definitions(session))[:10]
        places = list(session.scalars(select(Municipality.code).order_by(Municipality.code)))
    places = (places * (municipalities // max(len(places), 1) + 1))[:municipalities]
    now = dt.datetime.now(dt.UTC)
    rows = [
        {
            "id": uuid.uuid4(),
            "municipality_code": place,
            "station_id": uuid.uuid4(),
            "version": 1,
            "updated_at": now,
            "updated_by": "bench",
            "deleted": False,
            "indicator": code,
            "period": quarter,
            "value": rng.randint(20_000, 100_000),
            "note": "",
            "status": "approved",
            "computed": False,
            "approved_by": "",
            "approved_at": None,
        }
        for place in places
        for quarter in quarters
        for code in codes
    ]
    with ctx.engine.begin() as conn:
        conn.execute(insert(IndicatorValue.__table__), rows)
    return len(rows)


def best_of(fn: Callable[[], object], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", choices=SIZES, default="small")
    args = parser.parse_args()
    count = SIZES[args.size]
    quarters = recent_periods("quarterly", 13)[:-1]  # three years that have ended
    with tempfile.TemporaryDirectory() as folder:
        ctx = create_station(
            Target.resolve(Path(folder) / "ministry.db"),
            municipality=None,
            station_name="الوزارة",
            admin_username="admin",
            admin_password="secret12",
            kind=StationKind.MINISTRY,
            key_passphrase="bench key passphrase",  # the ministry's keys are wrapped by it
        )
        ctx = ctx.as_user(authenticate(ctx, "admin", "secret12"))
        made = fill(ctx, count, quarters)

        def raw() -> object:
            with ctx.engine.connect() as conn:
                marks = ",".join(f"'{q}'" for q in quarters)
                return conn.execute(
                    text(
                        "SELECT municipality_code, period, value FROM indicator_value WHERE "
                        f"indicator = :code AND period IN ({marks}) AND deleted = 0"
                    ),
                    {"code": CODE},
                ).all()

        result = compare(ctx, CODE, quarters)
        assert len(result.rows) == count and result.rows[0].rank == 1
        ours, floor = best_of(lambda: compare(ctx, CODE, quarters)), best_of(raw)
        ctx.engine.dispose()
    print(
        f"{made} values; compare {count} municipalities × 3 years: {ours:.1f} ms vs raw "
        f"{floor:.1f} ms = {ours / floor:.1f}x (goal < {GOAL_MS:.0f} ms)"
    )
    return 0 if ours < GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
