"""Exported workbooks are for people: names and labels, never codes or record ids, except the
projects' identifier column that lets an exported sheet import back onto its own rows."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.domain.indicators import values
from baladiya_desktop.domain.org.template import apply_template
from baladiya_desktop.domain.projects import service as projects
from baladiya_desktop.domain.projects.models import Project
from baladiya_desktop.domain.projects.service import ProjectInput
from baladiya_desktop.domain.settlement import queries
from baladiya_desktop.domain.settlement import service as settlement
from baladiya_desktop.domain.settlement.scan import scan
from baladiya_desktop.domain.staff import service as staff_service
from baladiya_desktop.exchange.mappings import indicators, org, revenue, staff
from baladiya_desktop.exchange.mappings.projects import export_projects, import_projects
from baladiya_desktop.exchange.mappings.settlement import export_cases, export_scan
from tests.domain.test_settlement import EFFECT, LAGGING
from tests.reports.test_forms_revenue import _month
from tests.support import login

YEAR = dt.date.today().year - 1
CODE = re.compile(r"^[a-z][a-z0-9_.]*$")  # grade, percent, under_way, indicators.approve
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _table(path: Path) -> tuple[list[str], list[list[Any]]]:
    """The headings and rows of an exported sheet (the title lines above them left out)."""
    rows = [list(r) for r in load_workbook(path).active.iter_rows(values_only=True)]
    top = next(i for i, r in enumerate(rows) if sum(1 for v in r if v is not None) > 2)
    return [str(h) for h in rows[top]], rows[top + 1 :]


def _column(path: Path, heading: str) -> list[Any]:
    headings, rows = _table(path)
    return [r[headings.index(heading)] for r in rows]


def _project(ctx: AppContext, name: str) -> uuid.UUID:
    data = ProjectInput(name=name, sector="dev_projects", budget=5_000_000, status="under_way",
                        start_date=dt.date(YEAR, 1, 1))  # fmt: skip
    return projects.save_project(ctx, data)


def _case(ctx: AppContext) -> None:
    employee = staff_service.register(ctx, LAGGING)
    settlement.open_cases(ctx, [settlement.CaseRequest(employee, "grade", EFFECT,
                                                       proposed_increments=1)])  # fmt: skip


def test_settlement_types_by_name(admin: AppContext, tmp_path: Path) -> None:
    _case(admin)
    out = tmp_path / "cases.xlsx"
    assert export_cases(admin, out, queries.list_cases(admin), ["تجربة"]) == 1
    assert _column(out, "نوع التسوية") == ["تسوية الدرجة"]  # as the case window names it
    assert _column(out, "الحالة") == ["مسودة"]


def test_project_names_not_ids(admin: AppContext, tmp_path: Path) -> None:
    first, second = _project(admin, "طريق الشاطئ"), _project(admin, "مدرسة الأندلس")
    out = tmp_path / "projects.xlsx"
    assert export_projects(admin, out) == 2
    headings, rows = _table(out)
    assert "رقم المشروع" not in headings and headings[-1] == "معرّف"
    assert headings[0] == "اسم المشروع"
    assert [r[0] for r in rows] == ["طريق الشاطئ", "مدرسة الأندلس"]
    for row in rows:  # an id only in the identifier column
        assert not any(UUID.search(str(v)) for v in row[:-1] if v is not None), row
    assert [r[-1] for r in rows] == [str(first), str(second)]


def _count(ctx: AppContext) -> int:
    with ctx.session() as session:
        return int(session.scalar(select(func.count()).select_from(Project)) or 0)


def _names(ctx: AppContext) -> dict[uuid.UUID, str]:
    with ctx.session() as session:
        return {p.id: p.name for p in session.scalars(select(Project))}


def test_an_exported_sheet_imports_onto_its_own_rows(admin: AppContext, tmp_path: Path) -> None:
    first, second = _project(admin, "طريق الشاطئ"), _project(admin, "مدرسة الأندلس")
    out = tmp_path / "projects.xlsx"
    export_projects(admin, out)
    again = import_projects(admin, out)
    assert (again.imported, again.rejected_rows, _count(admin)) == (0, 0, 2)

    book = load_workbook(out)  # a project renamed in the sheet keeps its row, by identifier
    sheet = book.active
    for row in sheet.iter_rows():
        if row[0].value == "طريق الشاطئ":
            row[0].value = "طريق الشاطئ الجديد"
    book.save(out)
    renamed = import_projects(admin, out)
    assert (renamed.imported, renamed.updated, renamed.rejected_rows) == (0, 1, 0)
    assert _names(admin) == {first: "طريق الشاطئ الجديد", second: "مدرسة الأندلس"}


def test_an_older_export_still_matches(admin: AppContext, tmp_path: Path) -> None:
    first = _project(admin, "طريق الشاطئ")
    old = tmp_path / "old.xlsx"  # the layout exports had before: the id first, as a number
    book = Workbook()
    book.active.append(["رقم المشروع", "اسم المشروع", "المحور", "الميزانية (د.ل)"])
    book.active.append([str(first), "طريق الشاطئ المعدّل", "dev_projects", 5000])
    book.save(old)
    result = import_projects(admin, old)
    assert (result.imported, result.updated, result.rejected_rows) == (0, 1, 0)
    assert _names(admin) == {first: "طريق الشاطئ المعدّل"}


def test_a_bad_identifier_is_refused_with_what_to_do(admin: AppContext, tmp_path: Path) -> None:
    _project(admin, "طريق الشاطئ")
    out = tmp_path / "projects.xlsx"
    export_projects(admin, out)
    book = load_workbook(out)
    for row in book.active.iter_rows():
        if row[0].value == "طريق الشاطئ":
            row[-1].value = "12"  # someone typed a number of their own
    book.save(out)
    result = import_projects(admin, out)
    assert result.rejected_rows == 1 and _count(admin) == 1
    assert "معرّف" in result.rejected[0].reason_ar and "فارغاً" in result.rejected[0].reason_ar


def test_indicator_units_by_name(admin: AppContext, tmp_path: Path) -> None:
    values.set_value(admin, "CLOSE_ON_TIME", f"{YEAR}-Q2", "2", "محاضر الإقفال")
    out = tmp_path / "values.xlsx"
    assert indicators.export_values(admin, out) == 1
    assert _column(out, "الوحدة") == ["عدد"]
    assert indicators.import_values(admin, out, dry_run=True).rejected_rows == 0


def test_no_export_shows_a_code_or_an_id(ctx: AppContext, tmp_path: Path) -> None:
    """Every exporter, on a station with a record of each area: no cell is an English code
    or a record id, but the projects' identifier column."""
    _month(ctx)
    admin = login(ctx, "admin")
    apply_template(admin)
    _case(admin)
    _project(admin, "طريق الشاطئ")
    values.set_value(admin, "CLOSE_ON_TIME", f"{YEAR}-Q2", "2", "محاضر الإقفال")
    exports: dict[str, Callable[[Path], int]] = {
        "staff": lambda p: staff.export_staff(admin, p),
        "org": lambda p: sum(org.export_structure(admin, p)),
        "projects": lambda p: export_projects(admin, p),
        "receipts": lambda p: revenue.export_receipts(admin, p),
        "summary": lambda p: revenue.export_summary(admin, p, YEAR),
        "indicators": lambda p: indicators.export_values(admin, p),
        "cases": lambda p: export_cases(admin, p, queries.list_cases(admin), ["تجربة"]),
        "scan": lambda p: export_scan(p, scan(admin), ["تجربة"]),
    }
    for name, export in exports.items():
        path = tmp_path / f"{name}.xlsx"
        assert export(path) > 0, name
        for sheet in load_workbook(path).worksheets:
            for row in sheet.iter_rows(values_only=True):
                for v in row:
                    text = str(v).strip() if isinstance(v, str) else ""
                    if UUID.search(text) and name == "projects":
                        continue  # the identifier column, the last
                    assert not CODE.match(text) and not UUID.search(text), (name, v)
