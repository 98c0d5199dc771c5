"""A station's records reaching its siblings, against their floors.

* Relay through the ministry: station A's data bundle of N new employees is imported at the
  ministry (T_import); station B of the same municipality then sends a request, and the
  ministry's reply carries the N records to it (T_relay = writing the reply + B's import of
  it). Goal: T_relay <= 2x T_import. With the ministry on SQLite, and on PostgreSQL when
  BALADIYA_TEST_PG_URL (default 127.0.0.1:5432) is reachable.
* Direct to a sibling: A's bundle for B (``export --to``), imported at B, against a plain
  executemany of the same rows into a copy of B's database with raw sqlite3, in one
  transaction with the app's pragmas (the best of three). Goal: >= 0.5 of its speed.

A and B are made and enrolled as in the office: ``init``, the ministry's reference bundle,
enrolment, then a reference bundle that lists both. A's employees are written with the bulk
path (``tx.insert_many``), stamped, change-logged and audited.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from baladiya_desktop.core.context import AppContext  # noqa: E402
from baladiya_desktop.core.database import sqlite_url  # noqa: E402
from baladiya_desktop.core.ids import natural_id  # noqa: E402
from baladiya_desktop.core.permissions import Permission  # noqa: E402
from baladiya_desktop.core.setup import Target  # noqa: E402
from baladiya_desktop.core.users import authenticate  # noqa: E402
from baladiya_desktop.domain.bootstrap import open_station  # noqa: E402
from baladiya_desktop.domain.staff.models import Employee  # noqa: E402
from baladiya_desktop.sync.export import export_data_bundle  # noqa: E402
from baladiya_desktop.sync.ingest import ingest_file  # noqa: E402
from baladiya_desktop.sync.receipts import write_receipt  # noqa: E402
from baladiya_desktop.sync.station_import import import_file  # noqa: E402
from tests.benchmarks.bench_sync import (  # noqa: E402
    PASSWORD,
    cli,
    fresh_database,
    pg_reachable,
    where,
)

SIZES = {"small": 3_000, "full": 100_000}
KEY_PASSPHRASE = "bench key passphrase"  # for the ministry's keys, where they are wrapped
MUNICIPALITY = "LY-M010"
CHUNK = 10_000  # employees per insert_many call


@contextlib.contextmanager
def signed_in(url: str, user: str) -> Iterator[AppContext]:
    ctx = open_station(Target.resolve(url=url))
    try:
        yield ctx.as_user(authenticate(ctx, user, PASSWORD))
    finally:
        ctx.engine.dispose()


def station(db: Path) -> contextlib.AbstractContextManager[AppContext]:
    return signed_in(sqlite_url(db), "admin")


@contextlib.contextmanager
def ministry_database(folder: Path, label: str) -> Iterator[str]:
    if label == "sqlite":
        yield sqlite_url(folder / "ministry.db")
    else:
        with fresh_database(label) as url:
            yield url


def enrolled_station(ministry: str, folder: Path, name: str) -> Path:
    """A new PC of the municipality, with the ministry's key and enrolled there."""
    db = folder / f"{name}.db"
    cli("--db", db, "--json", "init", "--municipality", MUNICIPALITY, "--station-name", name,
        "--admin", "admin")
    m = [*where(ministry), "--user", "boss", "--json"]
    ref = cli(*m, "ministry", "reference-bundle", "--out", folder)
    cli("--db", db, "--user", "admin", "--json", "bundle", "import", ref["path"],
        "--fingerprint", ref["fingerprint"])
    enrolled = cli("--db", db, "--user", "admin", "--json", "bundle", "enrollment", "--out",
                   folder)
    cli(*m, "ministry", "enroll", enrolled["path"], "--fingerprint", enrolled["fingerprint"])
    return db


def office(folder: Path, ministry: str) -> tuple[Path, Path]:
    """Stations A and B, each knowing the other from a reference bundle that lists both."""
    cli(*where(ministry), "--json", "ministry", "init", "--name", "الوزارة", "--admin", "boss")
    a, b = enrolled_station(ministry, folder, "a"), enrolled_station(ministry, folder, "b")
    ref = cli(*where(ministry), "--user", "boss", "--json", "ministry", "reference-bundle",
              "--out", folder)
    for db in (a, b):
        cli("--db", db, "--user", "admin", "--json", "bundle", "import", ref["path"],
            "--fingerprint", ref["fingerprint"])
    return a, b


def person(n: int) -> dict[str, Any]:
    national = f"1{1960 + n % 40}{n:07d}"
    family = f"الورفلي{n % 997}"
    return {
        "id": natural_id(MUNICIPALITY, "employee", national), "first_name": "سالم",
        "father_name": "علي", "grandfather_name": "محمد", "family_name": family,
        "mother_name": "فاطمة", "full_name": f"سالم علي محمد {family}",
        "search_key": f"سالم علي محمد {family}", "national_number": national, "sex": "M",
        "birth_date": dt.date(1960 + n % 40, 1 + n % 12, 1 + n % 28),
        "hire_date": dt.date(2000 + n % 20, 1, 1), "grade": 3 + n % 10,
        "employee_number": f"{n:06d}", "phone": f"091{n:07d}",
    }


def record_staff(db: Path, count: int) -> None:
    with station(db) as ctx, ctx.write(Permission.STAFF_WRITE, "bench.staff") as tx:
        for start in range(0, count, CHUNK):
            tx.insert_many(Employee, [person(n) for n in range(start, min(count, start + CHUNK))])


def fresh_folder(parent: Path, name: str) -> Path:
    path = parent / name
    path.mkdir()
    return path


def copy_db(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def bench_relay(folder: Path, label: str, count: int, *, direct: bool) -> None:
    with ministry_database(folder, label) as ministry:
        a, b = office(folder, ministry)
        started = time.perf_counter()
        record_staff(a, count)
        with station(a) as ctx:
            sent = export_data_bundle(ctx, fresh_folder(folder, "a-out"))
        print(f"   ({count:,} employees written and exported at A in "
              f"{time.perf_counter() - started:.1f} s)", flush=True)
        with signed_in(ministry, "boss") as ctx:
            started = time.perf_counter()
            result = ingest_file(ctx, sent.path)
            import_time = time.perf_counter() - started
        assert result.status == "applied" and result.stats.inserted == count, result.stats
        if direct:  # B as it stands before anything of A's reached it
            copy_db(b, folder / "b-direct.db")
            copy_db(b, folder / "b-floor.db")
        with station(b) as ctx:
            request = export_data_bundle(ctx, fresh_folder(folder, "b-out"))
        assert request.request, request
        with signed_in(ministry, "boss") as ctx:
            result = ingest_file(ctx, request.path)
            started = time.perf_counter()
            reply = write_receipt(ctx, result, fresh_folder(folder, "reply"))
            reply_time = time.perf_counter() - started
        with station(b) as ctx:
            started = time.perf_counter()
            taken = import_file(ctx, reply)
            take_time = time.perf_counter() - started
        assert taken.details["relayed"] == count, taken.details
    relay_time = reply_time + take_time
    print(f"relay {count:,} records to a sibling ({label} ministry): reply {reply_time:.2f} s "
          f"+ B's import {take_time:.2f} s = {relay_time:.2f} s vs the ministry's import "
          f"{import_time:.2f} s = {relay_time / import_time:.2f}x (goal <= 2x)", flush=True)
    if direct:
        bench_direct(folder, a, count)


def bench_direct(folder: Path, a: Path, count: int) -> None:
    b = folder / "b-direct.db"
    with station(b) as ctx:
        b_id = ctx.station.id
    with station(a) as ctx:
        sent = export_data_bundle(ctx, fresh_folder(folder, "sibling"), to=b_id)
    assert sent.records == count, sent
    with station(b) as ctx:
        started = time.perf_counter()
        taken = import_file(ctx, sent.path)
        import_time = time.perf_counter() - started
    assert taken.details["inserted"] == count and not taken.details["rejected"], taken.details
    floor_time = min(plain_insert(a, folder / "b-floor.db", folder / f"floor-{n}.db")
                     for n in range(3))
    print(f"sibling import {count:,} records: {count / import_time:,.0f} rec/s vs plain "
          f"sqlite3 executemany {count / floor_time:,.0f} rec/s = "
          f"{floor_time / import_time:.2f} (goal >= 0.5)", flush=True)


def plain_insert(source: Path, b: Path, target: Path) -> float:
    """The floor: A's employee rows, as stored, inserted into a copy of B's database in one
    transaction, with the pragmas the app sets."""
    with contextlib.closing(sqlite3.connect(source)) as con:
        cursor = con.execute("SELECT * FROM employee")
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    statement = (f"INSERT INTO employee ({', '.join(names)}) "
                 f"VALUES ({', '.join('?' * len(names))})")
    copy_db(b, target)
    with contextlib.closing(sqlite3.connect(target, isolation_level=None)) as con:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA synchronous = FULL")
        started = time.perf_counter()
        con.execute("BEGIN")
        con.executemany(statement, rows)
        con.execute("COMMIT")
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=list(SIZES), default="small")
    args = parser.parse_args()
    count = SIZES[args.size]
    os.environ["BALADIYA_KEY_PASSPHRASE"] = KEY_PASSPHRASE
    with tempfile.TemporaryDirectory() as temp:
        bench_relay(fresh_folder(Path(temp), "sqlite"), "sqlite", count, direct=True)
        if pg_reachable():
            bench_relay(fresh_folder(Path(temp), "postgres"), "postgres", count, direct=False)
        else:
            print("relay (postgres ministry): skipped, the server is not reachable")
    return 0


if __name__ == "__main__":
    sys.exit(main())
