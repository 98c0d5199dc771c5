"""Opening a file that should be an xlsx workbook, refusing anything else with a clear message.

The file's content decides, not its name: clerks rename CSV files to .xlsx, and Excel saves
web pages as .xls. Each refusal says what to do, usually "save it as xlsx from Excel".
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from baladiya_desktop.core.errors import UserError

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
    _check_zip_parts(path, name)


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
            mimetype = archive.read("mimetype") if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError):
        raise _damaged(name) from None
    if b"opendocument.spreadsheet" in mimetype:
        raise _refuse(name, "بصيغة LibreOffice (ods).", "is a LibreOffice (.ods) spreadsheet.")
    if "xl/workbook.bin" in names:
        raise _refuse(name, "بصيغة Excel الثنائية (xlsb).", "is a binary Excel (.xlsb) workbook.")
    if "word/document.xml" in names:
        raise _refuse(name, "مستند Word وليس مصنف Excel.", "is a Word document.")
    if "xl/workbook.xml" not in names and "[Content_Types].xml" not in names:
        raise _refuse(name, "ملف مضغوط (zip) وليس مصنف Excel.", "is a zip archive.")


def _damaged(name: str) -> UserError:
    return UserError(
        f"الملف «{name}» تالف أو لم يُحفظ كاملاً ولا يمكن قراءته. افتحه في Excel واحفظه من جديد "
        "بصيغة xlsx ثم أعد المحاولة.",
        f"The file '{name}' is damaged or incomplete and cannot be read. Open it in Excel, save "
        "it again as .xlsx and try again.",
    )


class OpenWorkbook:
    """A workbook opened read-only with cached formula values; close it (or use ``with``).

    The file is opened by us and handed to openpyxl as a stream, so its name's extension
    does not matter and the handle is closed even when openpyxl fails half way.
    """

    def __init__(self, path: Path) -> None:
        check_workbook_file(path)
        self.path = path
        self._stream: IO[bytes] = path.open("rb")
        try:
            self.book: Any = load_workbook(
                self._stream, read_only=True, data_only=True, keep_links=False
            )
        except (
            InvalidFileException,
            zipfile.BadZipFile,
            KeyError,
            ValueError,
            TypeError,
            SyntaxError,  # xml.etree's ParseError: a part that is not well-formed XML
            EOFError,
        ):
            self._stream.close()
            raise _damaged(path.name) from None
        except BaseException:
            self._stream.close()
            raise

    @property
    def worksheets(self) -> list[Any]:
        """The worksheets (not chart sheets), in workbook order."""
        return list(self.book.worksheets)

    def close(self) -> None:
        self.book.close()
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
