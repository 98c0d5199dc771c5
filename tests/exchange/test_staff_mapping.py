"""The staff sheet: headings as municipalities write them, cells in any digits and date order,
names in one cell or four, every refusal with its Excel row number and an Arabic reason.

``messy_workbook`` is shared with the domain, CLI and GUI tests of the staff import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.domain.org import service as org_service
from baladiya_desktop.domain.org.service import PostInput, UnitInput
from baladiya_desktop.domain.staff.records import build_input
from baladiya_desktop.domain.staff.spelling import name_parts, split_four_part_name
from baladiya_desktop.exchange import open_sheet
from baladiya_desktop.exchange.mappings.staff import (
    parse_grade,
    preview_sheet,
    staff_columns,
)

TODAY = dt.date.today()
HEADER = ["م", "الرقم الوطنى", "الاسم الرباعي", "الجنس", "تاريخ الميلاد", "المؤهل العلمي",
          "تاريخ التعيين", "الدرجة", "الإدارة", "المسمى الوظيفي"]  # fmt: skip
FUTURE = f"01/01/{TODAY.year + 3}"
# Excel row → (cells after «م»); rows 1–2 are titles, 3 is blank, 4 the header.
MESSY: dict[int, list[Any]] = {
    5: ["١١٩٨٥٠١٢٣٤٥٦", "أحمد عبد الله محمد الورفلي", "ذكر", "02/04/1985", "بكالوريوس",
        dt.date(2010, 1, 3), "الدرجة 8", "إدارة الشؤون المالية", "محاسب"],
    6: [219900654321, "فاطمة علي أبو بكر بن غلبون", "", "1990/06/06م", "ثانوية",
        "١٥/٠٩/٢٠١٢", "٦", "FIN", "كاتبة"],
    7: ["1 1987 000111 2", "خالد سالم المصراتي", "", dt.date(1987, 3, 1), "دبلوم متوسط",
        "01-01-2010", 7, "", ""],
    9: ["12345", "سالم علي محمد الككلي", "ذكر", "", "", "", 5, "", ""],
    10: ["119880000010", "مريم سالم علي الزوي", "أنثى", "01/01/1988", "", "", 5, "", ""],
    11: ["119900000011", "علي سالم محمد الزوي", "ذكر", "01/01/1985", "", "", 5, "", ""],
    12: ["119900000012", "", "ذكر", "", "", "", 5, "", ""],
    13: ["119900000013", "عمر سالم محمد الزوي", "ذكر", FUTURE, "", "", 5, "", ""],
    14: ["119900000014", "نوري سالم محمد الزوي", "ذكر", "01/01/1990", "", "01/01/1989", 5,
         "", ""],
    15: ["119900000015", "طارق سالم محمد الزوي", "ذكر", "", "", "", 16, "", ""],
    16: ["119910000016", "هدى سالم محمد الزوي", "", "", "", "", 5, "", ""],
    17: ["119910000016", "هدى سالم محمد الزاوي", "", "", "", "", 5, "", ""],
    18: ["المجموع", "", "", "", "", "", 42, "", ""],
}  # fmt: skip
GOOD_ROWS = {5, 6, 7}
REASONS = {  # row → words its reason must contain
    9: ("العمود «الرقم الوطني»", "12 رقماً"),
    10: ("العمود «الرقم الوطني»", "ذكر", "أنثى"),
    11: ("العمود «الرقم الوطني»", "لا توافق سنة الميلاد"),
    12: ("العمود «الاسم الرباعي»", "فارغ"),
    13: ("العمود «تاريخ الميلاد»", "في المستقبل"),
    14: ("العمود «تاريخ التعيين»", "قبل تاريخ الميلاد"),
    15: ("العمود «الدرجة»", "خارج جدول الدرجات"),
    16: ("الرقم الوطني «119910000016» مكرر في الملف", "16، 17"),
    17: ("مكرر في الملف", "16، 17"),
}


def write_sheet(path: Path, rows: Iterable[Sequence[Any]], *, title: str = "العاملين",
                merge: Sequence[str] = ()) -> Path:  # fmt: skip
    book = Workbook()
    ws = book.active
    ws.title = title
    ws.sheet_view.rightToLeft = True
    for row in rows:
        ws.append(list(row))
    for cells in merge:
        ws.merge_cells(cells)
    book.save(path)
    return path


def messy_workbook(path: Path, extra: dict[int, list[Any]] | None = None) -> Path:
    """Two title rows, a blank row, the header on row 4, then MESSY (with its blank row 8)."""
    data = {**MESSY, **(extra or {})}
    rows: list[list[Any]] = [["بلدية طرابلس المركز"], ["كشف بأسماء العاملين 2024"], [], HEADER]
    for number in range(5, max(data) + 1):
        cells = data.get(number)
        serial = number - 4 if cells and cells[0] != "المجموع" else None
        rows.append([] if cells is None else [serial, *cells])
    return write_sheet(path, rows, merge=["A1:J1"])


def add_units(admin: AppContext) -> AppContext:
    """The unit MESSY names (by name and by code) with the post «محاسب»."""
    unit = org_service.add_unit(admin, UnitInput("FIN", "إدارة الشؤون المالية", "department"))
    org_service.add_post(admin, unit, PostInput("محاسب", 6, 10, 2))
    return admin


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("أحمد عبد الله محمد الورفلي", ("أحمد", "عبد الله", "محمد", "الورفلي")),
        ("أبو بكر  نور الدين عبدالسلام بو شعالة", ("أبو بكر", "نور الدين", "عبدالسلام",
                                                   "بو شعالة")),
        ("فاطمة علي أبو بكر بن غلبون", ("فاطمة", "علي", "أبو بكر", "بن غلبون")),
        ("سيف الإسلام جاد الله الهادي الحاج علي", ("سيف الإسلام", "جاد الله", "الهادي",
                                                    "الحاج علي")),
        ("خالد سالم المصراتي", ("خالد", "سالم", "", "المصراتي")),
    ],
)  # fmt: skip
def test_four_part_names_keep_compound_names_whole(written: str, parts: tuple[str, ...]) -> None:
    assert split_four_part_name(written) == parts


def test_a_two_word_name_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        split_four_part_name("سالم علي")
    assert "ناقص" in caught.value.message_ar
    assert name_parts("عبد الرحمن") == ["عبد الرحمن"]


@pytest.mark.parametrize("cell", [8, 8.0, "8", "٨", "۸", "الدرجة 8", "الثامنة", "الدرجة الثامنة"])
def test_grades_as_clerks_write_them(cell: object) -> None:
    assert parse_grade(cell) == 8  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", [0, 16, "٢٠", "ممتاز"])
def test_grades_outside_the_table(cell: object) -> None:
    with pytest.raises(ValidationError):
        parse_grade(cell)  # type: ignore[arg-type]


def test_header_found_under_titles_and_spelling_variants(tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "staff.xlsx")
    with open_sheet(path, staff_columns()) as reader:
        assert reader.header_row == 4
        for key in ("national_number", "full_name", "sex", "birth_date", "qualification",
                    "hire_date", "grade", "unit", "job_title"):  # fmt: skip
            assert key in reader.mapping, key
        assert reader.unmapped_headings == ["م"]


@pytest.mark.parametrize(
    "heading",
    ["الرقم الوطني", "الرقم الوطنى", "الرقم الوطني *", "رقم وطني:", "الرقم الوطني (12 رقماً)"],
)
def test_national_number_heading_variants(tmp_path: Path, heading: str) -> None:
    path = write_sheet(tmp_path / "s.xlsx", [[heading, "الاسم الرباعي"], ["119850123456", "x"]])
    with open_sheet(path, staff_columns()) as reader:
        assert reader.mapping["national_number"] == 0


def test_separate_name_columns(tmp_path: Path) -> None:
    header = ["الرقم الوطني", "الاسم الأول", "اسم الأب", "اسم الجد", "اللقب", "اسم الأم"]
    path = write_sheet(tmp_path / "s.xlsx", [header, ["119850123456", "أحمد", "عبد الله",
                                                      "محمد", "الورفلي", "زينب علي"]])  # fmt: skip
    preview = preview_sheet(path)
    assert set(preview.mapping.values()) >= {"first_name", "father_name", "grandfather_name",
                                             "family_name", "mother_name"}  # fmt: skip
    assert preview.sample[0][1] == "أحمد"


def test_build_derives_sex_from_the_national_number() -> None:
    data = build_input({"national_number": "219900654321", "full_name": "فاطمة علي سالم الزوي"})
    assert (data.sex, data.first_name, data.family_name) == ("F", "فاطمة", "الزوي")


def test_preview_lets_the_clerk_map_an_unknown_heading(tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "s.xlsx",
        [["رقم القيد", "الاسم الرباعي", "ملاحظات"], ["119850123456", "أحمد علي محمد الزوي", "x"]],
    )
    with pytest.raises(Exception, match=r"header|العناوين"):
        preview_sheet(path, rows=1)  # one known heading is not a header row
    preview = preview_sheet(path, overrides={"رقم القيد": "national_number"})
    assert preview.mapping == {0: "national_number", 1: "full_name"}
    assert preview.unmapped == ["ملاحظات"]


def test_export_columns_read_back_as_the_same_columns(tmp_path: Path) -> None:
    from baladiya_desktop.exchange import write_template

    write_template(tmp_path / "t.xlsx", staff_columns())
    book = load_workbook(tmp_path / "t.xlsx", read_only=True)
    titles = [c.value for c in next(book.worksheets[0].iter_rows(max_row=1))]
    book.close()
    with open_sheet(tmp_path / "t.xlsx", staff_columns()) as reader:
        assert len(reader.mapping) == len(titles) == len(staff_columns())
