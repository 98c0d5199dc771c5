"""The administrator's side of settlement: rules, salary grids, and the scan that follows."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, UserError, ValidationError
from baladiya_desktop.core.progress import CancelToken
from baladiya_desktop.domain.settlement import ministry, rules_admin, salary
from baladiya_desktop.domain.settlement.salary_grid import read_grid
from baladiya_desktop.domain.settlement.scan import scan
from baladiya_desktop.domain.staff import service as staff_service
from tests.domain.test_settlement import LAGGING
from tests.support import login


def test_rules_are_edited_by_the_administrator_only(admin: AppContext) -> None:
    before = rules_admin.current(admin)
    assert before.value("min_years_in_grade") == 4 and before.value("ministry_grade") == 10
    assert next(e.grade for e in before.entry if e.code == "bachelor") == 8
    with pytest.raises(PermissionDenied):
        rules_admin.save_rules(login(admin, "clerk"), {"min_years_in_grade": 3}, {})
    with pytest.raises(ValidationError) as caught:
        rules_admin.save_rules(admin, {"min_years_in_grade": 40}, {})
    assert caught.value.field == "min_years_in_grade"
    with pytest.raises(ValidationError):
        rules_admin.save_rules(admin, {}, {"bachelor": 16})
    with pytest.raises(ValidationError):
        rules_admin.save_rules(admin, {}, {"astrology": 9})
    changed = rules_admin.save_rules(
        admin, {"min_years_in_grade": 4, "ministry_grade": 11}, {"bachelor": 9}
    )
    assert sorted(changed) == ["bachelor", "ministry_grade"]
    after = rules_admin.current(login(admin, "clerk"))
    assert after.value("ministry_grade") == 11
    assert next(e.grade for e in after.entry if e.code == "bachelor") == 9


def test_the_scan_follows_the_rules(admin: AppContext) -> None:
    staff_service.register(admin, LAGGING)
    assert [r.entitled_grade for r in scan(admin)] == [10]
    rules_admin.save_rules(admin, {"min_years_in_grade": 10}, {})
    assert scan(admin) == []  # 8 at hire, not yet 10 years in grade
    rules_admin.save_rules(admin, {}, {"bachelor": 9})
    assert [r.entitled_grade for r in scan(admin)] == [9]


def test_scan_reports_progress_and_can_be_cancelled(admin: AppContext) -> None:
    staff_service.register(admin, LAGGING)
    seen: list[int] = []
    assert len(scan(admin, progress=lambda done, total, label="": seen.append(done))) == 1
    token = CancelToken()
    token.cancel()
    assert scan(admin, cancel=token)  # fewer than 500 people: nothing to cancel between
    with pytest.raises(PermissionDenied):
        scan(login(admin, "cashier"))


GRID = [
    ("جدول المرتبات الموحد",),
    ("الدرجة", 0, 1, "2"),
    *((g, 500 + g, "٦٠٠٫٥", 700.25) for g in range(1, 16)),
]


def test_a_salary_grid_is_read_from_cells(admin: AppContext) -> None:
    grid = read_grid(GRID)
    assert grid.max_increments == 2 and len(grid.amounts) == 45
    assert grid.amounts[(3, 0)] == 503_000 and grid.amounts[(3, 1)] == 600_500
    assert grid.amounts[(15, 2)] == 700_250
    table_id = salary.save_salary_table(admin, "الموحد", dt.date(2023, 1, 1), 2, grid.amounts)
    (row,) = salary.salary_tables(admin)
    assert row.id == table_id and row.cells == 45
    assert salary.table_amounts(admin, table_id)[(3, 1)] == 600_500


@pytest.mark.parametrize(
    ("rows", "fragment"),
    [
        ([("الدرجة", 0, 1), ("الدرجة الأولى والثانية", 1, 2)], "رقم الدرجة"),
        ([("الدرجة", 0, 1), (16, 1, 2)], "رقم الدرجة"),
        ([("الدرجة", 0, 1), (1, 1, 2), (1, 3, 4)], "مكررة"),
        ([("الدرجة", 0, 1), (1, "كثير", 2)], "العلاوة 0"),
        ([("لا شيء هنا",)], "سطر العناوين"),
    ],
)
def test_bad_grids_are_refused_with_the_place(
    rows: list[tuple[object, ...]], fragment: str
) -> None:
    with pytest.raises(UserError) as caught:
        read_grid(rows)
    assert fragment in caught.value.message_ar


def test_a_grid_with_holes_is_refused_by_name(admin: AppContext) -> None:
    holed = [row if row[0] != 7 else (7, 507, None, 700) for row in GRID]
    grid = read_grid(holed)
    with pytest.raises(ValidationError) as caught:
        salary.save_salary_table(
            admin, "ناقص", dt.date(2023, 1, 1), grid.max_increments, grid.amounts
        )
    assert "الدرجة 7 علاوة 1" in caught.value.message_ar
    assert salary.salary_tables(admin) == []


def test_the_ministry_decision_is_recorded_at_the_ministry_only(admin: AppContext) -> None:
    with pytest.raises(UserError) as caught:
        ministry.record_decision(
            admin, uuid.uuid4(), approved=True, decision_date=dt.date.today(), decision_number="1"
        )
    assert "الوزارة" in caught.value.message_ar
    with pytest.raises(PermissionDenied):
        ministry.record_decision(
            login(admin, "clerk"),
            uuid.uuid4(),
            approved=False,
            decision_date=dt.date.today(),
            reason="x",
        )
