"""Excel import and export engine shared by every area (see docs/exchange.md).

An area declares its sheet as a list of :class:`Column`; the engine finds the sheet and the
header in a messy workbook, parses and checks the rows, keeps the counts and reasons, and
writes right-to-left exports, templates and reports of refused rows. No Qt, no database.
"""

from baladiya_desktop.exchange.cells import (
    CellValue,
    Parser,
    digits_in,
    enum_parser,
    int_between,
    limited_text,
    parse_boolean,
    parse_date_cell,
    parse_integer,
    parse_money,
    parse_national_number,
    parse_optional_text,
    parse_positive_int,
    parse_text,
)
from baladiya_desktop.exchange.columns import (
    DATE_FORMAT,
    MONEY_FORMAT,
    TEXT_FORMAT,
    Column,
    boolean_column,
    bounded,
    date_column,
    heading_key,
    money_column,
    national_number_column,
)
from baladiya_desktop.exchange.pipeline import (
    ImportAborted,
    ImportPolicy,
    ParsedRow,
    ParsedSheet,
    RowOutcome,
    apply_rows,
    parse_sheet,
    read_sheet,
    unique_by,
)
from baladiya_desktop.exchange.reader import SheetReader, open_sheet
from baladiya_desktop.exchange.report import (
    ImportResult,
    RowError,
    SourceInfo,
    write_rejects_report,
)
from baladiya_desktop.exchange.workbook_file import OpenWorkbook, check_workbook_file
from baladiya_desktop.exchange.writer import write_template, write_workbook

__all__ = [
    "DATE_FORMAT",
    "MONEY_FORMAT",
    "TEXT_FORMAT",
    "CellValue",
    "Column",
    "ImportAborted",
    "ImportPolicy",
    "ImportResult",
    "OpenWorkbook",
    "ParsedRow",
    "ParsedSheet",
    "Parser",
    "RowError",
    "RowOutcome",
    "SheetReader",
    "SourceInfo",
    "apply_rows",
    "boolean_column",
    "bounded",
    "check_workbook_file",
    "date_column",
    "digits_in",
    "enum_parser",
    "heading_key",
    "int_between",
    "limited_text",
    "money_column",
    "national_number_column",
    "open_sheet",
    "parse_boolean",
    "parse_date_cell",
    "parse_integer",
    "parse_money",
    "parse_national_number",
    "parse_optional_text",
    "parse_positive_int",
    "parse_sheet",
    "parse_text",
    "read_sheet",
    "unique_by",
    "write_rejects_report",
    "write_template",
    "write_workbook",
]
