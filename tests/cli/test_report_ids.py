"""``report NAME --id X`` takes the number printed on the paper as well as the record id: a
settlement case number, a national number, a receipt's BOOK/SERIAL, a project's name or
contract number. The paper printed either way names the same record."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any


def _one(db: Path, sql: str) -> tuple[Any, ...]:
    with sqlite3.connect(db) as con:
        row = con.execute(sql).fetchone()
    assert row is not None
    return tuple(row)


def test_forms_take_the_printed_number(run_cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    made = run_cli("--db", db, "demo", "--municipality", "LY-M010", "--admin", "admin",
                   "--staff", "30", "--receipts", "20")  # fmt: skip
    assert made.code == 0, made.err
    case_id, number = _one(db, "SELECT id, case_number FROM settlement_case LIMIT 1")
    emp_id, national = _one(db, "SELECT id, national_number FROM employee "
                                "WHERE national_number IS NOT NULL LIMIT 1")  # fmt: skip
    receipt_id, book, serial = _one(
        db, "SELECT r.id, b.book_number, r.serial FROM receipt r "
        "JOIN receipt_book b ON b.id = r.book_id LIMIT 1")  # fmt: skip
    project_id, name, contract = _one(db, "SELECT id, name, contract_number FROM project "
                                          "WHERE contract_number != '' LIMIT 1")  # fmt: skip
    arabic = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    asked = [
        ("settlement-case", number, case_id),
        ("settlement-case", number.lower(), case_id),
        ("staff-card", national, emp_id),
        ("staff-card", national.translate(arabic), emp_id),
        ("revenue-receipt", f"{book}/{serial}", receipt_id),
        ("project-sheet", name, project_id),
        ("project-sheet", contract, project_id),
    ]
    for n, (form, given, record) in enumerate(asked):
        out = tmp_path / f"{n}.pdf"
        done = run_cli("--db", db, "--user", "admin", "--json", "report", form, "--id", given,
                       "--out", out)  # fmt: skip
        assert done.code == 0, (form, given, done.err)
        assert json.loads(done.out)["record"] == _uuid(record)
        assert out.stat().st_size > 1000
    # The id still works; a number that names nothing is refused, and nothing is printed.
    by_id = run_cli("--db", db, "--user", "admin", "--json", "report", "staff-card", "--id",
                    _uuid(emp_id), "--out", tmp_path / "id.pdf")  # fmt: skip
    assert by_id.code == 0, by_id.err
    for form, given in (("settlement-case", "S-2026-0000-9999"), ("staff-card", "119999999999"),
                        ("revenue-receipt", f"{book}/99999"), ("revenue-receipt", "nonsense"),
                        ("project-sheet", "مشروع لا يوجد")):  # fmt: skip
        out = tmp_path / "none.pdf"
        done = run_cli("--db", db, "--user", "admin", "report", form, "--id", given, "--out", out)
        assert done.code == 1 and "Error:" in done.err and "Invalid" not in done.err, given
        assert not out.exists()
    # A viewer may not print a staff card, whatever number names it.
    viewer = run_cli("--db", db, "--user", "admin", "users", "add", "reader", "--role", "viewer",
                     env={"BALADIYA_NEW_PASSWORD": "secret12"})  # fmt: skip
    assert viewer.code == 0, viewer.err
    refused = run_cli("--db", db, "--user", "reader", "report", "staff-card", "--id", national,
                      "--out", tmp_path / "v.pdf")  # fmt: skip
    assert refused.code == 1 and "does not allow" in refused.err


def _uuid(raw: Any) -> str:
    """A stored id (text or 16 bytes, by dialect) as the CLI prints it."""
    return str(uuid.UUID(bytes=raw) if isinstance(raw, bytes) else uuid.UUID(str(raw)))
