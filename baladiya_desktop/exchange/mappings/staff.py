"""The staff register's workbook: the columns municipalities already keep, in and out.

Phase 1 (the engine) finds the header under any title rows, reads each cell in whatever
digits and date order it was typed, and builds an ``EmployeeInput``; phase 2
(``domain.staff.importing``) checks every person, refuses what the register cannot take and
writes the rest in one transaction. Every refusal names its row as Excel shows it and the
column, in Arabic a clerk understands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from functools import partial
from pathlib import Path
from typing import Any

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.dates import format_date
from baladiya_desktop.core.errors import UserError, ValidationError
from baladiya_desktop.core.limits import check_values, limits_of
from baladiya_desktop.core.municipalities import municipality_name
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.domain.staff import references as refs
from baladiya_desktop.domain.staff.display import register_rows
from baladiya_desktop.domain.staff.importing import ImportSummary, RowChange, import_employees
from baladiya_desktop.domain.staff.lookups import StaffLookups
from baladiya_desktop.domain.staff.models import Employee
from baladiya_desktop.domain.staff.records import NAME_PARTS, SheetPerson, build_person
from baladiya_desktop.domain.staff.rules import EmployeeInput
from baladiya_desktop.domain.staff.spelling import GRADE_WORDS, label_key
from baladiya_desktop.exchange.cells import CellValue, parse_integer, parse_text
from baladiya_desktop.exchange.columns import (
    Column,
    bounded,
    date_column,
    national_number_column,
)
from baladiya_desktop.exchange.pipeline import ImportPolicy, parse_sheet, unique_by
from baladiya_desktop.exchange.reader import open_sheet
from baladiya_desktop.exchange.report import ImportResult, RowError
from baladiya_desktop.exchange.workbook_file import OpenWorkbook
from baladiya_desktop.exchange.writer import write_workbook

__all__ = [
    "SheetPreview",
    "StaffImportResult",
    "export_staff",
    "import_staff",
    "preview_sheet",
    "staff_columns",
]


def _refuse(ar: str, en: str) -> ValidationError:
    return ValidationError(ar, en)


def parse_grade(value: CellValue) -> int:
    """8, ٨, «الدرجة 8» or «الثامنة»; outside 1–15 is refused as outside the table."""
    try:
        grade = parse_integer(value)
    except ValidationError:
        found = GRADE_WORDS.get(label_key(str(value)))
        if found is None:
            raise _refuse(
                f"«{value}» ليست درجة. اكتب رقم الدرجة من 1 إلى 15، مثل 8.",
                f"'{value}' is not a grade. Write a number from 1 to 15.",
            ) from None
        grade = found
    if not 1 <= grade <= 15:
        raise _refuse(
            f"الدرجة {grade} خارج جدول الدرجات (من 1 إلى 15).",
            f"Grade {grade} is outside the table (1 to 15).",
        )
    return grade


def _coded(look: StaffLookups, list_name: str, what_ar: str, value: CellValue) -> str:
    return look.code(list_name, parse_text(value), what_ar)


# key: (Arabic title, English title, other headings seen in municipal sheets, width)
HEADINGS: dict[str, tuple[str, str, tuple[str, ...], float]] = {
    "national_number": ("الرقم الوطني", "National number", (
        "الرقم الوطني للموظف", "رقم وطني", "national no", "nid", "national id"), 15),
    "full_name": ("الاسم الرباعي", "Full name", (
        "الاسم", "اسم الموظف", "الاسم الكامل", "الاسم الثلاثي", "الاسم بالكامل", "name"), 30),
    "first_name": ("الاسم الأول", "First name", ("اسم الموظف الأول",), 12),
    "father_name": ("اسم الأب", "Father's name", ("الأب",), 12),
    "grandfather_name": ("اسم الجد", "Grandfather's name", ("الجد",), 12),
    "family_name": ("اللقب", "Family name", ("العائلة", "اسم العائلة", "surname"), 14),
    "mother_name": ("اسم الأم", "Mother's name", ("اسم الأم بالكامل", "الأم"), 22),
    "sex": ("الجنس", "Sex", ("النوع",), 8),
    "birth_date": ("تاريخ الميلاد", "Date of birth", ("تاريخ الولادة", "ت الميلاد"), 12),
    "birth_place": ("مكان الميلاد", "Place of birth", ("محل الميلاد", "جهة الميلاد"), 14),
    "marital_status": ("الحالة الاجتماعية", "Marital status", (), 12),
    "qualification": ("المؤهل", "Qualification", ("المؤهل العلمي", "المؤهل الدراسي"), 18),
    "qualification_field": ("التخصص", "Field of study", ("التخصص العلمي",), 16),
    "hire_date": ("تاريخ التعيين", "Hire date", (
        "تاريخ المباشرة", "تاريخ الالتحاق", "تاريخ التعين"), 12),
    "employment_type": ("نوع التوظيف", "Employment type", (
        "نوع التعيين", "صفة التعيين", "نوع العقد", "الوضع الوظيفي"), 16),
    "status": ("الحالة الوظيفية", "Status", ("الحالة", "حالة الموظف"), 18),
    "unit": ("الإدارة", "Unit", ("القسم", "الوحدة", "المكتب", "الإدارة / المكتب", "جهة العمل",
                                 "الوحدة التنظيمية", "رمز الوحدة"), 26),
    "job_title": ("الوظيفة", "Job title", ("المسمى الوظيفي", "الوظيفة الحالية"), 20),
    "grade": ("الدرجة", "Grade", ("الدرجة الوظيفية", "الدرجة الحالية"), 8),
    "increments": ("العلاوات", "Increments", ("عدد العلاوات", "العلاوة"), 8),
    "grade_date": ("تاريخ الدرجة", "Grade date", (
        "تاريخ الحصول على الدرجة", "تاريخ آخر ترقية"), 12),
    "employee_number": ("الرقم الوظيفي", "Employee number", ("رقم الموظف", "الرقم الإداري"), 12),
    "financial_number": ("الرقم المالي", "Financial number", (), 12),
    "phone": ("الهاتف", "Phone", ("رقم الهاتف", "الهاتف المحمول", "النقال", "رقم النقال"), 14),
}  # fmt: skip
DATES = ("birth_date", "hire_date", "grade_date")
CODED = {"marital_status": refs.MARITAL, "qualification": refs.QUALIFICATIONS,
         "employment_type": refs.EMPLOYMENT_TYPES, "status": refs.STATUSES}  # fmt: skip


def staff_columns(lookups: StaffLookups | None = None) -> tuple[Column, ...]:
    """The register's columns; ``lookups`` give the parsers that need the station's lists.
    The unit fills down only where the sheet merges it down several rows: a blank cell in a
    sheet without merges is a person whose unit is not known, not one of the unit above."""
    look = lookups or StaffLookups()
    parsers: dict[str, Callable[[CellValue], Any]] = {
        "sex": lambda v: look.sex(parse_text(v)),
        "unit": lambda v: look.unit(parse_text(v)),
        "grade": parse_grade,
        "increments": parse_integer,
    }
    for key, list_name in CODED.items():
        parsers[key] = partial(_coded, look, list_name, HEADINGS[key][0])
    columns = []
    for key, (title, english, aliases, width) in HEADINGS.items():
        if key == "national_number":
            column = national_number_column(required=True, aliases=aliases, width=width)
        elif key in DATES:
            column = date_column(key, title, english, aliases=aliases, width=width)
        else:
            column = Column(
                key,
                title,
                english,
                aliases=aliases,
                width=width,
                parse=parsers.get(key, parse_text),
                fill_down="merged" if key == "unit" else False,
            )
        columns.append(column)
    return bounded(columns, limits_of(Employee))


def build_checked(values: dict[str, Any], posts: set[tuple[str, str]]) -> SheetPerson:
    """The sheet's person, refused when a value made from the cells (a name part split from
    the full name) is longer than the register keeps."""
    person = build_person(values, posts)
    check_values(Employee, {name: getattr(person.data, name) for name in _INPUT_FIELDS})
    return person


_INPUT_FIELDS = tuple(f.name for f in fields(EmployeeInput))


# --- import ----------------------------------------------------------------------------


@dataclass
class StaffImportResult:
    """The engine's counts and reasons, plus which registered people changed and how."""

    result: ImportResult
    changes: list[RowChange] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # field → Arabic column title

    def change_text(self, change: RowChange) -> str:
        what = "، ".join(dict.fromkeys(self.titles.get(f, f) for f in change.fields))
        return f"حُدّثت بيانات «{change.full_name}»: {what}."

    def to_json(self) -> dict[str, Any]:
        data = self.result.to_json()
        data["changes"] = [
            {
                "row": c.row,
                "full_name": c.full_name,
                "fields": list(c.fields),
                "reason": self.change_text(c),
            }
            for c in self.changes
        ]
        return data


_FIELD_COLUMN = {
    "unit": "unit",
    "post": "job_title",
    "unit_code": "unit",
    "post_title": "job_title",
    "last_increment_date": "grade_date",
}


def _column_of(error_field: str | None, mapping: Mapping[str, int]) -> str | None:
    if error_field is None:
        return None
    key = _FIELD_COLUMN.get(error_field, error_field)
    if key in NAME_PARTS and key not in mapping:
        key = "full_name"
    return key if key in mapping else None


def _row_error(
    row: int, error: UserError, columns: Mapping[str, Column], mapping: Mapping[str, int]
) -> RowError:
    """A refusal worded for the sheet: «العمود «الدرجة»: …» when a column is to blame."""
    key = _column_of(error.field, mapping)
    if key is None:
        return RowError(row, None, error.message_ar, error.message_en)
    column = columns[key]
    return RowError(
        row,
        key,
        f"العمود «{column.title_ar}»: {error.message_ar}",
        f"Column '{column.title_en}': {error.message_en}",
    )


def _titles(columns: tuple[Column, ...]) -> dict[str, str]:
    titles = {c.key: c.title_ar for c in columns}
    titles |= {
        "unit_id": titles["unit"],
        "post_id": "الوظيفة في الملاك",
        "last_increment_date": "تاريخ آخر علاوة",
    }
    return titles


def import_staff(
    ctx: AppContext,
    path: Path | str,
    *,
    sheet: str | None = None,
    overrides: Mapping[str, str | None] | None = None,
    dry_run: bool = False,
    policy: ImportPolicy = ImportPolicy.GOOD_ROWS,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> StaffImportResult:
    """Read ``path`` and take its good rows into the register (none with ``dry_run``).

    A file that is not a workbook, has no recognisable header or lacks the national number
    or the name raises UserError before anything is written.
    """
    ctx.require(Permission.STAFF_WRITE)
    lookups = StaffLookups.load(ctx)
    columns = staff_columns(lookups)
    by_key = {c.key: c for c in columns}
    nn = "national_number"
    with open_sheet(path, columns, sheet=sheet, overrides=overrides) as reader:
        _require_name(reader.mapping, reader.sheet_name, reader.header_row)
        mapping = dict(reader.mapping)
        parsed = parse_sheet(
            reader,
            lambda values: build_checked(values, lookups.posts),
            checks=[
                unique_by(
                    lambda p: p.data.national_number, "الرقم الوطني", "national number", column=nn
                )
            ],
            progress=progress,
            cancel=cancel,
        )
    result = parsed.result
    for i, error in enumerate(result.rejected):  # the name split names the name column
        if error.column == "full_name" and not error.reason_ar.startswith("العمود"):
            result.rejected[i] = RowError(
                error.row,
                error.column,
                f"العمود «{by_key['full_name'].title_ar}»: {error.reason_ar}",
                error.reason_en,
            )
    all_or_nothing = policy is ImportPolicy.ALL_OR_NOTHING
    if all_or_nothing and result.rejected:
        result.dry_run = dry_run
        return StaffImportResult(result, titles=_titles(columns))
    done: ImportSummary = import_employees(
        ctx,
        [(p.row, p.record.data) for p in parsed.rows],
        given={p.row: p.record.given for p in parsed.rows},
        dry_run=dry_run,
        all_or_nothing=all_or_nothing,
        progress=progress,
        cancel=cancel,
    )
    result.imported, result.updated, result.unchanged = done.imported, done.updated, done.unchanged
    result.dry_run = dry_run
    result.rejected.extend(_row_error(row, error, by_key, mapping) for row, error in done.refused)
    result.rejected.sort(key=lambda e: e.row)
    return StaffImportResult(result, done.changes, _titles(columns))


def _require_name(mapping: Mapping[str, int], sheet: str, header_row: int) -> None:
    if "full_name" in mapping or {"first_name", "family_name"} <= set(mapping):
        return
    raise UserError(
        f"الورقة «{sheet}» ليس فيها عمود للاسم. أضف في صف العناوين (الصف {header_row}) عمود "
        "«الاسم الرباعي»، أو الأعمدة «الاسم الأول» و«اسم الأب» و«اسم الجد» و«اللقب».",
        f"Sheet '{sheet}' has no name column. Add 'الاسم الرباعي' (full name) or the separate "
        f"name columns to the header row (row {header_row}).",
    )


@dataclass(frozen=True)
class SheetPreview:
    """What the import wizard shows before reading the rows."""

    sheets: list[str]
    sheet: str
    header_row: int
    headings: tuple[str, ...]
    mapping: dict[int, str]  # sheet column → column key
    unmapped: list[str]
    sample: list[tuple[CellValue, ...]]
    columns: tuple[Column, ...]


def preview_sheet(
    path: Path | str,
    *,
    sheet: str | None = None,
    overrides: Mapping[str, str | None] | None = None,
    rows: int = 5,
) -> SheetPreview:
    """The chosen sheet's header, how each heading was understood, and a few rows."""
    columns = staff_columns()
    with OpenWorkbook(Path(path)) as book:
        sheets = [ws.title for ws in book.worksheets]
    with open_sheet(path, columns, sheet=sheet, overrides=overrides) as reader:
        sample: list[tuple[CellValue, ...]] = []
        for _row, _values in reader.rows():
            sample.append(reader.current_cells)
            if len(sample) >= rows:
                break
        return SheetPreview(
            sheets,
            reader.sheet_name,
            reader.header_row,
            reader.headings,
            {pos: key for key, pos in reader.mapping.items()},
            list(reader.unmapped_headings),
            sample,
            columns,
        )


# --- export ----------------------------------------------------------------------------


def export_staff(
    ctx: AppContext,
    path: Path | str,
    *,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """The register as a right-to-left workbook that imports back unchanged."""
    ctx.require(Permission.STAFF_READ)
    with ctx.session() as session:
        total = session.query(Employee).filter(Employee.deleted.is_(False)).count()
        place = municipality_name(session, ctx.station.municipality_code or "") or ""
    titles = [
        f"بلدية {place}" if place else "وزارة الحكم المحلي",
        f"سجل العاملين — تاريخ التصدير {format_date(dt.date.today())}",
    ]
    rows = register_rows(ctx)
    return write_workbook(
        path,
        staff_columns(),
        rows,
        sheet_title="سجل العاملين",
        title_lines=titles,
        total=total,
        progress=progress,
        cancel=cancel,
    )
