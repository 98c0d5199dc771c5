"""The only writer of projects: the register, milestones, progress that never runs back
silently."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound, ValidationError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.text import clean_text
from baladiya_desktop.core.writes import Tx
from baladiya_desktop.domain.indicators.evidence import PROGRESS_OWNER
from baladiya_desktop.domain.indicators.models import FocusArea
from baladiya_desktop.domain.projects.models import Milestone, ProgressUpdate, Project
from baladiya_desktop.domain.staff.attachments import store

STATUSES = ("planned", "tendering", "under_way", "stopped", "completed", "handed_over")
STATUS_AR = {
    "planned": "مخطط",
    "tendering": "قيد الطرح والتعاقد",
    "under_way": "قيد التنفيذ",
    "stopped": "متوقف",
    "completed": "منجز",
    "handed_over": "مُسلَّم",
}


@dataclass(frozen=True)
class ProjectInput:
    name: str
    sector: str
    budget: int
    status: str = "planned"
    locality: str = ""
    funding_source: str = ""
    contractor: str = ""
    contract_number: str = ""
    contract_date: dt.date | None = None
    start_date: dt.date | None = None
    planned_end: dt.date | None = None
    actual_end: dt.date | None = None
    stop_reason: str = ""
    indicators: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Photo:
    file_name: str
    data: bytes
    media_type: str = "image/jpeg"
    title: str = ""


def _refuse(ar: str, en: str, field: str) -> ValidationError:
    return ValidationError(ar, en, field=field)


def check_project(data: ProjectInput, sectors: set[str]) -> ProjectInput:
    name = clean_text(data.name)
    if not name:
        raise _refuse("اسم المشروع مطلوب.", "The project name is required.", "name")
    if data.sector not in sectors:
        raise _refuse(
            f"القطاع «{data.sector}» ليس من محاور التطوير.",
            f"Sector '{data.sector}' is not a focus area.",
            "sector",
        )
    if data.budget < 0:
        raise _refuse("الميزانية لا تكون سالبة.", "The budget cannot be negative.", "budget")
    if data.status not in STATUSES:
        raise _refuse("حالة المشروع غير معروفة.", "Unknown project status.", "status")
    for end_field in ("planned_end", "actual_end"):
        end = getattr(data, end_field)
        if data.start_date and end and end < data.start_date:
            raise _refuse(
                "تاريخ انتهاء المشروع قبل تاريخ بدئه.",
                "The project ends before it starts.",
                end_field,
            )
    if data.status == "stopped" and not data.stop_reason.strip():
        raise _refuse(
            "اذكر سبب توقف المشروع.", "Give the reason the project stopped.", "stop_reason"
        )
    if data.status in ("completed", "handed_over") and data.actual_end is None:
        raise _refuse(
            "اكتب تاريخ الانتهاء الفعلي للمشروع المنجز.",
            "Give the actual end date of a completed project.",
            "actual_end",
        )
    if data.actual_end and data.actual_end > dt.date.today():
        raise _refuse(
            "تاريخ الانتهاء الفعلي في المستقبل.", "The actual end is in the future.", "actual_end"
        )
    return replace(
        data,
        name=name,
        locality=clean_text(data.locality),
        contractor=clean_text(data.contractor),
        stop_reason=data.stop_reason.strip(),
    )


def sectors(session: Session) -> set[str]:
    return set(session.scalars(select(FocusArea.code)))


def _apply(project: Project, data: ProjectInput) -> bool:
    changed = False
    for key in ProjectInput.__dataclass_fields__:
        if getattr(project, key, None) != getattr(data, key):
            setattr(project, key, getattr(data, key))
            changed = True
    return changed


def save_in(
    tx: Tx,
    data: ProjectInput,
    project_id: uuid.UUID | None,
    municipality: str,
) -> tuple[uuid.UUID, str]:
    """Add or update a project inside the caller's transaction; returns the id and
    ``"imported"``, ``"updated"`` or ``"unchanged"``."""
    checked = check_project(data, sectors(tx.session))
    if project_id is None:
        project = Project(municipality_code=municipality)
        tx.session.add(project)
        _apply(project, checked)
        tx.session.flush()
        return project.id, "imported"
    found = tx.session.get(Project, project_id)
    if found is None or found.deleted:
        raise NotFound("المشروع غير موجود.", "The project does not exist.")
    changed = _apply(found, checked)
    tx.session.flush()
    return found.id, "updated" if changed else "unchanged"


def save_project(
    ctx: AppContext,
    data: ProjectInput,
    project_id: uuid.UUID | None = None,
) -> uuid.UUID:
    with ctx.write(Permission.PROJECTS_WRITE, "project.save") as tx:
        return save_in(tx, data, project_id, ctx.station.municipality_code or "MINISTRY")[0]


def add_milestone(ctx: AppContext, project_id: uuid.UUID, title: str, due: dt.date) -> uuid.UUID:
    title = clean_text(title)
    if not title:
        raise _refuse("اكتب وصف المرحلة.", "Describe the milestone.", "title")
    with ctx.write(Permission.PROJECTS_WRITE, "project.milestone") as tx:
        project = tx.session.get(Project, project_id)
        if project is None or project.deleted:
            raise NotFound("المشروع غير موجود.", "The project does not exist.")
        row = Milestone(
            municipality_code=project.municipality_code,
            project_id=project_id,
            title=title,
            due_date=due,
        )
        tx.session.add(row)
        tx.session.flush()
        return row.id


def complete_milestone(ctx: AppContext, milestone_id: uuid.UUID, done: dt.date) -> None:
    if done > dt.date.today():
        raise _refuse("التاريخ في المستقبل.", "The date is in the future.", "done_date")
    with ctx.write(Permission.PROJECTS_WRITE, "project.milestone.done") as tx:
        row = tx.session.get(Milestone, milestone_id)
        if row is None or row.deleted:
            raise NotFound("المرحلة غير موجودة.", "The milestone does not exist.")
        row.done_date = done


def progress_in(
    tx: Tx,
    project_id: uuid.UUID,
    on: dt.date,
    physical: int,
    financial: int,
    spent: int = 0,
    note: str = "",
    reason: str = "",
) -> ProgressUpdate:
    """A dated progress report inside the caller's transaction; going backwards needs a
    reason."""
    for value, field in ((physical, "physical_pct"), (financial, "financial_pct")):
        if not 0 <= value <= 100:
            raise _refuse("النسبة بين 0 و 100.", "A percentage is between 0 and 100.", field)
    if spent < 0:
        raise _refuse("المصروف لا يكون سالباً.", "Spending cannot be negative.", "spent")
    if on > dt.date.today():
        raise _refuse(
            "تاريخ التقرير في المستقبل.", "The report date is in the future.", "update_date"
        )
    project = tx.session.get(Project, project_id)
    if project is None or project.deleted:
        raise NotFound("المشروع غير موجود.", "The project does not exist.")
    if project.start_date and on < project.start_date:
        raise _refuse(
            "تاريخ التقرير قبل بدء المشروع.", "The report predates the project.", "update_date"
        )
    last = tx.session.scalars(
        select(ProgressUpdate)
        .where(ProgressUpdate.project_id == project_id)
        .order_by(ProgressUpdate.update_date.desc(), ProgressUpdate.version.desc())
    ).first()
    backwards = last is not None and (
        physical < last.physical_pct or financial < last.financial_pct
    )
    if backwards and not reason.strip():
        raise _refuse(
            "نسبة الإنجاز أقل من التقرير السابق: اذكر السبب.",
            "Progress went backwards: give the reason.",
            "reason",
        )
    row = ProgressUpdate(
        municipality_code=project.municipality_code,
        project_id=project_id,
        update_date=on,
        physical_pct=physical,
        financial_pct=financial,
        spent=spent,
        note=note.strip(),
        reason=reason.strip(),
    )
    tx.session.add(row)
    project.physical_pct, project.financial_pct = physical, financial
    project.spent = max(project.spent, spent) if not backwards else spent
    tx.session.flush()
    return row


def add_progress(
    ctx: AppContext,
    project_id: uuid.UUID,
    on: dt.date,
    physical: int,
    financial: int,
    spent: int = 0,
    note: str = "",
    reason: str = "",
    photos: Sequence[Photo] = (),
) -> uuid.UUID:
    """A dated progress report with its site photos; progress that goes backwards must say
    why."""
    with ctx.write(Permission.PROJECTS_WRITE, "project.progress") as tx:
        row = progress_in(tx, project_id, on, physical, financial, spent, note, reason)
        for photo in photos:
            store(
                tx,
                row.municipality_code,
                PROGRESS_OWNER,
                row.id,
                photo.title,
                photo.file_name,
                photo.data,
                photo.media_type,
            )
        return row.id


def add_photo(ctx: AppContext, progress_id: uuid.UUID, photo: Photo) -> uuid.UUID:
    with ctx.write(Permission.PROJECTS_WRITE, "project.photo") as tx:
        row = tx.session.get(ProgressUpdate, progress_id)
        if row is None or row.deleted:
            raise NotFound("تقرير الإنجاز غير موجود.", "The progress report does not exist.")
        return store(
            tx,
            row.municipality_code,
            PROGRESS_OWNER,
            row.id,
            photo.title,
            photo.file_name,
            photo.data,
            photo.media_type,
        )
