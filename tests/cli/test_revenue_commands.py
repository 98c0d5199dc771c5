"""``revenue receipt add|void`` · ``book issue|close`` · ``deposit add`` · ``target set`` ·
``checklist`` · ``close`` · ``reopen``: the revenue pages as commands, through the revenue
services; a closed month refuses receipts, voids and deposits dated in it."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

import pytest

from baladiya_desktop.core.setup import Target

# A month that has ended, so it can close; its days are in the past.
_FIRST = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
MONTH = f"{_FIRST:%Y-%m}"
DAY = f"{_FIRST.replace(day=5):%d/%m/%Y}"
LATER = f"{_FIRST.replace(day=20):%d/%m/%Y}"
ISSUED = f"{_FIRST:%d/%m/%Y}"


def _writes(station: Target) -> int:
    with sqlite3.connect(str(station.paths.db_path)) as con:
        return int(con.execute("SELECT count(*) FROM audit_log").fetchone()[0])


@pytest.fixture
def revenue(run_cli: Any, station: Target) -> Any:
    db = str(station.paths.db_path)

    def run(*argv: str, user: str = "cashier") -> Any:
        return run_cli("--db", db, "--user", user, "--json", "revenue", *argv)

    issued = run("book", "issue", "--book", "B-7", "--from", "١", "--to", "50",
                 "--collector", "سالم", "--date", ISSUED)  # fmt: skip
    assert issued.code == 0, issued.err
    return run


def _receipt(revenue: Any, serial: str, amount: str = "1,250.500", *extra: str) -> Any:
    return revenue("receipt", "add", "--book", "B-7", "--serial", serial, "--date", DAY,
                   "--payer", "محمد سالم", "--category", "LIC-ACT", "--amount", amount,
                   *extra)  # fmt: skip


def test_book_receipt_void_deposit(revenue: Any, station: Target) -> None:
    book = json.loads(revenue("book", "issue", "--book", "B-8", "--from", "1", "--to", "10",
                              "--date", ISSUED).out)  # fmt: skip
    assert (book["book"], book["from"], book["to"], book["status"]) == ("B-8", 1, 10, "issued")
    done = _receipt(revenue, "١")
    assert done.code == 0, done.err
    receipt = json.loads(done.out)
    assert (receipt["book"], receipt["serial"], receipt["amount"]) == ("B-7", 1, 1_250_500)
    cheque = _receipt(revenue, "2", "1.234,5", "--method", "صك", "--cheque-number", "77")
    assert json.loads(cheque.out)["method"] == "cheque" and json.loads(cheque.out)["amount"] \
        == 1_234_500
    voided = revenue("receipt", "void", "B-7/2", "--reason", "خطأ في المبلغ")
    assert voided.code == 0, voided.err
    assert json.loads(voided.out)["voided"] is True
    deposit = revenue("deposit", "add", "--slip", "D-1", "--date", LATER, "--all")
    assert deposit.code == 0, deposit.err
    slip = json.loads(deposit.out)
    assert (slip["receipts"], slip["amount"]) == (1, 1_250_500)  # the void is left out
    closed = revenue("book", "close", "--book", "B-8", "--date", LATER)
    assert json.loads(closed.out)["status"] == "closed"
    again = revenue("book", "close", "--book", "B-8")
    assert again.code == 1 and "--book:" in again.err


@pytest.mark.parametrize(
    ("argv", "flag"),
    [
        (("--amount", "abc"), "--amount"),
        (("--amount", "0"), "--amount"),
        (("--serial", "99"), "--serial"),  # outside the book
        (("--serial", "x"), "--serial"),
        (("--date", "01/01/2099"), "--date"),
        (("--category", "NOPE"), "--category"),
        (("--method", "cheque"), "--cheque-number"),
        (("--method", "bitcoin"), "--method"),
        (("--book", "B-404"), "--book"),
    ],
)
def test_receipt_refuses_naming_the_option(
    revenue: Any, station: Target, argv: tuple[str, str], flag: str
) -> None:
    fields = {"--book": "B-7", "--serial": "3", "--date": DAY, "--payer": "محمد",
              "--category": "LIC-ACT", "--amount": "10"}  # fmt: skip
    fields.update(dict(zip(argv[::2], argv[1::2], strict=True)))
    before = _writes(station)
    done = revenue("receipt", "add", *[x for pair in fields.items() for x in pair])
    assert done.code == 1 and f"Error: {flag}:" in done.err, done.err
    assert _writes(station) == before


def test_a_closed_month_refuses_receipts_voids_and_deposits(
    revenue: Any, station: Target
) -> None:
    assert _receipt(revenue, "1").code == 0
    assert _receipt(revenue, "2").code == 0
    # The clerk may not close; the checklist shows what is not in order.
    refused = revenue("close", "--month", MONTH)
    assert refused.code == 1 and "does not allow" in refused.err
    items = json.loads(revenue("checklist", "--month", MONTH).out)["items"]
    waiting = [i["key"] for i in items if not i["ok"]]
    assert waiting and all(i["kind"] in ("book", "undeposited") for i in items)
    blocked = revenue("close", "--month", MONTH, user="admin")
    assert blocked.code == 1 and "--month:" in blocked.err
    assert revenue("deposit", "add", "--slip", "D-1", "--date", LATER, "--receipt",
                   "B-7/1").code == 0  # fmt: skip
    # B-7/2 still waits: it closes once explained (the month written YYYY/MM this time).
    keys = [i["key"] for i in json.loads(revenue("checklist", "--month", MONTH).out)["items"]
            if not i["ok"]]  # fmt: skip
    assert keys
    closed = revenue("close", "--month", MONTH.replace("-", "/"),
                     *[f"--explain={k}=يُودع غداً" for k in keys], user="admin")  # fmt: skip
    assert closed.code == 0, closed.err
    assert json.loads(closed.out)["status"] == "closed" and json.loads(closed.out)["seal"]
    before = _writes(station)
    late = _receipt(revenue, "3")
    assert late.code == 1 and "--date:" in late.err and "closed" in late.err
    void = revenue("receipt", "void", "B-7/1", "--reason", "خطأ")
    assert void.code == 1 and "closed" in void.err
    deposit = revenue("deposit", "add", "--slip", "D-2", "--date", LATER, "--receipt", "B-7/2")
    assert deposit.code == 1
    twice = revenue("close", "--month", MONTH, user="admin")
    assert twice.code == 1 and "already closed" in twice.err
    # Reopening is the administrator's, with a reason, and is audited.
    assert revenue("reopen", "--month", MONTH, "--reason", "تصحيح").code == 1
    assert revenue("reopen", "--month", MONTH, "--reason", " ", user="admin").code == 1
    assert _writes(station) == before
    reopened = revenue("reopen", "--month", MONTH, "--reason", "تصحيح إيصال", user="admin")
    assert reopened.code == 0, reopened.err
    assert json.loads(reopened.out)["status"] == "reopened"
    with sqlite3.connect(str(station.paths.db_path)) as con:
        actions = [r[0] for r in con.execute("SELECT action FROM audit_log WHERE action LIKE "
                                              "'revenue.month.%' ORDER BY seq")]  # fmt: skip
    assert actions[-2:] == ["revenue.month.close", "revenue.month.reopen"]
    assert _receipt(revenue, "3").code == 0


def test_target_set(revenue: Any) -> None:
    done = revenue("target", "set", "--year", "٢٠٢٦", "--category", "LIC-ACT",
                   "--annual", "12,000")  # fmt: skip
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert data["annual"] == 12_000_000 and data["monthly"] == [1_000_000] * 12
    bad = revenue("target", "set", "--year", "2026", "--category", "LIC-ACT", "--annual", "-5")
    assert bad.code == 1 and "--annual:" in bad.err
    months = revenue("target", "set", "--year", "2026", "--category", "LIC-ACT", "--annual",
                     "12", "--monthly", "1;1;1")  # fmt: skip
    assert months.code == 1 and "--monthly:" in months.err


def test_a_viewer_changes_nothing(revenue: Any, station: Target) -> None:
    assert _receipt(revenue, "1").code == 0
    before = _writes(station)
    for argv in (("receipt", "add", "--book", "B-7", "--serial", "2", "--date", DAY,
                  "--payer", "x", "--category", "LIC-ACT", "--amount", "1"),
                 ("receipt", "void", "B-7/1", "--reason", "x"),
                 ("book", "issue", "--book", "B-9", "--from", "1", "--to", "5"),
                 ("book", "close", "--book", "B-7"),
                 ("deposit", "add", "--slip", "D", "--all"),
                 ("target", "set", "--year", "2026", "--category", "LIC-ACT", "--annual", "1"),
                 ("close", "--month", MONTH),
                 ("reopen", "--month", MONTH, "--reason", "x")):  # fmt: skip
        done = revenue(*argv, user="guest")
        assert done.code == 1 and done.out == "", argv
    assert _writes(station) == before


@pytest.mark.parametrize("argv", [("receipt", "add"), ("receipt", "void"), ("book", "issue"),
                                  ("book", "close"), ("deposit", "add"), ("target", "set"),
                                  ("checklist",), ("close",), ("reopen",)])  # fmt: skip
def test_help(run_cli: Any, argv: tuple[str, ...]) -> None:
    done = run_cli("revenue", *argv, "--help", password=None)
    assert done.code == 0 and "usage: baladiya revenue " + " ".join(argv) in done.out
