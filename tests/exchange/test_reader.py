"""Finding the sheet, the header and the data rows of messy workbooks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from baladiya_desktop.core.errors import Cancelled
from baladiya_desktop.core.progress import CancelToken
from baladiya_desktop.exchange import Column, open_sheet
from tests.exchange.sample import HEADINGS, STAFF_COLUMNS, set_cached_value, workbook

MESSY_HEADINGS = [
    "الرقم الوطنى",
    "الاسم الرباعي",
    "الدرجة",
    "تاريخ التعيين",
    "المرتب الأساسي (د.ل)",
    "نوع التوظيف",
    "الإدارة",
    "ملاحظات",
]
MESSY_ROWS: list[list[Any]] = [
    ["بلدية طرابلس المركز", None, None, None, None, None, None, None],  # 1, merged
    ["كشف الموظفين لسنة 2024"],  # 2, merged
    [],  # 3
    MESSY_HEADINGS,  # 4
    [
        "١١٩٨٠١٢٣٤٥٦٧",
        "علي محمد",
        "الدرجة ٨",
        "15/09/2010",
        "1,234.500",
        "قار",
        "الشؤون الإدارية",
        "x",
    ],  # 5
    [219900000001, " فاطمة  علي ", 9.0, datetime(2011, 1, 2), 2000, "عقد", None],  # 6
    [None, "  ", None],  # 7: blank (spaces only)
    ["119851234567", "سالم", "ثمانية", "31/02/2010", "abc", "مؤقت", "المالية"],  # 8
    ["119901234567", "", 5, None, None, None, None],  # 9
    ["119951234567", "خالد", 7, "09/15/2012", "=E5*2", "ندب", None],  # 10
    ["المجموع", None, None, None, "=SUM(E5:E10)", None, None],  # 11
    ["119801234568", "عمر", 10, "01/01/2015", "=E6+1", "قار", "الخدمات"],  # 12
    ["119801234569", "علي الجمالي", 11, "2016-03-04", 3000, "قار", None],  # 13
]


def messy_workbook(tmp_path: Path) -> Path:
    path = workbook(tmp_path / "messy.xlsx", MESSY_ROWS, merge=["A1:H1", "A2:H2", "G5:G6"])
    set_cached_value(path, "SUM(E5:E10)", "5234.5")
    set_cached_value(path, "E6+1", "2001")
    return path


def test_messy_sheet_header_rows_and_skips(tmp_path: Path) -> None:
    with open_sheet(messy_workbook(tmp_path), STAFF_COLUMNS) as reader:
        assert reader.sheet_name == "الموظفون"
        assert reader.header_row == 4
        assert reader.mapping == {
            "national_number": 0,
            "name": 1,
            "grade": 2,
            "hired_on": 3,
            "salary": 4,
            "employment": 5,
            "unit": 6,
        }
        assert reader.unmapped_headings == ["ملاحظات"]
        assert reader.headings[7] == "ملاحظات"
        rows = dict(reader.rows())
        assert list(rows) == [5, 6, 8, 9, 10, 12, 13]
        assert [(e.row, e.reason_en) for e in reader.skipped] == [
            (11, "Row skipped: a totals row, not data.")
        ]
        assert [(n.row, n.column) for n in reader.notes] == [(10, "salary")]
        assert "معادلة لم تُحسب" in reader.notes[0].reason_ar
    assert rows[5]["national_number"] == "١١٩٨٠١٢٣٤٥٦٧"
    assert rows[6]["hired_on"] == datetime(2011, 1, 2)
    assert rows[6]["unit"] == "الشؤون الإدارية"  # merged down: filled from above
    assert rows[9]["name"] is None  # empty text is empty
    assert rows[10]["salary"] is None  # formula without a saved value
    assert rows[10]["unit"] == "المالية"
    assert rows[12]["salary"] == 2001  # formula with Excel's saved value
    assert rows[13]["name"] == "علي الجمالي"  # a name, not a totals word


def test_current_cells_hold_the_whole_sheet_row(tmp_path: Path) -> None:
    with open_sheet(messy_workbook(tmp_path), STAFF_COLUMNS) as reader:
        for number, _ in reader.rows():
            if number == 5:
                assert reader.current_cells[7] == "x"
                break


@pytest.mark.parametrize(
    "headings",
    [
        ["National number", "Name", "Grade"],
        ["الرقم الوطني\nNational No.", "الاسم", "الدرجة *"],
        ["رقم وطني:", "الأسم", "الدرجه"],
    ],
)
def test_heading_variants(tmp_path: Path, headings: list[str]) -> None:
    path = workbook(tmp_path / "v.xlsx", [headings, ["119801234567", "علي", 8]])
    with open_sheet(path, STAFF_COLUMNS) as reader:
        assert reader.mapping == {"national_number": 0, "name": 1, "grade": 2}
        assert list(reader.rows()) == [
            (2, {"national_number": "119801234567", "name": "علي", "grade": 8})
        ]


def test_header_deep_in_the_sheet_and_row_numbers(tmp_path: Path) -> None:
    rows: list[list[Any]] = [[f"سطر {i}"] for i in range(1, 20)]
    path = workbook(tmp_path / "deep.xlsx", [*rows, HEADINGS, [], [], ["119801234567", "علي", 8]])
    with open_sheet(path, STAFF_COLUMNS) as reader:
        assert reader.header_row == 20
        assert [n for n, _ in reader.rows()] == [23]


def test_header_below_the_scanned_rows_is_not_found(tmp_path: Path) -> None:
    rows: list[list[Any]] = [[f"سطر {i}"] for i in range(1, 32)]
    path = workbook(tmp_path / "deeper.xlsx", [*rows, HEADINGS])
    with pytest.raises(Exception, match="No header row"):
        open_sheet(path, STAFF_COLUMNS)


def test_overrides_map_and_ignore_headings(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "o.xlsx",
        [["رقم القيد", "الاسم", "الدرجة", "الإدارة"], ["119801234567", "علي", 8, "المالية"]],
    )
    with open_sheet(path, STAFF_COLUMNS) as reader:
        assert reader.unmapped_headings == ["رقم القيد"]
        assert [c.key for c in reader.missing_columns] == ["national_number"]
    overrides = {"رقم القيد": "national_number", "الادارة": None}
    with open_sheet(path, STAFF_COLUMNS, overrides=overrides) as reader:
        assert reader.mapping == {"national_number": 0, "name": 1, "grade": 2}
        assert [v["national_number"] for _, v in reader.rows()] == ["119801234567"]
    with pytest.raises(ValueError, match="unknown column"):
        open_sheet(path, STAFF_COLUMNS, overrides={"x": "nope"})


def two_sheet_book(path: Path) -> Path:
    book = Workbook()
    notes = book.active
    notes.title = "تعليمات"
    notes.append(["املأ الورقة التالية"])
    data = book.create_sheet("الموظفين")
    data.append(HEADINGS)
    data.append(["119801234567", "علي", 8])
    hidden = book.create_sheet("قوائم")
    hidden.append(HEADINGS)
    hidden.sheet_state = "hidden"
    book.save(path)
    return path


def test_first_sheet_with_a_header_is_chosen(tmp_path: Path) -> None:
    with open_sheet(two_sheet_book(tmp_path / "two.xlsx"), STAFF_COLUMNS) as reader:
        assert reader.sheet_name == "الموظفين"


def test_sheet_by_name_tolerates_spelling(tmp_path: Path) -> None:
    path = two_sheet_book(tmp_path / "two.xlsx")
    with open_sheet(path, STAFF_COLUMNS, sheet="قوائم") as reader:
        assert reader.sheet_name == "قوائم" and list(reader.rows()) == []
    with open_sheet(path, STAFF_COLUMNS, sheet=" الموظفين") as reader:
        assert reader.sheet_name == "الموظفين"
    with pytest.raises(Exception, match="No header row found in sheet 'تعليمات'"):
        open_sheet(path, STAFF_COLUMNS, sheet="تعليمات")


@pytest.mark.parametrize(
    ("row", "is_total"),
    [
        (["الإجمالي", None, 5, 6], True),
        (["total", 1, 2], True),
        ([None, "اجمالى:", "1,200.000"], True),
        (["Grand Total", "", 10], True),
        (["المجموع"], True),
        (["119801234567", "مجموعة الصيانة", 8, 100], False),
        (["الجمالي", "علي", "المالية", 3], False),
        (["الإجمالي", "ملاحظة", "أخرى", 3], False),
    ],
)
def test_total_rows(row: list[Any], is_total: bool) -> None:
    from baladiya_desktop.exchange.sheet_rows import is_total_row

    assert is_total_row(row) is is_total


def test_progress_and_cancel(tmp_path: Path) -> None:
    rows = [HEADINGS, *(["119801234567", f"موظف {i}", 8] for i in range(1200))]
    path = workbook(tmp_path / "many.xlsx", rows)
    seen: list[tuple[int, int]] = []
    with open_sheet(path, STAFF_COLUMNS) as reader:
        assert sum(1 for _ in reader.rows(progress=lambda d, t, label="": seen.append((d, t))))
    assert seen[0] == (500, 1200) and seen[-1] == (1200, 1200)
    token = CancelToken()
    token.cancel()
    with open_sheet(path, STAFF_COLUMNS) as reader, pytest.raises(Cancelled):
        for _ in reader.rows(cancel=token):
            pass


def test_single_column_sheet(tmp_path: Path) -> None:
    columns = [Column("name", "الاسم", "Name")]
    path = workbook(tmp_path / "one.xlsx", [["الاسم"], ["علي"]])
    with open_sheet(path, columns) as reader:
        assert list(reader.rows()) == [(2, {"name": "علي"})]
