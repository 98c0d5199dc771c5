"""A cell longer than the register keeps refuses its row alone, with the column and the limit;
the other rows are imported. SQLite used to store a 1,000-character job title, and PostgreSQL
refused the whole import with a traceback."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import func, select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.org.models import OrgPost
from baladiya_desktop.domain.projects import queries as project_queries
from baladiya_desktop.domain.revenue import service as revenue_service
from baladiya_desktop.domain.staff import queries as staff_queries
from baladiya_desktop.exchange.mappings.indicators import import_values
from baladiya_desktop.exchange.mappings.org import POST_COLUMNS, UNIT_COLUMNS, import_structure_file
from baladiya_desktop.exchange.mappings.projects import import_projects
from baladiya_desktop.exchange.mappings.revenue import import_receipts_file
from baladiya_desktop.exchange.mappings.staff import import_staff
from tests.exchange.test_staff_mapping import write_sheet
from tests.support import login

LONG = "م" * 1000
STAFF_HEAD = ["الرقم الوطني", "الاسم الرباعي", "اسم الأم", "مكان الميلاد", "التخصص", "الوظيفة"]
STAFF_ROWS: dict[int, list[Any]] = {  # Excel row → cells; row 1 is the header
    2: ["119850000002", "أحمد علي محمد الورفلي", "فاطمة", "طرابلس", "محاسبة", "محاسب"],
    3: ["119850000003", "سالم علي محمد الزوي", "مريم", "سبها", "", LONG],
    4: ["119850000004", "خالد علي محمد الككلي", LONG, "", "", ""],
    5: ["119850000005", "علي سالم محمد الزوي", "", "م" * 121, "", ""],
    6: ["119850000006", "عمر سالم محمد الزوي", "", "", "م" * 200, ""],
    7: ["119850000007", "نوري سالم محمد " + "ز" * 100, "", "", "", ""],  # the family part
    8: ["219850000008", "هدى سالم محمد الزوي", "", "", "", "كاتبة"],
}
STAFF_REASONS = {
    3: "العمود «الوظيفة» أطول من 160 حرف (1000). اختصره.",
    4: "العمود «اسم الأم» أطول من 120 حرف (1000). اختصره.",
    5: "العمود «مكان الميلاد» أطول من 120 حرف (121). اختصره.",
    6: "العمود «التخصص» أطول من 120 حرف (200). اختصره.",
    7: "الحقل «اللقب» أطول من 80 حرف (100). اختصره.",
}


def _book(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def test_staff_import_refuses_each_long_cell_alone(admin: AppContext, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "staff.xlsx", [STAFF_HEAD, *STAFF_ROWS.values()])
    result = import_staff(admin, path).result
    reasons = {e.row: e.reason_ar for e in result.rejected}
    assert reasons == STAFF_REASONS
    assert result.imported == 2
    found = {r.national_number for r in staff_queries.page(admin, staff_queries.StaffFilter())}
    assert found == {"119850000002", "219850000008"}


def test_staff_import_refuses_a_long_update_and_keeps_the_person(
        admin: AppContext, tmp_path: Path) -> None:
    first = write_sheet(tmp_path / "first.xlsx", [STAFF_HEAD, STAFF_ROWS[2], STAFF_ROWS[8]])
    assert import_staff(admin, first).result.imported == 2
    again = write_sheet(tmp_path / "again.xlsx", [
        STAFF_HEAD, [*STAFF_ROWS[2][:5], LONG], [*STAFF_ROWS[8][:5], "كاتبة أولى"]])
    result = import_staff(admin, again).result
    assert {e.row: e.reason_ar for e in result.rejected} == {2: STAFF_REASONS[3]}
    assert result.updated == 1
    titles = {r.national_number: r.job_title
              for r in staff_queries.page(admin, staff_queries.StaffFilter())}
    assert titles == {"119850000002": "محاسب", "219850000008": "كاتبة أولى"}


def test_the_cli_reports_the_long_row_and_imports_the_rest(
        station: Target, tmp_path: Path, run_cli: Any) -> None:
    path = write_sheet(tmp_path / "staff.xlsx", [STAFF_HEAD, STAFF_ROWS[2], STAFF_ROWS[3]])
    result = run_cli("--db", station.paths.db_path, "--user", "admin", "--json",
                     "staff", "import", path)
    assert result.code == 0, result.err
    answer = json.loads(result.out)
    assert answer["imported"] == 1
    assert answer["rejected"] == [{"row": 3, "reason": STAFF_REASONS[3]}]


PROJECT_HEAD = ["اسم المشروع", "المحور", "الميزانية (د.ل)", "المقاول", "ملاحظات"]


def test_projects_import_refuses_each_long_cell_alone(admin: AppContext, tmp_path: Path) -> None:
    path = _book(tmp_path / "projects.xlsx", {"المشاريع": [
        PROJECT_HEAD,
        ["حديقة الحي", "dev_projects", 1000, "شركة البناء", ""],
        ["مدرسة", "dev_projects", 1000, LONG, ""],  # 3
        ["م" * 241, "dev_projects", 1000, "", ""],  # 4
        ["سوق", "dev_projects", 1000, "", "ن" * 4001],  # 5
        ["طريق الشط", "dev_projects", 1000, "ش" * 200, "ن" * 4000],
    ]})
    result = import_projects(admin, path)
    reasons = {e.row: e.reason_ar for e in result.rejected}
    assert reasons == {
        3: "العمود «المقاول» أطول من 200 حرف (1000). اختصره.",
        4: "العمود «اسم المشروع» أطول من 240 حرف (241). اختصره.",
        5: "العمود «ملاحظات» أطول من 4000 حرف (4001). اختصره.",
    }
    assert result.imported == 2
    assert {p.name for p in project_queries.projects(admin)} == {"حديقة الحي", "طريق الشط"}


def test_org_import_refuses_a_long_post_title(admin: AppContext, tmp_path: Path) -> None:
    units = [["COUNCIL", None, "المجلس البلدي", "المجلس البلدي", None, None, None, None],
             ["DEP-FIN", "COUNCIL", "إدارة", "إدارة الشؤون المالية", None, None, None, None]]
    posts = [["DEP-FIN", "مدير الإدارة", "", 11, 13, 1, "نعم"],
             ["DEP-FIN", LONG, "", 6, 10, 3, "لا"]]
    path = _book(tmp_path / "org.xlsx", {
        "الوحدات": [[c.title_ar for c in UNIT_COLUMNS], *units],
        "الوظائف": [[c.title_ar for c in POST_COLUMNS], *posts]})
    for good_rows, kept in ((False, 0), (True, 1)):  # the structure is all or nothing by default
        result = import_structure_file(admin, path, good_rows=good_rows).to_json()
        assert [r["row"] for r in result["rejected"]] == [3]
        assert "«المسمى الوظيفي» أطول من 200 حرف (1000)" in result["rejected"][0]["reason"]
        with admin.session() as session:
            assert session.scalar(select(func.count()).select_from(OrgPost)) == kept


def test_indicator_values_refuse_a_long_evidence_note(admin: AppContext, tmp_path: Path) -> None:
    path = _book(tmp_path / "v.xlsx", {"القيم": [
        ["رمز المؤشر", "الفترة", "القيمة", "الدليل"],
        ["GUARD_FINES", "2024-02", 17, "سجل المخالفات"],
        ["GUARD_FINES", "2024-03", 18, "س" * 4001],
    ]})
    result = import_values(admin, path)
    assert [e.row for e in result.rejected] == [3]
    assert "«الدليل» أطول من 4000 حرف (4001)" in result.rejected[0].reason_ar
    assert result.imported == 1


def test_receipts_import_refuses_a_long_payer_name(ctx: AppContext, tmp_path: Path) -> None:
    cashier = login(ctx, "cashier")
    day = dt.date(dt.date.today().year - 1, 4, 2)
    revenue_service.issue_book(cashier, "B-1", 1, 50, "سالم", dt.date(day.year, 1, 1))
    path = _book(tmp_path / "receipts.xlsx", {"الإيصالات": [
        ["رقم الدفتر", "رقم الإيصال", "تاريخ الإيصال", "اسم المكلف", "البند", "القيمة"],
        ["B-1", 1, day, "مخبز الفجر", "LIC-ACT", 10],
        ["B-1", 2, day, LONG, "LIC-ACT", 10],
        ["B" * 33, 3, day, "مقهى", "LIC-ACT", 10],
    ]})
    data = import_receipts_file(cashier, path).to_json()
    assert data["imported"] == 1
    assert {r["row"]: r["reason"] for r in data["rejected"]} == {
        3: "العمود «اسم الدافع» أطول من 200 حرف (1000). اختصره.",
        4: "العمود «رقم الدفتر» أطول من 32 حرف (33). اختصره.",
    }
