"""Hostile and broken workbooks: each is refused (or cut short) with a message in Arabic and
English, ``staff import`` exits 1 and changes nothing, and memory stays bounded. The big files
are built here part by part with ``zipfile``: a 1 GiB cell packs to 1 MB, millions of rows to
a few MB, so nothing can fill the disk.

Before: a 1 GiB cell or 5,000,000 rows ran out of memory with a traceback, 20,000,000 empty
rows took 100 s and said nothing, and a malformed sheet raised an XML ParseError.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.limits import DEFAULT_TEXT_MAX, SYSTEM_TEXT_MAX, max_length
from baladiya_desktop.core.setup import Target
from baladiya_desktop.exchange import Column, limits, open_sheet, read_sheet
from baladiya_desktop.schema import metadata
from tests.exchange.sample import STAFF_COLUMNS
from tests.support import PASSWORD

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS_NS}">'
    f'<Relationship Id="rId1" Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="{DOC_RELS}">'
    '<sheets><sheet name="الموظفون" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS_NS}">'
    f'<Relationship Id="rId1" Type="{DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
SHEET_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}"><sheetData>'
SHEET_TAIL = "</sheetData></worksheet>"
PEAK_MB = 300
DAMAGED = "تالف"
COLUMNS = STAFF_COLUMNS[:2]  # national number and name


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def row(number: int, *texts: str) -> str:
    cells = "".join(text_cell(f"{chr(65 + i)}{number}", t) for i, t in enumerate(texts))
    return f'<row r="{number}">{cells}</row>'


HEADER = row(1, "الرقم الوطني", "الاسم الرباعي")
PEOPLE = [row(2, "119850123456", "أحمد علي محمد الزوي"), row(3, "119860123456", "علي أحمد سالم")]


def package(
    path: Path,
    sheet: Iterable[str],
    *,
    parts: dict[str, str] | None = None,
    level: int = 1,
) -> Path:
    """An xlsx made by hand; ``sheet`` streams the worksheet's XML in pieces (joined in
    batches, so millions of rows never sit in memory), ``parts`` replaces or adds parts."""
    base = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
    } | (parts or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, text in base.items():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as stream:
            if "xl/worksheets/sheet1.xml" in base:
                stream.write(base["xl/worksheets/sheet1.xml"].encode())
            else:
                for piece in _batches(sheet):
                    stream.write(piece)
    return path


def _batches(pieces: Iterable[str]) -> Iterator[bytes]:
    batch: list[str] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size > 1 << 20:
            yield "".join(batch).encode()
            batch, size = [], 0
    yield "".join(batch).encode()


def sheet(*rows: str | Iterable[str], dimension: str | None = None) -> Iterator[str]:
    """A worksheet's XML; with ``dimension`` it states its size as Excel does (then openpyxl
    does not walk the rows on opening, and only the reader's scan guards them)."""
    yield SHEET_HEAD if dimension is None else SHEET_HEAD.replace(
        "<sheetData>", f'<dimension ref="{dimension}"/><sheetData>'
    )
    for item in rows:
        if isinstance(item, str):
            yield item
        else:
            yield from item
    yield SHEET_TAIL


# --- the CLI in a fresh interpreter, with its peak memory -------------------------------

PROBE = """
import json, resource, sys
from baladiya_desktop.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
# VmHWM is this process's own high-water mark; ru_maxrss also keeps the parent's from before
# exec (Linux folds the forked copy of a big pytest process into it).
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) // 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps({"code": code, "peak_mb": peak}), file=sys.stderr)
"""


def staff_import(station: Target, path: Path) -> tuple[int, Any, str, int]:
    """(exit code, JSON answer or None, messages, peak MB) of ``baladiya staff import``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BALADIYA_")}
    env["BALADIYA_PASSWORD"] = PASSWORD
    argv = ["--db", str(station.db_path), "--user", "admin", "--json", "staff", "import"]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv, str(path)],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    lines = done.stderr.strip().splitlines()
    report = json.loads(lines[-1])
    answer = json.loads(done.stdout) if done.stdout.strip() else None
    return int(report["code"] or 0), answer, "\n".join(lines[:-1]), int(report["peak_mb"])


def counts(station: Target) -> list[int]:
    """People, audit entries and change-log entries in the station's database."""
    assert station.db_path is not None
    with sqlite3.connect(station.db_path) as db:
        return [
            db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("employee", "audit_log", "change_log")
        ]


def refused(station: Target, path: Path, *words: str) -> str:
    before = counts(station)
    code, answer, message, peak = staff_import(station, path)
    assert code == 1, (answer, message)
    assert "Traceback" not in message
    for word in words:
        assert word in message, message
    assert counts(station) == before  # nothing changed
    assert peak < PEAK_MB, f"peak {peak} MB"
    return message


# --- the attacks, through the CLI ------------------------------------------------------


@pytest.mark.slow
def test_a_one_gibibyte_cell(station: Target, tmp_path: Path) -> None:
    def cell() -> Iterator[str]:
        yield '<row r="2"><c r="A2" t="inlineStr"><is><t>'
        yield from ("a" * (1 << 20) for _ in range(1 << 10))
        yield "</t></is></c></row>"

    path = package(tmp_path / "cell.xlsx", sheet(HEADER, cell()))
    assert path.stat().st_size < 8 * limits.MB
    message = refused(station, path, "200", "xl/worksheets/sheet1.xml", "ميغابايت")
    assert "Split the data into smaller files" in message


@pytest.mark.slow
def test_five_million_rows(station: Target, tmp_path: Path) -> None:
    rows = (f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(2, 5_000_002))
    path = package(tmp_path / "rows.xlsx", sheet(HEADER, rows))
    assert path.stat().st_size < 40 * limits.MB
    refused(station, path, "ميغابايت", "limit is 200 MB")


@pytest.mark.slow
def test_more_rows_than_the_limit(station: Target, tmp_path: Path) -> None:
    rows = (f'<row r="{n}"><c r="C{n}"><v>{n}</v></c></row>' for n in range(4, 1_000_102))
    path = package(tmp_path / "rows.xlsx", sheet(HEADER, *PEOPLE, rows))
    refused(station, path, "1,000,000", "Split the rows into several files")


def test_twenty_million_empty_rows_are_refused_at_once(station: Target, tmp_path: Path) -> None:
    path = package(tmp_path / "empty.xlsx", sheet(HEADER, *PEOPLE, ("<row/>" for _ in
                                                                     range(20_000_000))))
    refused(station, path, "100 to 1", "مضغوط بنسبة غير معتادة")


@pytest.mark.slow
def test_millions_of_empty_rows_past_the_row_limit(station: Target, tmp_path: Path) -> None:
    empty = (f'<row r="{n}"/>' for n in range(4, 5_000_000))
    path = package(tmp_path / "empty.xlsx", sheet(HEADER, *PEOPLE, empty))
    message = refused(station, path, "1,000,000", "The last row with data is 3")
    assert "احذف الصفوف التي تحته" in message


@pytest.mark.parametrize("dimension", [None, "A1:B1505"])
def test_rows_after_a_long_run_of_empty_rows(
    station: Target, tmp_path: Path, dimension: str | None
) -> None:
    empty = (f'<row r="{n}" s="1" customFormat="1"/>' for n in range(4, 1_505))
    late = row(1_505, "119870123456", "سالم علي محمد")
    path = package(tmp_path / "gap.xlsx", sheet(HEADER, *PEOPLE, empty, late, dimension=dimension))
    code, answer, message, _ = staff_import(station, path)
    assert code == 0, message
    assert answer["imported"] == 2
    assert answer["notes"] == [
        {"row": 1_505, "reason": "لم تُقرأ الصفوف من الصف 1505: قبلها أكثر من 1,000 صف فارغ بعد "
                                 "الصف 3. احذف الصفوف الفارغة ثم أعد الاستيراد."}
    ]  # fmt: skip


@pytest.mark.parametrize("where", ["header", "late", "late, sized"])
def test_malformed_sheet_xml(station: Target, tmp_path: Path, where: str) -> None:
    broken = '<row r="4000"><c r="A4000"><v>1</c></row>'
    good = (row(n, f"1198{n:08d}", "اسم") for n in range(4, 4000))
    rows = [HEADER, *PEOPLE, good, broken] if "late" in where else [broken.replace("4000", "1")]
    dimension = "A1:B4000" if "sized" in where else None
    path = package(tmp_path / "broken.xlsx", sheet(*rows, dimension=dimension))
    message = refused(station, path, DAMAGED, "is damaged", "malformed XML")
    if "late" in where:  # found by the scan, which names the part
        assert "xl/worksheets/sheet1.xml" in message


BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollol">'
    + "".join(f'<!ENTITY lol{i + 1} "{f"&lol{i};" if i else "&lol;" * 10}">' for i in range(9))
    + "]>"
)


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml",
                                  "[Content_Types].xml"])  # fmt: skip
def test_entity_bomb(station: Target, tmp_path: Path, part: str) -> None:
    if part == "xl/worksheets/sheet1.xml":
        text = BOMB + "".join(sheet(HEADER, row(2, "&lol9;", "x")))[len("<?xml version=\"1.0\" "
                                                                         'encoding="UTF-8"?>'):]
    elif part == "xl/workbook.xml":
        text = BOMB + WORKBOOK.split("?>", 1)[1]
    else:
        text = BOMB + CONTENT_TYPES.split("?>", 1)[1]
    path = package(tmp_path / "bomb.xlsx", sheet(HEADER, *PEOPLE), parts={part: text})
    message = refused(station, path, DAMAGED, "DOCTYPE")
    assert part in message


def test_a_cell_longer_than_excel_allows(station: Target, tmp_path: Path) -> None:
    long_row = row(3, "119860123456", "م" * (limits.MAX_CELL_CHARS + 1))
    path = package(tmp_path / "long.xlsx", sheet(HEADER, PEOPLE[0], long_row))
    refused(station, path, "32,767", "row 3, column B")


def test_a_value_past_the_last_column(station: Target, tmp_path: Path) -> None:
    wide = '<row r="3"><c r="A3" t="inlineStr"><is><t>1</t></is></c>' + text_cell("GS3", "x")
    path = package(tmp_path / "wide.xlsx", sheet(HEADER, PEOPLE[0], wide + "</row>"))
    refused(station, path, "GS", "200 columns")


def test_a_corrupt_deflate_stream(station: Target, tmp_path: Path) -> None:
    rows = (row(n, f"1198{n:08d}", "اسم") for n in range(2, 3_000))
    path = package(tmp_path / "corrupt.xlsx", sheet(HEADER, rows), level=6)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(path.read_bytes())
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[middle : middle + 64] = bytes(64)
    path.write_bytes(bytes(data))
    refused(station, path, DAMAGED)


def test_a_good_workbook_imports_as_before(station: Target, tmp_path: Path) -> None:
    path = package(tmp_path / "good.xlsx", sheet(HEADER, *PEOPLE))
    code, answer, message, peak = staff_import(station, path)
    assert code == 0, message
    assert answer == {"imported": 2, "updated": 0, "skipped": 0, "rejected": [],
                      "unchanged": 0, "dry_run": False, "notes": [], "changes": []}  # fmt: skip
    assert counts(station)[0] == 2
    assert peak < PEAK_MB


# --- in process: each limit's message, and the reader's own guards ------------------------


def _refusal(path: Path) -> UserError:
    with pytest.raises(UserError) as caught:
        read_sheet(path, COLUMNS, dict)
    assert "Traceback" not in caught.value.message_en
    return caught.value


def test_file_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = package(tmp_path / "f.xlsx", sheet(HEADER, *PEOPLE))
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", path.stat().st_size - 1)
    error = _refusal(path)
    assert "حجم الملف" in error.message_ar and "the limit is 0 MB" in error.message_en


def test_too_many_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PARTS", 4)
    error = _refusal(package(tmp_path / "p.xlsx", sheet(HEADER, *PEOPLE)))
    assert DAMAGED in error.message_ar and "5 parts; the limit is 4" in error.message_en


def test_structure_part_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    with zipfile.ZipFile(buffer) as saved:  # openpyxl's own styles, padded
        styles = saved.read("xl/styles.xml").decode()
    styles = styles.replace("</styleSheet>", "<!-- bloat -->" * 1000 + "</styleSheet>")
    comments = f'<comments xmlns="{NS}">{"<!-- long -->" * 3000}</comments>'
    path = package(tmp_path / "s.xlsx", sheet(HEADER, *PEOPLE),
                   parts={"xl/styles.xml": styles, "xl/comments1.xml": comments})  # fmt: skip
    monkeypatch.setattr(limits, "MAX_STRUCTURE_PART_BYTES", 20_000)
    assert len(read_sheet(path, COLUMNS, dict).rows) == 2  # comments are not parsed: no limit
    monkeypatch.setattr(limits, "MAX_STRUCTURE_PART_BYTES", 10_000)
    error = _refusal(path)
    assert "xl/styles.xml" in error.message_en and "0 MB" in error.message_en


def test_shared_strings_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["الرقم الوطني", "الاسم الرباعي", *(f"اسم {n}" for n in range(2, 20))]
    table = "".join(f"<si><t>{t}</t></si>" for t in texts)
    types = CONTENT_TYPES.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" '
                                  'ContentType="application/vnd.openxmlformats-officedocument.'
                                  'spreadsheetml.sharedStrings+xml"/></Types>')  # fmt: skip
    cells = (f'<row r="{n}"><c r="A{n}"><v>1198{n:08d}</v></c><c r="B{n}" t="s"><v>{n}</v></c>'
             "</row>" for n in range(2, 20))  # fmt: skip
    path = package(tmp_path / "strings.xlsx", sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>', cells,
    ), parts={"[Content_Types].xml": types, "xl/sharedStrings.xml": f'<sst xmlns="{NS}">'
              f"{table}</sst>"})  # fmt: skip
    assert len(read_sheet(path, COLUMNS, dict).rows) == 18  # read through the table
    monkeypatch.setattr(limits, "MAX_SHARED_STRINGS", 10)
    error = _refusal(path)
    assert "10 different texts" in error.message_en
    monkeypatch.setattr(limits, "MAX_SHARED_STRINGS", 40)
    monkeypatch.setattr(limits, "MAX_CELL_CHARS", 12)
    assert "shared text 2" in _refusal(path).message_en  # «الاسم الرباعي»: 13 characters


@pytest.mark.parametrize("cell", ['<c r="A9"><v>abc</v></c>', '<c r="B9" t="s"><v>99</v></c>',
                                  '<c r="B9" t="d"><v>yesterday</v></c>'])  # fmt: skip
def test_openpyxl_errors_inside_the_rows_are_the_damaged_file_message(
    tmp_path: Path, cell: str
) -> None:
    late = f'<row r="9">{cell}</row>'
    path = package(tmp_path / "v.xlsx", sheet(HEADER, *PEOPLE, late, dimension="A1:B9"))
    error = _refusal(path)
    assert error.message_ar.startswith(f"الملف «v.xlsx» {DAMAGED}")


def test_trailing_styled_rows_are_not_parsed(tmp_path: Path) -> None:
    empty = (f'<row r="{n}"><c r="A{n}" s="1"/><c r="B{n}" s="1"/></row>' for n in range(4, 60_000))
    path = package(tmp_path / "styled.xlsx", sheet(HEADER, *PEOPLE, empty, dimension="A1:B59999"))
    with open_sheet(path, COLUMNS) as reader:
        assert reader.expected_rows == 2
        assert [n for n, _ in reader.rows()] == [2, 3]
        assert reader.notes == []  # nothing after the empty rows: nothing to say


def test_prefixed_elements_are_read(tmp_path: Path) -> None:
    xml = "".join(sheet(HEADER, *PEOPLE)).replace("<row", "<x:row").replace("</row", "</x:row")
    xml = xml.replace(f'<worksheet xmlns="{NS}">', f'<worksheet xmlns="{NS}" xmlns:x="{NS}">')
    path = package(tmp_path / "x.xlsx", (), parts={"xl/worksheets/sheet1.xml": xml})
    assert [r.row for r in read_sheet(path, COLUMNS, dict).rows] == [2, 3]


def test_the_cell_limit_holds_the_longest_text_field() -> None:
    """Text a person types or imports (not JSON the app writes with its own limit) fits a
    cell with room to spare."""
    longest = max(
        max_length(column) or 0
        for table in metadata().sorted_tables
        for column in table.columns
        if "max_length" not in column.info and f"{table.name}.{column.name}" not in
        SYSTEM_TEXT_MAX
    )  # fmt: skip
    assert longest == DEFAULT_TEXT_MAX < limits.MAX_CELL_CHARS


MERGES = [
    "",
    '<mergeCells count="1"><mergeCell ref="C2:C3"/></mergeCells>',
    f'<x:mergeCells xmlns:x="{NS}"><x:mergeCell ref="C2:C3"/></x:mergeCells>',
]


@pytest.mark.parametrize("merges", MERGES)
def test_fill_down_when_merged(tmp_path: Path, merges: str) -> None:
    """The merges follow the rows in the XML; the scan finds them, whatever the prefix."""
    columns = (*COLUMNS, Column("unit", "الإدارة", fill_down="merged"))
    xml = "".join(sheet(row(1, "الرقم الوطني", "الاسم الرباعي", "الإدارة"),
                        row(2, "119850123456", "أحمد", "المالية"), row(3, "119860123456", "علي")))
    xml = xml.replace("</sheetData>", "</sheetData>" + merges)  # fmt: skip
    path = package(tmp_path / "m.xlsx", (), parts={"xl/worksheets/sheet1.xml": xml})
    units = [r.record["unit"] for r in read_sheet(path, columns, dict).rows]
    assert units == ["المالية", "المالية" if merges else None]


@pytest.mark.parametrize("parts", [
    {"xl/workbook.xml": WORKBOOK.replace('r:id="rId1"', 'r:id="rId9"')},  # no such relationship
    {"xl/_rels/workbook.xml.rels": "<Relationships"},  # cut short
    {"[Content_Types].xml": CONTENT_TYPES.replace("sheet.main+xml", "other+xml")},  # no workbook
])  # fmt: skip
def test_a_broken_structure_is_the_damaged_file_message(
    tmp_path: Path, parts: dict[str, str]
) -> None:
    error = _refusal(package(tmp_path / "b.xlsx", sheet(HEADER, *PEOPLE), parts=parts))
    assert DAMAGED in error.message_ar and "the workbook's structure" in error.message_en
