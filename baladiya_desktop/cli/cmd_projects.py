"""``projects list|import|export|progress|sheet|add|edit``."""

from __future__ import annotations

import argparse
import dataclasses
import mimetypes
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from baladiya_desktop.cli import entry
from baladiya_desktop.cli.common import Cli, UsageError
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.dates import parse_date
from baladiya_desktop.core.errors import NotFound, UserError
from baladiya_desktop.core.money import format_lyd, parse_lyd
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.indicators.models import FocusArea
from baladiya_desktop.domain.projects import queries, service
from baladiya_desktop.domain.projects.models import Project
from baladiya_desktop.domain.projects.service import STATUS_AR, Photo, ProjectInput
from baladiya_desktop.exchange import ImportPolicy, write_rejects_report
from baladiya_desktop.exchange.mappings.projects import export_projects, import_projects
from baladiya_desktop.reports.registry import get_form


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise UserError(f"رقم المشروع «{value}» غير صالح.", "Invalid project id.") from None


def cmd_list(cli: Cli) -> int:
    ctx = cli.login()
    rows = queries.projects(ctx)
    if cli.args.warnings:
        rows = [r for r in rows if r.behind or r.over_budget]
    data = [
        {
            "id": r.id,
            "name": r.name,
            "sector": r.sector,
            "status": r.status,
            "budget": r.budget,
            "spent": r.spent,
            "physical_pct": r.physical_pct,
            "financial_pct": r.financial_pct,
            "start_date": r.start_date,
            "planned_end": r.planned_end,
            "actual_end": r.actual_end,
            "behind": r.behind,
            "over_budget": r.over_budget,
            "expected_pct": r.expected_pct,
        }
        for r in rows
    ]

    def text() -> str:
        lines = []
        for r in rows:
            flags = " ".join(
                f for f, on in (("⚠ متأخر", r.behind), ("⚠ تجاوز الميزانية", r.over_budget)) if on
            )
            lines.append(
                f"{r.id}\t{r.name}\t{STATUS_AR.get(r.status, r.status)}\t"
                f"{r.physical_pct}%\t{format_lyd(r.spent)} / {format_lyd(r.budget)}"
                f"\t{flags}"
            )
        return "\n".join(lines) or "لا توجد مشاريع / no projects"

    cli.emit(data, text)
    return 0


def cmd_import(cli: Cli) -> int:
    ctx = cli.login()
    policy = ImportPolicy.ALL_OR_NOTHING if cli.args.all_or_nothing else ImportPolicy.GOOD_ROWS
    result = import_projects(
        ctx, cli.args.file, sheet=cli.args.sheet, policy=policy, dry_run=cli.args.dry_run
    )
    if cli.args.report and result.rejected:
        write_rejects_report(cli.args.report, result)
    cli.emit(
        result.to_json(),
        lambda: (
            result.summary("ar")
            + "\n"
            + "\n".join(f"  صف {e.row}: {e.reason_ar}" for e in result.rejected)
        ),
    )
    return 1 if result.rejected_rows and cli.args.all_or_nothing else 0


def cmd_export(cli: Cli) -> int:
    ctx = cli.login()
    count = export_projects(ctx, cli.args.file)
    cli.emit({"path": cli.args.file, "rows": count}, f"صُدّر {count} مشروعاً إلى {cli.args.file}")
    return 0


def cmd_progress(cli: Cli) -> int:
    ctx = cli.login()
    photos = [
        Photo(
            Path(p).name,
            Path(p).read_bytes(),
            mimetypes.guess_type(p)[0] or "application/octet-stream",
        )
        for p in cli.args.photo or []
    ]
    key = service.add_progress(
        ctx,
        _uuid(cli.args.project),
        parse_date(cli.args.date, field="date").value,
        cli.args.physical,
        cli.args.financial,
        parse_lyd(cli.args.spent) if cli.args.spent else 0,
        cli.args.note or "",
        cli.args.reason or "",
        photos,
    )
    cli.emit({"id": key}, f"سُجّل تقرير الإنجاز / progress recorded: {key}")
    return 0


def cmd_sheet(cli: Cli) -> int:
    spec = get_form("project-sheet")
    project = str(_uuid(cli.args.project))
    ctx = cli.login()
    result = spec.build(ctx, project, Path(cli.args.out))
    cli.emit(
        {
            "path": str(result.path),
            "pages": result.pages,
            "reference": result.reference,
            "qr": result.qr,
        },
        f"{result.path}\nطُبعت بطاقة حالة المشروع ({result.reference})",
    )
    return 0

# --- one project at a time, as the project form --------------------------------------------

TEXTS = ("name", "locality", "funding_source", "contractor", "contract_number", "stop_reason",
         "indicators", "notes")  # fmt: skip
DATES = ("contract_date", "start_date", "planned_end", "actual_end")


def _values(ctx: AppContext, args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {k: getattr(args, k) for k in TEXTS if getattr(args, k) is not None}
    for key in DATES:
        raw = getattr(args, key)
        if raw is not None:
            values[key] = entry.day(raw, key) if raw.strip() else None
    if args.sector is not None:
        with ctx.session() as session:
            sectors = {a.code: a.name_ar for a in session.scalars(select(FocusArea))}
        values["sector"] = entry.chosen(args.sector, sectors, "sector")
    if args.status is not None:
        values["status"] = entry.chosen(args.status, STATUS_AR, "status")
    if args.budget is not None:
        values["budget"] = entry.amount(args.budget, "budget")
    return values


def _project(ctx: AppContext, project_id: uuid.UUID) -> Project:
    ctx.require(Permission.PROJECTS_READ)
    with ctx.session() as session:
        found = session.get(Project, project_id)
        if found is None or found.deleted:
            raise NotFound("المشروع غير موجود.", "The project does not exist.")
        session.expunge(found)
        return found


def _project_json(ctx: AppContext, project_id: uuid.UUID) -> dict[str, Any]:
    p = _project(ctx, project_id)
    return {"id": p.id, **{k: getattr(p, k) for k in ProjectInput.__dataclass_fields__},
            "physical_pct": p.physical_pct, "spent": p.spent}  # fmt: skip


def cmd_add(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.PROJECTS_WRITE)
    with entry.naming_flags():
        values = _values(ctx, cli.args)
        project_id = service.save_project(ctx, ProjectInput(**values))
    data = _project_json(ctx, project_id)
    cli.emit(data, f"أُضيف المشروع «{data['name']}»\nProject added: {project_id}")
    return 0


def cmd_edit(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.PROJECTS_WRITE)
    with entry.naming_flags():
        project_id = uuid.UUID(get_form("project-sheet").record_key(ctx, cli.args.project))
        current = _project(ctx, project_id)
        values = _values(ctx, cli.args)
        if not values:
            raise UsageError("name a field to change, e.g. --status under_way")
        kept = ProjectInput(**{k: getattr(current, k) for k in ProjectInput.__dataclass_fields__})
        service.save_project(ctx, dataclasses.replace(kept, **values), project_id)
    data = _project_json(ctx, project_id)
    cli.emit(data, f"عُدّل المشروع «{data['name']}»\nProject updated.")
    return 0


def _project_options(a: argparse.ArgumentParser, *, adding: bool) -> None:
    """The project form's fields."""
    a.add_argument("--name", required=adding, metavar="TEXT")
    a.add_argument("--sector", required=adding, metavar="CODE",
                   help="a focus area's code or Arabic name (dev_projects …)")  # fmt: skip
    a.add_argument("--budget", required=adding, metavar="AMOUNT", help="in dinars")
    a.add_argument("--status", metavar="STATUS", help=", ".join(STATUS_AR))
    a.add_argument("--locality", metavar="TEXT")
    a.add_argument("--funding-source", metavar="TEXT")
    a.add_argument("--contractor", metavar="TEXT")
    a.add_argument("--contract-number", metavar="TEXT")
    a.add_argument("--contract-date", metavar="DATE")
    a.add_argument("--start-date", metavar="DATE")
    a.add_argument("--planned-end", metavar="DATE")
    a.add_argument("--actual-end", metavar="DATE", help="needed once completed")
    a.add_argument("--stop-reason", metavar="TEXT", help="needed when stopped")
    a.add_argument("--indicators", metavar="TEXT")
    a.add_argument("--notes", metavar="TEXT")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("projects", help="local development projects")
    s = p.add_subparsers(dest="projects_command", required=True, metavar="ACTION")
    a = s.add_parser("list", help="the register with behind-schedule and over-budget warnings")
    a.add_argument("--warnings", action="store_true", help="only projects with a warning")
    a.set_defaults(handler=cmd_list)
    a = s.add_parser("import", help="projects from a workbook")
    a.add_argument("file")
    a.add_argument("--sheet")
    a.add_argument("--dry-run", action="store_true")
    a.add_argument("--all-or-nothing", action="store_true")
    a.add_argument("--report", metavar="OUT.xlsx", help="the refused rows with reasons")
    a.set_defaults(handler=cmd_import)
    a = s.add_parser("export", help="the register to a workbook")
    a.add_argument("file")
    a.set_defaults(handler=cmd_export)
    a = s.add_parser("progress", help="a dated progress report, with photos")
    a.add_argument("project")
    a.add_argument("--date", required=True)
    a.add_argument("--physical", type=int, required=True, help="physical progress %%")
    a.add_argument("--financial", type=int, required=True, help="financial progress %%")
    a.add_argument("--spent", help="spent so far (LYD)")
    a.add_argument("--note")
    a.add_argument("--reason", help="why progress went backwards")
    a.add_argument("--photo", action="append", help="a site photo (repeat)")
    a.set_defaults(handler=cmd_progress)
    a = s.add_parser("sheet", help="the one-page project status sheet (PDF)")
    a.add_argument("project")
    a.add_argument("--out", required=True, metavar="FILE.pdf")
    a.set_defaults(handler=cmd_sheet)
    a = s.add_parser("add", help="a new project (the project form)")
    _project_options(a, adding=True)
    a.set_defaults(handler=cmd_add)
    a = s.add_parser("edit", help="change a project's fields")
    a.add_argument("project", metavar="ID|NAME|CONTRACT", help="record id, name or contract "
                   "number")  # fmt: skip
    _project_options(a, adding=False)
    a.set_defaults(handler=cmd_edit)
