"""Parsing rows into records, cross-row checks, policies and the result's bookkeeping."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from baladiya_desktop.core.dates import ParsedDate
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.exchange import (
    ImportAborted,
    ImportPolicy,
    ParsedSheet,
    RowOutcome,
    apply_rows,
    read_sheet,
    unique_by,
    write_rejects_report,
)
from tests.exchange.sample import HEADINGS, STAFF_COLUMNS, workbook
from tests.exchange.test_reader import messy_workbook


@dataclass(frozen=True)
class Employee:
    national_number: str
    name: str
    grade: int
    hired_on: date | None
    salary: int | None
    unit: str | None


def build(values: dict[str, Any]) -> Employee:
    if values["grade"] >= 11 and values["salary"] is not None and values["salary"] < 5_000_000:
        raise ValidationError(
            "المرتب أقل من المعقول لهذه الدرجة.", "Salary too low.", field="salary"
        )
    hired: ParsedDate | None = values["hired_on"]
    return Employee(
        values["national_number"],
        values["name"],
        values["grade"],
        hired.value if hired else None,
        values["salary"],
        values["unit"],
    )


BY_NID = unique_by(
    lambda e: e.national_number, "الرقم الوطني", "national number", column="national_number"
)


def test_messy_sheet_counts_and_reasons(tmp_path: Path) -> None:
    parsed = read_sheet(messy_workbook(tmp_path), STAFF_COLUMNS, build, checks=[BY_NID])
    assert [p.row for p in parsed.rows] == [5, 6, 10, 12]
    first = parsed.rows[0].record
    assert first == Employee(
        "119801234567", "علي محمد", 8, date(2010, 9, 15), 1_234_500, "الشؤون الإدارية"
    )
    assert parsed.rows[1].record.name == "فاطمة علي"
    assert parsed.rows[1].record.salary == 2_000_000
    result = parsed.result
    assert [(e.row, e.column) for e in result.rejected] == [
        (8, "grade"),
        (8, "hired_on"),
        (8, "salary"),
        (8, "employment"),
        (9, "name"),
        (13, "salary"),
    ]
    reasons = {(e.row, e.column): e.reason_ar for e in result.rejected}
    assert reasons[(8, "grade")].startswith("العمود «الدرجة»: «ثمانية» ليس عدداً صحيحاً")
    assert "غير موجود في التقويم" in reasons[(8, "hired_on")]
    assert "ليست من القيم المقبولة" in reasons[(8, "employment")]
    assert reasons[(9, "name")] == "العمود «الاسم» فارغ، وهو مطلوب. اكتب قيمته."
    assert reasons[(13, "salary")] == "المرتب أقل من المعقول لهذه الدرجة."
    assert result.rejected_rows == 3 and not parsed.ok
    assert result.skipped == 1 and result.skipped_rows[0].row == 11
    assert sorted((n.row, n.column) for n in result.notes) == [(10, "hired_on"), (10, "salary")]
    assert result.source is not None and result.source.header_row == 4


def test_duplicates_name_every_row(tmp_path: Path) -> None:
    rows = [
        HEADINGS,
        ["119801234567", "علي", 8],
        ["119801234568", "سالم", 8],
        ["١١٩٨٠١٢٣٤٥٦٧", "علي محمد", 9],
    ]
    parsed = read_sheet(workbook(tmp_path / "d.xlsx", rows), STAFF_COLUMNS, build, checks=[BY_NID])
    assert [p.row for p in parsed.rows] == [3]
    assert [(e.row, e.column) for e in parsed.result.rejected] == [
        (2, "national_number"),
        (4, "national_number"),
    ]
    assert "في الصفوف 2، 4" in parsed.result.rejected[0].reason_ar
    assert "rows 2, 4" in parsed.result.rejected[1].reason_en


def good_and_bad(tmp_path: Path) -> ParsedSheet[Employee]:
    rows = [
        HEADINGS,
        ["119801234567", "علي", 8],
        ["119801234568", "سالم", 8],
        ["119801234569", "عمر", "x"],
        ["119801234570", "خالد", 9],
    ]
    return read_sheet(workbook(tmp_path / "g.xlsx", rows), STAFF_COLUMNS, build)


def fake_service(stored: dict[str, Employee]) -> Any:
    def apply(employee: Employee) -> RowOutcome:
        if employee.name == "خالد":
            raise ValidationError("الإدارة غير موجودة.", "No such unit.")
        before = stored.get(employee.national_number)
        stored[employee.national_number] = employee
        if before is None:
            return RowOutcome.IMPORTED
        return RowOutcome.UNCHANGED if before == employee else RowOutcome.UPDATED

    return apply


def test_good_rows_policy(tmp_path: Path) -> None:
    stored = {"119801234568": Employee("119801234568", "سالم", 7, None, None, None)}
    result = apply_rows(good_and_bad(tmp_path), fake_service(stored))
    assert (result.imported, result.updated, result.unchanged, result.skipped) == (1, 1, 0, 0)
    assert [(e.row, e.column) for e in result.rejected] == [(4, "grade"), (5, None)]
    assert json.loads(json.dumps(result.to_json())) == {
        "imported": 1,
        "updated": 1,
        "skipped": 0,
        "unchanged": 0,
        "dry_run": False,
        "notes": [],
        "rejected": [
            {
                "row": 4,
                "reason": "العمود «الدرجة»: «x» ليس عدداً صحيحاً. اكتب العدد بالأرقام، مثل 8.",
            },
            {"row": 5, "reason": "الإدارة غير موجودة."},
        ],
    }
    assert "أُضيف 1، حُدّث 1" in result.summary()


def test_all_or_nothing_refuses_before_writing(tmp_path: Path) -> None:
    stored: dict[str, Employee] = {}
    with pytest.raises(ImportAborted) as caught:
        apply_rows(good_and_bad(tmp_path), fake_service(stored), policy=ImportPolicy.ALL_OR_NOTHING)
    assert stored == {}
    assert caught.value.result.imported == 0 and caught.value.result.rejected_rows == 1


def test_all_or_nothing_aborts_on_a_service_refusal(tmp_path: Path) -> None:
    rows = [HEADINGS, ["119801234567", "علي", 8], ["119801234570", "خالد", 9]]
    parsed = read_sheet(workbook(tmp_path / "a.xlsx", rows), STAFF_COLUMNS, build)
    with pytest.raises(ImportAborted) as caught:
        apply_rows(parsed, fake_service({}), policy=ImportPolicy.ALL_OR_NOTHING)
    result = caught.value.result
    assert (result.imported, [e.row for e in result.rejected]) == (0, [3])


def test_dry_run_counts_then_aborts(tmp_path: Path) -> None:
    scopes: list[str] = []

    class Scope:
        def __enter__(self) -> None:
            scopes.append("in")

        def __exit__(self, *exc: object) -> None:
            scopes.append("out")

    with pytest.raises(ImportAborted) as caught:
        apply_rows(good_and_bad(tmp_path), fake_service({}), dry_run=True, row_scope=Scope)
    result = caught.value.result
    assert result.dry_run and result.imported == 2 and result.to_json()["dry_run"] is True
    assert scopes == ["in", "out"] * 3


def test_rejects_report_copies_the_refused_rows(tmp_path: Path) -> None:
    parsed = read_sheet(messy_workbook(tmp_path), STAFF_COLUMNS, build)
    report = tmp_path / "rejects.xlsx"
    assert write_rejects_report(report, parsed.result) == 3
    ws = load_workbook(report).active
    assert ws.sheet_view.rightToLeft
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    assert values[0][:3] == ["رقم الصف في الملف الأصلي", "سبب الرفض", "الرقم الوطنى"]
    assert [r[0] for r in values[1:]] == [8, 9, 13]
    assert values[1][2:7] == ["119851234567", "سالم", "ثمانية", "31/02/2010", "abc"]
    assert values[1][1].count("\n") == 3  # four reasons for row 8
    # The clerk corrects the report and imports it again: the header is found.
    again = read_sheet(report, STAFF_COLUMNS, build)
    assert again.result.source is not None and again.result.source.header_row == 1
    assert [e.row for e in again.result.rejected][:1] == [2]
