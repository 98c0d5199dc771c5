"""A staff-like sheet declaration and helpers that build messy workbooks for the tests."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from baladiya_desktop.exchange import (
    Column,
    date_column,
    enum_parser,
    int_between,
    money_column,
    national_number_column,
)

EMPLOYMENT = enum_parser(
    {
        "permanent": ("قار", "appointment", "تعيين"),
        "contract": ("عقد", "contract"),
        "secondment": ("ندب", "secondment"),
    }
)

STAFF_COLUMNS: tuple[Column, ...] = (
    national_number_column(required=True),
    Column("name", "الاسم", "Name", aliases=("الاسم الرباعي",), required=True, width=30),
    Column("grade", "الدرجة", "Grade", parse=int_between(1, 15), required=True),
    date_column("hired_on", "تاريخ التعيين", "Hire date"),
    money_column("salary", "المرتب", "Salary", aliases=("المرتب الأساسي",)),
    Column("employment", "نوع التوظيف", "Employment type", parse=EMPLOYMENT),
    Column("unit", "الإدارة", "Department", fill_down=True),
)

HEADINGS = ["الرقم الوطني", "الاسم", "الدرجة", "تاريخ التعيين", "المرتب", "نوع التوظيف", "الإدارة"]


def workbook(
    path: Path, rows: Iterable[Sequence[Any]], *, title: str = "الموظفون", merge: Sequence[str] = ()
) -> Path:
    """Save ``rows`` (lists of cell values, row 1 first) to ``path``; merge the given ranges."""
    book = Workbook()
    ws = book.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
    for cells in merge:
        ws.merge_cells(cells)
    book.save(path)
    return path


def set_cached_value(path: Path, formula: str, value: str) -> None:
    """Give a formula openpyxl wrote the cached result Excel would have saved."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    before = f"<f>{formula}</f><v />"
    assert before in sheet, sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
        before, f"<f>{formula}</f><v>{value}</v>"
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
