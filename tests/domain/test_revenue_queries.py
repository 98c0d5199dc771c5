"""Revenue reads and bulk writes: the paged list and its filters, the book register, the
import service (one transaction, books created as imported), late deposits, the month."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.domain.revenue import controls, queries, service
from baladiya_desktop.domain.revenue.importing import import_receipts
from baladiya_desktop.domain.revenue.monthly import month_report, percent
from baladiya_desktop.domain.revenue.rules import ReceiptInput
from tests.support import login

TODAY = dt.date.today()
YEAR = TODAY.year - 1
BASE = ReceiptInput(
    book_number="B-1",
    serial=1,
    receipt_date=dt.date(YEAR, 3, 5),
    payer_name="شركة النور",
    category="LIC-ACT",
    amount=1_250_500,
    collector="سالم",
)


@pytest.fixture
def cashier(ctx: AppContext) -> AppContext:
    user = login(ctx, "cashier")
    service.issue_book(user, "B-1", 1, 50, "سالم", dt.date(YEAR, 1, 1))
    service.issue_book(user, "B-2", 101, 150, "علي", dt.date(YEAR, 1, 1))
    return user


def test_page_count_and_filters(cashier: AppContext) -> None:
    for serial in range(1, 11):
        service.record_receipt(
            cashier,
            replace(
                BASE,
                serial=serial,
                receipt_date=dt.date(YEAR, 3, serial),
                category="SRV-DOC" if serial % 2 else "LIC-ACT",
                amount=serial * 1000,
            ),
        )
    service.record_receipt(
        cashier, replace(BASE, book_number="B-2", serial=101, collector="علي", amount=7)
    )
    rid = service.record_receipt(cashier, replace(BASE, serial=20, amount=5))
    service.void_receipt(cashier, rid, "خطأ")
    everything = queries.ReceiptFilter()
    assert queries.count(cashier, everything) == (12, sum(range(1, 11)) * 1000 + 7)
    first = queries.page(cashier, everything, 0, 5)
    assert len(first) == 5 and first[0].receipt_date == dt.date(YEAR, 3, 10)
    assert [r.serial for r in queries.page(cashier, everything, 5, 100)][-1] in (1, 101, 20)
    f = queries.ReceiptFilter(category="SRV-DOC")
    assert queries.count(cashier, f) == (5, (1 + 3 + 5 + 7 + 9) * 1000)
    assert queries.count(cashier, queries.ReceiptFilter(book_number="B-2"))[0] == 1
    assert queries.count(cashier, queries.ReceiptFilter(collector="علي"))[0] == 1
    assert queries.count(cashier, queries.ReceiptFilter(status="voided"))[0] == 1
    dated = queries.ReceiptFilter(date_from=dt.date(YEAR, 3, 3), date_to=dt.date(YEAR, 3, 4))
    assert sorted(r.serial for r in queries.page(cashier, dated)) == [3, 4]


def test_book_register_counts(cashier: AppContext) -> None:
    for serial in (1, 2, 4, 7):
        service.record_receipt(cashier, replace(BASE, serial=serial))
    rid = service.record_receipt(cashier, replace(BASE, serial=8))
    service.void_receipt(cashier, rid, "خطأ")
    book = next(b for b in queries.books(cashier) if b.book_number == "B-1")
    assert (book.used, book.voided, book.missing) == (5, 1, 3)
    assert book.collected == 4 * 1_250_500


def test_import_service_creates_books_and_refuses_by_row(cashier: AppContext) -> None:
    rows = [
        (2, replace(BASE, serial=1)),
        (3, replace(BASE, book_number="NEW-9", serial=7, collector="هدى")),
        (4, replace(BASE, book_number="NEW-9", serial=9, collector="هدى")),
        (5, replace(BASE, serial=99)),  # outside B-1
        (6, replace(BASE, serial=2, category="NOPE")),  # no such category
        (7, replace(BASE, serial=1)),  # twice in the file
    ]
    done = import_receipts(cashier, rows, voids={4: "ملغى"})
    assert done.imported == 3 and done.books_created == ["NEW-9"]
    assert sorted(r for r, _e in done.refused) == [5, 6, 7]
    new = next(b for b in queries.books(cashier) if b.book_number == "NEW-9")
    assert new.imported and (new.serial_from, new.serial_to) == (7, 50)
    assert new.collector == "هدى" and new.voided == 1 and new.missing == 1
    again = import_receipts(cashier, rows[:3], voids={4: "ملغى"})
    assert (again.imported, again.unchanged, again.refused) == (0, 3, [])
    changed = import_receipts(cashier, [(2, replace(BASE, serial=1, amount=9))])
    assert "مسجل من قبل" in changed.refused[0][1].message_ar


def test_import_all_or_nothing_and_dry_run(cashier: AppContext) -> None:
    rows = [(2, BASE), (3, replace(BASE, serial=2, amount="-1"))]
    done = import_receipts(cashier, rows, all_or_nothing=True)
    assert done.imported == 0 and len(done.refused) == 1
    dry = import_receipts(cashier, rows[:1], dry_run=True)
    assert dry.imported == 1
    assert queries.count(cashier, queries.ReceiptFilter())[0] == 0


def test_late_deposit_and_month_report(cashier: AppContext) -> None:
    a = service.record_receipt(cashier, replace(BASE, serial=1, receipt_date=dt.date(YEAR, 3, 1)))
    b = service.record_receipt(
        cashier,
        replace(BASE, serial=3, receipt_date=dt.date(YEAR, 3, 2), category="SRV-DOC", amount=2_000),
    )
    service.record_receipt(cashier, replace(BASE, serial=4, receipt_date=dt.date(YEAR, 3, 2)))
    service.deposit(cashier, "D-1", dt.date(YEAR, 3, 2), [a])
    service.deposit(cashier, "D-2", dt.date(YEAR, 3, 20), [b])
    late = controls.controls(cashier, today=TODAY).of("late_deposit")
    assert [f.serials for f in late] == ["3"]
    with cashier.session() as session:
        report = month_report(session, "LY-M001", f"{YEAR}-03", 3)
    kinds = sorted(f["kind"] for f in report["findings"])
    assert kinds == ["gap", "late_deposit", "undeposited"]
    assert report["totals"]["collected"] == 2 * 1_250_500 + 2_000
    assert sum(r["collected"] for r in report["categories"]) == report["totals"]["collected"]
    with pytest.raises(ValidationError):
        month_report(session, "LY-M001", "March", 3)


def test_percent_is_exact() -> None:
    assert percent(1, 3) == "33.3%" and percent(2, 3) == "66.7%" and percent(5, 0) == "—"
