"""تقرير الإيرادات الشهري and سجل دفاتر الإيصالات: figures exact, controls listed, QR vouches."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.domain.revenue import closing, service, targets
from baladiya_desktop.domain.revenue.rules import ReceiptInput
from baladiya_desktop.reports.registry import FormOptions, get_form
from baladiya_desktop.reports.verification import verify
from tests.reports.pdftools import pdf_text
from tests.support import login

YEAR = dt.date.today().year - 1
BASE = ReceiptInput("B-1", 1, dt.date(YEAR, 5, 3), "شركة النور", "LIC-ACT", 1_250_500)


def _month(ctx: AppContext) -> dict[str, int]:
    cashier = login(ctx, "cashier")
    service.issue_book(cashier, "B-1", 1, 50, "سالم", dt.date(YEAR, 1, 1))
    amounts = {1: ("LIC-ACT", 1_250_500), 2: ("LIC-ACT", 333), 4: ("SRV-DOC", 7_000_001)}
    ids = [
        service.record_receipt(cashier, replace(BASE, serial=s, category=c, amount=a))
        for s, (c, a) in amounts.items()
    ]
    service.deposit(cashier, "D-1", dt.date(YEAR, 5, 20), ids[:1])
    targets.set_target(cashier, YEAR, "LIC-ACT", 12_000_000)
    return {"LIC-ACT": 1_250_833, "SRV-DOC": 7_000_001}


def test_monthly_report(ctx: AppContext, tmp_path: Path) -> None:
    expected = _month(ctx)
    admin = login(ctx, "admin")
    out = tmp_path / "month.pdf"
    spec = get_form("revenue-monthly")
    result = spec.build(admin, None, out, options=FormOptions(date_from=dt.date(YEAR, 5, 1)))
    assert result.key == f"{YEAR}-05"
    content = spec.content(admin, result.key)
    assert {r["code"]: r["collected"] for r in content["categories"]} == expected
    assert content["totals"]["collected"] == sum(expected.values())
    assert content["totals"]["target"] == 1_000_000
    kinds = sorted(f["kind"] for f in content["findings"])
    assert kinds == ["gap", "late_deposit", "undeposited", "undeposited"]
    text = pdf_text(out)
    assert "تقرير الإيرادات الشهري" in text or "الشهري" in text
    for amount in (sum(expected.values()), 7_000_001):
        assert format_lyd(amount, currency=False) in text
    assert "وكيل البلدية" in text
    assert verify(admin, result.qr).ok


def test_book_register(ctx: AppContext, tmp_path: Path) -> None:
    _month(ctx)
    admin = login(ctx, "admin")
    out = tmp_path / "books.pdf"
    result = get_form("revenue-books").build(admin, None, out)
    content = get_form("revenue-books").content(admin, "all")
    book = content["books"][0]
    assert (book["used"], book["missing"], book["collected"]) == (3, 1, 8_250_834)
    assert "B-1" in pdf_text(out) and result.pages >= 1


def test_month_close_report(ctx: AppContext, tmp_path: Path) -> None:
    _month(ctx)  # serial 3 missing, two receipts not deposited
    admin = login(ctx, "admin")
    spec = get_form("revenue-close")
    draft = spec.build(admin, None, tmp_path / "draft.pdf",
                       options=FormOptions(date_from=dt.date(YEAR, 5, 1)))
    text = pdf_text(tmp_path / "draft.pdf")
    assert draft.key == f"{YEAR}-05" and "مسودة" in text and "يحتاج إيضاح" in text
    explained = {"gap:B-1:3": "ورقة تالفة سُلّمت بمحضر", "undeposited:B-1": "أودعت في يونيو"}
    seal = closing.close_month(admin, f"{YEAR}-05", explained, today=dt.date(YEAR, 6, 15))
    out = tmp_path / "close.pdf"
    result = spec.build(admin, None, out, options=FormOptions(date_from=dt.date(YEAR, 5, 1)))
    text = pdf_text(out)
    assert "مسودة" not in text and "ورقة تالفة" in text and seal[:16] in text
    assert format_lyd(8_250_834, currency=False) in text and "وكيل البلدية" in text
    assert verify(admin, result.qr).ok
