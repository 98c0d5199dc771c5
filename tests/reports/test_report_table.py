"""Right-to-left tables: reversed columns, wrapping cells, repeated header, totals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from baladiya_desktop.reports.paragraph import ArabicParagraph
from baladiya_desktop.reports.table import EMPTY_TABLE_TEXT, format_cell, rtl_table
from tests.reports.pdftools import pdf_lines, pdf_text

HEADER = ["م", "الاسم", "الوظيفة", "المرتب"]
WIDTHS = [40.0, 200.0, 120.0, 90.0]


def _build(tmp_path: Path, table: object) -> Path:
    path = tmp_path / "table.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def test_columns_are_reversed_and_numbers_formatted() -> None:
    table = rtl_table(
        HEADER, [[1, "محمد علي", "محاسب", 1250500]], WIDTHS, totals=["", "الإجمالي", "", 1250500]
    )
    header_row = [cell.text for cell in table._cellvalues[0]]
    assert header_row == list(reversed(HEADER))  # the first column is the right-most
    assert table._argW == list(reversed(WIDTHS))
    body = [cell.text for cell in table._cellvalues[1]]
    assert body == ["1,250,500", "محاسب", "محمد علي", "1"]
    totals = table._cellvalues[2]
    assert totals[0].text == "1,250,500" and totals[2].text == "الإجمالي"
    assert totals[2].style.font.endswith("Bold")
    assert format_cell(None) == "" and format_cell(3.5) == "3.5"


def test_cells_wrap_inside_their_column(tmp_path: Path) -> None:
    long_name = "عبد الرحمن محمد عبد السلام الفيتوري " * 4
    table = rtl_table(HEADER, [[1, long_name, "محاسب", 10]], WIDTHS)
    name_cell = table._cellvalues[1][2]
    assert isinstance(name_cell, ArabicParagraph) and len(name_cell.lines(194)) > 1
    path = _build(tmp_path, table)
    assert "الفيتوري" in pdf_text(path)


def test_empty_table_says_so(tmp_path: Path) -> None:
    path = _build(tmp_path, rtl_table(HEADER, [], WIDTHS))
    lines = pdf_lines(path)
    assert EMPTY_TABLE_TEXT in lines
    assert any("الاسم" in line for line in lines)


def test_bad_shapes_are_refused() -> None:
    with pytest.raises(ValueError, match="widths"):
        rtl_table(HEADER, [], [10.0])
    with pytest.raises(ValueError, match="cells"):
        rtl_table(HEADER, [[1, 2]], WIDTHS)


@pytest.mark.slow
def test_a_table_of_30_pages_repeats_its_header(tmp_path: Path) -> None:
    rows: list[list[str | int]] = [
        [n, f"الموظف رقم {n}", "موظف إداري", 900000 + n] for n in range(1, 1401)
    ]
    path = _build(tmp_path, rtl_table(HEADER, rows, WIDTHS, totals=["", "الإجمالي", "", 0]))
    pages = len(PdfReader(str(path)).pages)
    assert pages >= 30
    for page in (1, 2, pages // 2, pages):
        text = pdf_text(path, first=page, last=page)
        assert "الوظيفة" in text and "المرتب" in text  # the header row, on every page
    numbers = [int(m) for m in re.findall(r"الموظف رقم (\d+)", pdf_text(path, layout=True))]
    assert numbers == list(range(1, 1401))  # every row once, in order
    assert "الإجمالي" in pdf_text(path, first=pages, last=pages)
