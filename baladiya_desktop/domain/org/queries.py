"""Reading the structure: flat rows, the nested tree with posts, search."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
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
    filled: int = 0

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

    @property
    def approved(self) -> int:
        return sum(p.approved for p in self.posts)

    @property
    def filled(self) -> int:
        return sum(p.filled for p in self.posts)

    def walk(self) -> list[UnitNode]:
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found


def unit_types(session: Session) -> dict[str, UnitType]:
    return {t.code: t for t in session.scalars(select(UnitType).order_by(UnitType.rank))}


def _node(unit: OrgUnit) -> UnitNode:
    return UnitNode(
        unit.id, unit.code, unit.name_ar, unit.name_en, unit.unit_type, unit.parent_id,
        unit.status, unit.decision_number, unit.decision_date, unit.effective_from,
        unit.effective_to, unit.sort_order, unit.notes,
    )


def load_units(session: Session, municipality: str | None = None,
               include_closed: bool = True) -> list[UnitNode]:
    """Every live unit as a flat list of nodes with their posts and fill counts."""
    query = select(OrgUnit).where(OrgUnit.deleted.is_(False))
    if municipality:
        query = query.where(OrgUnit.municipality_code == municipality)
    if not include_closed:
        query = query.where(OrgUnit.status != "closed")
    nodes = [_node(u) for u in session.scalars(query.order_by(OrgUnit.sort_order, OrgUnit.code))]
    ids = [n.id for n in nodes]
    by_id = {n.id: n for n in nodes}
    posts: list[PostRow] = []
    post_query = select(OrgPost).where(OrgPost.deleted.is_(False))
    if municipality:
        post_query = post_query.where(OrgPost.municipality_code == municipality)
    for p in session.scalars(post_query.order_by(OrgPost.is_head.desc(), OrgPost.grade_max.desc())):
        if p.unit_id in by_id:
            row = PostRow(p.id, p.unit_id, p.title, p.job_group, p.grade_min, p.grade_max,
                          p.approved_count, p.is_head)
            by_id[p.unit_id].posts.append(row)
            posts.append(row)
    if posts and ids:
        post_ids = [p.id for p in posts]
        filled: dict[uuid.UUID, int] = defaultdict(int)
        for provider in hooks.POST_FILL:
            for post_id, count in provider.count(session, post_ids).items():
                filled[post_id] += count
        for row in posts:
            row.filled = filled.get(row.id, 0)
    return nodes


def build_tree(nodes: list[UnitNode]) -> list[UnitNode]:
    by_id = {n.id: n for n in nodes}
    roots: list[UnitNode] = []
    for node in nodes:
        parent = by_id.get(node.parent_id) if node.parent_id else None
        (parent.children if parent is not None else roots).append(node)
    return roots


def structure(ctx: AppContext, municipality: str | None = None,
              include_closed: bool = True) -> list[UnitNode]:
    """The structure as a forest (a municipality normally has one root: its council)."""
    with ctx.session() as session:
        return build_tree(load_units(session, municipality, include_closed))


def search_units(ctx: AppContext, text: str, municipality: str | None = None) -> list[UnitNode]:
    key = search_key(text)
    with ctx.session() as session:
        return [
            n for n in load_units(session, municipality)
            if matches(key, search_key(f"{n.name_ar} {n.name_en} {n.code}"))
        ]


def tree_to_json(nodes: list[UnitNode]) -> list[dict[str, object]]:
    """The shape of ``org tree --json``: nested units with code, name, type and posts."""
    return [
        {
            "id": str(n.id), "code": n.code, "name": n.name_ar, "name_en": n.name_en,
            "type": n.unit_type, "status": n.status,
            "posts": [
                {"title": p.title, "job_group": p.job_group, "grade_min": p.grade_min,
                 "grade_max": p.grade_max, "approved": p.approved, "filled": p.filled,
                 "vacant": p.vacant, "is_head": p.is_head}
                for p in n.posts
            ],
            "children": tree_to_json(n.children),
        }
        for n in nodes
    ]
