"""Excel import engine against raw openpyxl read-only on a staff-like workbook.

The engine finds the header, maps 12 columns and parses every cell (national number, dates,
money, grade, enum); the floor only walks ``iter_rows(values_only=True)``. Goal: <= 3x.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from baladiya_desktop.exchange import (  # noqa: E402
    Column,
    date_column,
    enum_parser,
    int_between,
    money_column,
    national_number_column,
    read_sheet,
)

SIZES = {"small": 1_000, "full": 10_000}
COLUMNS = (
    national_number_column(required=True),
    Column("first_name", "الاسم", "First name", required=True),
    Column("father_name", "اسم الأب", "Father's name"),
    Column("grandfather_name", "اسم الجد", "Grandfather's name"),
    Column("family_name", "اللقب", "Family name", required=True),
    Column("mother_name", "اسم الأم", "Mother's name"),
    date_column("birth_date", "تاريخ الميلاد", "Date of birth"),
    date_column("hired_on", "تاريخ التعيين", "Hire date"),
    Column("grade", "الدرجة", "Grade", parse=int_between(1, 15), required=True),
    money_column("salary", "المرتب الأساسي", "Basic salary"),
    Column("unit", "الإدارة", "Department"),
    Column(
        "employment",
        "نوع التوظيف",
        "Employment type",
        parse=enum_parser({"permanent": ("قار",), "contract": ("عقد",), "loan": ("إعارة",)}),
    ),
)
UNITS = ("الشؤون الإدارية", "المالية", "الخدمات", "التخطيط", "الحرس البلدي")
KINDS = ("قار", "عقد", "إعارة")


def make_workbook(path: Path, rows: int) -> None:
    book = Workbook(write_only=True)
    ws = book.create_sheet("الموظفون")
    ws.append(["بلدية طرابلس المركز"])
    ws.append(["كشف الموظفين"])
    ws.append([c.title_ar for c in COLUMNS])
    born = date(1960, 1, 1)
    for i in range(rows):
        birth = born + timedelta(days=(i * 37) % 14000)
        grade = 1 + i % 15
        ws.append(
            [
                f"{1 + i % 2}{birth.year}{i:06d}{i % 10}"
                if i % 3
                else int(f"1{birth.year}{i:06d}7"),
                "محمد",
                "علي",
                "سالم",
                f"الترهوني {i}",
                "فاطمة",
                birth,
                f"{1 + i % 28:02d}/{1 + i % 12:02d}/{2000 + i % 20}",
                f"الدرجة {grade}" if i % 4 == 0 else grade,
                f"{800 + i % 700:,}.500" if i % 2 else 800 + i % 700,
                UNITS[i % len(UNITS)],
                KINDS[i % len(KINDS)],
            ]
        )
    book.save(path)


def time_engine(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    parsed = read_sheet(path, COLUMNS, dict)
    elapsed = time.perf_counter() - started
    if not parsed.ok:
        raise SystemExit(f"unexpected refusals: {parsed.result.rejected[:3]}")
    return elapsed, len(parsed.rows)


def time_openpyxl(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    book = load_workbook(path, read_only=True, data_only=True)
    count = 0
    for row in book.active.iter_rows(values_only=True):
        count += sum(1 for v in row if v is not None) > 0
    book.close()
    return time.perf_counter() - started, count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=list(SIZES), default="small")
    args = parser.parse_args()
    rows = SIZES[args.size]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "staff.xlsx"
        make_workbook(path, rows)
        time_engine(path)  # warm up imports and caches
        engine = min(time_engine(path)[0] for _ in range(3))
        floor = min(time_openpyxl(path)[0] for _ in range(3))
        assert time_engine(path)[1] == rows
    print(f"rows: {rows:,}, columns: {len(COLUMNS)}")
    print(
        f"exchange import: {engine:.3f} s vs openpyxl read-only {floor:.3f} s = "
        f"{engine / floor:.2f}x (goal <= 3x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
