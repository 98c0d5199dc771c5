"""``baladiya indicators …`` and ``baladiya projects …``: the contract's commands, and bad
input refused with a clear message and exit 1."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from baladiya_desktop.core.setup import Target

Run = Any
YEAR = dt.date.today().year - 1


def _ok(result: Any) -> Any:
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_indicators_commands(run_cli: Run, station: Target, tmp_path: Path) -> None:
    db = station.paths.db_path
    base = ("--db", db, "--user", "admin", "--json")
    listed = _ok(run_cli(*base, "indicators", "list"))
    assert {"REV_TARGET", "GUARD_FINES"} <= {i["code"] for i in listed}
    _ok(
        run_cli(
            *base,
            "indicators",
            "set",
            "guard_fines",
            "--period",
            f"{YEAR}-02",
            "--value",
            "١٧",
            "--note",
            "سجل المخالفات",
        )
    )
    sheet = _ok(run_cli(*base, "indicators", "list", "--period", f"{YEAR}-02"))
    assert sheet["indicators"][0]["value"] == 17_000
    computed = _ok(run_cli(*base, "indicators", "compute", "--period", f"{YEAR}-Q1"))
    assert "REV_TARGET" in computed["values"]
    assert _ok(run_cli(*base, "indicators", "approve", "--period", f"{YEAR}-02"))["seal"]
    assessed = _ok(
        run_cli(
            *base,
            "indicators",
            "assess",
            "C1.1",
            "--period",
            f"{YEAR}-Q1",
            "--score",
            "4",
            "--evidence",
            "محضر",
        )
    )
    assert assessed["overall"] == "4.00"
    out = tmp_path / "q.pdf"
    report = _ok(run_cli(*base, "indicators", "report", "--period", f"{YEAR}-Q1", "--out", out))
    assert report["pages"] >= 1 and out.read_bytes().startswith(b"%PDF")
    compared = _ok(
        run_cli(
            *base,
            "indicators",
            "compare",
            "GUARD_FINES",
            "--periods",
            f"{YEAR}-01",
            f"{YEAR}-02",
            "--out",
            tmp_path / "c.xlsx",
        )
    )
    assert compared["rows"][0]["rank"] == 1 and (tmp_path / "c.xlsx").exists()
    exported = _ok(run_cli(*base, "indicators", "export", tmp_path / "v.xlsx"))
    assert exported["rows"] >= 1


def test_bad_indicator_input_is_refused(run_cli: Run, station: Target) -> None:
    db = station.paths.db_path
    base = ("--db", db, "--user", "admin")
    run_cli(
        *base,
        "indicators",
        "set",
        "GUARD_FINES",
        "--period",
        f"{YEAR}-02",
        "--value",
        "3",
        "--note",
        "x",
    )
    run_cli(*base, "indicators", "approve", "--period", f"{YEAR}-02")
    for args, words in [
        (("GUARD_FINES", "--period", f"{YEAR}-02", "--value", "4", "--note", "x"), "مختومة"),
        (("GUARD_FINES", "--period", f"{YEAR + 2}-01", "--value", "4", "--note", "x"), "لم تبدأ"),
        (("GUARD_FINES", "--period", f"{YEAR}-03", "--value", "-1", "--note", "x"), "المدى"),
        (("NOPE", "--period", f"{YEAR}-03", "--value", "1"), "غير معروف"),
        (("GUARD_FINES", "--period", "March", "--value", "1", "--note", "x"), "غير مفهومة"),
    ]:
        result = run_cli(*base, "indicators", "set", *args)
        assert result.code == 1 and words in result.err, (args, result.err)
    refused = run_cli(*base, "indicators", "assess", "C1.1", "--period", f"{YEAR}", "--score", "6")
    assert refused.code == 1 and "من 1 إلى 5" in refused.err
    clerk = run_cli(
        "--db", db, "--user", "clerk", "indicators", "approve", "--period", f"{YEAR}-03"
    )
    assert clerk.code == 1
    weights = run_cli(*base, "indicators", "report", "--period", f"{YEAR}-02", "--out", "x.pdf")
    assert weights.code == 1 and "ربعي" in weights.err


def test_projects_commands(run_cli: Run, station: Target, tmp_path: Path) -> None:
    db = station.paths.db_path
    base = ("--db", db, "--user", "admin", "--json")
    wb = Workbook()
    ws = wb.active
    start = dt.date.today() - dt.timedelta(days=300)
    ws.append(
        [
            "اسم المشروع",
            "المحور",
            "الحالة",
            "الميزانية (د.ل)",
            "المصروف (د.ل)",
            "تاريخ البدء",
            "تاريخ الانتهاء المخطط",
            "نسبة الإنجاز الفعلي %",
        ]
    )
    ws.append(
        [
            "مدرسة الأندلس",
            "مشاريع التنمية المحلية",
            "قيد التنفيذ",
            1000,
            1200,
            start,
            start + dt.timedelta(days=400),
            20,
        ]
    )
    ws.append(["سوق", "dev_projects", "مخطط", 10, None, start, start - dt.timedelta(days=3), None])
    path = tmp_path / "p.xlsx"
    wb.save(path)
    imported = _ok(run_cli(*base, "projects", "import", path))
    assert imported["imported"] == 1 and imported["rejected"][0]["row"] == 3
    assert "قبل تاريخ بدئه" in imported["rejected"][0]["reason"]
    rows = _ok(run_cli(*base, "projects", "list", "--warnings"))
    assert rows[0]["behind"] and rows[0]["over_budget"]
    pid = rows[0]["id"]
    back = run_cli(
        "--db",
        db,
        "--user",
        "admin",
        "projects",
        "progress",
        pid,
        "--date",
        dt.date.today().strftime("%d/%m/%Y"),
        "--physical",
        "10",
        "--financial",
        "90",
    )
    assert back.code == 1 and "اذكر السبب" in back.err
    photo = tmp_path / "site.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 32)
    _ok(
        run_cli(
            *base,
            "projects",
            "progress",
            pid,
            "--date",
            dt.date.today().strftime("%d/%m/%Y"),
            "--physical",
            "10",
            "--financial",
            "90",
            "--reason",
            "إعادة قياس",
            "--photo",
            photo,
        )
    )
    sheet = _ok(run_cli(*base, "projects", "sheet", pid, "--out", tmp_path / "s.pdf"))
    assert sheet["pages"] == 1
    assert _ok(run_cli(*base, "projects", "export", tmp_path / "out.xlsx"))["rows"] == 1
