"""A settlement case from the scan to execution through ``baladiya``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

Run = Any


def _json(result: Any) -> Any:
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_scan_open_walk_execute(run_cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    _json(run_cli("--db", db, "--json", "demo", "--municipality", "LY-M020", "--admin", "admin",
                  "--staff", "80", "--seed", "3"))
    _json(run_cli("--db", db, "--user", "admin", "--json", "users", "add", "clerk", "--role",
                  "staff_officer", env={"BALADIYA_NEW_PASSWORD": "secret12"}))
    scanned = _json(run_cli("--db", db, "--user", "admin", "--json", "settlement", "scan"))
    assert scanned and {"national_number", "recorded_grade", "entitled_grade"} <= set(scanned[0])
    assert all(r["recorded_grade"] != r["entitled_grade"] for r in scanned)
    target = next(r for r in scanned if r["entitled_grade"] < 10)
    opened = _json(run_cli(
        "--db", db, "--user", "clerk", "--json", "settlement", "open", "--employee",
        target["employee_id"], "--type", "grade", "--effect",
        f"تسوية الدرجة من {target['recorded_grade']} إلى {target['entitled_grade']}"))
    case = opened["cases"][0]
    docs = ["request", "job_data", "appointment", "start_of_work", "last_decision",
            "service_statement"]
    received = [arg for d in docs for arg in ("--received", d)]
    for user, action in (("clerk", "complete_documents"), ("clerk", "to_committee"),
                         ("clerk", "committee_approve"), ("admin", "agent_approve")):
        extra = received if action == "complete_documents" else []
        _json(run_cli("--db", db, "--user", user, "--json", "settlement", "step", case,
                      *extra, "--action", action))
    refused = run_cli("--db", db, "--user", "admin", "settlement", "step", case, "--action",
                      "execute")
    assert refused.code == 1 and "رقم القرار" in refused.err
    today = dt.date.today().strftime("%d/%m/%Y")
    done = _json(run_cli("--db", db, "--user", "admin", "--json", "settlement", "step", case,
                         "--action", "execute", "--decision", "55/2026", "--decision-date",
                         today))
    assert done["status"] == "executed"
    shown = _json(run_cli("--db", db, "--user", "admin", "--json", "settlement", "show", case))
    assert [s["to"] for s in shown["steps"]][-1] == "executed" and shown["chronology"]
    rescan = _json(run_cli("--db", db, "--user", "admin", "--json", "settlement", "scan"))
    assert target["national_number"] not in {r["national_number"] for r in rescan}
    out = tmp_path / "cases.xlsx"
    _json(run_cli("--db", db, "--user", "admin", "--json", "settlement", "export", out))
    sheet = load_workbook(out).active
    assert sheet.sheet_view.rightToLeft
    values = [c for row in sheet.iter_rows(values_only=True) for c in row]
    assert "نُفذت" in values


def test_settlement_refusals_exit_1(run_cli: Run, station: Any) -> None:
    db = station.db_path
    guest = run_cli("--db", db, "--user", "guest", "settlement", "scan")
    assert guest.code == 1
    missing = run_cli("--db", db, "--user", "admin", "settlement", "open", "--employee",
                      "01a2f000-0000-7000-8000-000000000000", "--type", "grade", "--effect",
                      "تسوية الدرجة من 7 إلى 8")
    assert missing.code == 1 and "غير موجود" in missing.err
    bad = run_cli("--db", db, "--user", "admin", "settlement", "show", "not-a-uuid")
    assert bad.code == 1
