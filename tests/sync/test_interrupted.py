"""A process killed in the middle of an import; a stick pulled out in the middle of an export."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from baladiya_desktop.core.database import sqlite_url
from tests.support import PASSWORD
from tests.sync.conftest import World, db_args, ok
from tests.sync.helpers import count, employee_record, forge_data, records_zip, snapshot

ROOT = Path(__file__).resolve().parents[2]
RECORDS = 40_000


def _busy(world: World, process: subprocess.Popen[bytes]) -> bool:
    """Whether the import is writing its rows (and has not committed yet)."""
    if world.backend == "sqlite":
        wal = Path(str(make_url(world.url).database) + "-wal")
        return wal.exists() and wal.stat().st_size > 2 << 20
    engine = create_engine(world.url)
    try:
        with engine.connect() as con:
            return bool(con.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND state = 'active' AND query ILIKE 'INSERT INTO employee%'")).scalar_one())
    finally:
        engine.dispose()


@pytest.mark.slow
def test_an_import_killed_halfway_leaves_all_or_nothing(world: World) -> None:
    keys = world.keys()
    data = forge_data(keys, records_zip(employee_record(keys, n) for n in range(RECORDS)),
                      seq_to=RECORDS)
    path = world.usb / "big.bld"
    path.write_bytes(data)
    employees = count(world.url, "employee")
    env = {**os.environ, "BALADIYA_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "baladiya_desktop.cli.main", *db_args(world.url), "--user",
         "boss", "ministry", "import", str(path)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline and not _busy(world, process):
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    if world.backend == "sqlite":
        con = sqlite3.connect(make_url(world.url).database or "")
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            con.close()
    assert world.m("audit", "verify").code == 0
    after = count(world.url, "employee")
    logged = count(world.url, "bundle_log", "direction = 'in' AND kind = 'data'")
    assert (after, logged) in {(employees, 0), (employees + RECORDS, 1)}
    again = ok(world.m("ministry", "import", path))[0]
    assert again["status"] == ("applied" if logged == 0 else "duplicate")
    assert count(world.url, "employee") == employees + RECORDS


@pytest.mark.parametrize("fails", ["write", "fsync", "rename", "read-back"])
def test_a_stick_pulled_out_during_export_leaves_no_bundle(
        world: World, monkeypatch: pytest.MonkeyPatch, fails: str) -> None:
    from baladiya_desktop.sync import usb

    def gone(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    if fails == "write":
        real_open = Path.open

        def open_then_fail(self: Path, *args: object, **kwargs: object) -> object:
            handle = real_open(self, *args, **kwargs)  # type: ignore[call-overload]
            if self.suffix == ".part":
                handle.write(b"half a bundle")
                handle.close()
                gone()
            return handle

        monkeypatch.setattr(Path, "open", open_then_fail)
    elif fails == "fsync":
        monkeypatch.setattr(usb.os, "fsync", gone)
    elif fails == "rename":
        monkeypatch.setattr(usb.os, "replace", gone)
    else:
        monkeypatch.setattr(usb, "fsync_dir", gone)
    before = snapshot(sqlite_url(world.station))
    result = world.s("bundle", "export", "--out", world.usb)
    assert result.code == 1
    assert "Check the stick is plugged in" in result.err and "الذاكرة" in result.err
    assert list(world.usb.iterdir()) == []  # no bundle under its name, no .part left
    assert snapshot(sqlite_url(world.station)) == before  # nothing recorded as exported
    monkeypatch.undo()
    assert world.export()["seq_from"] == 1
