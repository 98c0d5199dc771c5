"""The only writer of the structure: units, posts, moves, closures, each under its rules."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound, ValidationError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.text import clean_text, search_key
from baladiya_desktop.core.writes import ChangeSet, Tx
from baladiya_desktop.domain import hooks
from baladiya_desktop.domain.org import rules
from baladiya_desktop.domain.org.ids import StructureIds
from baladiya_desktop.domain.org.models import OrgDecision, OrgPost, OrgUnit, UnitType
from baladiya_desktop.domain.org.rules import Decision


@dataclass(frozen=True)
class UnitInput:
    code: str
    name_ar: str
    unit_type: str
    parent_id: uuid.UUID | None = None
    name_en: str = ""
    status: str = "proposed"
    decision_number: str = ""
    decision_date: dt.date | None = None
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None
    sort_order: int = 0
    notes: str = ""


@dataclass(frozen=True)
class PostInput:
    title: str
    grade_min: int
    grade_max: int
    approved_count: int
    job_group: str = ""
    is_head: bool = False


def _live_units(session: Session, municipality: str) -> dict[uuid.UUID, OrgUnit]:
    rows = session.scalars(
        select(OrgUnit).where(OrgUnit.municipality_code == municipality,
                              OrgUnit.deleted.is_(False))
    )
    return {u.id: u for u in rows}


def _municipality(ctx: AppContext) -> str:
    return ctx.station.municipality_code or "MINISTRY"


def _unit(tx: Tx, unit_id: uuid.UUID) -> OrgUnit:
    unit = tx.session.get(OrgUnit, unit_id)
    if unit is None or unit.deleted:
        raise NotFound("الوحدة غير موجودة أو حُذفت.", "The unit does not exist.")
    return unit


def _checked(session: Session, data: UnitInput, unit_id: uuid.UUID | None,
             units: dict[uuid.UUID, OrgUnit]) -> UnitInput:
    known = {t.code: t.name_ar for t in session.scalars(select(UnitType))}
    code = rules.check_code(data.code)
    for other in units.values():
        if other.id != unit_id and other.code.casefold() == code.casefold():
            raise ValidationError(
                f"الرمز «{code}» مستخدم للوحدة «{other.name_ar}». اختر رمزاً آخر.",
                f"Code '{code}' is already used by another unit.",
                field="code",
            )
    if data.parent_id is not None and data.parent_id not in units:
        raise ValidationError("الوحدة الأم غير موجودة.", "The parent unit does not exist.",
                              field="parent")
    if unit_id is not None:
        rules.check_no_cycle(unit_id, data.parent_id, {u.id: u.parent_id for u in units.values()})
    status = rules.check_status(data.status)
    if status == "approved" and (not data.decision_number.strip() or not data.decision_date):
        raise ValidationError(
            "الوحدة المعتمدة تحتاج رقم قرار الاعتماد وتاريخه.",
            "An approved unit needs its decision number and date.",
            field="decision_number",
        )
    if data.effective_from and data.effective_to and data.effective_to < data.effective_from:
        raise ValidationError("تاريخ الانتهاء قبل تاريخ السريان.",
                              "The end date is before the start date.", field="effective_to")
    return replace(
        data, code=code, name_ar=rules.check_name(data.name_ar),
        name_en=clean_text(data.name_en), unit_type=rules.check_unit_type(data.unit_type, known),
        decision_number=clean_text(data.decision_number), notes=data.notes.strip(),
    )


def _apply(unit: OrgUnit, data: UnitInput) -> None:
    unit.code, unit.name_ar, unit.name_en = data.code, data.name_ar, data.name_en
    unit.search_key = search_key(f"{data.name_ar} {data.name_en}")
    unit.unit_type, unit.parent_id, unit.status = data.unit_type, data.parent_id, data.status
    unit.decision_number, unit.decision_date = data.decision_number, data.decision_date
    unit.effective_from, unit.effective_to = data.effective_from, data.effective_to
    unit.sort_order, unit.notes = data.sort_order, data.notes


def _record_decision(tx: Tx, unit: OrgUnit, change: str, summary: str,
                     decision: Decision | None, ids: StructureIds | None = None) -> None:
    if decision is None:
        if unit.status == "approved":
            raise ValidationError(
                "تعديل وحدة معتمدة يحتاج رقم القرار وتاريخه.",
                "Changing an approved unit needs the decision number and date.",
                field="decision_number",
            )
        return
    decision = decision.checked()
    ids = ids or StructureIds(tx.session, unit.municipality_code)
    tx.session.add(OrgDecision(
        id=ids.decision(unit.id, change, decision.number, decision.date), unit_id=unit.id,
        change=change, summary=summary, decision_number=decision.number,
        decision_date=decision.date,
    ))


def add_unit(ctx: AppContext, data: UnitInput) -> uuid.UUID:
    with ctx.write(Permission.ORG_WRITE, "org.unit.add") as tx:
        units = _live_units(tx.session, _municipality(ctx))
        checked = _checked(tx.session, data, None, units)
        ids = StructureIds(tx.session, _municipality(ctx))
        unit = OrgUnit(id=ids.unit(checked.code), municipality_code=_municipality(ctx))
        _apply(unit, checked)
        tx.session.add(unit)
        tx.session.flush()
        if checked.status == "approved" and checked.decision_date:
            _record_decision(tx, unit, "create", checked.name_ar,
                             Decision(checked.decision_number, checked.decision_date), ids)
        return unit.id


def approve_structure(ctx: AppContext, decision: Decision,
                      effective_from: dt.date | None = None) -> ChangeSet:
    """Approve every proposed unit under one decision (the council approving a new structure)."""
    with ctx.write(Permission.ORG_WRITE, "org.structure.approve") as tx:
        decision = decision.checked()
        ids = StructureIds(tx.session, _municipality(ctx))
        for unit in _live_units(tx.session, _municipality(ctx)).values():
            if unit.status != "proposed":
                continue
            _record_decision(tx, unit, "approve", unit.name_ar, decision, ids)
            unit.status = "approved"
            unit.decision_number, unit.decision_date = decision.number, decision.date
            unit.effective_from = effective_from or unit.effective_from
        return tx.changes


def update_unit(ctx: AppContext, unit_id: uuid.UUID, data: UnitInput,
                decision: Decision | None = None) -> ChangeSet:
    """Edit a unit; an approved unit's name, type or place changes only under a decision."""
    with ctx.write(Permission.ORG_WRITE, "org.unit.update") as tx:
        unit = _unit(tx, unit_id)
        units = _live_units(tx.session, unit.municipality_code)
        checked = _checked(tx.session, data, unit_id, units)
        structural = (checked.name_ar, checked.unit_type, checked.parent_id) != (
            unit.name_ar, unit.unit_type, unit.parent_id)
        if structural or (unit.status == "approved" and checked.status != "approved"):
            _record_decision(tx, unit, "update", checked.name_ar, decision)
        _apply(unit, checked)
        return tx.changes


def move_unit(ctx: AppContext, unit_id: uuid.UUID, new_parent: uuid.UUID | None,
              decision: Decision | None = None) -> ChangeSet:
    with ctx.write(Permission.ORG_WRITE, "org.unit.move") as tx:
        unit = _unit(tx, unit_id)
        units = _live_units(tx.session, unit.municipality_code)
        if new_parent is not None and new_parent not in units:
            raise ValidationError("الوحدة الأم غير موجودة.", "The parent unit does not exist.",
                                  field="parent")
        rules.check_no_cycle(unit_id, new_parent, {u.id: u.parent_id for u in units.values()})
        if unit.parent_id != new_parent:
            target = units[new_parent].name_ar if new_parent else "—"
            _record_decision(tx, unit, "move", f"{unit.name_ar} → {target}", decision)
            unit.parent_id = new_parent
        return tx.changes


def _usage(session: Session, unit_id: uuid.UUID) -> list[tuple[str, str, int]]:
    found = []
    for usage in hooks.UNIT_USAGE:
        count = usage.count(session, [unit_id]).get(unit_id, 0)
        if count:
            found.append((usage.what_ar, usage.what_en, count))
    return found


def _refuse_if_in_use(tx: Tx, unit: OrgUnit, verb_ar: str, verb_en: str) -> None:
    children = [u for u in _live_units(tx.session, unit.municipality_code).values()
                if u.parent_id == unit.id and u.status != "closed"]
    if children:
        raise ValidationError(
            f"لا يمكن {verb_ar} «{unit.name_ar}» لأن لها {len(children)} وحدة تابعة. "
            "انقل الوحدات التابعة أو أغلقها أولاً.",
            f"Cannot {verb_en} this unit: it has {len(children)} sub-units. Move or close "
            "them first.",
        )
    for what_ar, what_en, count in _usage(tx.session, unit.id):
        raise ValidationError(
            f"لا يمكن {verb_ar} «{unit.name_ar}» لأن فيها {count} من {what_ar}. انقلهم أولاً.",
            f"Cannot {verb_en} this unit: it still has {count} {what_en}. Move them first.",
        )


def close_unit(ctx: AppContext, unit_id: uuid.UUID, on: dt.date,
               decision: Decision | None = None) -> ChangeSet:
    """Close a unit from a date: it stays in the history, out of the live structure."""
    with ctx.write(Permission.ORG_WRITE, "org.unit.close") as tx:
        unit = _unit(tx, unit_id)
        _refuse_if_in_use(tx, unit, "إغلاق", "close")
        _record_decision(tx, unit, "close", unit.name_ar, decision)
        unit.status, unit.effective_to = "closed", on
        return tx.changes


def delete_unit(ctx: AppContext, unit_id: uuid.UUID) -> ChangeSet:
    """Remove a unit entered by mistake; one with sub-units or staff must be moved or closed."""
    with ctx.write(Permission.ORG_WRITE, "org.unit.delete") as tx:
        unit = _unit(tx, unit_id)
        _refuse_if_in_use(tx, unit, "حذف", "delete")
        if unit.status == "approved":
            raise ValidationError(
                "الوحدة المعتمدة لا تُحذف، بل تُغلق بقرار.",
                "An approved unit is not deleted; close it under a decision.",
            )
        unit.deleted = True
        for post in tx.session.scalars(select(OrgPost).where(OrgPost.unit_id == unit.id)):
            post.deleted = True
        return tx.changes


def _post(tx: Tx, post_id: uuid.UUID) -> OrgPost:
    post = tx.session.get(OrgPost, post_id)
    if post is None or post.deleted:
        raise NotFound("الوظيفة غير موجودة.", "The post does not exist.")
    return post


def add_post(ctx: AppContext, unit_id: uuid.UUID, data: PostInput) -> uuid.UUID:
    title = rules.check_post(data.title, data.grade_min, data.grade_max, data.approved_count)
    with ctx.write(Permission.ORG_WRITE, "org.post.add") as tx:
        unit = _unit(tx, unit_id)
        post = OrgPost(
            id=StructureIds(tx.session, unit.municipality_code).post(unit.id, title),
            municipality_code=unit.municipality_code, unit_id=unit.id, title=title,
            job_group=clean_text(data.job_group), grade_min=data.grade_min,
            grade_max=data.grade_max, approved_count=data.approved_count, is_head=data.is_head,
        )
        tx.session.add(post)
        tx.session.flush()
        return post.id


def update_post(ctx: AppContext, post_id: uuid.UUID, data: PostInput) -> ChangeSet:
    title = rules.check_post(data.title, data.grade_min, data.grade_max, data.approved_count)
    with ctx.write(Permission.ORG_WRITE, "org.post.update") as tx:
        post = _post(tx, post_id)
        post.title, post.job_group = title, clean_text(data.job_group)
        post.grade_min, post.grade_max = data.grade_min, data.grade_max
        post.approved_count, post.is_head = data.approved_count, data.is_head
        return tx.changes


def delete_post(ctx: AppContext, post_id: uuid.UUID) -> ChangeSet:
    with ctx.write(Permission.ORG_WRITE, "org.post.delete") as tx:
        post = _post(tx, post_id)
        filled = sum(p.count(tx.session, [post_id]).get(post_id, 0) for p in hooks.POST_FILL)
        if filled:
            raise ValidationError(
                f"لا يمكن حذف وظيفة يشغلها {filled} موظف. انقلهم أولاً.",
                f"Cannot delete a post filled by {filled} employees. Move them first.",
            )
        post.deleted = True
        return tx.changes
