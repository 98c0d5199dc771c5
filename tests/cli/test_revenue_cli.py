"""``baladiya revenue …``: categories, import (staff-import shape), export, summary in
dirhams checked against sums computed here, and the demo's receipts for the controls."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

YEAR = dt.date.today().year - 1


def _sheet(path: Path) -> tuple[Path, dict[tuple[int, str], int]]:
    book = Workbook()
    ws = book.active
    ws.append(["رقم الدفتر", "رقم الإيصال", "التاريخ", "اسم الدافع", "البند", "المبلغ"])
    expected: dict[tuple[int, str], int] = {}
    for serial in range(1, 41):
        month, code = 1 + serial % 12, ("LIC-ACT", "SRV-DOC", "PRP-RNT")[serial % 3]
        dirhams = serial * 1_234_567 % 9_000_000 + 1
        ws.append(
            [
                "B-9",
                serial,
                dt.date(YEAR, month, 3),
                f"دافع {serial}",
                code,
                f"{Decimal(dirhams) / 1000:,.3f}",
            ]
        )
        expected[(month, code)] = expected.get((month, code), 0) + dirhams
    ws.append(["B-9", 41, dt.date(YEAR, 1, 3), "سيء", "LIC-ACT", "abc"])
    book.save(path)
    return path, expected


def test_revenue_commands(run_cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert (
        run_cli(
            "--db",
            db,
            "init",
            "--municipality",
            "LY-M010",
            "--station-name",
            "x",
            "--admin",
            "admin",
        ).code
        == 0
    )
    user = ("--db", db, "--user", "admin", "--json", "revenue")
    cats = json.loads(run_cli(*user, "categories").out)
    assert {"code": "LIC-ACT", "name_ar": "رخص مزاولة النشاط", "parent": "LIC"}.items() <= next(
        c for c in cats if c["code"] == "LIC-ACT"
    ).items()
    assert next(c for c in cats if c["code"] == "LIC")["parent"] is None
    path, expected = _sheet(tmp_path / "in.xlsx")
    done = run_cli(*user, "import", path)
    assert done.code == 0, done.err
    result = json.loads(done.out)
    assert {"imported", "updated", "skipped", "rejected"} <= set(result)
    assert result["imported"] == 40 and result["rejected"][0]["row"] == 42
    assert "المبلغ" in result["rejected"][0]["reason"]
    summary = json.loads(run_cli(*user, "summary", "--year", str(YEAR)).out)
    assert summary["unit"] == "dirham"
    for m in summary["months"]:
        for code, values in m["by_category"].items():
            assert values["collected"] == expected.get((m["month"], code), 0)
    assert summary["totals"]["collected"] == sum(expected.values())
    out = tmp_path / "out.xlsx"
    assert json.loads(run_cli(*user, "export", out).out)["receipts"] == 40
    ws = load_workbook(out).active
    at = [c.value for c in ws[3]].index("المبلغ")
    amounts = [r[at] for r in ws.iter_rows(min_row=4, values_only=True)]
    assert sum(Decimal(str(a)) * 1000 for a in amounts) == sum(expected.values())
    sums = tmp_path / "sum.xlsx"
    assert run_cli(*user, "export", sums, "--summary", "--year", str(YEAR)).code == 0
    bad = run_cli("--db", db, "--user", "admin", "revenue", "export", sums, "--summary")
    assert bad.code == 2


def test_demo_receipts_feed_the_controls(run_cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    made = run_cli(
        "--db",
        db,
        "--json",
        "demo",
        "--municipality",
        "LY-M010",
        "--admin",
        "admin",
        "--staff",
        "5",
        "--receipts",
        "400",
    )
    assert made.code == 0, made.err
    assert json.loads(made.out)["receipts"] == 400
    found = json.loads(run_cli("--db", db, "--user", "admin", "--json", "revenue", "controls").out)
    kinds = {f["kind"] for f in found}
    assert kinds == {"gap", "late_deposit"}
    assert sum(1 for f in found if f["kind"] == "gap") == 1
