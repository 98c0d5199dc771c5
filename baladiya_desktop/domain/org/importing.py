"""Taking a whole structure from a file: every row is checked against the file and the
station together (codes, parents, cycles, types, posts), then written in one transaction.

All-or-nothing by default: one refused row and nothing is written. With ``good_rows`` the
refused rows are left out, and so is every row that leans on one of them (a child of a
refused unit, a post of a refused unit), so what is written is always a consistent tree.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.core.text import clean_text, search_key
from baladiya_desktop.domain.org.ids import StructureIds
from baladiya_desktop.domain.org.import_plan import (
    POSTS,
    UNITS,
    PostLine,
    Refusal,
    UnitLine,
    _key,
    _Plan,
    _Unit,
)
from baladiya_desktop.domain.org.models import OrgDecision, OrgPost, OrgUnit

__all__ = [
    "POSTS",
    "UNITS",
    "Counts",
    "PostLine",
    "Refusal",
    "StructureImport",
    "UnitLine",
    "import_structure",
]

CHECK_EVERY = 500


@dataclass
class Counts:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class StructureImport:
    units: Counts = field(default_factory=Counts)
    posts: Counts = field(default_factory=Counts)
    refused: list[Refusal] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False


class _Rollback(Exception):
    """Leaves the write transaction without committing (dry run, or refused rows)."""


def _structural(unit: OrgUnit, new: _Unit, parent_id: uuid.UUID | None) -> bool:
    return (unit.name_ar, unit.unit_type, unit.parent_id) != (new.name_ar, new.unit_type, parent_id)


def _values(new: _Unit, parent_id: uuid.UUID | None) -> dict[str, object]:
    line = new.line
    return {
        "code": new.code,
        "name_ar": new.name_ar,
        "name_en": new.name_en,
        "unit_type": new.unit_type,
        "parent_id": parent_id,
        "status": line.status,
        "decision_number": clean_text(line.decision_number),
        "decision_date": line.decision_date,
        "effective_from": line.effective_from,
        "effective_to": line.effective_to,
    }


def _write(
    session: Session,
    plan: _Plan,
    municipality: str,
    result: StructureImport,
    progress: ProgressSink,
    cancel: CancelToken | None,
) -> None:
    made = StructureIds(session, municipality)
    ids = {k: u.id for k, u in plan.existing.items()}
    fresh = [k for k in plan.accepted if k not in plan.existing]
    new = dict(zip(fresh, made.units([plan.accepted[k].code for k in fresh]), strict=True))
    ids.update(new)
    total = len(plan.accepted) + len(plan.posts)
    done = 0
    for order, (key, unit) in enumerate(plan.accepted.items()):
        done += 1
        if done % CHECK_EVERY == 0:
            progress(done, total, "حفظ الوحدات")
            if cancel is not None:
                cancel.check()
        parent_id = ids[unit.parent] if unit.parent else None
        values = _values(unit, parent_id)
        row = plan.existing.get(key)
        line = unit.line
        if row is None:
            row = OrgUnit(
                id=new[key],
                municipality_code=municipality,
                sort_order=order,
                search_key=search_key(f"{unit.name_ar} {unit.name_en}"),
                **values,
            )
            session.add(row)
            result.units.imported += 1
            change = "create" if line.status == "approved" else ""
        elif all(getattr(row, k) == v for k, v in values.items()):
            result.units.unchanged += 1
            continue
        else:
            change = (
                "update"
                if _structural(row, unit, parent_id)
                and (row.status == "approved" or line.status == "approved")
                else ""
            )
            for name, value in values.items():
                setattr(row, name, value)
            row.search_key = search_key(f"{unit.name_ar} {unit.name_en}")
            result.units.updated += 1
        if change and line.decision_date and line.decision_number.strip():
            session.add(
                OrgDecision(
                    id=made.decision(row.id, change, line.decision_number, line.decision_date),
                    unit_id=row.id,
                    change=change,
                    summary=unit.name_ar,
                    decision_number=clean_text(line.decision_number),
                    decision_date=line.decision_date,
                )
            )
    _write_posts(session, plan, municipality, ids, made, result)
    progress(total, total, "حفظ الوظائف")


def _write_posts(
    session: Session,
    plan: _Plan,
    municipality: str,
    ids: dict[str, uuid.UUID],
    made: StructureIds,
    result: StructureImport,
) -> None:
    unit_ids = [u.id for u in plan.existing.values()]
    existing: dict[tuple[uuid.UUID, str], OrgPost] = {}
    if unit_ids:
        for old in session.scalars(
            select(OrgPost).where(
                OrgPost.municipality_code == municipality, OrgPost.deleted.is_(False)
            )
        ):
            existing.setdefault((old.unit_id, search_key(old.title)), old)
    fresh = [
        (ids[_key(p.unit_code)], p.title)
        for p in plan.posts
        if (ids[_key(p.unit_code)], search_key(p.title)) not in existing
    ]
    new_ids = iter(made.posts(fresh))
    for line in plan.posts:
        unit_id = ids[_key(line.unit_code)]
        values = {
            "title": clean_text(line.title),
            "job_group": clean_text(line.job_group),
            "grade_min": line.grade_min,
            "grade_max": line.grade_max,
            "approved_count": line.approved_count,
            "is_head": line.is_head,
        }
        post = existing.get((unit_id, search_key(line.title)))
        if post is None:
            session.add(
                OrgPost(
                    id=next(new_ids),
                    municipality_code=municipality,
                    unit_id=unit_id,
                    **values,
                )
            )
            result.posts.imported += 1
        elif all(getattr(post, k) == v for k, v in values.items()):
            result.posts.unchanged += 1
        else:
            for name, value in values.items():
                setattr(post, name, value)
            result.posts.updated += 1


def import_structure(
    ctx: AppContext,
    units: Sequence[UnitLine],
    posts: Sequence[PostLine],
    *,
    good_rows: bool = False,
    dry_run: bool = False,
    refused_before: Sequence[Refusal] = (),
    today: dt.date | None = None,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> StructureImport:
    """Check every row, then write the accepted ones in one transaction.

    ``refused_before`` are the rows the reader already refused (a date that is not a date):
    they count against all-or-nothing. Units whose code is already in the station are
    updated; posts are matched by unit and title. Nothing existing is deleted.
    """
    municipality = ctx.station.municipality_code or "MINISTRY"
    result = StructureImport(dry_run=dry_run)
    try:
        with ctx.write(Permission.ORG_WRITE, "org.import") as tx:
            plan = _Plan(tx.session, municipality, units, posts, today or dt.date.today())
            result.refused = [*refused_before, *plan.refused]
            if result.refused and not good_rows:
                raise _Rollback()
            _write(tx.session, plan, municipality, result, progress, cancel)
            if dry_run:
                raise _Rollback()
            result.written = True
    except _Rollback:
        if not dry_run or (result.refused and not good_rows):
            result.units, result.posts = Counts(), Counts()
    result.refused.sort(key=lambda r: (r.sheet != UNITS, r.row))
    return result
