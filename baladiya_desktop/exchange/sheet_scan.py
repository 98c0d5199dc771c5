"""A first, cheap walk over a workbook's XML with expat, before openpyxl parses anything.

openpyxl builds each row (and the shared strings table, styles, relationships) as a tree, so
a hostile part can exhaust memory before a single row reaches us. These scanners stream a
part through expat, keeping counters only, and refuse what breaks :mod:`.limits`: a DOCTYPE
(entity bombs), an over-long cell, too many rows, columns or shared strings, a row of a
million elements. What they learn on the way is what the reader needs from the XML and
openpyxl's public read-only interface does not give: the last row holding a value (so
trailing empty rows are never parsed), formulas with no saved result (so the clerk learns
why a cell is empty) and which columns are merged down.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree
from xml.parsers import expat

from openpyxl.utils.cell import column_index_from_string, get_column_letter, range_boundaries

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.exchange import limits
from baladiya_desktop.exchange.limits import damaged

__all__ = [
    "PackageMap",
    "SheetScan",
    "check_prologs",
    "read_package",
    "scan_sheet",
    "scan_strings",
    "zip_errors",
]

_CHUNK = 64 * 1024
_PROLOG_BYTES = 64 * 1024  # an XML part names its root element well before this
_HEAD_ELEMENTS = 100_000  # elements of a sheet before its rows (column widths, views)
_MAX_MARKS = 100_000  # formulas without a result noted per sheet; more is a program's file
_WORKBOOK_TYPES = tuple(
    f"application/vnd.{kind}"
    for kind in (
        "ms-excel.template.macroEnabled.main+xml",
        "openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "ms-excel.sheet.macroEnabled.main+xml",
        "openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    )
)  # in the order openpyxl looks for them
_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"

# Reading a part may fail in the zip (bad CRC, truncated deflate) or in its XML.
zip_errors: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    OSError,
    expat.ExpatError,
    SyntaxError,  # xml.etree's ParseError
)


class _Stop(Exception):
    """Raised by a handler to end a scan early."""


@contextmanager
def _reading(name: str, part: str) -> Iterator[None]:
    try:
        yield
    except _Stop:
        pass
    except expat.ExpatError as error:
        raise damaged(
            name, f"بنية XML غير سليمة في {part}", f"malformed XML in {part}: {error}"
        ) from None
    except zip_errors:
        raise damaged(name, f"تعذّرت قراءة {part}", f"{part} cannot be read") from None


def _feed(parser: Any, archive: zipfile.ZipFile, part: str) -> None:
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            parser.Parse(chunk, False)
    parser.Parse(b"", True)


def _new_parser(name: str, part: str) -> Any:
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = _CHUNK

    def refuse_doctype(*_: Any) -> None:
        raise _doctype(name, part)

    parser.StartDoctypeDeclHandler = refuse_doctype
    return parser


def _doctype(name: str, part: str) -> UserError:
    return damaged(
        name,
        f"الجزء {part} فيه تعريف DOCTYPE لا يكتبه Excel",
        f"the part {part} holds a DOCTYPE declaration, which Excel never writes",
    )


def _local(tag: str) -> str:
    return tag.rpartition(":")[2] if ":" in tag else tag


def check_prologs(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a part whose XML prolog declares a DOCTYPE: entity definitions live there
    (the "billion laughs"), and no spreadsheet program writes one. Parts that are not XML
    (pictures) fail to parse at once and are let be."""
    for info in archive.infolist():
        if info.is_dir():
            continue
        parser = expat.ParserCreate()

        def doctype(*_: Any, part: str = info.filename) -> None:
            raise _doctype(name, part)

        def root(*_: Any) -> None:
            raise _Stop

        parser.StartDoctypeDeclHandler = doctype
        parser.StartElementHandler = root
        read = 0
        try:
            with archive.open(info) as stream:
                while read < _PROLOG_BYTES and (chunk := stream.read(4096)):
                    read += len(chunk)
                    parser.Parse(chunk, False)
        except (_Stop, expat.ExpatError):
            continue
        except zip_errors:
            raise damaged(
                name, f"تعذّرت قراءة {info.filename}", f"{info.filename} cannot be read"
            ) from None
        if read >= _PROLOG_BYTES:
            raise damaged(
                name,
                f"لا عنصر في أول {_PROLOG_BYTES // 1024} كيلوبايت من {info.filename}",
                f"no element in the first {_PROLOG_BYTES // 1024} KB of {info.filename}",
            )


# --- which part is which ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PackageMap:
    """The worksheets' parts in workbook order (as openpyxl lists them), the shared strings
    part and the workbook part, found the way openpyxl finds them."""

    sheets: tuple[tuple[str, str], ...]  # (title, part)
    shared_strings: str | None
    workbook: str


def _tree(archive: zipfile.ZipFile, part: str, name: str) -> ElementTree.Element:
    # Parsed whole: small parts only (their DOCTYPE was refused before).
    size = archive.getinfo(part).file_size
    if size > limits.MAX_STRUCTURE_PART_BYTES:
        raise limits.part_too_big(name, part, size, limits.MAX_STRUCTURE_PART_BYTES)
    return ElementTree.fromstring(archive.read(part))


def _tag(element: ElementTree.Element) -> str:
    return element.tag.rpartition("}")[2]


def read_package(archive: zipfile.ZipFile, name: str) -> PackageMap:
    """Where the worksheets and the shared strings are (raises the damaged-file error)."""
    try:
        return _read_package(archive, name)
    except zip_errors:
        raise damaged(
            name,
            "بنية المصنف (أوراقه وعلاقات أجزائه) ناقصة أو غير سليمة",
            "the workbook's structure (its sheets and their parts) is missing or broken",
        ) from None


def _read_package(archive: zipfile.ZipFile, name: str) -> PackageMap:
    types = _tree(archive, "[Content_Types].xml", name)
    overrides: dict[str, str] = {}
    defaults: set[str] = set()
    for element in types:
        kind = element.get("ContentType", "")
        if _tag(element) == "Override":
            overrides.setdefault(kind, element.get("PartName", ""))
        elif _tag(element) == "Default":
            defaults.add(kind)
    workbook = next((overrides[t] for t in _WORKBOOK_TYPES if t in overrides), None)
    if workbook is None:
        if not defaults & set(_WORKBOOK_TYPES):
            raise KeyError("workbook part")
        workbook = "/xl/workbook.xml"
    workbook = workbook[1:]
    strings = overrides.get(_SHARED_STRINGS)
    folder, base = posixpath.split(workbook)
    rels_part = posixpath.join(folder, "_rels", f"{base}.rels")
    targets: dict[str, tuple[str, str]] = {}
    for rel in _tree(archive, rels_part, name):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        target = target[1:] if target.startswith("/") else posixpath.normpath(
            posixpath.join(folder, target)
        )
        targets[rel.get("Id", "")] = (rel.get("Type", ""), target)
    names = set(archive.namelist())
    sheets: list[tuple[str, str]] = []
    for element in _tree(archive, workbook, name).iter():
        if _tag(element) != "sheet":
            continue
        rel_id = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
        if not rel_id:
            continue
        kind, target = targets[rel_id]
        if target in names and "chartsheet" not in kind:
            sheets.append((element.get("name", ""), target))
    return PackageMap(tuple(sheets), strings[1:] if strings else None, workbook)


# --- shared strings --------------------------------------------------------------------


def scan_strings(archive: zipfile.ZipFile, part: str, name: str) -> None:
    """Refuse a shared strings table with too many entries, an entry longer than a cell
    may be, or an entry built of too many elements."""
    parser = _new_parser(name, part)
    state = {"count": 0, "chars": 0, "elements": 0}

    def start(tag: str, _attrs: Any) -> None:
        state["elements"] += 1
        if _local(tag) == "si":
            state["count"] += 1
            state["chars"] = state["elements"] = 0
            if state["count"] > limits.MAX_SHARED_STRINGS:
                raise limits.too_many_strings(name)
        elif state["elements"] > limits.MAX_ROW_ELEMENTS:
            raise damaged(name, f"نص مشترك مفرط البناء في {part}", f"an overbuilt text in {part}")

    def chars(data: str) -> None:
        state["chars"] += len(data)
        if state["chars"] > limits.MAX_CELL_CHARS:
            number = state["count"]
            raise limits.cell_too_long(name, f"النص المشترك رقم {number}", f"shared text {number}")

    parser.StartElementHandler = start
    parser.CharacterDataHandler = chars
    with _reading(name, part):
        _feed(parser, archive, part)


# --- a worksheet -----------------------------------------------------------------------


@dataclass(slots=True)
class SheetScan:
    """What a sheet's XML holds, as far as the reader reads it.

    ``last_row`` is the last row with a value before any run of more than
    ``MAX_BLANK_RUN`` empty rows; ``width`` the last column with a value up to there.
    ``formulas`` maps a row to the watched columns (0-based) holding a formula with no saved
    result. ``merged_down`` holds the columns (0-based) with a cell merged over several rows.
    ``dropped_from`` is the first row with a value after the run of empty rows, not read.
    ``dimension``: the sheet states its size before its rows (else openpyxl walks the whole
    sheet to size it when the workbook is opened).
    """

    last_row: int = 0
    width: int = 0
    formulas: dict[int, list[int]] = field(default_factory=dict)
    merged_down: set[int] = field(default_factory=set)
    dropped_from: int | None = None
    dimension: bool = False


def _column(ref: str | None, offset: int) -> int:
    if ref is None:
        return offset
    column: int = column_index_from_string(ref.rstrip("0123456789"))
    return column + offset


def _row_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        as_float = float(text)
        if not as_float.is_integer():
            raise
        number = int(as_float)
    if number < 1:
        raise ValueError(text)
    return number


def _letter(column: int) -> str:
    try:
        return str(get_column_letter(column))
    except ValueError:
        return str(column)


# Elements that follow a sheet's rows: the last row ends where one of them starts.
_AFTER_ROWS = frozenset(
    {
        "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter",
        "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "mergeCell",
        "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions",
        "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
        "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
        "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls",
        "webPublishItems", "tableParts",
    }
)  # fmt: skip


class _SheetScanner:
    """expat handlers, kept to start tags and text: an end handler would cost a third more.
    A cell ends where the next cell or row starts, a row where the next row (or what
    follows the rows) starts."""

    def __init__(
        self, name: str, sheet: str, stop_after: int | None, watch: frozenset[int] | None
    ) -> None:
        self.name = name
        self.sheet = sheet
        self.stop_after = stop_after
        self.watch = watch
        self.result = SheetScan()
        self.row = 0
        self.in_row = False
        self.row_value: tuple[str | None, int] | None = None  # the row's last cell with a value
        self.ref: str | None = None  # the current cell's reference, ``offset`` cells after it
        self.offset = 0
        self.value = 0  # characters of the current cell's value
        self.other = 0  # characters of the current text node
        self.text = False  # inside a value (<v>, or <t> of a string)
        self.formula = False
        self.elements = 0
        self.element_limit = _HEAD_ELEMENTS
        self.skimming = False  # past a run of empty rows: looking for merges only
        self.marks = 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if ":" in tag:
            tag = tag.rpartition(":")[2]
        self.elements += 1
        self.other = 0
        if self.elements > self.element_limit:
            self._overbuilt()
        if tag == "c":
            if self.value:
                self.row_value = (self.ref, self.offset)
            elif self.formula:
                self._formula_cell()
            ref = attrs.get("r")
            if ref is None:
                self.offset += 1
            else:
                self.ref, self.offset = ref, 0
            self.value = 0
            self.text = self.formula = False
        elif tag == "v" or tag == "t":
            self.text = True
        elif tag == "f":
            self.formula = True
        elif tag == "row":
            self.end_row()
            self._row_start(attrs.get("r"))
        elif tag == "sheetData":
            self.element_limit = limits.MAX_ROW_ELEMENTS
        elif tag == "dimension":
            self.result.dimension = True
        elif tag in _AFTER_ROWS:
            self.end_row()
            self.element_limit = 1 << 62  # openpyxl is never asked to parse past the rows
            if tag == "mergeCell":
                self._merge(attrs.get("ref", ""))

    def chars(self, data: str) -> None:
        size = len(data)
        self.other += size
        if self.text:
            self.value += size
        if self.value > limits.MAX_CELL_CHARS or self.other > limits.MAX_CELL_CHARS:
            column = _letter(_column(self.ref, self.offset)) if self.in_row else "?"
            raise limits.cell_too_long(
                self.name,
                f"الورقة «{self.sheet}»، الصف {self.row}، العمود {column}",
                f"sheet '{self.sheet}', row {self.row}, column {column}",
            )

    def _overbuilt(self) -> None:
        if self.in_row:
            raise damaged(
                self.name,
                f"الصف {self.row} من الورقة «{self.sheet}» مفرط البناء",
                f"row {self.row} of sheet '{self.sheet}' is built of too many elements",
            )
        raise damaged(
            self.name,
            f"رأس الورقة «{self.sheet}» مفرط البناء",
            f"the head of sheet '{self.sheet}' is built of too many elements",
        )

    def _formula_cell(self) -> None:
        if self.skimming or self.watch == frozenset() or self.marks >= _MAX_MARKS:
            return
        column = _column(self.ref, self.offset) - 1
        if self.watch is None or column in self.watch:
            self.result.formulas.setdefault(self.row, []).append(column)
            self.marks += 1

    def _row_start(self, r: str | None) -> None:
        number = self.row + 1 if r is None else _row_number(r)
        if self.stop_after is not None and number > self.stop_after:
            raise _Stop
        self.row = number
        self.in_row = True
        self.row_value = self.ref = None
        self.offset = self.elements = 0
        if not self.skimming and number - self.result.last_row > limits.MAX_BLANK_RUN:
            self.skimming = True
        if self.skimming and number > limits.MAX_ROWS:
            # Even empty, such rows are parsed one by one when openpyxl sizes the sheet.
            raise limits.rows_past_limit(self.name, self.sheet, self.result.last_row)

    def end_row(self) -> None:
        if not self.in_row:
            return
        self.in_row = False
        if self.value:
            self.row_value = (self.ref, self.offset)
        elif self.formula:
            self._formula_cell()
        self.value = 0
        self.text = self.formula = False
        if self.row_value is None:
            return
        if self.skimming:
            if self.result.dropped_from is None:
                self.result.dropped_from = self.row
            return
        if self.row > limits.MAX_ROWS:
            raise limits.too_many_rows(self.name, self.sheet)
        column = _column(*self.row_value)
        if column > limits.MAX_COLUMNS:
            raise limits.too_many_columns(self.name, self.sheet, self.row, _letter(column))
        self.result.last_row = self.row
        self.result.width = max(self.result.width, column)

    def _merge(self, ref: str) -> None:
        try:
            first, top, last, bottom = range_boundaries(ref)
        except (ValueError, TypeError):
            return  # openpyxl would not merge it either
        if first == last and top != bottom and first is not None:
            self.result.merged_down.add(first - 1)


def scan_sheet(
    archive: zipfile.ZipFile,
    part: str,
    name: str,
    sheet: str,
    *,
    stop_after: int | None = None,
    watch: frozenset[int] | None = frozenset(),
) -> SheetScan:
    """Walk a worksheet part (up to row ``stop_after`` if given), refusing what breaks the
    limits; ``watch`` the 0-based columns whose formulas without a result are reported
    (None: all of them)."""
    scanner = _SheetScanner(name, sheet, stop_after, watch)
    parser = _new_parser(name, part)
    parser.StartElementHandler = scanner.start
    parser.CharacterDataHandler = scanner.chars
    with _reading(name, part):
        _feed(parser, archive, part)
        scanner.end_row()
    return scanner.result
