"""A ministry with an enrolled station and a few data bundles waiting on a 'stick'."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.domain.staff import service as staff_service
from tests.field.power_cut_driver import person
from tests.support import login


def _json(result: Any) -> Any:
    assert result.code == 0, result.err
    return json.loads(result.out)


def ministry_with_bundles(tmp: Path, run_cli: Any, rounds: int = 3,
                          per_round: int = 150) -> tuple[Path, Path, dict[str, int]]:
    """Returns the ministry db, the folder of bundles and employees per bundle id."""
    ministry, station, usb = tmp / "ministry.db", tmp / "station.db", tmp / "usb"
    keys, stick = tmp / "keys", tmp / "stick"
    for folder in (usb, keys, stick):
        folder.mkdir()
    _json(run_cli("--db", ministry, "--json", "ministry", "init", "--name", "الوزارة",
                  "--admin", "admin"))
    ref = _json(run_cli("--db", ministry, "--user", "admin", "--json", "ministry",
                        "reference-bundle", "--out", keys))
    _json(run_cli("--db", station, "--json", "init", "--municipality", "LY-M030",
                  "--station-name", "x", "--admin", "admin"))
    _json(run_cli("--db", station, "--user", "admin", "--json", "bundle", "import",
                  ref["path"], "--fingerprint", ref["fingerprint"]))
    enrollment = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle",
                               "enrollment", "--out", keys))
    _json(run_cli("--db", ministry, "--user", "admin", "--json", "ministry", "enroll",
                  enrollment["path"], "--fingerprint", enrollment["fingerprint"]))
    expected: dict[str, int] = {}
    ctx = open_station(Target.resolve(station))
    try:
        admin = login(ctx)
        for r in range(rounds):
            rows = [(i, person(r * 10_000 + i)) for i in range(per_round)]
            staff_service.upsert_many(admin, rows)
            made = _json(run_cli("--db", station, "--user", "admin", "--json", "bundle",
                                 "export", "--out", usb))
            expected[made["bundle_id"]] = made["counts"].get("employee", 0)
            # Each bundle is cumulative: pretend the ministry acknowledged it right away.
            with ctx.write_as("admin", "test.ack") as tx:
                from baladiya_desktop.sync.keys import sync_state

                sync_state(tx.session, tx.station).acked_seq = made["seq_to"]
        assert dt.date.today()
    finally:
        ctx.engine.dispose()
    for path in usb.glob("*.bld"):
        path.rename(stick / path.name)
    return ministry, stick, expected
