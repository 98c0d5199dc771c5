"""Files that are not readable workbooks are refused with a message that says what to do."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.exchange import open_sheet
from tests.exchange.sample import HEADINGS, STAFF_COLUMNS, workbook

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refusal(path: Path, **kwargs: object) -> UserError:
    with pytest.raises(UserError) as caught:
        open_sheet(path, STAFF_COLUMNS, **kwargs).close()  # type: ignore[arg-type]
    error = caught.value
    assert error.message_ar and error.message_en
    return error


def test_missing_file(tmp_path: Path) -> None:
    error = refusal(tmp_path / "nothing.xlsx")
    assert "غير موجود" in error.message_ar


def test_empty_file(tmp_path: Path) -> None:
    (path := tmp_path / "empty.xlsx").write_bytes(b"")
    assert "فارغ" in refusal(path).message_ar


def test_random_bytes(tmp_path: Path) -> None:
    noise = random.Random(7).randbytes(3000)
    (path := tmp_path / "noise.xlsx").write_bytes(noise)
    error = refusal(path)
    assert "ليس مصنف Excel" in error.message_ar
    assert "احفظه بصيغة xlsx" in error.message_ar


def test_csv_renamed(tmp_path: Path) -> None:
    path = tmp_path / "staff.xlsx"
    path.write_text("الرقم الوطني,الاسم\n119801234567,علي\n", encoding="utf-8")
    error = refusal(path)
    assert "CSV" in error.message_ar and "CSV" in error.message_en


def test_html_saved_as_xls(tmp_path: Path) -> None:
    (path := tmp_path / "report.xls").write_text("<html><table><tr><td>1</td></tr></table>")
    assert "صفحة ويب" in refusal(path).message_ar


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "ملف مضغوط" in refusal(path).message_ar


def test_word_document(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    assert "Word" in refusal(path).message_ar


def test_truncated_workbook(tmp_path: Path) -> None:
    good = workbook(tmp_path / "good.xlsx", [HEADINGS])
    data = good.read_bytes()
    (path := tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    assert "تالف" in refusal(path).message_ar


def test_damaged_workbook_part(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("xl/workbook.xml", "not xml at all")
    assert "تالف" in refusal(path).message_ar


def test_encrypted_workbook(tmp_path: Path) -> None:
    body = OLE2 + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 600
    (path := tmp_path / "secret.xlsx").write_bytes(body)
    error = refusal(path)
    assert "محمي بكلمة مرور" in error.message_ar
    assert "password" in error.message_en


def test_old_xls(tmp_path: Path) -> None:
    body = OLE2 + b"\x00" * 600 + "Workbook".encode("utf-16-le") + b"\x00" * 600
    (path := tmp_path / "old.xls").write_bytes(body)
    error = refusal(path)
    assert "القديمة (xls)" in error.message_ar
    assert "احفظه بصيغة xlsx" in error.message_ar


def test_xlsx_with_xls_extension_is_read(tmp_path: Path) -> None:
    path = workbook(tmp_path / "misnamed.xls", [HEADINGS, ["119801234567", "علي", 8]])
    with open_sheet(path, STAFF_COLUMNS) as reader:
        assert [n for n, _ in reader.rows()] == [2]


def test_empty_sheet(tmp_path: Path) -> None:
    path = workbook(tmp_path / "blank.xlsx", [])
    assert "لا توجد بيانات" in refusal(path).message_ar


def test_no_recognisable_header(tmp_path: Path) -> None:
    path = workbook(tmp_path / "other.xlsx", [["المادة", "الكمية"], ["أقلام", 5]])
    error = refusal(path)
    assert "لم نجد صف العناوين" in error.message_ar
    assert "الرقم الوطني" in error.message_ar and "National number" in error.message_en


def test_missing_sheet_name_lists_the_sheets(tmp_path: Path) -> None:
    path = workbook(tmp_path / "staff.xlsx", [HEADINGS], title="الموظفون")
    error = refusal(path, sheet="المرتبات")
    assert "المرتبات" in error.message_ar and "الموظفون" in error.message_ar
    assert "The sheets are: الموظفون" in error.message_en


def test_missing_required_column(tmp_path: Path) -> None:
    path = workbook(tmp_path / "staff.xlsx", [["الاسم", "الدرجة"], ["علي", 8]])
    with open_sheet(path, STAFF_COLUMNS) as reader:
        assert [c.key for c in reader.missing_columns] == ["national_number"]
        with pytest.raises(UserError) as caught:
            next(reader.rows())
    assert "«الرقم الوطني»" in caught.value.message_ar
    assert "الصف 1" in caught.value.message_ar
