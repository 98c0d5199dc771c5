"""Settlement cases and the scan as right-to-left workbooks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.domain.settlement import references as refs
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.settlement.queries import CaseRow
from baladiya_desktop.domain.settlement.scan import ScanRow
from baladiya_desktop.exchange import Column, date_column, money_column, write_workbook
from baladiya_desktop.exchange.columns import national_number_column

CASE_COLUMNS = (
    Column("case_number", "رقم الملف", "Case number", width=20),
    national_number_column(),
    Column("full_name", "الاسم", "Name", width=32),
    Column("unit", "الوحدة", "Unit", width=26),
    Column("case_type", "نوع التسوية", "Type", width=18),
    Column("status", "الحالة", "Status", width=22),
    date_column("request_date", "تاريخ الطلب", "Request date"),
    Column("current_grade", "الدرجة الحالية", "Current grade", width=10),
    Column("proposed_grade", "الدرجة المقترحة", "Proposed grade", width=10),
    date_column("effective_date", "تاريخ الاستحقاق", "Effective date"),
    money_column("monthly", "الفرق الشهري (د.ل)", "Monthly difference (LYD)"),
    money_column("arrears", "المتجمد (د.ل)", "Arrears (LYD)"),
    Column("cost_note", "ملاحظة الأثر المالي", "Cost note", width=36),
)

SCAN_COLUMNS = (
    national_number_column(),
    Column("full_name", "الاسم", "Name", width=32),
    Column("unit", "الوحدة", "Unit", width=26),
    Column("recorded_grade", "الدرجة المسجلة", "Recorded grade", width=10),
    Column("entitled_grade", "الدرجة المستحقة", "Entitled grade", width=10),
    Column("difference", "الفرق", "Difference", width=8),
    Column("entitled_increments", "العلاوات المستحقة", "Entitled increments", width=10),
    Column("reason", "السبب", "Why", width=60),
)


def case_type_names(ctx: AppContext) -> dict[str, str]:
    """Settlement types by code, in Arabic: the names the windows and forms show."""
    with ctx.session() as session:
        return {t.code: t.name_ar for t in refs.case_types(session)}


def _case_rows(rows: list[CaseRow], types: dict[str, str]) -> Iterator[dict[str, Any]]:
    for r in rows:
        yield {"case_number": r.case_number, "national_number": r.national_number,
               "full_name": r.full_name, "unit": r.unit_name,
               "case_type": types.get(r.case_type, r.case_type),
               "status": wf.STATUS_AR.get(r.status, r.status), "request_date": r.request_date,
               "current_grade": r.current_grade, "proposed_grade": r.proposed_grade,
               "effective_date": r.effective_date, "monthly": r.cost.monthly_difference,
               "arrears": r.cost.arrears, "cost_note": r.cost.reason_ar}


def export_cases(ctx: AppContext, path: Path, rows: list[CaseRow], title_lines: list[str], *,
                 progress: ProgressSink = no_progress, cancel: CancelToken | None = None) -> int:
    """The cases as people read them: types and statuses by name, not code."""
    rows_out = _case_rows(rows, case_type_names(ctx))
    return write_workbook(path, CASE_COLUMNS, rows_out, sheet_title="التسويات",
                          title_lines=title_lines, total=len(rows), progress=progress,
                          cancel=cancel)


def export_scan(path: Path, rows: list[ScanRow], title_lines: list[str]) -> int:
    data = ({"national_number": r.national_number, "full_name": r.full_name,
             "unit": r.unit_name, "recorded_grade": r.recorded_grade,
             "entitled_grade": r.entitled_grade, "difference": r.difference,
             "entitled_increments": r.entitled_increments, "reason": r.reason_ar} for r in rows)
    return write_workbook(path, SCAN_COLUMNS, data, sheet_title="المستحقون للتسوية",
                          title_lines=title_lines, total=len(rows))
