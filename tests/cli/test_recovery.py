"""The administrator's recovery code: made at setup, shown once, sets a forgotten password."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from baladiya_desktop.core import users
from baladiya_desktop.core.audit import AuditEntry
from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from tests.support import PASSWORD

Run = Any
CODE_RE = re.compile(r"^([2-9A-HJKMNP-Z]{5}-){4}[2-9A-HJKMNP-Z]{5}$")
NEW = "new-password-1"


@pytest.fixture(autouse=True)
def _no_recovery_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BALADIYA_RECOVERY_CODE", raising=False)


def _init(run_cli: Run, db: Path) -> str:
    result = run_cli("--db", db, "--json", "init", "--municipality", "LY-M005",
                     "--station-name", "مكتب الوكيل", "--admin", "admin")
    assert result.code == 0, result.err
    code = json.loads(result.out)["recovery_code"]
    assert CODE_RE.match(code)
    return str(code)


def _row(db: Path, name: str = "admin") -> tuple[str, str | None, int]:
    ctx = open_station(Target.resolve(db))
    try:
        with ctx.session() as session:
            user = session.scalars(select(users.User).where(users.User.username == name)).one()
            return user.password_hash, user.recovery_hash, user.failed_attempts
    finally:
        ctx.engine.dispose()


def _audit_actions(db: Path) -> list[str]:
    ctx = open_station(Target.resolve(db))
    try:
        with ctx.session() as session:
            return list(session.scalars(select(AuditEntry.action)))
    finally:
        ctx.engine.dispose()


def _can_log_in(run_cli: Run, db: Path, password: str) -> bool:
    return bool(run_cli("--db", db, "--user", "admin", "users", "list",
                        password=password).code == 0)


def test_init_shows_a_recovery_code_once_and_stores_only_its_hash(run_cli: Run,
                                                                  tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    code = _init(run_cli, db)
    _hash, stored, _n = _row(db)
    assert stored is not None and stored.startswith("$argon2id$")
    stored_bytes = b"".join(f.read_bytes() for f in tmp_path.iterdir() if f.is_file())
    for form in (code, code.replace("-", "")):
        assert form.encode() not in stored_bytes  # neither the database nor its WAL
    assert not any(code in a for a in _audit_actions(db))
    text = run_cli("--db", tmp_path / "t.db", "init", "--municipality", "LY-M005",
                   "--station-name", "x", "--admin", "admin")
    assert text.code == 0
    shown = re.findall(r"[2-9A-Z]{5}(?:-[2-9A-Z]{5}){4}", text.out)
    assert shown and "Write it down" in text.out and "اكتبه على ورقة" in text.out


def test_recover_with_the_code_sets_the_password_once(run_cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    code = _init(run_cli, db)
    for _ in range(12):  # someone kept the agent waiting with wrong passwords
        run_cli("--db", db, "--user", "admin", "users", "list", password="wrong-password")
    assert _row(db)[2] > 0
    result = run_cli("--db", db, "--json", "users", "recover", "admin", password=NEW,
                     env={"BALADIYA_RECOVERY_CODE": code.lower().replace("-", " ")})
    assert result.code == 0, result.err
    fresh = json.loads(result.out)["recovery_code"]
    assert CODE_RE.match(fresh) and fresh != code
    assert _row(db)[2] == 0  # the delay is cleared at once
    assert _can_log_in(run_cli, db, NEW)
    assert not _can_log_in(run_cli, db, PASSWORD)
    assert "users.recover" in _audit_actions(db)

    again = run_cli("--db", db, "users", "recover", "admin", password="another-pass-2",
                    env={"BALADIYA_RECOVERY_CODE": code})
    assert again.code == 1  # the old code is spent
    assert "رمز الاسترداد" in again.err and "recovery code" in again.err
    assert _can_log_in(run_cli, db, NEW)

    # The new code works, read from standard input this time.
    third = run_cli("--db", db, "--password-stdin", "--json", "users", "recover", "admin",
                    password=None, stdin=f"{fresh}\nthird-pass-3\n")
    assert third.code == 0, third.err
    assert _can_log_in(run_cli, db, "third-pass-3")


def test_a_wrong_code_changes_nothing(run_cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    code = _init(run_cli, db)
    before = _row(db)
    wrong = "2222" + code[4:] if not code.startswith("2222") else "3333" + code[4:]
    for attempt in (wrong, "", "not-a-code"):
        result = run_cli("--db", db, "users", "recover", "admin", password=NEW,
                         env={"BALADIYA_RECOVERY_CODE": attempt} if attempt else None)
        assert result.code == 1
    assert _row(db) == before
    assert "users.recover_refused" in _audit_actions(db)
    assert _can_log_in(run_cli, db, PASSWORD)
    assert run_cli("--db", db, "users", "recover", "admin", password=NEW,
                   env={"BALADIYA_RECOVERY_CODE": code}).code == 0  # still the valid code


def test_recover_applies_the_password_policy(run_cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    code = _init(run_cli, db)
    before = _row(db)
    for weak in ("      ", "admin", "aaaaaaaa"):
        result = run_cli("--db", db, "users", "recover", "admin", password=weak,
                         env={"BALADIYA_RECOVERY_CODE": code})
        assert result.code == 1 and "كلمة المرور" in result.err
    assert _row(db) == before


def test_recover_refuses_unknown_users_and_users_without_a_code(run_cli: Run,
                                                                tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    code = _init(run_cli, db)
    assert run_cli("--db", db, "--user", "admin", "users", "add", "sara", "--role", "viewer",
                   env={"BALADIYA_NEW_PASSWORD": "sara-pass-1"}).code == 0
    before = _row(db, "sara"), _row(db, "admin")
    for name in ("nobody", "sara"):  # the administrator's code is no key to other accounts
        result = run_cli("--db", db, "users", "recover", name, password=NEW,
                         env={"BALADIYA_RECOVERY_CODE": code})
        assert result.code == 1
        assert "Nothing was changed" in result.err
    assert (_row(db, "sara"), _row(db, "admin")) == before


def test_demo_and_ministry_init_show_a_recovery_code(run_cli: Run, tmp_path: Path) -> None:
    demo = run_cli("--db", tmp_path / "d.db", "--json", "demo", "--municipality", "LY-M005",
                   "--admin", "admin", "--staff", "3", "--receipts", "3")
    assert demo.code == 0, demo.err
    demo_code = json.loads(demo.out)["recovery_code"]
    assert CODE_RE.match(demo_code)
    ministry = run_cli("--db", tmp_path / "m.db", "--json", "ministry", "init", "--name",
                       "الوزارة", "--admin", "officer")
    assert ministry.code == 0, ministry.err
    code = json.loads(ministry.out)["recovery_code"]
    assert CODE_RE.match(code) and code != demo_code
    result = run_cli("--db", tmp_path / "m.db", "users", "recover", "officer", password=NEW,
                     env={"BALADIYA_RECOVERY_CODE": code})
    assert result.code == 0, result.err


def test_code_alphabet_is_unambiguous() -> None:
    codes = {users.new_recovery_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(CODE_RE.match(c) for c in codes)
    assert not set("01ILO") & set("".join(codes))


def test_an_administrator_makes_a_new_code_for_an_older_station(run_cli: Run,
                                                                station: Target) -> None:
    db = station.db_path
    assert db is not None and _row(db)[1] is None  # made before recovery codes
    assert run_cli("--db", db, "--user", "clerk", "users", "recovery-code").code == 1
    made = run_cli("--db", db, "--user", "admin", "--json", "users", "recovery-code")
    assert made.code == 0, made.err
    code = json.loads(made.out)["recovery_code"]
    assert CODE_RE.match(code) and _row(db)[1] is not None
    second = json.loads(run_cli("--db", db, "--user", "admin", "--json", "users",
                                "recovery-code").out)["recovery_code"]
    assert run_cli("--db", db, "users", "recover", "admin", password=NEW,
                   env={"BALADIYA_RECOVERY_CODE": code}).code == 1  # replaced
    assert run_cli("--db", db, "users", "recover", "admin", password=NEW,
                   env={"BALADIYA_RECOVERY_CODE": second}).code == 0
    assert "users.recovery_code" in _audit_actions(db)
