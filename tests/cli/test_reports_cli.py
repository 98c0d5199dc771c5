"""``report list`` · ``report NAME`` · ``verify`` (CLI.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from baladiya_desktop.core.setup import Target

Run = Any


@pytest.fixture
def db(station: Target) -> Path:
    assert station.db_path is not None
    return station.db_path


def _print(run_cli: Run, db: Path, name: str, out: Path, *extra: str, user: str = "admin") -> Any:
    return run_cli("--db", db, "--user", user, "--json", "report", name, "--out", out, *extra)


def test_report_list_json(run_cli: Run, db: Path) -> None:
    result = run_cli("--db", db, "report", "list", "--json", password=None)
    assert result.code == 0, result.err
    items = json.loads(result.out)
    assert {i["name"] for i in items} >= {"station-card", "users-list", "audit-extract"}
    for item in items:
        assert set(item) == {"name", "title", "needs_id"} and isinstance(item["needs_id"], bool)
    card = next(i for i in items if i["name"] == "station-card")
    assert card["title"] == "بطاقة المحطة"
    text = run_cli("--db", db, "report", "list", password=None)
    assert text.code == 0 and "users-list" in text.out


def test_print_and_verify(run_cli: Run, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    result = _print(run_cli, db, "station-card", out)
    assert result.code == 0, result.err
    printed = json.loads(result.out)
    assert printed["path"] == str(out) and printed["pages"] == 1 and out.is_file()
    qr = printed["qr"]
    human = run_cli("--db", db, "--user", "clerk", "report", "station-card", "--out", out)
    assert human.code == 0 and str(out) in human.out and "1" in human.out

    ok = run_cli("--db", db, "--json", "verify", qr, password=None)  # no user needed
    assert ok.code == 0, ok.err
    verdict = json.loads(ok.out)
    assert verdict["status"] == "genuine" and verdict["form"] == "station-card"
    assert verdict["record"] and verdict["message"]
    with_user = run_cli("--db", db, "--user", "guest", "verify", qr)
    assert with_user.code == 0 and "genuine" in with_user.out and "أصلي" in with_user.out

    edited = qr[:-10] + ("A" if qr[-10] != "A" else "B") + qr[-9:]
    bad = run_cli("--db", db, "--json", "verify", edited, password=None)
    assert bad.code == 1 and json.loads(bad.out)["status"] == "not_genuine"
    junk = run_cli("--db", db, "verify", "https://example.com", password=None)
    assert junk.code == 1 and "not issued by Baladiya" in junk.out


def test_changed_since_printing_exits_1(run_cli: Run, db: Path, tmp_path: Path) -> None:
    result = _print(run_cli, db, "users-list", tmp_path / "u.pdf")
    assert result.code == 0, result.err
    qr = json.loads(result.out)["qr"]
    assert run_cli("--db", db, "--user", "admin", "users", "disable", "guest").code == 0
    changed = run_cli("--db", db, "--json", "verify", qr, password=None)
    assert changed.code == 1 and json.loads(changed.out)["status"] == "changed"


def test_missing_permission_exits_1(run_cli: Run, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "u.pdf"
    result = _print(run_cli, db, "users-list", out, user="clerk")
    assert result.code == 1 and "users.manage" in result.err and not out.exists()
    audit = _print(run_cli, db, "audit-extract", out, user="guest")
    assert audit.code == 1 and not out.exists()
    nobody = run_cli("--db", db, "report", "users-list", "--out", out, password=None)
    assert nobody.code == 1 and "--user" in nobody.err


def test_unknown_form_lists_the_forms(run_cli: Run, db: Path, tmp_path: Path) -> None:
    result = _print(run_cli, db, "no-such-form", tmp_path / "x.pdf")
    assert result.code == 1
    assert "no-such-form" in result.err
    for name in ("station-card", "users-list", "audit-extract"):
        assert name in result.err


def test_bad_input(run_cli: Run, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    bad_date = _print(run_cli, db, "audit-extract", out, "--from", "31/02/2025")
    assert bad_date.code == 1 and bad_date.err
    backwards = _print(
        run_cli, db, "audit-extract", out, "--from", "2025-03-01", "--to", "1/1/2025"
    )
    assert backwards.code == 1 and "after its end" in backwards.err
    with_id = _print(run_cli, db, "users-list", out, "--id", "x")
    assert with_id.code == 1 and "--id" in with_id.err
    dated = _print(run_cli, db, "station-card", out, "--from", "1/1/2025")
    assert dated.code == 1
    no_out = run_cli("--db", db, "--user", "admin", "report", "station-card")
    assert no_out.code == 2 and "--out" in no_out.err
    assert not out.exists()


def test_audit_extract_range(run_cli: Run, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    result = _print(run_cli, db, "audit-extract", out, "--from", "01/01/2001", "--to", "٣١/١/٢٠٠١")
    assert result.code == 0, result.err
    printed = json.loads(result.out)
    assert printed["pages"] == 1 and printed["record"].startswith("2001-01-01..2001-01-31@")
    assert run_cli("--db", db, "verify", printed["qr"], password=None).code == 0
