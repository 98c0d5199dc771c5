"""``verify QR_TEXT``: the certified content in both languages, as fields with ``--json``;
exit 0 only for a genuine, unchanged and unflagged paper (CLI.md)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import replace
from typing import Any

import pytest

from baladiya_desktop.core import writes
from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.domain.staff import service as staff
from tests.domain.test_staff import AHMED
from tests.support import login

Run = Any


def _card(station: Target, run_cli: Run) -> tuple[str, str]:
    ctx = open_station(station)
    try:
        emp_id = str(staff.register(login(ctx), AHMED))
    finally:
        ctx.engine.dispose()
    out = station.db_path.parent / "card.pdf"  # type: ignore[union-attr]
    printed = run_cli("--db", station.db_path, "--user", "admin", "--json", "report",
                      "staff-card", "--id", emp_id, "--out", out)  # fmt: skip
    assert printed.code == 0, printed.err
    return emp_id, str(json.loads(printed.out)["qr"])


def test_verify_prints_the_content_in_both_languages(station: Target, run_cli: Run) -> None:
    emp_id, qr = _card(station, run_cli)
    human = run_cli("--db", station.db_path, "verify", qr, password=None)
    assert human.code == 0, human.err
    assert "ما تشهد به الورقة" in human.out and "What the paper certifies" in human.out
    assert "الاسم: أحمد عبد الله محمد الورفلي | أحمد عبد الله محمد الورفلي" in human.out
    assert "Grade: 8 | 8" in human.out and "National number: 119850123456" in human.out

    ctx = open_station(station)
    try:
        staff.update(login(ctx), uuid.UUID(emp_id), replace(AHMED, grade=9))
    finally:
        ctx.engine.dispose()
    changed = run_cli("--db", station.db_path, "--json", "verify", qr, password=None)
    assert changed.code == 1
    data = json.loads(changed.out)
    assert data["status"] == "changed" and data["ok"] is False and data["flags"] == []
    assert data["changed_fields"] == ["g"]
    grade = next(row for row in data["content"] if row["key"] == "g")
    assert grade["paper"] == "8" and grade["current"] == "9" and grade["changed"] is True
    assert grade["label_ar"] == "الدرجة" and grade["label_en"] == "Grade"
    text = run_cli("--db", station.db_path, "verify", qr, password=None)
    assert text.code == 1 and "Grade: 8 | 9  [changed]" in text.out


def test_a_forward_dated_paper_exits_1_with_the_flag(
    station: Target, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(days=10)
    monkeypatch.setattr(writes, "utcnow", lambda: ahead)
    _, qr = _card(station, run_cli)
    monkeypatch.undo()
    result = run_cli("--db", station.db_path, "--json", "verify", qr, password=None)
    assert result.code == 1
    data = json.loads(result.out)
    assert data["status"] == "flagged" and data["data_status"] == "genuine"
    assert [f["code"] for f in data["flags"]] == ["future"]
    human = run_cli("--db", station.db_path, "verify", qr, password=None)
    assert human.code == 1 and human.out.startswith("!! ") and "set ahead" in human.out
