"""Receipts from an office's spreadsheet: any amount format, categories by code or name,
unregistered books created, every bad input refused with its row; exports exact and safe."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.domain.revenue import controls, queries, service
from baladiya_desktop.domain.revenue.rules import ReceiptInput
from baladiya_desktop.domain.revenue.summary import summary
from baladiya_desktop.exchange.mappings.revenue import (
    export_receipts,
    export_summary,
    import_receipts_file,
)
from baladiya_desktop.exchange.pipeline import ImportPolicy
from tests.support import login

YEAR = dt.date.today().year - 1
DAY = dt.date(YEAR, 4, 2)
HEAD = [
    "رقم الدفتر",
    "رقم الإيصال",
    "تاريخ الإيصال",
    "اسم المكلف",
    "البند",
    "القيمة",
    "طريقة الدفع",
    "رقم الصك",
    "المحصل",
]


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    ws = book.active
    ws.append(["بلدية الأصابعة — مكتب الإيرادات"])
    ws.append(["كشف الإيصالات"])
    ws.append(HEAD)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


@pytest.fixture
def cashier(ctx: AppContext) -> AppContext:
    user = login(ctx, "cashier")
    service.issue_book(user, "B-1", 1, 50, "سالم", dt.date(YEAR, 1, 1))
    return user


GOOD = [
    ["B-1", 1, DAY, "مخبز الفجر", "LIC-ACT", "1,250.500", "نقداً", None, "سالم"],
    [
        "B-1",
        2,
        f"{DAY:%d/%m/%Y}",
        "صيدلية الشفاء",
        "رخص مزاولة النشاط",
        "1.250,500",
        "نقدا",
        None,
        "سالم",
    ],
    ["B-1", 3, DAY, "علي سالم", "الشهادات الصحيه", "١٬٢٥٠٫٥", "صك", "445566", "سالم"],
    ["B-1", 4, DAY, "مطعم البحر", "srv-doc", 1250.5, None, None, "سالم"],
    ["B-1", 5, DAY, "مقهى الواحة", "رخص البناء", Decimal("1250.500"), "حوالة", "TR-9", "سالم"],
    ["N-7", 12, DAY, "شركة البناء", "LIC-ACT", 100, None, None, "هدى"],
]
BAD = [
    ["B-1", 6, DAY, "أ", "LIC-ACT", "-5", None, None, None],  # negative
    ["B-1", 7, DAY, "ب", "LIC-ACT", 0, None, None, None],  # zero
    ["B-1", 8, DAY, "ج", "LIC-ACT", "12.3456", None, None, None],  # 4 decimals
    ["B-1", 99, DAY, "د", "LIC-ACT", 10, None, None, None],  # outside the book
    ["B-1", 13, DAY, "هـ", "LIC-ACT", 11, None, None, None],  # duplicate serial
    ["C-1", 1, DAY, "و", "LIC-ACT", 10, None, None, None],  # closed book
    ["B-1", 9, DAY, "ز", "رسوم القمر", 10, None, None, None],  # no such category
    ["B-1", 10, DAY, "ح", "LIC-ACT", "خمسون دينار", None, None, None],  # text amount
    ["B-1", 11, dt.date.today() + dt.timedelta(days=3), "ط", "LIC-ACT", 10, None, None, None],
]


def test_import_formats_books_and_every_refusal(cashier: AppContext, tmp_path: Path) -> None:
    service.issue_book(cashier, "C-1", 1, 10, "x", dt.date(YEAR, 1, 1))
    service.return_book(cashier, "C-1", dt.date(YEAR, 2, 1))
    service.record_receipt(cashier, ReceiptInput("B-1", 13, DAY, "سابق", "LIC-ACT", 1000))
    path = workbook(tmp_path / "in.xlsx", GOOD + BAD)
    done = import_receipts_file(cashier, path)
    data = done.to_json()
    assert data["imported"] == 6 and data["books_created"] == ["N-7"]
    reasons = {r["row"]: r["reason"] for r in data["rejected"]}
    first_bad = 4 + len(GOOD)
    assert sorted(reasons) == list(range(first_bad, first_bad + len(BAD)))
    expect = [
        "سالب",
        "أكبر من صفر",
        "ثلاث خانات",
        "خارج مدى الدفتر",
        "مسجل من قبل",
        "مغلق",
        "غير موجود",
        "ليس مبلغاً",
        "المستقبل",
    ]
    for offset, word in enumerate(expect):
        assert word in reasons[first_bad + offset], (offset, reasons[first_bad + offset])
    assert "العمود «المبلغ»" in reasons[first_bad] and "العمود «المبلغ»" in reasons[first_bad + 1]
    stored = {r.serial: r.amount for r in queries.page(cashier, queries.ReceiptFilter())}
    assert [stored[s] for s in range(1, 6)] == [1_250_500] * 5
    assert next(b for b in queries.books(cashier) if b.book_number == "N-7").imported


def test_cheques_without_their_number_are_kept_and_flagged(
    cashier: AppContext, tmp_path: Path
) -> None:
    """300 historical receipts, a third by cheque with no cheque number: all of them count."""
    service.issue_book(cashier, "H-1", 1, 300, "سالم", dt.date(YEAR, 1, 1))
    rows: list[list[object]] = []
    for serial in range(1, 301):
        cheque = serial % 3 == 0
        rows.append(["H-1", serial, DAY, f"دافع {serial}", "LIC-ACT", 10,
                     "صك" if cheque else "نقداً", None, "سالم"])
    done = import_receipts_file(cashier, workbook(tmp_path / "old.xlsx", rows))
    assert done.result.imported == 300 and not done.result.rejected
    assert summary(cashier, YEAR).year_total() == 300 * 10_000
    flagged = controls.controls(cashier).of("incomplete")
    assert sorted(int(f.serials) for f in flagged) == list(range(3, 301, 3))
    assert all("الصك" in f.text_ar and f.book_number == "H-1" for f in flagged)
    again = import_receipts_file(cashier, workbook(tmp_path / "old.xlsx", rows))
    assert again.result.unchanged == 300 and not again.result.rejected
    with pytest.raises(ValidationError) as caught:  # typed at the counter, it is still asked
        service.record_receipt(cashier, ReceiptInput("B-1", 40, DAY, "x", "LIC-ACT", 5, "cheque"))
    assert caught.value.field == "reference"


def test_all_or_nothing_imports_nothing(cashier: AppContext, tmp_path: Path) -> None:
    path = workbook(tmp_path / "in.xlsx", GOOD[:2] + BAD[:1])
    done = import_receipts_file(cashier, path, policy=ImportPolicy.ALL_OR_NOTHING)
    assert done.result.imported == 0 and done.result.rejected[0].row == 6
    assert queries.count(cashier, queries.ReceiptFilter())[0] == 0


def test_export_is_exact_safe_and_imports_back(cashier: AppContext, tmp_path: Path) -> None:
    amounts = [1, 999, 1_250_500, 7_000_001, 33]
    for serial, amount in enumerate(amounts, start=1):
        payer = '=HYPERLINK("http://x")' if serial == 1 else "دافع"
        service.record_receipt(cashier, ReceiptInput("B-1", serial, DAY, payer, "LIC-ACT", amount))
    out = tmp_path / "out.xlsx"
    assert export_receipts(cashier, out) == len(amounts)
    ws = load_workbook(out).active
    assert ws.sheet_view.rightToLeft
    heads = [c.value for c in ws[3]]
    money = [row[heads.index("المبلغ")] for row in ws.iter_rows(min_row=4, values_only=True)]
    assert sum(Decimal(str(m)) * 1000 for m in money) == sum(amounts)
    payer = next(
        row for row in ws.iter_rows(min_row=4) if row[heads.index("رقم الإيصال")].value == 1
    )[heads.index("اسم الدافع")]
    assert payer.data_type == "s" and payer.value.startswith("=")
    again = import_receipts_file(cashier, out)
    assert again.result.unchanged == len(amounts) and not again.result.rejected


def test_summary_export_totals(cashier: AppContext, tmp_path: Path) -> None:
    service.record_receipt(cashier, ReceiptInput("B-1", 1, DAY, "x", "LIC-ACT", 1_000_001))
    out = tmp_path / "sum.xlsx"
    export_summary(cashier, out, YEAR)
    ws = load_workbook(out).active
    last = list(ws.iter_rows(values_only=True))[-1]
    assert Decimal(str(last[3])) * 1000 == summary(cashier, YEAR).year_total()
