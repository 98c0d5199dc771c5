"""Sync bundles against their floors.

* Export: a data bundle of N records (signed, sealed, verified on disk) against reading the
  same rows and writing them as gzipped JSON lines without crypto. Goal: <= 3x.
* Ministry import: B municipal bundles of M records in total (verify, decrypt, check, apply,
  one transaction each) against a plain bulk insert of the same rows into the same kind of
  database, one transaction per bundle. Goal: >= 0.5 of its rate. On SQLite, and on
  PostgreSQL when BALADIYA_TEST_PG_URL (default 127.0.0.1:5432) is reachable.

The bundles are synthesized: 140 enrolled stations, each signing its own bundle of employee
records with its own key, sealed to the ministry's key, exactly as a station writes them.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from baladiya_desktop.cli.main import main as cli_main  # noqa: E402
from baladiya_desktop.core.changelog import ChangeLogEntry  # noqa: E402
from baladiya_desktop.core.database import sqlite_url  # noqa: E402
from baladiya_desktop.core.municipalities import Municipality  # noqa: E402
from baladiya_desktop.core.permissions import Permission  # noqa: E402
from baladiya_desktop.core.records import to_json_value  # noqa: E402
from baladiya_desktop.core.setup import Target  # noqa: E402
from baladiya_desktop.core.station import new_signing_key, public_key_of  # noqa: E402
from baladiya_desktop.core.users import authenticate  # noqa: E402
from baladiya_desktop.domain.bootstrap import open_station  # noqa: E402
from baladiya_desktop.sync import crypto  # noqa: E402
from baladiya_desktop.sync.export import export_data_bundle  # noqa: E402
from baladiya_desktop.sync.ingest import ingest  # noqa: E402
from baladiya_desktop.sync.keys import ENCRYPT, current_ministry_key  # noqa: E402
from baladiya_desktop.sync.models import EnrolledStation  # noqa: E402
from baladiya_desktop.sync.tables import RowCodec, travelling_tables  # noqa: E402
from tests.sync.helpers import (  # noqa: E402
    StationKeys,
    employee_record,
    forge_data,
    records_zip,
)

PASSWORD = "bench-secret1"
SIZES = {"small": (2_000, 10, 10_000), "full": (100_000, 140, 1_000_000)}
PG_URL = os.environ.get("BALADIYA_TEST_PG_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/test")


KEY_PASSPHRASE = "bench key passphrase"  # the ministry's keys are wrapped by it too


def cli(*argv: str | Path) -> Any:
    os.environ["BALADIYA_PASSWORD"] = PASSWORD
    os.environ["BALADIYA_KEY_PASSPHRASE"] = KEY_PASSPHRASE
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli_main([str(a) for a in argv])
    if code != 0:
        raise RuntimeError(err.getvalue())
    return json.loads(out.getvalue()) if out.getvalue().strip() else None


def where(url: str) -> list[str]:
    parsed = make_url(url)
    return ["--db", str(parsed.database)] if parsed.get_backend_name() == "sqlite" else \
        ["--database-url", url]


# Export -------------------------------------------------------------------------------------


def bench_export(folder: Path, records: int) -> None:
    ministry = sqlite_url(folder / "ministry.db")
    cli(*where(ministry), "--json", "ministry", "init", "--name", "الوزارة", "--admin", "boss")
    ref = cli(*where(ministry), "--user", "boss", "--json", "ministry", "reference-bundle",
              "--out", folder)
    station = folder / "station.db"
    started = time.perf_counter()
    cli("--db", station, "--json", "demo", "--municipality", "LY-M010", "--admin", "admin",
        "--staff", str(records))
    cli("--db", station, "--user", "admin", "--json", "bundle", "import", ref["path"],
        "--fingerprint", ref["fingerprint"])
    print(f"   (station of {records:,} employees made in {time.perf_counter() - started:.1f} s)",
          flush=True)
    ctx = open_station(Target.resolve(station))
    ctx = ctx.as_user(authenticate(ctx, "admin", PASSWORD))
    out = folder / "usb"
    out.mkdir()
    started = time.perf_counter()
    result = export_data_bundle(ctx, out)
    export_time = time.perf_counter() - started
    started = time.perf_counter()
    floor_rows = plain_dump(ctx, folder / "plain.jsonl.gz")
    floor_time = time.perf_counter() - started
    ctx.engine.dispose()
    print(f"export {result.records:,} records: {export_time:.2f} s vs read+gzip JSON lines "
          f"{floor_time:.2f} s ({floor_rows:,} rows) = {export_time / floor_time:.2f}x "
          f"(goal <= 3x)", flush=True)


def plain_dump(ctx: Any, path: Path) -> int:
    """The floor: read every changed row and write it as gzipped JSON lines."""
    tables = travelling_tables()
    rows = 0
    with ctx.session() as session, gzip.open(path, "wb", compresslevel=6) as out:
        ids: dict[str, list[Any]] = {}
        for name, record_id in session.execute(
                select(ChangeLogEntry.table_name, ChangeLogEntry.record_id).distinct()):
            ids.setdefault(name, []).append(record_id)
        for name, wanted in ids.items():
            table = tables[name]
            for start in range(0, len(wanted), 900):
                for row in session.execute(select(table).where(
                        table.c.id.in_(wanted[start:start + 900]))).mappings():
                    out.write(json.dumps({k: to_json_value(v) for k, v in row.items()},
                                         ensure_ascii=False).encode() + b"\n")
                    rows += 1
    return rows


# Import -------------------------------------------------------------------------------------


def make_ministry(url: str) -> Any:
    cli(*where(url), "--json", "ministry", "init", "--name", "الوزارة", "--admin", "boss")
    ctx = open_station(Target.resolve(url=url))
    return ctx.as_user(authenticate(ctx, "boss", PASSWORD))


def enroll_stations(ctx: Any, count: int) -> list[StationKeys]:
    with ctx.session() as session:
        codes = list(session.scalars(select(Municipality.code).order_by(Municipality.code)))
        recipient = current_ministry_key(session, ENCRYPT)
    stations = []
    with ctx.write(Permission.SYNC_IMPORT, "bench.enroll") as tx:
        for n in range(count):
            private = new_signing_key()
            public = public_key_of(private)
            keys = StationKeys(uuid.uuid4(), codes[n % len(codes)], private, recipient.public,
                               recipient.key_id)
            tx.session.add(EnrolledStation(
                station_id=keys.station_id, municipality_code=keys.municipality,
                name=f"station {n}", public_key=public, fingerprint=crypto.fingerprint(public),
                enrolled_at=tx.now, applied_seq=0, audit_seq=0, audit_head="0" * 64,
                history_alert=""))
            stations.append(keys)
    return stations


def bundle_rows(stations: list[StationKeys], total: int, index: int) -> list[Any]:
    per = total // len(stations)
    return [employee_record(stations[index], index * per + n) for n in range(per)]


def synthesize(stations: list[StationKeys], total: int) -> Iterator[tuple[bytes, int]]:
    for index, keys in enumerate(stations):
        rows = bundle_rows(stations, total, index)
        yield forge_data(keys, records_zip(rows), seq_to=len(rows), records=len(rows)), len(rows)


def bench_import(url: str, label: str, bundles: int, total: int) -> None:
    ctx = make_ministry(url)
    stations = enroll_stations(ctx, bundles)
    started = time.perf_counter()
    made = list(synthesize(stations, total))
    print(f"   ({len(made)} bundles synthesized in {time.perf_counter() - started:.1f} s)",
          flush=True)
    records = sum(size for _data, size in made)
    started = time.perf_counter()
    for data, _size in made:
        result = ingest(ctx, data)
        assert result.status == "applied" and not result.stats.rejected, result.stats.rejected
    import_time = time.perf_counter() - started
    ctx.engine.dispose()
    del made
    floor_time = plain_insert(stations, total, label)
    rate, floor = records / import_time, records / floor_time
    print(f"ministry import {records:,} records in {len(stations)} bundles ({label}): "
          f"{rate:,.0f} rec/s vs plain bulk insert {floor:,.0f} rec/s = {rate / floor:.2f} "
          f"(goal >= 0.5)", flush=True)


def plain_insert(stations: list[StationKeys], total: int, label: str) -> float:
    """The floor: the same rows, already decoded, inserted in one transaction per bundle."""
    elapsed = 0.0
    with fresh_database(label) as url:
        ctx = make_ministry(url)
        table = travelling_tables()["employee"]
        codec = RowCodec(table)
        for index in range(len(stations)):
            batch = [codec.values(r["v"]) for r in bundle_rows(stations, total, index)]
            started = time.perf_counter()
            with ctx.engine.begin() as con:
                con.execute(insert(table), batch)
            elapsed += time.perf_counter() - started
        ctx.engine.dispose()
    return elapsed


_folder: Path = Path()


@contextlib.contextmanager
def fresh_database(label: str) -> Iterator[str]:
    if label == "sqlite":
        yield sqlite_url(Path(tempfile.mkdtemp(dir=_folder)) / "ministry.db")
        return
    import psycopg

    parsed = make_url(PG_URL)
    name = f"bld_bench_{uuid.uuid4().hex[:12]}"
    admin = psycopg.connect(host=parsed.host, port=parsed.port or 5432,
                            user=parsed.username, password=parsed.password,
                            dbname=parsed.database, autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield parsed.set(database=name).render_as_string(hide_password=False)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def pg_reachable() -> bool:
    import socket

    parsed = make_url(PG_URL)
    try:
        socket.create_connection((parsed.host or "127.0.0.1", parsed.port or 5432), 3).close()
    except OSError:
        return False
    return True


def main() -> int:
    global _folder
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=list(SIZES), default="small")
    parser.add_argument("--only", choices=["export", "import"])
    args = parser.parse_args()
    export_records, bundles, total = SIZES[args.size]
    with tempfile.TemporaryDirectory() as temp:
        _folder = Path(temp)
        if args.only != "import":
            (_folder / "export").mkdir()
            bench_export(_folder / "export", export_records)
        if args.only != "export":
            with fresh_database("sqlite") as url:
                bench_import(url, "sqlite", bundles, total)
            if pg_reachable():
                with fresh_database("postgres") as url:
                    bench_import(url, "postgres", bundles, total)
            else:
                print("ministry import (postgres): skipped, the server is not reachable")
    return 0


if __name__ == "__main__":
    sys.exit(main())
