"""At the ministry, a revoked station's paper printed after the revocation is flagged; one
printed while its key was good stands."""

from __future__ import annotations

import json
import time
from typing import Any

from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from tests.sync.conftest import World, db_args, ok


def _verify(world: World, qr: str) -> Any:
    return world.run(*db_args(world.url), "--json", "verify", qr)


def test_a_revoked_station_s_later_paper_is_flagged(world: World) -> None:
    ctx = open_station(Target.resolve(world.station))
    station_id = str(ctx.station.id)
    ctx.engine.dispose()
    before = ok(world.s("report", "users-list", "--out", world.folder / "before.pdf"))["qr"]
    time.sleep(1.1)  # papers carry whole seconds: the revocation comes in a later second
    ok(world.m("ministry", "revoke", station_id))
    after = ok(world.s("report", "users-list", "--out", world.folder / "after.pdf"))["qr"]

    good = _verify(world, before)
    assert good.code == 0, good.out
    assert json.loads(good.out)["status"] == "signed"

    flagged = _verify(world, after)
    assert flagged.code == 1
    data = json.loads(flagged.out)
    assert data["status"] == "flagged" and data["data_status"] == "signed"
    assert [f["code"] for f in data["flags"]] == ["revoked"]
    assert "بعد إلغاء مفتاح المحطة" in data["flags"][0]["message"]
