"""A station's printouts checked at the ministry: genuine, signed lists, changed, forged."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.domain.staff import service
from tests.domain.test_staff import AHMED
from tests.support import login
from tests.sync.conftest import World, ok

T = TypeVar("T")


def _flip(qr: str) -> str:
    """One character of the record id changed, as a forger would."""
    head, record, rest = qr.split("|", 2)
    return "|".join([head, record[:-1] + ("0" if record[-1] != "0" else "1"), rest])


def test_the_ministry_checks_any_enrolled_station_s_printout(world: World) -> None:
    emp_id = str(_at_station(world, lambda admin: service.register(admin, AHMED)))
    card = ok(world.s("report", "staff-card", "--id", emp_id, "--out", world.folder / "c.pdf"))
    listing = ok(world.s("report", "users-list", "--out", world.folder / "u.pdf"))

    # Before the station's data has arrived, the record is not there to compare.
    early = world.run(*_db(world), "--json", "verify", card["qr"])
    assert early.code == 1 and _status(early) == "unknown_record"

    ok(world.m("ministry", "import", world.export()["path"]))
    assert _status(ok_any(world.run(*_db(world), "--json", "verify", card["qr"]))) == "genuine"
    signed = world.run(*_db(world), "--json", "verify", listing["qr"])
    assert signed.code == 0 and _status(signed) == "signed"
    assert "في البلدية نفسها" in signed.out

    forged = world.run(*_db(world), "--json", "verify", _flip(card["qr"]))
    assert forged.code == 1 and _status(forged) == "not_genuine"

    # The station corrects the record after printing; once that arrives, the paper is stale.
    _at_station(
        world,
        lambda admin: service.update(admin, uuid.UUID(emp_id), replace(AHMED, phone="0912345678")),
    )
    ok(world.m("ministry", "import", world.export()["path"]))
    changed = world.run(*_db(world), "--json", "verify", card["qr"])
    assert changed.code == 1 and _status(changed) == "changed"
    assert "لم تصل آخر تعديلاته" in changed.out


def _db(world: World) -> list[Any]:
    from tests.sync.conftest import db_args

    return list(db_args(world.url))


def _status(result: Any) -> str:
    import json

    return str(json.loads(result.out)["status"])


def ok_any(result: Any) -> Any:
    assert result.code == 0, (result.out, result.err)
    return result


def _at_station(world: World, work: Callable[[AppContext], T]) -> T:
    ctx = open_station(Target.resolve(world.station))
    try:
        return work(login(ctx))
    finally:
        ctx.engine.dispose()

