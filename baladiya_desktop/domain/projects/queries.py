"""Reading projects: the register with its warnings, one project's timeline."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.text import search_key
from baladiya_desktop.domain.projects.models import Milestone, ProgressUpdate, Project
from baladiya_desktop.domain.staff.models import Attachment

STATUSES = ("planned", "tendering", "under_way", "stopped", "completed", "handed_over")

SLACK_POINTS = 10  # how far behind the time elapsed a project may run before it is flagged


@dataclass(frozen=True)
class ProjectRow:
    id: uuid.UUID
    name: str
    sector: str
    status: str
    budget: int
    spent: int
    physical_pct: int
    financial_pct: int
    start_date: dt.date | None
    planned_end: dt.date | None
    actual_end: dt.date | None
    behind: bool
    over_budget: bool
    expected_pct: int | None


def expected_progress(start: dt.date | None, end: dt.date | None, on: dt.date) -> int | None:
    """The share of the planned time elapsed on ``on``, as a percentage."""
    if start is None or end is None or end <= start:
        return None
    share = (on - start).days / (end - start).days
    return max(0, min(100, round(share * 100)))


def row_of(p: Project, today: dt.date) -> ProjectRow:
    expected = expected_progress(p.start_date, p.planned_end, today)
    running = p.status in ("under_way", "stopped")
    behind = running and expected is not None and p.physical_pct + SLACK_POINTS < expected
    if running and p.planned_end and today > p.planned_end and p.physical_pct < 100:
        behind = True
    over = p.budget > 0 and p.spent > p.budget
    return ProjectRow(
        p.id,
        p.name,
        p.sector,
        p.status,
        p.budget,
        p.spent,
        p.physical_pct,
        p.financial_pct,
        p.start_date,
        p.planned_end,
        p.actual_end,
        behind,
        over,
        expected,
    )


def projects(
    ctx: AppContext, today: dt.date | None = None, municipality: str | None = None
) -> list[ProjectRow]:
    ctx.require(Permission.PROJECTS_READ)
    today = today or dt.date.today()
    query = select(Project).where(Project.deleted.is_(False))
    if municipality or ctx.station.municipality_code:
        query = query.where(
            Project.municipality_code == (municipality or ctx.station.municipality_code)
        )
    with ctx.session() as session:
        return [row_of(p, today) for p in session.scalars(query.order_by(Project.name))]


def timeline(
    ctx: AppContext, project_id: uuid.UUID
) -> tuple[list[Milestone], list[ProgressUpdate]]:
    ctx.require(Permission.PROJECTS_READ)
    with ctx.session() as session:
        milestones = list(
            session.scalars(
                select(Milestone)
                .where(Milestone.project_id == project_id)
                .order_by(Milestone.due_date)
            )
        )
        updates = list(
            session.scalars(
                select(ProgressUpdate)
                .where(ProgressUpdate.project_id == project_id)
                .order_by(ProgressUpdate.update_date)
            )
        )
        session.expunge_all()
        return milestones, updates


@dataclass(frozen=True)
class ProjectDetail:
    row: ProjectRow
    project: Project
    milestones: list[Milestone]
    updates: list[ProgressUpdate]
    photos: dict[uuid.UUID, list[Attachment]]  # by progress report


def detail(
    ctx: AppContext,
    project_id: uuid.UUID,
    today: dt.date | None = None,
) -> ProjectDetail:
    """One project for its page and its status sheet: facts, milestones, progress, photos."""
    ctx.require(Permission.PROJECTS_READ)
    with ctx.session() as session:
        project = session.get(Project, project_id)
        if project is None or project.deleted:
            raise NotFound("المشروع غير موجود.", "The project does not exist.")
        session.expunge(project)
    milestones, updates = timeline(ctx, project_id)
    with ctx.session() as session:
        photos: dict[uuid.UUID, list[Attachment]] = {}
        if updates:
            for item in session.scalars(
                select(Attachment)
                .where(
                    Attachment.owner_id.in_([u.id for u in updates]), Attachment.deleted.is_(False)
                )
                .order_by(Attachment.updated_at)
            ):
                photos.setdefault(item.owner_id, []).append(item)
            session.expunge_all()
    return ProjectDetail(
        row_of(project, today or dt.date.today()),
        project,
        [m for m in milestones if not m.deleted],
        [u for u in updates if not u.deleted],
        photos,
    )


def find_by_name(session: Session, municipality: str, name: str) -> Project | None:
    """The live project of this name (compared by the Arabic search key), for imports."""
    key = search_key(name)
    for project in session.scalars(
        select(Project).where(Project.municipality_code == municipality, Project.deleted.is_(False))
    ):
        if search_key(project.name) == key:
            return project
    return None


def summary(rows: list[ProjectRow]) -> dict[str, int]:
    """Counts for the list's header: per status, behind, over budget, budget and spent."""
    counts = {status: sum(1 for r in rows if r.status == status) for status in STATUSES}
    counts |= {
        "behind": sum(r.behind for r in rows),
        "over_budget": sum(r.over_budget for r in rows),
        "budget": sum(r.budget for r in rows),
        "spent": sum(r.spent for r in rows),
    }
    return counts
