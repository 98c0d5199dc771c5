"""The month close: a checklist of what is not in order, explanations to close anyway, the
seal that travels, a closed month refusing every receipt, void and deposit dated in it, and
the administrator's audited reopening."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import replace

import pytest
from sqlalchemy import select

from baladiya_desktop.core.audit import AuditEntry
from baladiya_desktop.core.changelog import ChangeLogEntry
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import PermissionDenied, ValidationError
from baladiya_desktop.domain.revenue import closing, service
from baladiya_desktop.domain.revenue.importing import import_receipts
from baladiya_desktop.domain.revenue.models import MonthClose
from baladiya_desktop.domain.revenue.rules import ReceiptInput
from tests.support import login

YEAR = dt.date.today().year - 1
MONTH = f"{YEAR}-03"
DAY = dt.date(YEAR, 3, 5)
AFTER = dt.date(YEAR, 4, 20)  # "today" for the close: the month has ended
BASE = ReceiptInput("B-1", 1, DAY, "مخبز الفجر", "LIC-ACT", 10_000)


@pytest.fixture
def office(ctx: AppContext) -> tuple[AppContext, AppContext]:
    cashier, admin = login(ctx, "cashier"), login(ctx, "admin")
    service.issue_book(cashier, "B-1", 1, 50, "سالم", dt.date(YEAR, 1, 1))
    return cashier, admin


def _deposited_month(cashier: AppContext, serials: tuple[int, ...]) -> list[uuid.UUID]:
    ids = [service.record_receipt(cashier, replace(BASE, serial=s)) for s in serials]
    service.deposit(cashier, "DEP-1", dt.date(YEAR, 3, 7), ids)
    return ids


def test_the_checklist_lists_an_unexplained_gap(office: tuple[AppContext, AppContext]) -> None:
    cashier, admin = office
    _deposited_month(cashier, (1, 2, 5))
    found = closing.checklist(admin, MONTH)
    gaps = [i for i in found.items if i.kind == "gap"]
    assert [(g.book_number, g.key, g.open) for g in gaps] == [("B-1", "gap:B-1:3–4", True)]
    book = next(i for i in found.items if i.kind == "book")
    assert book.ok and "45 ورقة" in book.text_ar and "سالم" in book.text_ar
    with pytest.raises(ValidationError) as caught:
        closing.close_month(admin, MONTH, today=AFTER)
    assert "3–4" in caught.value.message_ar and "إيضاح" in caught.value.message_ar
    with pytest.raises(ValidationError):  # a blank explanation explains nothing
        closing.close_month(admin, MONTH, {"gap:B-1:3–4": "  "}, today=AFTER)
    note = "الورقتان تالفتان وسُلّمتا لرئيس القسم بمحضر 4/2026"
    seal = closing.close_month(admin, MONTH, {"gap:B-1:3–4": note}, today=AFTER)
    after = closing.checklist(admin, MONTH)
    assert after.closed and after.seal == seal and after.closed_by == "admin"
    assert [i.explanation for i in after.items if i.kind == "gap"] == [note]
    assert after.totals["LIC-ACT"] == 30_000 and after.totals["__receipts__"] == 3


def test_undeposited_receipts_and_the_current_month(
    office: tuple[AppContext, AppContext],
) -> None:
    cashier, admin = office
    service.record_receipt(cashier, BASE)
    service.record_receipt(cashier, replace(BASE, serial=2, method="transfer", reference="T-1"))
    found = closing.checklist(admin, MONTH)
    assert [i.key for i in found.unexplained] == ["undeposited:B-1"]
    assert "إيصال واحد" in found.unexplained[0].text_ar  # the transfer is in the bank already
    with pytest.raises(ValidationError) as caught:
        closing.close_month(admin, MONTH, today=dt.date(YEAR, 3, 31))
    assert caught.value.field == "month" and "الجاري" in caught.value.message_ar
    with pytest.raises(PermissionDenied):  # the agent closes, not the cashier
        closing.close_month(cashier, MONTH, {"undeposited:B-1": "x"}, today=AFTER)
    closing.close_month(admin, MONTH, {"undeposited:B-1": "أودع في 2 أبريل"}, today=AFTER)


def test_a_closed_month_refuses_every_write_dated_in_it(
    office: tuple[AppContext, AppContext],
) -> None:
    cashier, admin = office
    rid = service.record_receipt(cashier, BASE)
    kept = service.record_receipt(cashier, replace(BASE, serial=2))
    service.deposit(cashier, "DEP-1", dt.date(YEAR, 3, 7), [rid])
    closing.close_month(admin, MONTH, {"undeposited:B-1": "مع المحصل حتى 2 أبريل"}, today=AFTER)
    for attempt, field in (
        (lambda: service.record_receipt(cashier, replace(BASE, serial=3)), "receipt_date"),
        (lambda: service.void_receipt(cashier, kept, "خطأ"), "receipt_date"),
        (lambda: service.deposit(cashier, "DEP-2", dt.date(YEAR, 3, 30), [kept]), "deposit_date"),
    ):
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert caught.value.field == field and "مقفل" in caught.value.message_ar
    done = import_receipts(login(admin, "cashier"), [(1, replace(BASE, serial=9))])
    assert done.imported == 0 and "مقفل" in done.refused[0][1].message_ar
    service.deposit(cashier, "DEP-2", dt.date(YEAR, 4, 2), [kept])  # April is open
    with pytest.raises(ValidationError):
        closing.close_month(admin, MONTH, today=AFTER)  # already closed


def test_reopening_is_for_the_administrator_with_a_reason_and_audited(
    office: tuple[AppContext, AppContext],
) -> None:
    cashier, admin = office
    _deposited_month(cashier, (1,))
    closing.close_month(admin, MONTH, today=AFTER)
    with pytest.raises(PermissionDenied):
        closing.reopen_month(cashier, MONTH, "سبب")
    with pytest.raises(ValidationError):
        closing.reopen_month(admin, MONTH, "  ")
    closing.reopen_month(admin, MONTH, "إيصال متأخر من المحصل")
    assert closing.checklist(admin, MONTH).status == "reopened"
    service.record_receipt(cashier, replace(BASE, serial=2))
    with admin.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "revenue.month.reopen")
        ).one()
    assert entry.username == "admin" and "إيصال متأخر" in (entry.after or "")
    with pytest.raises(ValidationError):
        closing.reopen_month(admin, MONTH, "مرة ثانية")


def test_the_seal_travels_to_the_ministry(office: tuple[AppContext, AppContext]) -> None:
    cashier, admin = office
    _deposited_month(cashier, (1,))
    seal = closing.close_month(admin, MONTH, today=AFTER)
    with admin.session() as session:
        logged = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.table_name == "revenue_month")
        ).all()
        row = session.scalars(select(MonthClose)).one()
    assert len(logged) == 1 and logged[0].record_id == row.id
    stored = json.loads(row.totals)
    assert row.seal == seal and stored["totals"]["LIC-ACT"] == 10_000
    assert stored["explained"] == {}
