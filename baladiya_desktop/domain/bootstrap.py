"""Opening and creating a station with every area's reference data in place.

``core.setup`` knows nothing of the areas; the CLI and the GUI come through here so that a new
station, or one upgraded by a newer app, has the reference rows each area needs.
"""

from __future__ import annotations

from baladiya_desktop.core import setup
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.station import StationKind
from baladiya_desktop.domain import schema
from baladiya_desktop.domain.reference import reference_missing, seed_reference

SYSTEM_USER = "system"


def _ensure_reference(ctx: AppContext, username: str) -> None:
    with ctx.session() as session:
        missing = reference_missing(session)
    if missing:
        with ctx.write_as(username, "reference.seed") as tx:
            seed_reference(tx.session)


def open_station(target: Target) -> AppContext:
    assert schema.AREA_MODELS  # every area's tables are mapped before anything is read
    ctx = setup.open_station(target)
    _ensure_reference(ctx, SYSTEM_USER)
    return ctx


def create_station(
    target: Target,
    *,
    municipality: str | None,
    station_name: str,
    admin_username: str,
    admin_password: str,
    admin_full_name: str = "",
    kind: StationKind = StationKind.MUNICIPALITY,
    recovery_code: str | None = None,
    key_passphrase: str | None = None,
) -> AppContext:
    ctx = setup.create_station(
        target, kind=kind, municipality=municipality, station_name=station_name,
        admin_username=admin_username, admin_password=admin_password,
        admin_full_name=admin_full_name, recovery_code=recovery_code,
        key_passphrase=key_passphrase,
    )
    _ensure_reference(ctx, admin_username)
    return ctx
