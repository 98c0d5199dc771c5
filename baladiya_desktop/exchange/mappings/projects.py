"""The development projects register in and out of Excel.

A row is matched to a project by its identifier (the last column, "معرّف", which an export
writes; files of older exports have it first as "رقم المشروع") or else by its name; new names
are added. Projects have no number of their own, so the name is what people read. Progress
columns that differ from the register become a dated progress report, so progress that goes
backwards needs the reason column like in the window.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.dates import ParsedDate
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.limits import limits_of
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.domain.indicators.models import FocusArea
from baladiya_desktop.domain.projects import queries
from baladiya_desktop.domain.projects.models import ProgressUpdate, Project
from baladiya_desktop.domain.projects.service import (
    STATUS_AR,
    ProjectInput,
    progress_in,
    save_in,
)
from baladiya_desktop.exchange import (
    CellValue,
    Column,
    ImportAborted,
    ImportPolicy,
    ImportResult,
    RowOutcome,
    apply_rows,
    bounded,
    date_column,
    enum_parser,
    int_between,
    money_column,
    parse_optional_text,
    read_sheet,
    unique_by,
    write_workbook,
)

_STATUS = enum_parser({s: (ar, s) for s, ar in STATUS_AR.items()})


def _sector_parser(areas: dict[str, str]) -> Any:
    return enum_parser({code: (name, code) for code, name in areas.items()})


def _uuid(value: CellValue) -> uuid.UUID:
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        raise ValidationError(
            f"«{value}» ليس معرّف مشروع صالحاً: أعده كما صدّره البرنامج، أو اتركه "
            "فارغاً لمشروع جديد.",
            f"'{value}' is not a project identifier: put back the one the export wrote, or leave "
            "it empty for a new project.",
        ) from None


def project_columns(areas: dict[str, str]) -> tuple[Column, ...]:
    """The columns; the sector list is the framework's focus areas (by Arabic name or code)."""
    return bounded((
        Column("name", "اسم المشروع", "Project", required=True, width=36),
        Column(
            "sector",
            "المحور",
            "Sector",
            parse=_sector_parser(areas),
            required=True,
            width=22,
            to_cell=lambda c: areas.get(str(c), str(c)),
        ),
        Column(
            "status",
            "الحالة",
            "Status",
            parse=_STATUS,
            default="planned",
            width=16,
            to_cell=lambda s: STATUS_AR.get(str(s), str(s)),
        ),
        Column("locality", "المحلة", "Locality", parse=parse_optional_text, default="", width=18),
        Column(
            "funding_source",
            "مصدر التمويل",
            "Funding",
            parse=parse_optional_text,
            default="",
            width=18,
        ),
        money_column("budget", "الميزانية (د.ل)", "Budget (LYD)", required=True),
        money_column("spent", "المصروف (د.ل)", "Spent (LYD)", default=None),
        Column(
            "contractor", "المقاول", "Contractor", parse=parse_optional_text, default="", width=24
        ),
        Column(
            "contract_number", "رقم العقد", "Contract no.", parse=parse_optional_text, default=""
        ),
        date_column("contract_date", "تاريخ العقد", "Contract date"),
        date_column("start_date", "تاريخ البدء", "Start"),
        date_column("planned_end", "تاريخ الانتهاء المخطط", "Planned end"),
        date_column("actual_end", "تاريخ الانتهاء الفعلي", "Actual end"),
        Column(
            "physical_pct",
            "نسبة الإنجاز الفعلي %",
            "Physical %",
            parse=int_between(0, 100),
            width=10,
        ),
        Column(
            "financial_pct",
            "نسبة الإنجاز المالي %",
            "Financial %",
            parse=int_between(0, 100),
            width=10,
        ),
        Column(
            "reason",
            "سبب تراجع الإنجاز",
            "Reason progress fell",
            parse=parse_optional_text,
            default="",
            width=24,
        ),
        Column(
            "stop_reason",
            "سبب التوقف",
            "Stop reason",
            parse=parse_optional_text,
            default="",
            width=24,
        ),
        Column("notes", "ملاحظات", "Notes", parse=parse_optional_text, default="", width=30),
        Column(
            "id",
            "معرّف",
            "Identifier",
            aliases=("رقم المشروع", "Project number"),  # the first column of older exports
            parse=_uuid,
            width=38,
            note_ar="يكتبه البرنامج عند التصدير ليطابق الصف مشروعه عند الاستيراد؛ لا تغيّره، "
            "واتركه فارغاً لمشروع جديد",
        ),
    ), PROJECT_LIMITS)


# The project's columns, and the reason a progress report gives when progress falls.
PROJECT_LIMITS = limits_of(Project) | {"reason": limits_of(ProgressUpdate)["reason"]}


@dataclass(frozen=True)
class ProjectLine:
    id: uuid.UUID | None
    data: ProjectInput
    physical: int | None
    financial: int | None
    spent: int | None
    reason: str


def _date(value: Any) -> dt.date | None:
    return value.value if isinstance(value, ParsedDate) else value


def _build(values: dict[str, Any]) -> ProjectLine:
    data = ProjectInput(
        name=values["name"],
        sector=values["sector"],
        budget=values["budget"],
        status=values.get("status") or "planned",
        locality=values.get("locality") or "",
        funding_source=values.get("funding_source") or "",
        contractor=values.get("contractor") or "",
        contract_number=values.get("contract_number") or "",
        contract_date=_date(values.get("contract_date")),
        start_date=_date(values.get("start_date")),
        planned_end=_date(values.get("planned_end")),
        actual_end=_date(values.get("actual_end")),
        stop_reason=values.get("stop_reason") or "",
        notes=values.get("notes") or "",
    )
    for end_field in ("planned_end", "actual_end"):  # before the database is touched
        end = getattr(data, end_field)
        if data.start_date and end and end < data.start_date:
            raise ValidationError(
                "تاريخ انتهاء المشروع قبل تاريخ بدئه.",
                "The project ends before it starts.",
                field=end_field,
            )
    return ProjectLine(
        values.get("id"),
        data,
        values.get("physical_pct"),
        values.get("financial_pct"),
        values.get("spent"),
        values.get("reason") or "",
    )


def _areas(ctx: AppContext) -> dict[str, str]:
    with ctx.session() as session:
        return {
            a.code: a.name_ar for a in session.scalars(select(FocusArea).order_by(FocusArea.rank))
        }


def import_projects(
    ctx: AppContext,
    path: Path | str,
    *,
    sheet: str | None = None,
    policy: ImportPolicy = ImportPolicy.GOOD_ROWS,
    dry_run: bool = False,
    today: dt.date | None = None,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> ImportResult:
    ctx.require(Permission.PROJECTS_WRITE)
    parsed = read_sheet(
        path,
        project_columns(_areas(ctx)),
        _build,
        sheet=sheet,
        progress=progress,
        cancel=cancel,
        checks=[unique_by(lambda r: r.data.name, "اسم المشروع", "project name", column="name")],
    )
    municipality, day = ctx.station.municipality_code or "MINISTRY", today or dt.date.today()
    try:
        with ctx.write(Permission.PROJECTS_WRITE, "project.import") as tx:

            def apply(line: ProjectLine) -> RowOutcome:
                found = tx.session.get(Project, line.id) if line.id else None
                if found is None:
                    found = queries.find_by_name(tx.session, municipality, line.data.name)
                if found is not None and found.municipality_code != municipality:
                    found = None  # a number copied from another municipality's sheet
                data = line.data
                pid, outcome = save_in(tx, data, found.id if found else None, municipality)
                project = tx.session.get(Project, pid)
                assert project is not None
                physical = project.physical_pct if line.physical is None else line.physical
                financial = project.financial_pct if line.financial is None else line.financial
                spent = project.spent if line.spent is None else line.spent
                if (physical, financial, spent) != (
                    project.physical_pct,
                    project.financial_pct,
                    project.spent,
                ):
                    progress_in(
                        tx,
                        pid,
                        max(data.start_date or day, min(day, data.actual_end or day)),
                        physical,
                        financial,
                        spent,
                        "من ملف Excel",
                        line.reason,
                    )
                    outcome = "imported" if outcome == "imported" else "updated"
                return RowOutcome(outcome)

            return apply_rows(
                parsed,
                apply,
                policy=policy,
                dry_run=dry_run,
                row_scope=tx.session.begin_nested,
                progress=progress,
                cancel=cancel,
            )
    except ImportAborted as stop:
        return stop.result


def export_projects(
    ctx: AppContext,
    path: Path | str,
    *,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    ctx.require(Permission.PROJECTS_READ)
    rows = []
    with ctx.session() as session:
        query = select(Project).where(Project.deleted.is_(False))
        if ctx.station.municipality_code:
            query = query.where(Project.municipality_code == ctx.station.municipality_code)
        for p in session.scalars(query.order_by(Project.name)):
            rows.append(
                {
                    key: getattr(p, key)
                    for key in (
                        "id",
                        "name",
                        "sector",
                        "status",
                        "locality",
                        "funding_source",
                        "budget",
                        "spent",
                        "contractor",
                        "contract_number",
                        "contract_date",
                        "start_date",
                        "planned_end",
                        "actual_end",
                        "physical_pct",
                        "financial_pct",
                        "stop_reason",
                        "notes",
                    )
                }
                | {"id": str(p.id)}
            )
    return write_workbook(
        path,
        project_columns(_areas(ctx)),
        rows,
        sheet_title="المشاريع",
        total=len(rows),
        progress=progress,
        cancel=cancel,
        title_lines=[f"سجل مشاريع التنمية — {ctx.station.name}"],
    )
