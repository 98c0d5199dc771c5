"""The most a workbook may hold before the reader refuses it, and the refusals' words.

A hostile or broken file must not exhaust memory or time: a 1 MB xlsx can unpack to a
gigabyte, a sheet can store millions of empty rows, a cell can hold a gigabyte of text. Each
limit is checked before openpyxl parses the part it guards (docs/exchange.md). The values are
generous for a municipality's real sheets; a file beyond them was not made by a person in
Excel, or needs splitting.
"""

from __future__ import annotations

from baladiya_desktop.core.errors import UserError

__all__ = [
    "MAX_BLANK_RUN",
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "MAX_COMPRESSION_RATIO",
    "MAX_FILE_BYTES",
    "MAX_PARTS",
    "MAX_PART_BYTES",
    "MAX_ROWS",
    "MAX_ROW_ELEMENTS",
    "MAX_SHARED_STRINGS",
    "MAX_STRUCTURE_PART_BYTES",
    "RATIO_FROM_BYTES",
    "damaged",
]

MB = 1024 * 1024

MAX_FILE_BYTES = 50 * MB  # the xlsx file itself
MAX_PART_BYTES = 200 * MB  # one part of the zip, unpacked (a sheet, the shared strings)
# Parts openpyxl reads whole into a tree (workbook, styles, relationships, properties): a tree
# takes ten times its XML, so these get less room than the streamed sheets and strings.
MAX_STRUCTURE_PART_BYTES = 20 * MB
MAX_COMPRESSION_RATIO = 100  # unpacked / packed, for parts over RATIO_FROM_BYTES
RATIO_FROM_BYTES = 1 * MB
MAX_PARTS = 10_000  # files inside the zip
MAX_ROWS = 1_000_000  # Excel's own limit is 1,048,576
MAX_COLUMNS = 200
MAX_CELL_CHARS = 32_767  # Excel's own limit; the longest field the app keeps is 4,000
MAX_BLANK_RUN = 1_000  # empty rows in a row after which the rest of a sheet is not read
MAX_SHARED_STRINGS = 2_000_000  # openpyxl keeps the workbook's whole string table in memory
MAX_ROW_ELEMENTS = 100_000  # XML elements in one row (openpyxl builds a row as a tree)

_RESAVE_AR = "افتحه في Excel واحفظه من جديد بصيغة xlsx ثم أعد المحاولة."
_RESAVE_EN = "Open it in Excel, save it again as .xlsx and try again."


def damaged(name: str, detail_ar: str = "", detail_en: str = "") -> UserError:
    """«الملف تالف»: the file cannot be read as a workbook; ``detail`` says what was wrong."""
    why_ar = f" ({detail_ar})" if detail_ar else ""
    why_en = f" ({detail_en})" if detail_en else ""
    return UserError(
        f"الملف «{name}» تالف أو لم يُحفظ كاملاً ولا يمكن قراءته{why_ar}. {_RESAVE_AR}",
        f"The file '{name}' is damaged or incomplete and cannot be read{why_en}. {_RESAVE_EN}",
    )


def megabytes(size: int) -> str:
    return f"{size / MB:,.1f}"


def file_too_big(name: str, size: int) -> UserError:
    limit = MAX_FILE_BYTES // MB
    return UserError(
        f"حجم الملف «{name}» {megabytes(size)} ميغابايت، والحد {limit} ميغابايت. قسّم البيانات "
        "على ملفات أصغر (مثلاً ملف لكل إدارة) واستورد كل ملف وحده.",
        f"The file '{name}' is {megabytes(size)} MB; the limit is {limit} MB. Split the data "
        "into smaller files (one per department, say) and import each one.",
    )


def part_too_big(name: str, part: str, size: int, limit: int) -> UserError:
    return UserError(
        f"الملف «{name}» يحوي جزءاً ({part}) حجمه بعد فك الضغط {megabytes(size)} ميغابايت، "
        f"والحد {limit // MB} ميغابايت. قسّم البيانات على ملفات أصغر، أو افتحه في Excel واحفظه "
        "من جديد إن لم يكن فيه هذا القدر من البيانات.",
        f"The file '{name}' holds a part ({part}) of {megabytes(size)} MB unpacked; the limit "
        f"is {limit // MB} MB. Split the data into smaller files, or open it in Excel and "
        "save it again if it does not hold that much data.",
    )


def too_compressed(name: str, part: str, ratio: float) -> UserError:
    return UserError(
        f"الملف «{name}» مضغوط بنسبة غير معتادة ({ratio:,.0f} إلى 1 في {part}، والحد "
        f"{MAX_COMPRESSION_RATIO} إلى 1)، وهذا من علامات الملفات المفخخة. {_RESAVE_AR}",
        f"The file '{name}' is compressed unusually hard ({ratio:,.0f} to 1 in {part}; the "
        f"limit is {MAX_COMPRESSION_RATIO} to 1), a mark of a hostile file. {_RESAVE_EN}",
    )


def too_many_parts(name: str, count: int) -> UserError:
    return damaged(
        name,
        f"فيه {count:,} جزءاً والحد {MAX_PARTS:,}",
        f"it holds {count:,} parts; the limit is {MAX_PARTS:,}",
    )


def too_many_rows(name: str, sheet: str) -> UserError:
    return UserError(
        f"الورقة «{sheet}» في الملف «{name}» فيها أكثر من {MAX_ROWS:,} صف، وهو أكبر عدد يقرؤه "
        "البرنامج. قسّم الصفوف على أكثر من ملف واستورد كل ملف وحده.",
        f"Sheet '{sheet}' of the file '{name}' has more than {MAX_ROWS:,} rows, the most the "
        "app reads. Split the rows into several files and import each one.",
    )


def rows_past_limit(name: str, sheet: str, last: int) -> UserError:
    return UserError(
        f"الورقة «{sheet}» في الملف «{name}» تحفظ صفوفاً بعد الصف {MAX_ROWS:,} (ولو فارغة، "
        f"كتنسيق مُدّ إلى آخر الورقة)، وهو أكبر عدد يقرؤه البرنامج. آخر صف فيه بيانات هو "
        f"{last}: احذف الصفوف التي تحته (حددها ثم زر الفأرة الأيمن ← حذف)، واحفظ الملف ثم أعد "
        "المحاولة.",
        f"Sheet '{sheet}' of the file '{name}' stores rows past row {MAX_ROWS:,} (empty ones "
        f"too, such as formatting carried to the bottom of the sheet), the most the app reads. "
        f"The last row with data is {last}: delete the rows below it (select them, right-click "
        "> Delete), save the file and try again.",
    )


def too_many_columns(name: str, sheet: str, row: int, column: str) -> UserError:
    return UserError(
        f"الورقة «{sheet}» في الملف «{name}» فيها بيانات في العمود {column} (الصف {row})، "
        f"والحد {MAX_COLUMNS} عموداً. احذف الأعمدة الزائدة أو انقل البيانات إلى ورقة جديدة فيها "
        "الأعمدة المطلوبة فقط.",
        f"Sheet '{sheet}' of the file '{name}' has data in column {column} (row {row}); the "
        f"limit is {MAX_COLUMNS} columns. Delete the extra columns, or copy the needed columns "
        "to a new sheet.",
    )


def cell_too_long(name: str, where_ar: str, where_en: str) -> UserError:
    return UserError(
        f"الملف «{name}» فيه خانة ({where_ar}) أطول من {MAX_CELL_CHARS:,} حرف، وهو أقصى ما "
        "يقبله Excel نفسه، فالملف لم يُحفظ من Excel أو هو تالف. احذف هذا النص أو اختصره، "
        f"أو {_RESAVE_AR}",
        f"The file '{name}' has a cell ({where_en}) longer than {MAX_CELL_CHARS:,} characters, "
        "Excel's own limit, so it was not saved by Excel or is damaged. Delete or shorten that "
        f"text, or: {_RESAVE_EN}",
    )


def too_many_strings(name: str) -> UserError:
    return UserError(
        f"الملف «{name}» فيه أكثر من {MAX_SHARED_STRINGS:,} نص مختلف، وهو أكبر عدد يقرؤه "
        "البرنامج. قسّم البيانات على ملفات أصغر واستورد كل ملف وحده.",
        f"The file '{name}' holds more than {MAX_SHARED_STRINGS:,} different texts, the most "
        "the app reads. Split the data into smaller files and import each one.",
    )
