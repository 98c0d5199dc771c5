"""Opening a file that should be an xlsx workbook, refusing anything else with a clear message.

The file's content decides, not its name: clerks rename CSV files to .xlsx, and Excel saves
web pages as .xls. Each refusal says what to do, usually "save it as xlsx from Excel".
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.exchange import limits
from baladiya_desktop.exchange.limits import damaged
from baladiya_desktop.exchange.sheet_scan import (
    PackageMap,
    SheetScan,
    check_prologs,
    read_package,
    scan_sheet,
    scan_strings,
    zip_errors,
)

__all__ = ["OpenWorkbook", "check_workbook_file"]

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: .xls, or an encrypted .xlsx
_ZIP = b"PK\x03\x04"
_ENCRYPTED_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_OLE_SCAN_BYTES = 64 * 1024 * 1024
_SAVE_AS_XLSX_AR = "افتحه في Excel واحفظه بصيغة xlsx (ملف ← حفظ باسم ← مصنف Excel) ثم أعد المحاولة."
_SAVE_AS_XLSX_EN = (
    "Open it in Excel, save it as .xlsx (File > Save As > Excel Workbook) and try again."
)


def _refuse(name: str, what_ar: str, what_en: str) -> UserError:
    return UserError(
        f"الملف «{name}» {what_ar} {_SAVE_AS_XLSX_AR}",
        f"The file '{name}' {what_en} {_SAVE_AS_XLSX_EN}",
    )


def check_workbook_file(path: Path) -> None:
    """Raise UserError unless ``path`` looks like an xlsx workbook (a zip with a workbook part)."""
    name = path.name
    if not path.is_file():
        raise UserError(
            f"الملف «{path}» غير موجود. تأكد من اسم الملف ومكانه ثم أعد المحاولة.",
            f"The file '{path}' does not exist. Check its name and folder and try again.",
        )
    with path.open("rb") as stream:
        head = stream.read(4096)
        if head.startswith(_OLE2):
            body = head + stream.read(_OLE_SCAN_BYTES)
            if any(marker in body for marker in _ENCRYPTED_STREAMS):
                raise UserError(
                    f"الملف «{name}» محمي بكلمة مرور ولا يمكن قراءته. افتحه في Excel وأزل كلمة "
                    "المرور (ملف ← معلومات ← حماية المصنف ← التشفير بكلمة مرور)، ثم احفظه بصيغة "
                    "xlsx وأعد المحاولة.",
                    f"The file '{name}' is protected by a password and cannot be read. Open it "
                    "in Excel, remove the password (File > Info > Protect Workbook > Encrypt "
                    "with Password), save it as .xlsx and try again.",
                )
            raise _refuse(name, "بصيغة Excel القديمة (xls).", "is in the old Excel format (.xls).")
    if not head:
        raise UserError(
            f"الملف «{name}» فارغ (حجمه صفر). ربما لم يكتمل نسخه؛ انسخه من جديد ثم أعد المحاولة.",
            f"The file '{name}' is empty (zero bytes). It may not have been copied completely; "
            "copy it again and try again.",
        )
    if not head.startswith(_ZIP):
        _refuse_non_zip(name, head)
    size = path.stat().st_size
    if size > limits.MAX_FILE_BYTES:
        raise limits.file_too_big(name, size)
    count = _declared_parts(path)
    if count is not None and count > limits.MAX_PARTS:
        raise limits.too_many_parts(name, count)
    _check_zip_parts(path, name)


def _declared_parts(path: Path) -> int | None:
    """The number of parts the zip's end record declares, read before zipfile builds an
    entry per part (a 50 MB file can declare a million); None if there is no end record."""
    with path.open("rb") as stream:
        stream.seek(0, 2)
        end = stream.tell()
        stream.seek(max(0, end - 22 - 0xFFFF))  # the record, then a comment of at most 64 KB
        tail = stream.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return None
    count: int = struct.unpack_from("<H", tail, at + 10)[0]
    return count


def _refuse_non_zip(name: str, head: bytes) -> None:
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError:  # a CSV saved by Arabic Windows is often cp1256
        text = head.decode("cp1256", errors="replace")
    lowered = text.lstrip().lower()
    if lowered.startswith("<") and ("<html" in lowered or "<table" in lowered):
        raise _refuse(name, "صفحة ويب محفوظة باسم ملف Excel.", "is a web page saved as Excel.")
    noise = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in "\t\r\n"))
    if text and noise <= len(text) // 100:  # text with at most a stray odd byte
        raise _refuse(name, "ملف نصي (CSV) وليس مصنف Excel.", "is a text (CSV) file.")
    raise _refuse(name, "ليس مصنف Excel.", "is not an Excel workbook.")


def _check_zip_parts(path: Path, name: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            _check_sizes(archive, name)
            mimetype = archive.read("mimetype") if "mimetype" in names else b""
            check_prologs(archive, name)
    except zip_errors:
        raise damaged(name) from None
    if b"opendocument.spreadsheet" in mimetype:
        raise _refuse(name, "بصيغة LibreOffice (ods).", "is a LibreOffice (.ods) spreadsheet.")
    if "xl/workbook.bin" in names:
        raise _refuse(name, "بصيغة Excel الثنائية (xlsb).", "is a binary Excel (.xlsb) workbook.")
    if "word/document.xml" in names:
        raise _refuse(name, "مستند Word وليس مصنف Excel.", "is a Word document.")
    if "xl/workbook.xml" not in names and "[Content_Types].xml" not in names:
        raise _refuse(name, "ملف مضغوط (zip) وليس مصنف Excel.", "is a zip archive.")


def _check_sizes(archive: zipfile.ZipFile, name: str) -> None:
    """Every part's unpacked size and compression ratio, from the central directory (zipfile
    stops unpacking a part at its declared size, so a part cannot lie its way past this)."""
    infos = archive.infolist()
    if len(infos) > limits.MAX_PARTS:
        raise limits.too_many_parts(name, len(infos))
    for info in infos:
        if info.file_size > limits.MAX_PART_BYTES:
            raise limits.part_too_big(name, info.filename, info.file_size, limits.MAX_PART_BYTES)
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > limits.RATIO_FROM_BYTES and ratio > limits.MAX_COMPRESSION_RATIO:
            raise limits.too_compressed(name, info.filename, ratio)


# Parts openpyxl's read-only load parses whole, besides the workbook part and relationships
# (chart sheets bring their drawings and charts); comments, pivot caches and external links
# it does not read.
_WHOLE_PARTS = ("xl/styles.xml", "docProps/core.xml", "docProps/custom.xml",
                "xl/theme/theme1.xml")  # fmt: skip
_WHOLE_FOLDERS = ("xl/chartsheets/", "xl/drawings/", "xl/charts/")


def _check_structure(archive: zipfile.ZipFile, name: str, package: PackageMap) -> None:
    """Parts openpyxl parses whole into a tree get less room than the streamed sheets."""
    for info in archive.infolist():
        part = info.filename
        whole = (
            part in _WHOLE_PARTS
            or part == package.workbook
            or part.endswith(".rels")
            or part.startswith(_WHOLE_FOLDERS)
        )
        if whole and info.file_size > limits.MAX_STRUCTURE_PART_BYTES:
            raise limits.part_too_big(name, part, info.file_size, limits.MAX_STRUCTURE_PART_BYTES)


def _damaged(name: str) -> UserError:
    return damaged(name)


class OpenWorkbook:
    """A workbook opened read-only with cached formula values; close it (or use ``with``).

    The file is opened by us and handed to openpyxl as a stream, so its name's extension
    does not matter and the handle is closed even when openpyxl fails half way.
    """

    def __init__(self, path: Path) -> None:
        check_workbook_file(path)
        self.path = path
        name = path.name
        self._stream: IO[bytes] = path.open("rb")
        try:
            self._archive = zipfile.ZipFile(self._stream)
            self.package = read_package(self._archive, name)
            _check_structure(self._archive, name, self.package)
            if self.package.shared_strings:
                scan_strings(self._archive, self.package.shared_strings, name)
            self._scans: dict[str, SheetScan] = {}
            for title, part in self.package.sheets:
                # openpyxl sizes each sheet on opening: from its <dimension>, else by walking
                # all its rows; so a sheet without one is scanned whole first.
                head = scan_sheet(self._archive, part, name, title, stop_after=0)
                if not head.dimension:
                    self._scans[part] = scan_sheet(self._archive, part, name, title, watch=None)
            self.book: Any = load_workbook(
                self._stream, read_only=True, data_only=True, keep_links=False
            )
        except SyntaxError as error:  # xml.etree's ParseError, in a part openpyxl read whole
            self._stream.close()
            raise damaged(name, "بنية XML غير سليمة", f"malformed XML: {error}") from None
        except (InvalidFileException, TypeError, *zip_errors):
            self._stream.close()
            raise _damaged(name) from None
        except BaseException:
            self._stream.close()
            raise
        self._parts = dict(zip(map(id, self.book.worksheets), self.package.sheets, strict=False))
        if [title for title, _ in self.package.sheets] != [ws.title for ws in self.worksheets]:
            self.close()
            raise damaged(name, "قائمة الأوراق غير متسقة", "the list of sheets is inconsistent")

    @property
    def worksheets(self) -> list[Any]:
        """The worksheets (not chart sheets), in workbook order."""
        return list(self.book.worksheets)

    def scan(self, ws: Any, *, stop_after: int | None = None,
             watch: frozenset[int] = frozenset()) -> SheetScan:
        """Walk ``ws``'s XML within the limits (see :func:`.sheet_scan.scan_sheet`) before
        reading its rows; raises UserError for a sheet that breaks them. A sheet scanned whole
        on opening is not walked again: that scan noted every column's formulas."""
        _title, part = self._parts[id(ws)]
        if part in self._scans:
            return self._scans[part]
        return scan_sheet(
            self._archive, part, self.path.name, ws.title, stop_after=stop_after, watch=watch
        )

    def close(self) -> None:
        book = getattr(self, "book", None)
        if book is not None:
            book.close()
        self._archive.close()
        self._stream.close()

    def __enter__(self) -> OpenWorkbook:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
