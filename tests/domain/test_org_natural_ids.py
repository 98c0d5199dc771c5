"""Structure rows made from the same template, file or code on two stations of one municipality
get the same ids, so the ministry merges them instead of refusing the second station's units
on the unit code."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from baladiya_desktop.core.base import Base
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.ids import natural_id
from baladiya_desktop.core.resources import reference_file
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.text import search_key
from baladiya_desktop.domain.bootstrap import create_station
from baladiya_desktop.domain.demo.build import DemoSize, build_demo
from baladiya_desktop.domain.org import service
from baladiya_desktop.domain.org.importing import PostLine, UnitLine, import_structure
from baladiya_desktop.domain.org.models import OrgDecision, OrgPost, OrgUnit
from baladiya_desktop.domain.org.rules import Decision
from baladiya_desktop.domain.org.service import PostInput, UnitInput
from baladiya_desktop.domain.org.template import apply_template
from baladiya_desktop.exchange.mappings.org import export_structure, import_structure_file
from tests.support import MUNICIPALITY, PASSWORD

OTHER = "LY-M002"
Station = Callable[..., AppContext]


@pytest.fixture
def new_station(tmp_path: Path) -> Iterator[Station]:
    """A station of its own (own id, own key) in a folder of its own, logged in as admin."""
    made: list[AppContext] = []

    def make(name: str, municipality: str = MUNICIPALITY) -> AppContext:
        folder = tmp_path / name
        folder.mkdir()
        ctx = create_station(Target.resolve(folder / "station.db"), municipality=municipality,
                             station_name=name, admin_username="admin",
                             admin_password=PASSWORD)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.engine.dispose()


def units_by_code(ctx: AppContext) -> dict[str, uuid.UUID]:
    with ctx.session() as session:
        return {u.code: u.id for u in session.scalars(select(OrgUnit))}


def posts_by_key(ctx: AppContext) -> dict[tuple[str, str], uuid.UUID]:
    with ctx.session() as session:
        codes = {u.id: u.code for u in session.scalars(select(OrgUnit))}
        return {(codes[p.unit_id], p.title): p.id for p in session.scalars(select(OrgPost))}


def decisions_of(ctx: AppContext) -> dict[tuple[uuid.UUID, str], uuid.UUID]:
    with ctx.session() as session:
        return {(d.unit_id, d.change): d.id for d in session.scalars(select(OrgDecision))}


def unit(code: str, parent: uuid.UUID | None = None, **extra: object) -> UnitInput:
    return UnitInput(code=code, name_ar=f"إدارة {code}", unit_type="department",
                     parent_id=parent, **extra)  # type: ignore[arg-type]


def post(title: str) -> PostInput:
    return PostInput(title=title, grade_min=7, grade_max=9, approved_count=2)


def template_lines() -> tuple[list[UnitLine], list[PostLine]]:
    def rows(name: str) -> list[dict[str, str]]:
        with reference_file(name).open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    units = [UnitLine(row=n, code=r["code"], name_ar=r["name_ar"], unit_type=r["unit_type"],
                      parent_code=r["parent_code"], name_en=r["name_en"])
             for n, r in enumerate(rows("org_template.csv"), start=2)]
    posts = [PostLine(row=n, unit_code=r["unit_code"], title=r["title"],
                      grade_min=int(r["grade_min"]), grade_max=int(r["grade_max"]),
                      approved_count=int(r["approved_count"]), job_group=r["job_group"],
                      is_head=r["is_head"] == "1")
             for n, r in enumerate(rows("org_template_posts.csv"), start=2)]
    return units, posts


def test_the_template_on_two_stations_makes_the_same_units_and_posts(
    new_station: Station,
) -> None:
    first, second = new_station("agent"), new_station("staff-affairs")
    assert first.station.id != second.station.id
    apply_template(first)
    apply_template(second)
    units, posts = units_by_code(first), posts_by_key(first)
    assert len(units) >= 20 and len(posts) >= 30
    assert units_by_code(second) == units
    assert posts_by_key(second) == posts
    assert units["AGENT"] == natural_id(MUNICIPALITY, "org-unit", "agent")
    # A post's id follows its unit's id and its title, as the import matches posts.
    agent_post = posts[("AGENT", "وكيل ديوان البلدية")]
    assert agent_post == natural_id(
        MUNICIPALITY, "org-post", f"{units['AGENT']}/{search_key('وكيل ديوان البلدية')}")


def test_another_municipality_gets_other_ids(new_station: Station) -> None:
    here, there = new_station("here"), new_station("there", OTHER)
    apply_template(here)
    apply_template(there)
    assert set(units_by_code(here)) == set(units_by_code(there))
    assert not set(units_by_code(here).values()) & set(units_by_code(there).values())
    assert not set(posts_by_key(here).values()) & set(posts_by_key(there).values())


def test_units_and_posts_typed_on_two_stations_are_one_record(new_station: Station) -> None:
    first, second = new_station("one"), new_station("two")
    made = []
    for ctx in (first, second):
        top = service.add_unit(ctx, unit("Fin", status="approved", decision_number="4/2023",
                                         decision_date=dt.date(2023, 1, 9)))
        made.append((top, service.add_post(ctx, top, post("محاسب"))))
    assert made[0] == made[1]
    # The code's case does not make another unit.
    assert made[0][0] == natural_id(MUNICIPALITY, "org-unit", "fin")
    assert decisions_of(first) == decisions_of(second) != {}


def test_a_reused_code_falls_back_to_a_random_id(new_station: Station) -> None:
    ctx = new_station("one")
    old = service.add_unit(ctx, unit("D1"))
    assert old == natural_id(MUNICIPALITY, "org-unit", "d1")
    service.update_unit(ctx, old, unit("D1-OLD"))
    assert units_by_code(ctx)["D1-OLD"] == old  # editing the code keeps the id
    new = service.add_unit(ctx, unit("D1"))
    assert new != old and new.version == 7  # a UUIDv7, not a failed insert
    assert units_by_code(ctx) == {"D1-OLD": old, "D1": new}
    # Its posts cannot collide with the old unit's posts either.
    old_post = service.add_post(ctx, old, post("محاسب"))
    new_post = service.add_post(ctx, new, post("محاسب"))
    assert old_post != new_post


def test_a_title_repeated_in_one_unit_gets_a_second_post(new_station: Station) -> None:
    ctx = new_station("one")
    top = service.add_unit(ctx, unit("D3"))
    first = service.add_post(ctx, top, post("كاتب"))
    second = service.add_post(ctx, top, post(" كاتب "))  # the same title, spaced
    assert first != second and second.version == 7
    with ctx.session() as session:
        assert len(session.scalars(select(OrgPost)).all()) == 2


def test_the_import_makes_the_template_s_ids(new_station: Station) -> None:
    by_template, by_import = new_station("template"), new_station("import")
    apply_template(by_template)
    units, posts = template_lines()
    result = import_structure(by_import, units, posts)
    assert result.written and not result.refused
    assert units_by_code(by_import) == units_by_code(by_template)
    assert posts_by_key(by_import) == posts_by_key(by_template)


def test_a_workbook_exported_on_one_station_imports_with_its_ids(
    new_station: Station, tmp_path: Path,
) -> None:
    source, target = new_station("source"), new_station("target")
    apply_template(source)
    service.add_unit(source, unit("EXTRA", units_by_code(source)["AGENT"]))
    book = tmp_path / "structure.xlsx"
    export_structure(source, book)
    outcome = import_structure_file(target, book)
    assert outcome.written, outcome.rejected()
    assert units_by_code(target) == units_by_code(source)
    assert posts_by_key(target) == posts_by_key(source)


def test_an_import_reusing_an_edited_away_code_falls_back(new_station: Station) -> None:
    ctx = new_station("one")
    old = service.add_unit(ctx, unit("OLD"))
    service.update_unit(ctx, old, unit("RENAMED"))
    result = import_structure(ctx, [UnitLine(row=2, code="old", name_ar="وحدة",
                                             unit_type="department")], [])
    assert result.written and result.units.imported == 1
    again = units_by_code(ctx)["old"]
    assert again != old and again.version == 7


def test_an_import_reusing_a_retitled_posts_title_falls_back(new_station: Station) -> None:
    ctx = new_station("one")
    top = service.add_unit(ctx, unit("D4"))
    old = service.add_post(ctx, top, post("كاتب"))
    service.update_post(ctx, old, post("محاسب"))  # the id stays with the post
    lines = [PostLine(row=n, unit_code="d4", title=t, grade_min=4, grade_max=7,
                      approved_count=1) for n, t in ((2, "كاتب"), (3, "فني"))]
    result = import_structure(ctx, [], lines)
    assert result.written and result.posts.imported == 2 and result.posts.unchanged == 0
    made = posts_by_key(ctx)
    assert made[("D4", "محاسب")] == old
    assert made[("D4", "كاتب")] != old and made[("D4", "كاتب")].version == 7
    assert made[("D4", "فني")] == natural_id(MUNICIPALITY, "org-post", f"{top}/{search_key('فني')}")


def test_approved_structure_decisions_match_across_stations(new_station: Station) -> None:
    first, second = new_station("one"), new_station("two")
    for ctx in (first, second):
        apply_template(ctx)
        service.approve_structure(ctx, Decision("12/2022", dt.date(2022, 3, 15)))
    decisions = decisions_of(first)
    assert len(decisions) == len(units_by_code(first))
    assert decisions_of(second) == decisions
    with first.session() as session:
        assert all(u.status == "approved" and u.decision_number == "12/2022"
                   for u in session.scalars(select(OrgUnit)))
    with pytest.raises(ValidationError) as caught:
        service.approve_structure(first, Decision(" ", dt.date(2022, 3, 15)))
    assert caught.value.field == "decision_number"


def test_the_demo_keeps_its_ids_from_run_to_run(tmp_path: Path) -> None:
    made = []
    for run in ("first", "second"):
        (tmp_path / run).mkdir()
        ctx, summary = build_demo(Target.resolve(tmp_path / run / "demo.db"),
                                  municipality=MUNICIPALITY, admin_username="admin",
                                  admin_password=PASSWORD, size=DemoSize(staff=8, receipts=5),
                                  today=dt.date(2025, 6, 1))
        made.append((units_by_code(ctx), posts_by_key(ctx), decisions_of(ctx), summary))
        ctx.engine.dispose()
    (units, posts, decisions, summary), again = made
    assert summary.units == len(units) and summary.staff == 8
    assert again[:3] == (units, posts, decisions)
    assert len(decisions) == len(units)  # the council's approval, one per unit


def test_a_new_station_makes_no_record_that_travels(new_station: Station) -> None:
    """What every station seeds (reference lists, unit types, categories, the framework) stays
    on the station; a travelling row seeded here would need an id derived like the template's."""
    ctx = new_station("fresh")
    travelling = [m.class_ for m in Base.registry.mappers
                  if getattr(m.class_, "__travels__", False)]
    assert len(travelling) >= 10
    with ctx.session() as session:
        made = {c.__tablename__: session.scalar(select(func.count()).select_from(c))
                for c in travelling}
    assert not any(made.values()), made
