"""Indicator values and projects through the shared Excel engine: round trips, and every
bad row refused with a clear reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.domain.indicators import values
from baladiya_desktop.domain.projects import queries, service
from baladiya_desktop.domain.projects.service import ProjectInput
from baladiya_desktop.exchange import ImportPolicy
from baladiya_desktop.exchange.mappings import indicators as sheets
from baladiya_desktop.exchange.mappings.projects import export_projects, import_projects

YEAR = dt.date.today().year - 1
NEXT = dt.date.today().year + 1


def book(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_values_import_refuses_each_bad_row(admin: AppContext, tmp_path: Path) -> None:
    values.set_value(admin, "GUARD_FINES", f"{YEAR}-01", "5", "سجل")
    values.approve_period(admin, f"{YEAR}-01")
    path = book(
        tmp_path / "v.xlsx",
        [
            ["قيم المؤشرات"],
            ["رمز المؤشر", "الفترة", "القيمة", "الدليل"],
            ["GUARD_FINES", f"{YEAR}-02", 17, "سجل المخالفات"],  # 3: good
            ["GUARD_FINES", f"{YEAR}-01", 9, "تصحيح"],  # 4: sealed period
            ["GUARD_FINES", f"{NEXT}-01", 9, "x"],  # 5: not yet begun
            ["GUARD_FINES", f"{YEAR}-03", -2, "x"],  # 6: outside the range
            ["NOPE", f"{YEAR}-03", 1, "x"],  # 7: unknown code
            ["CLOSE_ON_TIME", f"{YEAR}-Q1", "2", ""],  # 8: evidence missing
            ["CLOSE_ON_TIME", f"{YEAR}-Q2", "٣", "محاضر الإقفال"],  # 9: good, Arabic digits
        ],
    )
    result = sheets.import_values(admin, path)
    reasons = {e.row: e.reason_ar for e in result.rejected}
    assert result.imported == 2 and set(reasons) == {4, 5, 6, 7, 8}
    assert "مختومة" in reasons[4] and "لم تبدأ" in reasons[5]
    assert "خارج المدى" in reasons[6] and "غير معروف" in reasons[7] and "الدليل" in reasons[8]
    again = sheets.import_values(admin, path)
    assert again.imported == 0 and again.unchanged == 2
    out = tmp_path / "out.xlsx"
    assert sheets.export_values(admin, out) == 3
    back = sheets.import_values(admin, out, dry_run=True)  # the export reads back
    assert back.unchanged == 2 and {e.row for e in back.rejected} == {3}  # sealed January


def test_values_import_all_or_nothing(admin: AppContext, tmp_path: Path) -> None:
    path = book(
        tmp_path / "v.xlsx",
        [
            ["رمز المؤشر", "الفترة", "القيمة", "الدليل"],
            ["GUARD_FINES", f"{YEAR}-02", 17, "سجل"],
            ["GUARD_FINES", f"{YEAR}-03", 100001, "سجل"],
        ],
    )
    result = sheets.import_values(admin, path, policy=ImportPolicy.ALL_OR_NOTHING)
    assert result.imported == 0 and result.rejected_rows == 1
    assert all(r.value is None for r in values_of(admin))


def values_of(admin: AppContext) -> list[object]:
    from baladiya_desktop.domain.indicators.dashboard import period_sheet

    return list(period_sheet(admin, f"{YEAR}-02").rows)


def test_weights_that_do_not_add_up_are_refused(admin: AppContext, tmp_path: Path) -> None:
    path = book(tmp_path / "w.xlsx", [["رمز المعيار", "الوزن"], ["C1", 0.5]])
    import pytest

    from baladiya_desktop.core.errors import ValidationError

    with pytest.raises(ValidationError):  # a municipality cannot change the framework
        sheets.import_weights(admin, path)


def test_projects_round_trip_and_bad_rows(admin: AppContext, tmp_path: Path) -> None:
    today = dt.date.today()
    start = today - dt.timedelta(days=100)
    pid = service.save_project(
        admin,
        ProjectInput(
            name="صيانة طريق الشط",
            sector="dev_projects",
            budget=2_000_000_000,
            status="under_way",
            start_date=start,
            planned_end=today + dt.timedelta(days=100),
        ),
    )
    service.add_progress(admin, pid, today - dt.timedelta(days=10), 40, 30, 500_000_000)
    out = tmp_path / "p.xlsx"
    assert export_projects(admin, out) == 1
    assert import_projects(admin, out).unchanged == 1  # the export reads back unchanged
    path = book(
        tmp_path / "new.xlsx",
        [
            [
                "اسم المشروع",
                "المحور",
                "الحالة",
                "الميزانية (د.ل)",
                "تاريخ البدء",
                "تاريخ الانتهاء المخطط",
                "نسبة الإنجاز الفعلي %",
                "سبب تراجع الإنجاز",
            ],
            ["حديقة الحي", "مشاريع التنمية المحلية", "مخطط", "250,000", None, None, None, None],
            [
                "مدرسة",
                "dev_projects",
                "قيد التنفيذ",
                1000,
                "01/05/2025",
                "01/01/2025",
                None,
                None,
            ],  # 3: ends before it starts
            ["صيانة طريق الشط", "dev_projects", "قيد التنفيذ", 2_000_000, None, None, 35, None],
            ["سوق", "الفضاء", "مخطط", 10, None, None, None, None],  # 5: unknown sector
        ],
    )
    result = import_projects(admin, path)
    reasons = {e.row: e.reason_ar for e in result.rejected}
    assert result.imported == 1 and set(reasons) == {3, 4, 5}
    assert "قبل تاريخ بدئه" in reasons[3] and "اذكر السبب" in reasons[4]
    rows = {r.name: r for r in queries.projects(admin)}
    assert rows["حديقة الحي"].budget == 250_000_000 and rows["صيانة طريق الشط"].physical_pct == 40
