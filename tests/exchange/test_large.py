"""50,000 rows stream through the reader without piling up in memory."""

from __future__ import annotations

import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook

from baladiya_desktop.exchange import open_sheet, read_sheet
from tests.exchange.sample import HEADINGS, STAFF_COLUMNS

ROWS = 50_000


@pytest.fixture(scope="module")
def big_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.xlsx"
    book = Workbook(write_only=True)
    ws = book.create_sheet("الموظفون")
    ws.append(["كشف الموظفين"])
    ws.append(HEADINGS)
    start = date(2000, 1, 1)
    for i in range(ROWS):
        nid = f"1{1960 + i % 40}{i:06d}{i % 10}"
        ws.append(
            [
                nid,
                f"موظف رقم {i}",
                1 + i % 15,
                start + timedelta(days=i % 9000),
                f"{1000 + i % 500}.250",
                "قار",
                "المالية" if i % 2 else None,
            ]
        )
    ws.append(["الإجمالي", None, None, None, 123456])
    book.save(path)
    return path


@pytest.mark.slow
def test_fifty_thousand_rows_parse(big_workbook: Path) -> None:
    started = time.perf_counter()
    parsed = read_sheet(big_workbook, STAFF_COLUMNS, dict)
    elapsed = time.perf_counter() - started
    assert len(parsed.rows) == ROWS and parsed.ok
    assert parsed.result.skipped == 1 and parsed.result.skipped_rows[0].row == ROWS + 3
    assert parsed.rows[-1].row == ROWS + 2
    assert parsed.rows[2].record["unit"] == "المالية"  # filled down from row 4
    assert elapsed < 60, f"{elapsed:.1f} s"


@pytest.mark.slow
def test_reading_streams(big_workbook: Path) -> None:
    # Tracing every allocation is slow, so trace 20,000 rows: kept rows would need tens of MB.
    with open_sheet(big_workbook, STAFF_COLUMNS) as reader:
        tracemalloc.start()
        try:
            count = 0
            for count, _ in enumerate(reader.rows(), start=1):
                if count == 20_000:
                    break
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert count == 20_000
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"
