"""Importing the register from messy workbooks: every count and reason, imports that converge,
updates reported field by field, bad files refused with nothing half-imported."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from baladiya_desktop.core.audit import verify_chain
from baladiya_desktop.core.changelog import ChangeLogEntry
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, UserError
from baladiya_desktop.domain.staff import queries
from baladiya_desktop.domain.staff.importing import import_employees
from baladiya_desktop.domain.staff.models import Employee
from baladiya_desktop.domain.staff.rules import EmployeeInput
from baladiya_desktop.exchange import ImportPolicy, write_rejects_report
from baladiya_desktop.exchange.mappings.staff import export_staff, import_staff
from tests.exchange.test_staff_mapping import (
    HEADER,
    MESSY,
    REASONS,
    add_units,
    messy_workbook,
    write_sheet,
)
from tests.support import login


@pytest.fixture
def with_units(admin: AppContext) -> AppContext:
    return add_units(admin)


def people(ctx: AppContext) -> int:
    with ctx.session() as session:
        return int(session.scalar(select(func.count()).select_from(Employee)) or 0)


def test_messy_workbook_counts_and_reasons(with_units: AppContext, tmp_path: Path) -> None:
    outcome = import_staff(with_units, messy_workbook(tmp_path / "staff.xlsx"))
    result = outcome.result
    assert (result.imported, result.updated, result.unchanged) == (3, 0, 0)
    assert result.skipped == 1 and result.skipped_rows[0].row == 18  # the totals row
    reasons = {e.row: e.reason_ar for e in result.rejected}
    assert set(reasons) == set(REASONS), reasons
    for row, words in REASONS.items():
        for word in words:
            assert word in reasons[row], (row, reasons[row])
    assert len(result.rejected) == len(REASONS)  # one reason per refused row here
    found = {r.national_number: r for r in queries.page(with_units, queries.StaffFilter())}
    assert set(found) == {"119850123456", "219900654321", "119870001112"}
    ahmed = queries.get(with_units, found["119850123456"].id)
    assert (ahmed.first_name, ahmed.father_name, ahmed.family_name) == ("أحمد", "عبد الله",
                                                                         "الورفلي")  # fmt: skip
    assert (ahmed.birth_date, ahmed.hire_date, ahmed.grade) == (
        dt.date(1985, 4, 2), dt.date(2010, 1, 3), 8)  # fmt: skip
    assert ahmed.qualification == "bachelor" and ahmed.post_id is not None  # «محاسب» is a post
    fatma = queries.get(with_units, found["219900654321"].id)
    assert (fatma.sex, fatma.grade, fatma.hire_date) == ("F", 6, dt.date(2012, 9, 15))
    assert (fatma.grandfather_name, fatma.family_name) == ("أبو بكر", "بن غلبون")
    assert fatma.unit_id == ahmed.unit_id  # «FIN» by code, «إدارة الشؤون المالية» by name
    json = outcome.to_json()
    assert [r["row"] for r in json["rejected"]] == sorted(REASONS)
    with with_units.session() as session:
        assert verify_chain(session).ok


def test_the_same_file_again_changes_nothing(with_units: AppContext, tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "staff.xlsx")
    import_staff(with_units, path)
    with with_units.session() as session:
        seq = session.scalar(select(func.max(ChangeLogEntry.seq)))
    again = import_staff(with_units, path).result
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 3)
    assert people(with_units) == 3
    with with_units.session() as session:
        assert session.scalar(select(func.max(ChangeLogEntry.seq))) == seq


def test_a_registered_person_is_updated_only_where_the_sheet_differs(
    with_units: AppContext, tmp_path: Path
) -> None:
    import_staff(with_units, messy_workbook(tmp_path / "first.xlsx"))
    changed = {5: [*MESSY[5][:6], "الدرجة 9", *MESSY[5][7:]]}
    outcome = import_staff(with_units, messy_workbook(tmp_path / "second.xlsx", changed))
    assert (outcome.result.updated, outcome.result.unchanged) == (1, 2)
    (change,) = outcome.changes
    assert (change.row, change.fields) == (5, ("grade",))
    assert "الدرجة" in outcome.change_text(change)
    assert outcome.to_json()["changes"][0]["fields"] == ["grade"]
    emp_id = queries.search(with_units, "الورفلي")[0].id
    assert [e.kind for e in queries.history(with_units, emp_id)] == ["grade"]


def test_a_sheet_without_a_column_never_resets_it(with_units: AppContext, tmp_path: Path) -> None:
    import_staff(with_units, messy_workbook(tmp_path / "first.xlsx"))
    short = write_sheet(
        tmp_path / "short.xlsx",
        [["الرقم الوطني", "الاسم الرباعي"], ["119850123456", "أحمد عبد الله محمد الورفلي"]],
    )
    assert import_staff(with_units, short).result.unchanged == 1
    emp = queries.get(with_units, queries.search(with_units, "الورفلي")[0].id)
    assert (emp.grade, emp.qualification, emp.increments) == (8, "bachelor", 0)


def test_dry_run_imports_nothing_with_the_same_counts(
    with_units: AppContext, tmp_path: Path
) -> None:
    path = messy_workbook(tmp_path / "staff.xlsx")
    dry = import_staff(with_units, path, dry_run=True).result
    assert (dry.imported, dry.dry_run, len(dry.rejected)) == (3, True, len(REASONS))
    assert people(with_units) == 0


def test_all_or_nothing_takes_none(with_units: AppContext, tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "staff.xlsx")
    result = import_staff(with_units, path, policy=ImportPolicy.ALL_OR_NOTHING).result
    assert result.imported == 0 and result.rejected and people(with_units) == 0


def test_unknown_unit_and_qualification_are_refused_by_name(
    with_units: AppContext, tmp_path: Path
) -> None:
    rows = [
        HEADER,
        [1, "119850123456", "أحمد علي محمد الزوي", "", "", "ساحر", "", 5, "", ""],
        [2, "119860123456", "علي أحمد محمد الزوي", "", "", "", "", 5, "قسم الفضاء", ""],
    ]
    result = import_staff(with_units, write_sheet(tmp_path / "s.xlsx", rows)).result
    reasons = {e.row: e.reason_ar for e in result.rejected}
    assert "العمود «المؤهل»" in reasons[2] and "ساحر" in reasons[2]
    assert "العمود «الإدارة»" in reasons[3] and "قسم الفضاء" in reasons[3]


def test_rejects_report_names_rows_and_reasons(with_units: AppContext, tmp_path: Path) -> None:
    outcome = import_staff(with_units, messy_workbook(tmp_path / "staff.xlsx"))
    written = write_rejects_report(tmp_path / "refused.xlsx", outcome.result)
    assert written == len(REASONS)
    book = load_workbook(tmp_path / "refused.xlsx", read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert rows[0][:2] == ("رقم الصف في الملف الأصلي", "سبب الرفض")
    assert [r[0] for r in rows[1:]] == sorted(REASONS)
    assert "خارج جدول الدرجات" in next(r[1] for r in rows if r[0] == 15)


def test_formulas_and_merged_cells(with_units: AppContext, tmp_path: Path) -> None:
    rows = [["كشف"], ["الرقم الوطني", "الاسم الرباعي", "الإدارة", "الدرجة"],
            ["119850123456", "أحمد علي محمد الزوي", "إدارة الشؤون المالية", "=4+4"],
            ["119860123456", "علي أحمد محمد الزوي", None, 7]]  # fmt: skip
    path = write_sheet(tmp_path / "s.xlsx", rows, merge=["C3:C4"])
    result = import_staff(with_units, path).result
    assert result.imported == 2  # the merged unit fills down to row 4
    assert any("معادلة" in n.reason_ar for n in result.notes)  # no cached value: noted
    emp = queries.get(with_units, queries.search(with_units, "علي أحمد")[0].id)
    assert emp.unit_id is not None


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"", "فارغ"),
        (b"name,national\nx,1", "xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
         + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 600, "محمي بكلمة مرور"),
    ],
)  # fmt: skip
def test_bad_files_are_refused_and_nothing_changes(
    with_units: AppContext, tmp_path: Path, body: bytes, words: str
) -> None:
    (path := tmp_path / "bad.xlsx").write_bytes(body)
    with pytest.raises(UserError) as caught:
        import_staff(with_units, path)
    assert words in caught.value.message_ar
    assert people(with_units) == 0


def test_not_a_workbook_zip(with_units: AppContext, tmp_path: Path) -> None:
    with zipfile.ZipFile(path := tmp_path / "x.xlsx", "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(UserError):
        import_staff(with_units, path)


def test_empty_sheet_and_no_header(with_units: AppContext, tmp_path: Path) -> None:
    with pytest.raises(UserError) as empty:
        import_staff(with_units, write_sheet(tmp_path / "e.xlsx", []))
    assert "فارغ" in empty.value.message_ar
    no_header = write_sheet(tmp_path / "n.xlsx", [["كشف"], ["أ", "ب", "ج"], [1, 2, 3]])
    with pytest.raises(UserError) as none:
        import_staff(with_units, no_header)
    assert "صف العناوين" in none.value.message_ar
    names_only = write_sheet(tmp_path / "m.xlsx", [["الرقم الوطني", "الدرجة"], ["119850123456",
                                                                              5]])  # fmt: skip
    with pytest.raises(UserError) as no_name:
        import_staff(with_units, names_only)
    assert "عمود للاسم" in no_name.value.message_ar
    assert people(with_units) == 0


def test_import_needs_the_staff_permission(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        import_staff(login(ctx, "guest"), messy_workbook(tmp_path / "s.xlsx"))


def test_cancel_leaves_nothing_half_imported(with_units: AppContext, tmp_path: Path) -> None:
    from baladiya_desktop.core.errors import Cancelled
    from baladiya_desktop.core.progress import CancelToken

    token = CancelToken()
    rows = [(n, EmployeeInput(first_name="سالم", father_name="علي", family_name="الزوي",
                              sex="M", national_number=f"1199000{n:05d}"))
            for n in range(1200)]  # fmt: skip

    def progress(done: int, total: int, label: str = "") -> None:
        if done >= 500:
            token.cancel()

    with pytest.raises(Cancelled):
        import_employees(with_units, rows, progress=progress, cancel=token)
    assert people(with_units) == 0


@pytest.mark.slow
def test_fifty_thousand_rows(with_units: AppContext, tmp_path: Path) -> None:
    header = ["الرقم الوطني", "الاسم الرباعي", "الدرجة"]
    body = [[f"1{1960 + n % 40}{n:07d}", f"موظف{n} علي محمد الزوي", 1 + n % 15]
            for n in range(50_000)]  # fmt: skip
    path = write_sheet(tmp_path / "big.xlsx", [["كشف كبير"], header, *body])
    result = import_staff(with_units, path).result
    assert (result.imported, result.rejected) == (50_000, [])
    assert queries.count(with_units, queries.StaffFilter(text="موظف4999")) == 11


def test_export_is_right_to_left_safe_and_imports_back(
    with_units: AppContext, tmp_path: Path
) -> None:
    import_staff(with_units, messy_workbook(tmp_path / "staff.xlsx"))
    emp_id = queries.search(with_units, "الورفلي")[0].id
    from baladiya_desktop.domain.staff import service

    emp = queries.get(with_units, emp_id)
    service.update(with_units, emp_id, EmployeeInput(
        first_name=emp.first_name, father_name=emp.father_name, family_name=emp.family_name,
        grandfather_name=emp.grandfather_name, sex=emp.sex,
        national_number=emp.national_number, birth_date=emp.birth_date,
        hire_date=emp.hire_date, grade=emp.grade, unit_code="FIN",
        job_title='=HYPERLINK("http://x")', qualification="bachelor",
        employee_number="@SUM(1)"))  # fmt: skip
    out = tmp_path / "out.xlsx"
    assert export_staff(with_units, out) == 3
    book = load_workbook(out)
    ws = book.worksheets[0]
    assert ws.sheet_view.rightToLeft
    cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for text in ('=HYPERLINK("http://x")', "@SUM(1)"):
        assert cells[text].data_type == "s" and cells[text].quotePrefix
    assert cells["119850123456"].data_type == "s"  # a national number stays text
    book.close()
    again = import_staff(with_units, out).result
    assert (again.imported, again.updated, again.unchanged, again.rejected) == (0, 0, 3, [])
