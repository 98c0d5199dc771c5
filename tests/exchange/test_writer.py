"""Exports: right to left, formats, formulas blocked, and export → import gives the same values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from baladiya_desktop.exchange import (
    MONEY_FORMAT,
    read_sheet,
    write_template,
    write_workbook,
)
from tests.exchange.sample import STAFF_COLUMNS

ROWS: list[dict[str, Any]] = [
    {
        "national_number": "119801234567",
        "name": "علي محمد",
        "grade": 8,
        "hired_on": date(2010, 9, 15),
        "salary": 1_234_500,
        "employment": "قار",
        "unit": "الشؤون الإدارية",
    },
    {
        "national_number": "219900000001",
        "name": "فاطمة علي",
        "grade": 15,
        "hired_on": None,
        "salary": 0,
        "employment": "عقد",
        "unit": "المالية",
    },
]
EVIL = ["=1+1", '=HYPERLINK("http://x","y")', "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"]


def test_export_layout_and_formats(tmp_path: Path) -> None:
    path = tmp_path / "staff.xlsx"
    written = write_workbook(
        path, STAFF_COLUMNS, ROWS, title_lines=["بلدية طرابلس المركز", "تاريخ التصدير 01/02/2025"]
    )
    assert written == 2
    ws = load_workbook(path).active
    assert ws.title == "البيانات"
    assert ws.sheet_view.rightToLeft is True
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == "A3:G5"
    assert ws["A1"].value == "بلدية طرابلس المركز" and ws["A1"].font.b
    header = ws[3]
    assert [c.value for c in header] == [c.title_ar for c in STAFF_COLUMNS]
    assert all(c.font.b and c.fill.fgColor.rgb.endswith("D9E1F2") for c in header)
    assert ws.column_dimensions["B"].width == 30
    assert ws["A4"].value == "119801234567" and ws["A4"].data_type == "s"
    assert ws["D4"].is_date and ws["D4"].number_format == "dd/mm/yyyy"
    assert ws["D4"].value.date() == date(2010, 9, 15)
    assert ws["E4"].value == Decimal("1234.5") or ws["E4"].value == 1234.5
    assert ws["E4"].number_format == MONEY_FORMAT
    assert ws["D5"].value is None


def test_formula_injection_is_blocked(tmp_path: Path) -> None:
    path = tmp_path / "evil.xlsx"
    rows = [{"national_number": "119801234567", "name": text, "unit": text} for text in EVIL]
    write_workbook(path, STAFF_COLUMNS, rows, title_lines=["=2*3"])
    ws = load_workbook(path).active
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    names = [ws.cell(row=r, column=2) for r in range(3, 3 + len(EVIL))]
    # XML reads a stored CR as LF; the text is otherwise exactly what was exported.
    shown = [text.replace("\r", "\n") for text in EVIL]
    assert [c.value for c in names] == shown
    assert all(c.quotePrefix for c in names)
    assert ws["A1"].value == "=2*3" and ws["A1"].data_type == "s"
    plain = load_workbook(path, read_only=True, data_only=False).active
    assert [r[1] for r in plain.iter_rows(min_row=3, values_only=True)] == shown


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "round.xlsx"
    write_workbook(path, STAFF_COLUMNS, ROWS, title_lines=["بلدية طرابلس المركز"])
    parsed = read_sheet(path, STAFF_COLUMNS, dict)
    assert parsed.ok and parsed.result.notes == []
    back = [
        {k: (v.value if hasattr(v, "ambiguous") else v) for k, v in p.record.items()}
        for p in parsed.rows
    ]
    assert back == [
        {**r, "employment": {"قار": "permanent", "عقد": "contract"}[r["employment"]]} for r in ROWS
    ]


def test_template(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path, STAFF_COLUMNS, title_lines=["قالب استيراد الموظفين"])
    book = load_workbook(path)
    data, notes = book.worksheets
    assert data.sheet_view.rightToLeft and notes.sheet_view.rightToLeft
    assert [c.value for c in data[2]] == [c.title_ar for c in STAFF_COLUMNS]
    rows = list(notes.iter_rows(values_only=True))
    assert rows[0] == ("العمود", "مطلوب", "الشرح", "العنوان بالإنجليزية")
    assert rows[1][:2] == ("الرقم الوطني", "نعم")
    assert "المرتب الأساسي" in rows[5][2]
    parsed = read_sheet(path, STAFF_COLUMNS, dict)  # an empty template imports nothing
    assert parsed.rows == [] and parsed.ok


def test_export_overwrites_atomically(tmp_path: Path) -> None:
    path = tmp_path / "staff.xlsx"
    path.write_bytes(b"old")
    write_workbook(path, STAFF_COLUMNS, iter(ROWS))
    assert load_workbook(path).active.max_row == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["staff.xlsx"]
