"""``settlement scan|list|export|open|step|show|rules|salary-table|ministry-decide``."""

from __future__ import annotations

import argparse
import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from baladiya_desktop.cli.common import Cli
from baladiya_desktop.core.dates import parse_date
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.domain.settlement import ministry, queries, rules_admin, salary, service
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.settlement.salary_grid import read_grid
from baladiya_desktop.domain.settlement.scan import scan
from baladiya_desktop.exchange.mappings.settlement import export_cases, export_scan
from baladiya_desktop.exchange.workbook_file import OpenWorkbook


def _uuid(value: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise UserError(f"المعرّف «{value}» غير صالح ({what}).", f"Invalid {what} id.") from None


def _date(value: str | None) -> dt.date | None:
    return parse_date(value).value if value else None


def cmd_scan(cli: Cli) -> int:
    ctx = cli.login()
    rows = scan(ctx)
    if cli.args.out:
        export_scan(Path(cli.args.out), rows, [ctx.station.name, f"{dt.date.today():%d/%m/%Y}"])
    data = [
        {
            "employee_id": r.employee_id,
            "national_number": r.national_number,
            "full_name": r.full_name,
            "unit": r.unit_name,
            "recorded_grade": r.recorded_grade,
            "entitled_grade": r.entitled_grade,
            "entitled_increments": r.entitled_increments,
            "difference": r.difference,
            "reason": r.reason_ar,
        }
        for r in rows
    ]
    cli.emit(
        data,
        lambda: (
            "\n".join(
                f"{r.national_number or '-'}\t{r.full_name}\t"
                f"{r.recorded_grade} → {r.entitled_grade}"
                for r in rows
            )
            or "لا أحد يستحق تسوية / nobody is owed a settlement"
        ),
    )
    return 0


def _case_json(r: queries.CaseRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "case_number": r.case_number,
        "employee_id": r.employee_id,
        "national_number": r.national_number,
        "full_name": r.full_name,
        "case_type": r.case_type,
        "status": r.status,
        "request_date": r.request_date,
        "current_grade": r.current_grade,
        "proposed_grade": r.proposed_grade,
        "effective_date": r.effective_date,
        "cost_known": r.cost.known,
        "monthly_difference": r.cost.monthly_difference,
        "arrears": r.cost.arrears,
    }


def cmd_list(cli: Cli) -> int:
    ctx = cli.login()
    rows = queries.list_cases(
        ctx,
        status=cli.args.status or "",
        case_type=cli.args.type or "",
        unit_name=cli.args.unit or "",
    )
    total = queries.total_cost(rows)

    def text() -> str:
        lines = [
            f"{r.case_number}\t{r.full_name}\t{wf.STATUS_AR[r.status]}\t"
            f"{r.current_grade} → {r.proposed_grade}"
            for r in rows
        ]
        lines.append(
            f"الفرق الشهري المعروف: {format_lyd(total.monthly_difference)} — "
            f"المتجمد: {format_lyd(total.arrears)} ({total.known}/{total.cases})"
        )
        return "\n".join(lines)

    cli.emit([_case_json(r) for r in rows], text)
    return 0


def cmd_export(cli: Cli) -> int:
    ctx = cli.login()
    rows = queries.list_cases(ctx)
    title = [ctx.station.name, f"كشف التسويات — {dt.date.today():%d/%m/%Y}"]
    count = export_cases(ctx, Path(cli.args.file), rows, title)
    cli.emit({"path": cli.args.file, "rows": count}, f"صُدّر {count} ملف تسوية إلى {cli.args.file}")
    return 0


def cmd_open(cli: Cli) -> int:
    ctx = cli.login()
    requests = [
        service.CaseRequest(
            _uuid(e, "employee"),
            cli.args.type,
            cli.args.effect,
            proposed_grade=cli.args.grade,
            effective_date=_date(cli.args.effective),
        )
        for e in cli.args.employee
    ]
    ids = service.open_cases(ctx, requests)
    cli.emit({"cases": ids}, "\n".join(f"فُتح ملف التسوية / case opened: {i}" for i in ids))
    return 0


def cmd_step(cli: Cli) -> int:
    ctx = cli.login()
    case_id = _uuid(cli.args.case, "case")
    for doc in cli.args.received or []:
        service.mark_document(ctx, case_id, doc, True)
    status = cli.args.action and service.advance(
        ctx,
        case_id,
        cli.args.action,
        reason=cli.args.reason or "",
        decision_number=cli.args.decision or "",
        decision_date=_date(cli.args.decision_date),
    )
    cli.emit(
        {"case": case_id, "status": status or None},
        f"حالة الملف الآن / status now: {wf.STATUS_AR.get(status or '', status or '-')}",
    )
    return 0


def cmd_show(cli: Cli) -> int:
    ctx = cli.login()
    detail = queries.case_detail(ctx, _uuid(cli.args.case, "case"))
    data = {
        **_case_json(detail.row),
        "requested_effect": detail.case.requested_effect,
        "chronology": detail.chronology,
        "documents": [
            {"type": d.doc_type, "required": d.required, "received": d.received}
            for d in detail.documents
        ],
        "steps": [
            {
                "action": s.action,
                "to": s.to_status,
                "date": s.step_date,
                "by": s.by_user,
                "reason": s.reason,
            }
            for s in detail.steps
        ],
    }
    cli.emit(
        data,
        lambda: "\n".join(
            [
                f"{detail.row.case_number} — {detail.row.full_name} — "
                f"{wf.STATUS_AR[detail.row.status]}",
                *(f"{c['date']}: {c['ar']}" for c in detail.chronology),
                *(
                    f"{s.step_date:%d/%m/%Y} {s.by_user}: {s.action} {s.reason}"
                    for s in detail.steps
                ),
            ]
        ),
    )
    return 0


def _pairs(items: list[str] | None, what: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for item in items or []:
        code, sep, value = item.partition("=")
        if not sep or not value.strip().isdigit():
            raise UserError(
                f"اكتب {what} بالشكل code=رقم («{item}»).",
                f"Write each {what} as code=number ('{item}').",
            )
        found[code.strip()] = int(value)
    return found


def cmd_rules(cli: Cli) -> int:
    ctx = cli.login()
    values, entry = _pairs(cli.args.set, "القاعدة"), _pairs(cli.args.entry, "درجة التعيين")
    changed = rules_admin.save_rules(ctx, values, entry) if values or entry else []
    now = rules_admin.current(ctx)
    data = {
        "changed": changed,
        "rules": {v.code: v.value for v in now.values},
        "entry_grades": {e.code: e.grade for e in now.entry},
    }
    cli.emit(
        data,
        lambda: "\n".join(
            [
                *(f"{v.name_ar} ({v.code}): {v.value}" for v in now.values),
                *(f"درجة التعيين — {e.name_ar} ({e.code}): {e.grade or '-'}" for e in now.entry),
                *([f"عُدّل: {', '.join(changed)}"] if changed else []),
            ]
        ),
    )
    return 0


def cmd_salary_import(cli: Cli) -> int:
    ctx = cli.login()
    path = Path(cli.args.file)
    with OpenWorkbook(path) as book:
        sheet = book.worksheets[0]
        grid = read_grid(sheet.iter_rows(values_only=True))
    effective = _date(cli.args.effective)
    assert effective is not None  # required option
    table_id = salary.save_salary_table(
        ctx, cli.args.name, effective, grid.max_increments, grid.amounts
    )
    cli.emit(
        {"id": table_id, "cells": len(grid.amounts), "max_increments": grid.max_increments},
        f"أُضيف جدول المرتبات «{cli.args.name}» ({len(grid.amounts)} خانة) / salary table added",
    )
    return 0


def cmd_salary_list(cli: Cli) -> int:
    ctx = cli.login()
    rows = salary.salary_tables(ctx)
    cli.emit(
        [
            {
                "id": r.id,
                "name": r.name,
                "effective_from": r.effective_from,
                "max_increments": r.max_increments,
                "cells": r.cells,
            }
            for r in rows
        ],
        lambda: (
            "\n".join(f"{r.effective_from:%d/%m/%Y}\t{r.name}\t{r.cells}" for r in rows)
            or "لا توجد جداول مرتبات: الأثر المالي غير معروف / no salary table"
        ),
    )
    return 0


def cmd_ministry_decide(cli: Cli) -> int:
    ctx = cli.login()
    decided = _date(cli.args.decision_date)
    if decided is None:
        raise UserError(
            "اكتب تاريخ قرار الوزارة (--decision-date).",
            "Give the decision date (--decision-date).",
            field="decision_date",
        )
    case_id = _uuid(cli.args.case, "case")
    ministry.record_decision(
        ctx,
        case_id,
        approved=cli.args.approve,
        decision_date=decided,
        decision_number=cli.args.decision or "",
        reason=cli.args.reason or "",
    )
    cli.emit(
        {"case": case_id, "approved": cli.args.approve},
        "سُجّل قرار الوزارة وسيصل إلى البلدية مع الإيصال التالي / decision recorded",
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("settlement", help="job settlement: scan, cases, workflow, export")
    s = p.add_subparsers(dest="settlement_command", required=True, metavar="ACTION")
    a = s.add_parser("scan", help="who is owed a settlement (recorded grade ≠ entitlement)")
    a.add_argument("--out", help="also write the list to this workbook")
    a.set_defaults(handler=cmd_scan)
    a = s.add_parser("list", help="settlement cases with their cost")
    a.add_argument("--status", choices=list(wf.STATUS_AR))
    a.add_argument("--type")
    a.add_argument("--unit", help="unit name")
    a.set_defaults(handler=cmd_list)
    a = s.add_parser("export", help="the cases as a workbook")
    a.add_argument("file")
    a.set_defaults(handler=cmd_export)
    a = s.add_parser("open", help="open a case for one or more employees")
    a.add_argument("--employee", action="append", required=True, help="employee id (repeat)")
    a.add_argument("--type", required=True, help="grade, qualification, experience, …")
    a.add_argument("--effect", required=True, help="the exact effect requested")
    a.add_argument("--grade", type=int, help="proposed grade (default: the entitlement)")
    a.add_argument("--effective", help="effective date (dd/mm/yyyy)")
    a.set_defaults(handler=cmd_open)
    a = s.add_parser("step", help="mark documents received and/or take a workflow step")
    a.add_argument("case")
    a.add_argument("--received", action="append", metavar="DOC", help="document type received")
    a.add_argument("--action", choices=list(wf.MOVES))
    a.add_argument("--reason")
    a.add_argument("--decision")
    a.add_argument("--decision-date")
    a.set_defaults(handler=cmd_step)
    a = s.add_parser("show", help="one case: chronology, documents, steps")
    a.add_argument("case")
    a.set_defaults(handler=cmd_show)
    a = s.add_parser("rules", help="the entitlement rules; --set/--entry change them (admin)")
    a.add_argument("--set", action="append", metavar="RULE=N", help="e.g. min_years_in_grade=4")
    a.add_argument(
        "--entry",
        action="append",
        metavar="QUALIFICATION=GRADE",
        help="entry grade of a qualification, e.g. bachelor=8",
    )
    a.set_defaults(handler=cmd_rules)
    a = s.add_parser("salary-table", help="salary tables: list, import FILE.xlsx")
    t = a.add_subparsers(dest="salary_command", required=True, metavar="ACTION")
    b = t.add_parser("import", help="a grid: grades 1-15 down, increments 0..N across, in LYD")
    b.add_argument("file")
    b.add_argument("--name", required=True)
    b.add_argument("--effective", required=True, help="effective date (dd/mm/yyyy)")
    b.set_defaults(handler=cmd_salary_import)
    t.add_parser("list", help="the salary tables").set_defaults(handler=cmd_salary_list)
    a = s.add_parser("ministry-decide", help="at the ministry: decide an escalated case")
    a.add_argument("case")
    choice = a.add_mutually_exclusive_group(required=True)
    choice.add_argument("--approve", action="store_true")
    choice.add_argument("--refuse", action="store_true")
    a.add_argument("--decision", help="the ministry's decision number (approval)")
    a.add_argument("--decision-date", help="dd/mm/yyyy")
    a.add_argument("--reason", help="why it is refused")
    a.set_defaults(handler=cmd_ministry_decide)
