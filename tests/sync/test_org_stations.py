"""Two stations of one municipality that each start from the model structure: the ministry takes
both bundles, and holds one structure (the ministry runs on SQLite and on PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, func, select

from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.domain.org.models import OrgPost, OrgUnit
from baladiya_desktop.domain.org.template import apply_template
from tests.support import login
from tests.sync.conftest import World, ok


def _template(db: Path) -> int:
    ctx = open_station(Target.resolve(db))
    try:
        return apply_template(login(ctx))
    finally:
        ctx.engine.dispose()


def _ministry_counts(world: World, municipality: str) -> tuple[int, int]:
    engine = create_engine(world.url)
    try:
        with engine.connect() as con:
            units = con.execute(select(func.count()).select_from(OrgUnit).where(
                OrgUnit.municipality_code == municipality)).scalar_one()
            posts = con.execute(select(func.count()).select_from(OrgPost).where(
                OrgPost.municipality_code == municipality)).scalar_one()
            return units, posts
    finally:
        engine.dispose()


def test_two_stations_applying_the_template_both_reach_the_ministry(world: World) -> None:
    pc1, pc2 = world.new_station("pc1", "LY-M020"), world.new_station("pc2", "LY-M020")
    made = _template(pc1)
    assert _template(pc2) == made
    for db in (pc1, pc2):
        bundle = world.export(db)
        assert ok(world.m("ministry", "import", bundle["path"]))[0]["status"] == "applied"
    units, posts = _ministry_counts(world, "LY-M020")
    assert units == made and posts >= 30
    tree = ok(world.m("org", "tree", "--municipality", "LY-M020"))
    assert len(tree) == 1 and tree[0]["code"] == "COUNCIL"
