"""Demo receipts over the demo year: three collectors, books of 50 leaves, deposits every
other day, targets near what is collected, and a few things for the controls to find (some
voids, one missing serial, one late deposit)."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.domain.demo.names import FAMILY, MALE
from baladiya_desktop.domain.revenue import service, targets
from baladiya_desktop.domain.revenue.importing import import_receipts
from baladiya_desktop.domain.revenue.rules import ReceiptInput

COLLECTORS = ("سالم الورفلي", "فتحي المصراتي", "نوري الترهوني")
BANKS = ("مصرف الجمهورية", "مصرف الوحدة")
# category: (weight, lowest and highest amount in dinars)
CATEGORIES = {
    "LIC-ACT": (18, 50, 600),
    "LIC-BLD": (5, 200, 3000),
    "LIC-EXC": (2, 100, 800),
    "LIC-ADV": (4, 100, 1500),
    "LIC-HLT": (10, 10, 40),
    "SRV-DOC": (22, 5, 30),
    "SRV-CLN": (8, 20, 250),
    "SRV-SWG": (4, 30, 120),
    "SRV-CEM": (1, 20, 100),
    "SRV-PRK": (3, 5, 50),
    "PRP-RNT": (6, 300, 2500),
    "PRP-OCC": (4, 50, 500),
    "MKT-MKT": (6, 10, 100),
    "MKT-SLT": (3, 15, 150),
    "FIN-GRD": (4, 50, 500),
}
SHOPS = (
    "شركة النور للمقاولات",
    "مخبز الفجر",
    "محل الأمانة للمواد الغذائية",
    "ورشة الصقر لصيانة السيارات",
    "صيدلية الشفاء",
    "مقهى الواحة",
    "شركة البناء الحديث",
    "مكتبة المعرفة",
    "مطعم البحر",
    "معرض الريان للأثاث",
)
LEAVES = 50


def demo_year(today: dt.date) -> tuple[dt.date, dt.date]:
    """This year up to yesterday; early in a year, the whole of last year."""
    if today.month >= 3:
        return dt.date(today.year, 1, 1), today - dt.timedelta(days=1)
    return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)


def _payer(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(SHOPS)
    return f"{rng.choice(MALE)} {rng.choice(MALE)} {rng.choice(FAMILY)}"


def _days(rng: random.Random, start: dt.date, end: dt.date, count: int) -> list[dt.date]:
    """Working days (Sunday to Thursday), busier in spring, sorted."""
    span = (end - start).days + 1
    days: list[dt.date] = []
    while len(days) < count:
        day = start + dt.timedelta(days=rng.randrange(span))
        if day.weekday() in (4, 5):  # Friday and Saturday: the office is closed
            continue
        if day.month in (3, 4, 5) or rng.random() < 0.85:
            days.append(day)
    return sorted(days)


def demo_receipts(ctx: AppContext, rng: random.Random, count: int, today: dt.date) -> int:
    """Record ``count`` receipts; returns how many were recorded."""
    if count <= 0:
        return 0
    start, end = demo_year(today)
    days = _days(rng, start, end, count)
    codes, weights = list(CATEGORIES), [w for w, _lo, _hi in CATEGORIES.values()]
    book_of: dict[str, tuple[str, int]] = {}  # collector → (book number, next serial)
    issued: list[str] = []
    rows: list[tuple[int, ReceiptInput]] = []
    skipped = False
    for n, day in enumerate(days, start=1):
        collector = COLLECTORS[n % len(COLLECTORS)]
        number, serial = book_of.get(collector, ("", LEAVES + 1))
        if serial > LEAVES:
            number, serial = f"{day.year % 100:02d}{len(issued) + 1:03d}", 1
            service.issue_book(ctx, number, 1, LEAVES, collector, day)
            issued.append(number)
        if not skipped and n > len(days) // 3 and serial == 17:
            serial, skipped = serial + 1, True  # a leaf torn out: the controls find it
        code = rng.choices(codes, weights)[0]
        _w, low, high = CATEGORIES[code]
        amount = rng.randint(low * 1000, high * 1000) // 250 * 250  # to the quarter dinar
        method = rng.choices(("cash", "cheque", "transfer"), (80, 12, 8))[0]
        rows.append(
            (
                n,
                ReceiptInput(
                    book_number=number,
                    serial=serial,
                    receipt_date=day,
                    payer_name=_payer(rng),
                    category=code,
                    amount=max(amount, 1000),
                    method=method,
                    reference="" if method == "cash" else f"{rng.randrange(10**6):06d}",
                    payer_id=f"{rng.randrange(10**7):07d}" if rng.random() < 0.4 else "",
                    collector=collector,
                ),
            )
        )
        book_of[collector] = (number, serial + 1)
    done = import_receipts(ctx, rows, today=today)
    by_row = dict(zip([r for r, _d in rows], done.ids, strict=False))
    _void_some(ctx, rng, rows, by_row)
    _deposit(ctx, rng, rows, by_row, end)
    _targets(ctx, rng, rows, start.year)
    for number in issued[: -len(COLLECTORS)]:
        service.return_book(ctx, number, end)  # full books handed back
    return done.imported


def _void_some(
    ctx: AppContext,
    rng: random.Random,
    rows: list[tuple[int, ReceiptInput]],
    ids: dict[int, uuid.UUID],
) -> None:
    for row, _data in rng.sample(rows, max(1, len(rows) // 120)):
        service.void_receipt(
            ctx, ids[row], rng.choice(("خطأ في اسم الدافع", "خطأ في المبلغ", "أُعيد الرسم للمواطن"))
        )


def _deposit(
    ctx: AppContext,
    rng: random.Random,
    rows: list[tuple[int, ReceiptInput]],
    ids: dict[int, uuid.UUID],
    end: dt.date,
) -> None:
    """Cash and cheques banked every other day; one batch, mid-year, nine days late."""
    from baladiya_desktop.domain.revenue import queries

    voided = {r.id for r in queries.page(ctx, queries.ReceiptFilter(status="voided"), 0, 10**6)}
    batches: dict[tuple[str, dt.date], list[uuid.UUID]] = defaultdict(list)
    for row, data in rows:
        rid = ids[row]
        if data.method == "transfer" or rid in voided:
            continue
        window = data.receipt_date.toordinal() // 2 * 2  # two-day windows
        batches[(data.collector, dt.date.fromordinal(window + 2))].append(rid)
    slips = []
    late_done = False
    for n, ((_collector, day), receipt_ids) in enumerate(sorted(batches.items()), start=1):
        if not late_done and day.month == 6:
            day, late_done = day + dt.timedelta(days=8), True
        if day > end:
            continue  # the last days' cash is still with the collectors
        slips.append((f"DEP-{day.year}-{n:04d}", day, receipt_ids, rng.choice(BANKS)))
    service.deposit_many(ctx, slips)


def _targets(
    ctx: AppContext, rng: random.Random, rows: list[tuple[int, ReceiptInput]], year: int
) -> None:
    per: dict[str, int] = defaultdict(int)
    for _row, data in rows:
        per[data.category] += int(data.amount)
    for code, amount in per.items():
        yearly = amount * 12 // 11  # the demo year stops short of December
        service_target = yearly * rng.randint(90, 125) // 100 // 1000 * 1000
        targets.set_target(ctx, year, code, service_target, whole_dinar_months(service_target))


def whole_dinar_months(annual: int) -> list[int]:
    """Twelve monthly targets in whole dinars adding up exactly to ``annual`` (whole dinars):
    the odd dinars go to the first months, as an office splitting an estimate would."""
    base, rest = divmod(annual // 1000, 12)
    return [(base + (1 if month < rest else 0)) * 1000 for month in range(12)]
