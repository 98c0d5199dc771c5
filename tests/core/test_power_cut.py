"""A writer killed in the middle of its transactions leaves a consistent database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from baladiya_desktop.core.audit import verify_chain
from baladiya_desktop.core.setup import Target, open_station

WRITER = """
import sys
from baladiya_desktop.core.setup import Target, open_station
from baladiya_desktop.core import users
ctx = open_station(Target.resolve(sys.argv[1]))
admin = ctx.as_user(users.authenticate(ctx, "admin", "secret12"))
i = 0
print("ready", flush=True)
while True:
    i += 1
    users.set_role(admin, "clerk", "viewer" if i % 2 else "staff_officer")
    with admin.write(None, "stress") as tx:
        for n in range(20):
            tx.note("stress.note", {"i": i, "n": n, "pad": "x" * 500})
"""


def test_killed_writer_leaves_a_consistent_database(station: Target, tmp_path: Path) -> None:
    assert station.db_path is not None
    for round_ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(station.db_path)],
            stdout=subprocess.PIPE, env={**os.environ},
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(0.3 + 0.2 * round_)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
        ctx = open_station(station)
        try:
            with ctx.engine.connect() as connection:
                assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            with ctx.session() as session:
                report = verify_chain(session)
            assert report.ok, report.reason_en
            # Each stress transaction is whole or absent: its 20 notes come together.
            with ctx.engine.connect() as connection:
                notes = connection.execute(
                    text("SELECT COUNT(*) FROM audit_log WHERE action = 'stress.note'")
                ).scalar()
            assert notes is not None and notes % 20 == 0
        finally:
            ctx.engine.dispose()
