"""The staffing table (الملاك الوظيفي) as a staff officer reads it: for every unit, grade band
and job title, the approved posts, those filled, those vacant, and the surplus (فائض الملاك):
people in service beyond a post's approved number or without a post at all. Post holders whose
grade is outside the post's range are flagged. ``filled + surplus`` is everyone in service.

Counts need only the structure's right; the lists of people (who is without a post, whose
grade does not fit) need the right to read staff, since they name people.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.permissions import Permission, role_may
from baladiya_desktop.core.text import search_key
from baladiya_desktop.domain import hooks
from baladiya_desktop.domain.org.queries import UnitNode, build_tree, load_units

# Grade bands (top grade of a post, or a person's grade); 11 and above is senior management.
BANDS: tuple[tuple[int, int], ...] = ((1, 4), (5, 8), (9, 10), (11, 15))
NO_UNIT = "بدون وحدة"


def band_of(grade: int | None) -> str:
    if grade is None:
        return "—"
    for low, high in BANDS:
        if low <= grade <= high:
            return f"{low}–{high}"
    return "—"


@dataclass
class Line:
    """One line of the table: a unit, a grade band or a job title."""

    key: str
    label: str
    approved: int = 0
    filled: int = 0
    vacant: int = 0
    surplus: int = 0
    mismatched: int = 0
    depth: int = 0
    unit_id: uuid.UUID | None = None

    @property
    def staff(self) -> int:
        return self.filled + self.surplus


@dataclass(frozen=True)
class Mismatch:
    person_id: uuid.UUID
    name: str
    grade: int
    unit_name: str
    post_title: str
    grade_min: int
    grade_max: int


@dataclass(frozen=True)
class Unassigned:
    """Someone in service in a unit (or in none) without one of its approved posts."""

    person_id: uuid.UUID
    name: str
    grade: int | None
    job_title: str
    unit_id: uuid.UUID | None
    unit_name: str


@dataclass(frozen=True)
class Vacancy:
    post_id: uuid.UUID
    unit_id: uuid.UUID
    unit_name: str
    title: str
    grade_min: int
    grade_max: int
    vacant: int


@dataclass
class StaffingTable:
    units: list[Line] = field(default_factory=list)
    bands: list[Line] = field(default_factory=list)
    titles: list[Line] = field(default_factory=list)
    total: Line = field(default_factory=lambda: Line("total", "المجموع"))
    mismatches: list[Mismatch] = field(default_factory=list)
    unassigned: list[Unassigned] = field(default_factory=list)
    vacancies: list[Vacancy] = field(default_factory=list)
    named: bool = False  # the lists of people were read (the user may read staff)

    def unit(self, unit_id: uuid.UUID) -> Line:
        return next(line for line in self.units if line.unit_id == unit_id)


def _add(line: Line, approved: int, filled: int, vacant: int, surplus: int,
         mismatched: int) -> None:
    line.approved += approved
    line.filled += filled
    line.vacant += vacant
    line.surplus += surplus
    line.mismatched += mismatched


def staffing_table(ctx: AppContext, municipality: str | None = None) -> StaffingTable:
    """The whole table for the station's municipality (or ``municipality``)."""
    user = ctx.require(Permission.ORG_READ)
    named = role_may(user.role, Permission.STAFF_READ)
    municipality = municipality or ctx.station.municipality_code
    with ctx.session() as session:
        nodes = load_units(session, municipality, include_closed=False)
        people = [p for provider in hooks.STAFF_PLACES
                  for p in provider(session, municipality, named)]
    return build_table(nodes, people, named)


def build_table(nodes: list[UnitNode], people: list[hooks.Placed], named: bool) -> StaffingTable:
    """The table from the units (with their counts) and, for the lists, the people."""
    table = StaffingTable(named=named)
    by_id = {n.id: n for n in nodes}
    posts = {p.id: (p, n) for n in nodes for p in n.posts}
    bands = {f"{lo}–{hi}": Line(f"band:{lo}-{hi}", f"{lo}–{hi}") for lo, hi in BANDS}
    titles: dict[str, Line] = {}

    def title_line(title: str) -> Line:
        key = search_key(title) or "—"
        if key not in titles:
            titles[key] = Line(f"title:{key}", title or "—")
        return titles[key]

    def visit(node: UnitNode, depth: int) -> None:
        line = Line(f"unit:{node.code}", node.name_ar, depth=depth, unit_id=node.id)
        _add(line, node.approved, node.occupied, node.vacant, node.surplus, node.mismatched)
        table.units.append(line)
        for post in node.posts:
            counts = (post.approved, post.occupied, post.vacant, post.surplus, post.mismatched)
            _add(bands.setdefault(band_of(post.grade_max), Line("band:-", "—")), *counts)
            _add(title_line(post.title), *counts)
        for child in node.children:
            visit(child, depth + 1)

    for root in build_tree(nodes):
        visit(root, 0)
    without_unit = Line("unit:", NO_UNIT, unit_id=None)
    for person in people:
        post_unit = posts.get(person.post_id) if person.post_id else None
        if post_unit is not None:
            post, holder_unit = post_unit
            if named and person.grade is not None and not (
                post.grade_min <= person.grade <= post.grade_max
            ):
                table.mismatches.append(Mismatch(person.person_id, person.name, person.grade,
                                                 holder_unit.name_ar, post.title,
                                                 post.grade_min, post.grade_max))
            continue
        unit = by_id.get(person.unit_id) if person.unit_id else None
        if unit is None:  # in no live unit: outside the table altogether
            without_unit.surplus += 1
        # Surplus people by their own grade and recorded title (the unit lines have them).
        _add(bands.setdefault(band_of(person.grade), Line("band:-", "—")), 0, 0, 0, 1, 0)
        _add(title_line(person.job_title if named else "—"), 0, 0, 0, 1, 0)
        if named:
            table.unassigned.append(Unassigned(person.person_id, person.name, person.grade,
                                               person.job_title, unit.id if unit else None,
                                               unit.name_ar if unit else NO_UNIT))
    if without_unit.surplus:
        table.units.append(without_unit)
    # Over-filled posts' extra holders are surplus too; their unit lines already count them.
    for node in nodes:
        for post in node.posts:
            if post.vacant:
                table.vacancies.append(Vacancy(post.id, node.id, node.name_ar, post.title,
                                               post.grade_min, post.grade_max, post.vacant))
    table.bands = [line for line in bands.values() if line.approved or line.staff]
    table.titles = sorted((line for line in titles.values() if line.approved or line.staff),
                          key=lambda line: (-line.approved, line.label))
    for line in table.units:
        _add(table.total, line.approved, line.filled, line.vacant, line.surplus, line.mismatched)
    return table

