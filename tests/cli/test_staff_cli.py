"""``staff import`` · ``staff export`` · ``staff search`` as CLI.md writes them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from baladiya_desktop.core.setup import Target
from tests.exchange.test_staff_mapping import GOOD_ROWS, REASONS, messy_workbook, write_sheet


def _db(station: Target) -> str:
    return str(station.paths.db_path)


def test_import_json_summary(run_cli: Any, station: Target, tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "staff.xlsx")
    db = _db(station)
    done = run_cli("--db", db, "--user", "clerk", "--json", "staff", "import", path)
    assert done.code == 0, done.err
    summary = json.loads(done.out)
    assert (summary["imported"], summary["updated"], summary["skipped"]) == (len(GOOD_ROWS) - 2,
                                                                             0, 1)  # fmt: skip
    rows = [r["row"] for r in summary["rejected"]]
    # Without the unit «إدارة الشؤون المالية» in this station, rows 5 and 6 are refused too.
    assert rows == sorted({*REASONS, 5, 6})
    assert all(isinstance(r["reason"], str) and r["reason"] for r in summary["rejected"])
    reasons = {r["row"]: r["reason"] for r in summary["rejected"]}
    assert "الوحدة" in reasons[5] and "خارج جدول الدرجات" in reasons[15]


def test_dry_run_report_and_idempotence(run_cli: Any, station: Target, tmp_path: Path) -> None:
    rows = [["الرقم الوطني", "الاسم الرباعي", "الدرجة"],
            ["١١٩٨٥٠١٢٣٤٥٦", "أحمد عبد الله محمد الورفلي", "الدرجة 8"],
            ["119860123456", "علي أحمد الزوي", 16]]  # fmt: skip
    path = write_sheet(tmp_path / "s.xlsx", rows)
    db, report = _db(station), tmp_path / "refused.xlsx"
    dry = run_cli("--db", db, "--user", "admin", "--json", "staff", "import", path, "--dry-run",
                  "--report", report)  # fmt: skip
    summary = json.loads(dry.out)
    assert (summary["imported"], summary["dry_run"]) == (1, True)
    assert summary["rejected"] == [{"row": 3, "reason": summary["rejected"][0]["reason"]}]
    assert "16" in summary["rejected"][0]["reason"]
    book = load_workbook(report, read_only=True)
    assert [r[0] for r in book.worksheets[0].iter_rows(min_row=2, values_only=True)] == [3]
    book.close()
    search = run_cli("--db", db, "--user", "admin", "--json", "staff", "search", "الورفلي")
    assert json.loads(search.out) == []  # the dry run imported nothing
    first = json.loads(run_cli("--db", db, "--user", "admin", "--json", "staff", "import",
                               path).out)  # fmt: skip
    again = json.loads(run_cli("--db", db, "--user", "admin", "--json", "staff", "import",
                               path).out)  # fmt: skip
    assert (first["imported"], again["imported"], again["unchanged"]) == (1, 0, 1)
    hits = json.loads(run_cli("--db", db, "--user", "admin", "--json", "staff", "search",
                              "١١٩٨٥").out)  # fmt: skip
    assert [h["national_number"] for h in hits] == ["119850123456"]
    assert set(hits[0]) >= {"id", "national_number", "full_name"}


def test_human_output_names_rows(run_cli: Any, station: Target, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "s.xlsx", [["الرقم الوطني", "الاسم الرباعي"],
                                             ["12345", "أحمد علي محمد الزوي"]])  # fmt: skip
    done = run_cli("--db", _db(station), "--user", "admin", "staff", "import", path)
    assert done.code == 0
    assert "الصف 2" in done.out and "12 رقماً" in done.out and "1 rejected" in done.out


def test_export_and_refusals(run_cli: Any, station: Target, tmp_path: Path) -> None:
    db = _db(station)
    path = write_sheet(tmp_path / "s.xlsx", [["الرقم الوطني", "الاسم الرباعي"],
                                             ["119850123456", "أحمد علي محمد الزوي"]])  # fmt: skip
    run_cli("--db", db, "--user", "admin", "staff", "import", path)
    out = tmp_path / "out.xlsx"
    done = run_cli("--db", db, "--user", "admin", "--json", "staff", "export", out)
    assert done.code == 0 and json.loads(done.out)["rows"] == 1
    assert load_workbook(out).worksheets[0].sheet_view.rightToLeft
    viewer = run_cli("--db", db, "--user", "guest", "staff", "import", path)
    assert viewer.code == 1
    (bad := tmp_path / "bad.xlsx").write_bytes(b"not a workbook")
    refused = run_cli("--db", db, "--user", "admin", "staff", "import", bad)
    assert refused.code == 1 and "xlsx" in refused.err
    wrong = run_cli("--db", db, "--user", "admin", "staff", "import", path, "--sheet", "غيرها")
    assert wrong.code == 1 and "لا توجد ورقة" in wrong.err
