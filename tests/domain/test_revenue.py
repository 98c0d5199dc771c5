"""Local revenue: receipts refused for every bad input, voids kept, deposits, controls,
closed months, and totals exact to the dirham."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, ValidationError
from baladiya_desktop.domain.revenue import closing, controls, service, summary, targets
from baladiya_desktop.domain.revenue.categories import add_local
from baladiya_desktop.domain.revenue.models import Receipt
from baladiya_desktop.domain.revenue.rules import ReceiptInput
from tests.support import login

TODAY = dt.date.today()
START = dt.date(TODAY.year - 1, 1, 1)
BASE = ReceiptInput(
    book_number="B-100",
    serial=1,
    receipt_date=dt.date(TODAY.year - 1, 3, 5),
    payer_name="شركة النور للمقاولات",
    category="LIC-ACT",
    amount="1,250.500",
)


@pytest.fixture
def cashier(ctx: AppContext) -> AppContext:
    user = login(ctx, "cashier")
    service.issue_book(user, "B-100", 1, 50, "سالم المحصل", START)
    return user


def receipts(ctx: AppContext) -> int:
    with ctx.session() as session:
        return int(session.scalar(select(func.count()).select_from(Receipt)) or 0)


def test_receipt_amounts_in_any_format(cashier: AppContext) -> None:
    amounts = ["1,250.500", "1.250,500", "١٢٥٠٫٥", "1250.5 د.ل", 1_250_500]
    for serial, amount in enumerate(amounts, start=1):
        service.record_receipt(cashier, replace(BASE, serial=serial, amount=amount))
    with cashier.session() as session:
        stored = list(session.scalars(select(Receipt.amount)))
    assert stored == [1_250_500] * 5


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"amount": "0"}, "amount"),
        ({"amount": "-5"}, "amount"),
        ({"amount": "12.3456"}, "amount"),
        ({"amount": "خمسون"}, "amount"),
        ({"serial": 51}, "serial"),
        ({"serial": 0}, "serial"),
        ({"book_number": "B-999"}, "book_number"),
        ({"category": "NOT-A-CATEGORY"}, "category"),
        ({"category": "LIC"}, "category"),  # a heading, not an item
        ({"receipt_date": TODAY + dt.timedelta(days=1)}, "receipt_date"),
        ({"payer_name": "  "}, "payer_name"),
        ({"method": "cheque"}, "reference"),
    ],
)
def test_bad_receipts_are_refused(
    cashier: AppContext, change: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        service.record_receipt(cashier, replace(BASE, **change))  # type: ignore[arg-type]
    assert caught.value.field == field and caught.value.message_ar
    assert receipts(cashier) == 0


def test_duplicate_serial_and_closed_book(cashier: AppContext) -> None:
    service.record_receipt(cashier, BASE)
    with pytest.raises(ValidationError) as caught:
        service.record_receipt(cashier, replace(BASE, payer_name="آخر"))
    assert "مسجل من قبل" in caught.value.message_ar
    service.return_book(cashier, "B-100", TODAY)
    with pytest.raises(ValidationError) as caught:
        service.record_receipt(cashier, replace(BASE, serial=2))
    assert "مغلق" in caught.value.message_ar
    assert receipts(cashier) == 1


def test_category_by_arabic_name_and_local_items(cashier: AppContext) -> None:
    service.record_receipt(cashier, replace(BASE, category="رخص مزاولة النشاط"))
    add_local(cashier, "LIC-KIOSK", "LIC", "رخص الأكشاك")
    service.record_receipt(cashier, replace(BASE, serial=2, category="رخص الاكشاك"))
    with cashier.session() as session:
        codes = list(session.scalars(select(Receipt.category_code).order_by(Receipt.serial)))
    assert codes == ["LIC-ACT", "LIC-KIOSK"]


def test_void_keeps_the_receipt_and_needs_a_reason(cashier: AppContext) -> None:
    rid = service.record_receipt(cashier, BASE)
    with pytest.raises(ValidationError):
        service.void_receipt(cashier, rid, " ")
    service.void_receipt(cashier, rid, "خطأ في اسم الدافع")
    assert receipts(cashier) == 1
    result = summary.summary(cashier, BASE.receipt_date.year)
    assert result.year_total() == 0


def test_controls_find_gaps_early_dates_and_cash_held(cashier: AppContext) -> None:
    for serial in (1, 2, 5, 9):
        service.record_receipt(cashier, replace(BASE, serial=serial))
    service.issue_book(cashier, "B-200", 1, 10, "علي", dt.date(TODAY.year - 1, 6, 1))
    service.record_receipt(
        cashier,
        replace(BASE, book_number="B-200", serial=1, receipt_date=dt.date(TODAY.year - 1, 5, 1)),
    )
    found = controls.controls(cashier, today=TODAY)
    assert sorted(f.serials for f in found.of("gap")) == ["3–4", "6–8"]
    assert [f.book_number for f in found.of("before_issue")] == ["B-200"]
    assert len(found.of("cash_held")) == 5
    ids = [f.receipt_id for f in found.of("cash_held") if f.receipt_id]
    service.deposit(cashier, "DEP-1", TODAY, ids, "مصرف الجمهورية")
    assert controls.controls(cashier, today=TODAY).of("cash_held") == []


def test_closed_month_is_read_only_and_reopening_needs_a_reason(ctx: AppContext) -> None:
    cashier, admin = login(ctx, "cashier"), login(ctx, "admin")
    service.issue_book(cashier, "B-100", 1, 50, "سالم", START)
    rid = service.record_receipt(cashier, BASE)
    month = f"{BASE.receipt_date:%Y-%m}"
    with pytest.raises(PermissionDenied):
        closing.close_month(cashier, month)  # the agent approves a month
    with pytest.raises(ValidationError):
        closing.close_month(admin, month)  # not deposited yet
    service.deposit(cashier, "DEP-7", BASE.receipt_date + dt.timedelta(days=1), [rid])
    seal = closing.close_month(admin, month)
    assert len(seal) == 64
    for attempt in (
        lambda: service.record_receipt(cashier, replace(BASE, serial=2)),
        lambda: service.void_receipt(cashier, rid, "x"),
    ):
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert "مقفل" in caught.value.message_ar
    with pytest.raises(ValidationError):
        closing.reopen_month(admin, month, "")
    closing.reopen_month(admin, month, "إيصال متأخر من المحصل")
    service.record_receipt(cashier, replace(BASE, serial=2))


def test_summary_is_exact_against_an_independent_sum(ctx: AppContext) -> None:
    cashier = login(ctx, "cashier")
    year = TODAY.year - 1
    service.issue_book(cashier, "B-1", 1, 500, "سالم", START)
    rng = random.Random(4)
    expected: dict[tuple[int, str], int] = {}
    categories = ["LIC-ACT", "SRV-DOC", "PRP-RNT", "FIN-GRD"]
    for serial in range(1, 301):
        day = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        category = rng.choice(categories)
        dirhams = rng.randint(1, 5_000_000)
        rid = service.record_receipt(
            cashier,
            replace(
                BASE,
                book_number="B-1",
                serial=serial,
                receipt_date=day,
                category=category,
                amount=dirhams,
            ),
        )
        if serial % 37 == 0:
            service.void_receipt(cashier, rid, "خطأ")
            continue
        expected[(day.month, category)] = expected.get((day.month, category), 0) + dirhams
    targets.set_target(cashier, year, "LIC-ACT", 12_000_001)
    result = summary.summary(cashier, year)
    for (month, category), dirhams in expected.items():
        assert result.collected[month][category] == dirhams
    assert result.year_total() == sum(expected.values())
    assert result.year_target() == 12_000_001
    assert sum(targets.spread(12_000_001)) == 12_000_001
    as_json = result.to_json()
    assert sum(m["collected"] for m in as_json["months"]) == sum(expected.values())


def test_viewer_cannot_write_revenue(ctx: AppContext) -> None:
    with pytest.raises(PermissionDenied):
        service.issue_book(login(ctx, "guest"), "B-9", 1, 10, "x", START)
    with pytest.raises(PermissionDenied):
        service.issue_book(login(ctx, "clerk"), "B-9", 1, 10, "x", START)
