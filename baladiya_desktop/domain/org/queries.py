"""Reading the structure: flat rows, the nested tree with posts, search."""

from __future__ import annotations

import datetime as dt
import gc
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.text import matches, search_key
from baladiya_desktop.domain import hooks
from baladiya_desktop.domain.org.models import OrgPost, OrgUnit, UnitType


@dataclass
class PostRow:
    id: uuid.UUID
    unit_id: uuid.UUID
    title: str
    job_group: str
    grade_min: int
    grade_max: int
    approved: int
    is_head: bool
    filled: int = 0  # everyone holding the post, even beyond the approved number
    mismatched: int = 0  # holders whose grade is outside grade_min..grade_max

    @property
    def occupied(self) -> int:
        """Approved posts that have a holder: the staffing table's "filled"."""
        return min(self.filled, self.approved)

    @property
    def vacant(self) -> int:
        return max(0, self.approved - self.filled)

    @property
    def surplus(self) -> int:
        return max(0, self.filled - self.approved)


@dataclass
class UnitNode:
    id: uuid.UUID
    code: str
    name_ar: str
    name_en: str
    unit_type: str
    parent_id: uuid.UUID | None
    status: str
    decision_number: str
    decision_date: dt.date | None
    effective_from: dt.date | None
    effective_to: dt.date | None
    sort_order: int
    notes: str
    posts: list[PostRow] = field(default_factory=list)
    children: list[UnitNode] = field(default_factory=list)
    unassigned: int = 0  # people of the unit in service without one of its posts

    @property
    def approved(self) -> int:
        return sum(p.approved for p in self.posts)

    @property
    def filled(self) -> int:
        """Everyone holding one of the unit's posts."""
        return sum(p.filled for p in self.posts)

    @property
    def occupied(self) -> int:
        return sum(p.occupied for p in self.posts)

    @property
    def vacant(self) -> int:
        return sum(p.vacant for p in self.posts)

    @property
    def surplus(self) -> int:
        """Outside the approved table (فائض الملاك): without a post, or beyond its number."""
        return sum(p.surplus for p in self.posts) + self.unassigned

    @property
    def staff(self) -> int:
        """The unit's people in service: ``occupied + surplus``."""
        return self.filled + self.unassigned

    @property
    def mismatched(self) -> int:
        return sum(p.mismatched for p in self.posts)

    def walk(self) -> list[UnitNode]:
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found


def unit_types(session: Session) -> dict[str, UnitType]:
    return {t.code: t for t in session.scalars(select(UnitType).order_by(UnitType.rank))}


class _Ids:
    """Ids read as stored text and parsed once each: a 2,000-unit structure with its posts
    repeats the same ids tens of thousands of times, and the ORM's per-cell UUID parsing and
    entity bookkeeping were most of the time of ``org tree`` (see bench_org.py)."""

    def __init__(self) -> None:
        self._seen: dict[object, uuid.UUID] = {}

    def maybe(self, raw: object) -> uuid.UUID | None:
        return None if raw is None else self(raw)

    def __call__(self, raw: object) -> uuid.UUID:
        found = self._seen.get(raw)
        if found is None:
            found = raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw))
            self._seen[raw] = found
        return found


def _raw(column: Any) -> Any:
    return type_coerce(column, String)  # skip the Uuid type's per-row conversion


_UNIT_COLUMNS = (
    OrgUnit.code,
    OrgUnit.name_ar,
    OrgUnit.name_en,
    OrgUnit.unit_type,
    OrgUnit.status,
    OrgUnit.decision_number,
    OrgUnit.decision_date,
    OrgUnit.effective_from,
    OrgUnit.effective_to,
    OrgUnit.sort_order,
    OrgUnit.notes,
)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Building tens of thousands of small objects set off the cyclic collector again and
    again, each pass walking everything built so far (a third of the load's time); nothing
    here makes cycles worth collecting mid-load."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_units(
    session: Session, municipality: str | None = None, include_closed: bool = True
) -> list[UnitNode]:
    """Every live unit as a flat list of nodes with their posts and fill counts."""
    with _collector_paused():
        return _load_units(session, municipality, include_closed)


def _load_units(session: Session, municipality: str | None, include_closed: bool) -> list[UnitNode]:
    ids = _Ids()
    query = select(_raw(OrgUnit.id), _raw(OrgUnit.parent_id), *_UNIT_COLUMNS).where(
        OrgUnit.deleted.is_(False)
    )
    if municipality:
        query = query.where(OrgUnit.municipality_code == municipality)
    if not include_closed:
        query = query.where(OrgUnit.status != "closed")
    nodes = []
    for (
        unit_id,
        parent_id,
        code,
        name_ar,
        name_en,
        kind,
        status,
        number,
        decided,
        start,
        end,
        order,
        notes,
    ) in session.execute(query.order_by(OrgUnit.sort_order, OrgUnit.code)):
        nodes.append(
            UnitNode(
                ids(unit_id),
                code,
                name_ar,
                name_en,
                kind,
                ids.maybe(parent_id),
                status,
                number,
                decided,
                start,
                end,
                order,
                notes,
            )
        )
    by_id = {n.id: n for n in nodes}
    posts: list[PostRow] = []
    post_query = select(
        _raw(OrgPost.id),
        _raw(OrgPost.unit_id),
        OrgPost.title,
        OrgPost.job_group,
        OrgPost.grade_min,
        OrgPost.grade_max,
        OrgPost.approved_count,
        OrgPost.is_head,
    ).where(OrgPost.deleted.is_(False))
    if municipality:
        post_query = post_query.where(OrgPost.municipality_code == municipality)
    order = (OrgPost.is_head.desc(), OrgPost.grade_max.desc())
    for post_id, unit_id, title, group, low, high, approved, head in session.execute(
        post_query.order_by(*order)
    ):
        node = by_id.get(ids(unit_id))
        if node is not None:
            row = PostRow(
                ids(post_id),
                node.id,
                title,
                group,
                low,
                high,
                approved,
                bool(head),
            )
            node.posts.append(row)
            posts.append(row)
    if hooks.STAFF_PLACES:
        _count_places(session, municipality, by_id, {p.id: p for p in posts})
    elif posts:
        post_ids = [p.id for p in posts]
        filled: dict[uuid.UUID, int] = defaultdict(int)
        for provider in hooks.POST_FILL:
            for post_id, count in provider.count(session, post_ids).items():
                filled[post_id] += count
        for row in posts:
            row.filled = filled.get(row.id, 0)
    return nodes


def _count_places(session: Session, municipality: str | None, units: dict[uuid.UUID, UnitNode],
                  posts: dict[uuid.UUID, PostRow]) -> None:
    """Holders and grade mismatches per post, people without a post per unit. Someone whose
    post is no longer live counts in their unit as without a post."""
    for provider in hooks.STAFF_PLACES:
        for person in provider(session, municipality, False):
            post = posts.get(person.post_id) if person.post_id else None
            if post is not None:
                post.filled += 1
                if person.grade is not None and not (
                    post.grade_min <= person.grade <= post.grade_max
                ):
                    post.mismatched += 1
            elif person.unit_id is not None and person.unit_id in units:
                units[person.unit_id].unassigned += 1


def build_tree(nodes: list[UnitNode]) -> list[UnitNode]:
    by_id = {n.id: n for n in nodes}
    roots: list[UnitNode] = []
    for node in nodes:
        parent = by_id.get(node.parent_id) if node.parent_id else None
        (parent.children if parent is not None else roots).append(node)
    return roots


def structure(
    ctx: AppContext, municipality: str | None = None, include_closed: bool = True
) -> list[UnitNode]:
    """The structure as a forest (a municipality normally has one root: its council)."""
    with ctx.session() as session:
        return build_tree(load_units(session, municipality, include_closed))


def search_units(ctx: AppContext, text: str, municipality: str | None = None) -> list[UnitNode]:
    key = search_key(text)
    with ctx.session() as session:
        return [
            n
            for n in load_units(session, municipality)
            if matches(key, search_key(f"{n.name_ar} {n.name_en} {n.code}"))
        ]


def tree_to_json(nodes: list[UnitNode]) -> list[dict[str, object]]:
    """The shape of ``org tree --json``: nested units with code, name, type, the unit's
    staffing counts and its posts. ``filled`` counts approved posts with a holder, so
    ``filled + surplus`` is everyone in service there (``staff``, ``holders`` for a post);
    ``surplus`` is people beyond a post's number or, for a unit, also without a post."""
    return [
        {
            "id": str(n.id),
            "code": n.code,
            "name": n.name_ar,
            "name_en": n.name_en,
            "type": n.unit_type,
            "status": n.status,
            "approved": n.approved,
            "filled": n.occupied,
            "vacant": n.vacant,
            "surplus": n.surplus,
            "without_post": n.unassigned,
            "staff": n.staff,
            "grade_mismatches": n.mismatched,
            "posts": [
                {
                    "title": p.title,
                    "job_group": p.job_group,
                    "grade_min": p.grade_min,
                    "grade_max": p.grade_max,
                    "approved": p.approved,
                    "filled": p.occupied,
                    "vacant": p.vacant,
                    "surplus": p.surplus,
                    "holders": p.filled,
                    "grade_mismatches": p.mismatched,
                    "is_head": p.is_head,
                }
                for p in n.posts
            ],
            "children": tree_to_json(n.children),
        }
        for n in nodes
    ]
