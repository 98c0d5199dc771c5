"""The ``baladiya`` contract for the foundation commands (CLI.md)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from baladiya_desktop.core.setup import Target
from tests.support import PASSWORD

Run = Any


def test_municipalities_lists_the_shipped_codes(run_cli: Run) -> None:
    result = run_cli("--json", "municipalities", password=None)
    assert result.code == 0
    items = json.loads(result.out)
    assert len(items) == 141
    assert set(items[0]) == {"code", "name_ar", "name_en"}
    assert len({i["code"] for i in items}) == 141


def test_init_then_users_list(run_cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = run_cli("--db", db, "--json", "init", "--municipality", "LY-M005",
                     "--station-name", "مكتب الوكيل", "--admin", "admin")
    assert result.code == 0, result.err
    created = json.loads(result.out)
    assert created["municipality"] == "LY-M005" and len(created["fingerprint"]) == 79
    listed = run_cli("--db", db, "--user", "admin", "--json", "users", "list")
    assert listed.code == 0, listed.err
    assert [u["username"] for u in json.loads(listed.out)] == ["admin"]
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    assert run_cli("--db", db, "--user", "admin", "audit", "verify").code == 0


def test_init_by_municipality_name_and_password_on_stdin(run_cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = run_cli("--db", db, "--password-stdin", "init", "--municipality", "ابو سليم",
                     "--station-name", "x", "--admin", "boss", password=None,
                     stdin="pass-from-stdin\n")
    assert result.code == 0, result.err
    ok = run_cli("--db", db, "--user", "boss", "--password-stdin", "users", "list",
                 password=None, stdin="pass-from-stdin\n")
    assert ok.code == 0 and "boss" in ok.out


def test_init_refuses_unknown_municipality(run_cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "u.db"
    result = run_cli("--db", db, "init", "--municipality", "Atlantis", "--station-name", "x",
                     "--admin", "admin")
    assert result.code == 1
    assert "ليست في القائمة" in result.err and "not in the list" in result.err
    assert not db.exists() or db.stat().st_size == 0


def test_audit_verify_names_the_edited_entry(run_cli: Run, station: Target) -> None:
    con = sqlite3.connect(station.db_path)  # type: ignore[arg-type]
    con.execute("UPDATE audit_log SET action = 'covered.up' WHERE seq = 12")
    con.commit()
    con.close()
    result = run_cli("--db", station.db_path, "--user", "admin", "--json", "audit", "verify")
    assert result.code == 1
    report = json.loads(result.out)
    assert report["ok"] is False and report["broken_seq"] == 12
    assert run_cli("--db", station.db_path, "--user", "admin", "db", "check").code == 1


def test_wrong_password_disabled_user_and_role_exit_1(run_cli: Run, station: Target) -> None:
    db = station.db_path
    wrong = run_cli("--db", db, "--user", "admin", "users", "list", password="nope-nope")
    assert wrong.code == 1 and "كلمة المرور غير صحيحة" in wrong.err
    viewer = run_cli("--db", db, "--user", "guest", "users", "add", "x2", "--role", "admin",
                     env={"BALADIYA_NEW_PASSWORD": "secret99"})
    assert viewer.code == 1 and "لا يسمح" in viewer.err
    assert run_cli("--db", db, "--user", "admin", "users", "disable", "clerk").code == 0
    disabled = run_cli("--db", db, "--user", "clerk", "backup")
    assert disabled.code == 1 and "موقوف" in disabled.err
    listed = json.loads(run_cli("--db", db, "--user", "admin", "--json", "users", "list").out)
    assert "x2" not in {u["username"] for u in listed}


def test_missing_password_is_explained(run_cli: Run, station: Target) -> None:
    result = run_cli("--db", station.db_path, "--user", "admin", "users", "list", password=None)
    assert result.code == 1 and "BALADIYA_PASSWORD" in result.err


def test_usage_errors_exit_2(run_cli: Run, station: Target) -> None:
    assert run_cli("--db", station.db_path, "no-such-command").code == 2
    assert run_cli("--db", station.db_path, "users").code == 2
    assert run_cli("--db", station.db_path, "--database-url", "sqlite://", "db", "check").code == 2


def test_users_add_passwd_disable(run_cli: Run, station: Target) -> None:
    db = station.db_path
    added = run_cli("--db", db, "--user", "admin", "users", "add", "nadia", "--role",
                    "revenue_officer", env={"BALADIYA_NEW_PASSWORD": "nadia-pass"})
    assert added.code == 0, added.err
    assert run_cli("--db", db, "--user", "nadia", "--json", "backup",
                   password="nadia-pass").code == 0
    changed = run_cli("--db", db, "--user", "admin", "users", "passwd", "nadia",
                      env={"BALADIYA_NEW_PASSWORD": "nadia-new"})
    assert changed.code == 0
    assert run_cli("--db", db, "--user", "nadia", "backup", password="nadia-new").code == 0


def test_backup_restore_and_check(run_cli: Run, station: Target, tmp_path: Path) -> None:
    db = station.db_path
    out = tmp_path / "b.db"
    made = run_cli("--db", db, "--user", "admin", "--json", "backup", "--out", out)
    assert made.code == 0 and json.loads(made.out)["path"] == str(out)
    run_cli("--db", db, "--user", "admin", "users", "add", "temp", "--role", "viewer",
            env={"BALADIYA_NEW_PASSWORD": "secret99"})
    restored = run_cli("--db", db, "--user", "admin", "restore", out)
    assert restored.code == 0, restored.err
    listed = json.loads(run_cli("--db", db, "--user", "admin", "--json", "users", "list").out)
    assert "temp" not in {u["username"] for u in listed}
    check = run_cli("--db", db, "--user", "admin", "--json", "db", "check")
    assert check.code == 0 and json.loads(check.out)["ok"] is True
    assert run_cli("--db", db, "--user", "admin", "db", "upgrade").code == 0


def test_not_a_database_exit_1_and_untouched(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "letter.db"
    path.write_text("Dear sir,\n" * 100)
    before = path.read_bytes()
    result = run_cli("--db", path, "--user", "admin", "users", "list")
    assert result.code == 1 and "restore" in result.err
    assert path.read_bytes() == before


def test_environment_variables_select_db_and_user(run_cli: Run, station: Target) -> None:
    result = run_cli("--json", "users", "list",
                     env={"BALADIYA_DB": str(station.db_path), "BALADIYA_USER": "admin"})
    assert result.code == 0, result.err
    assert PASSWORD not in result.out
