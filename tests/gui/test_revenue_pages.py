"""The revenue page: entry with Enter and Arabic-Indic digits, the lazy list, the other tabs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from baladiya_desktop.domain.revenue import queries, service
from baladiya_desktop.ui.pages.revenue import RevenuePage
from tests.gui.conftest import ADMIN_PASSWORD


def _page(qtbot, make_session, user="cashier"):
    session = make_session(user, ADMIN_PASSWORD)
    if user == "cashier":
        service.issue_book(session.ctx, "B-7", 1, 50, "سالم", dt.date.today())
    page = RevenuePage(session)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return session, page


def test_entry_enter_saves_and_opens_the_next(qtbot, make_session):
    session, page = _page(qtbot, make_session)
    entry = page.tab("entry")
    qtbot.waitUntil(lambda: entry.serial.text() == "1", timeout=10_000)
    entry.payer.setText("مخبز الفجر")
    entry.category.setCurrentIndex(entry.category.findData("LIC-HLT"))
    entry.amount.setText("١٢٥٠٫٥")
    assert "1,250.500" in entry.amount_shown.text()
    qtbot.keyClick(entry.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.serial.text() == "2", timeout=10_000)
    assert entry.payer.text() == "" and entry.recent.rowCount() == 1
    rows = queries.page(session.ctx, queries.ReceiptFilter())
    assert [(r.serial, r.amount, r.category_code) for r in rows] == [(1, 1_250_500, "LIC-HLT")]
    entry.payer.setText("آخر")
    entry.amount.setText("0")
    qtbot.keyClick(entry.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.errors["amount"].isVisible(), timeout=10_000)
    assert "أكبر من صفر" in entry.errors["amount"].text()
    receipts = page.tab("receipts")
    qtbot.waitUntil(lambda: receipts.model.rowCount() == 1, timeout=10_000)
    assert receipts.model.data(receipts.model.index(0, 3)) == "مخبز الفجر"


def test_list_loads_a_page_at_a_time(qtbot, make_session):
    session, page = _page(qtbot, make_session)
    day = dt.date.today()
    from baladiya_desktop.domain.revenue.importing import import_receipts
    from baladiya_desktop.domain.revenue.rules import ReceiptInput

    service.issue_book(session.ctx, "B-8", 1, 500, "علي", day)
    rows = [
        (n, ReceiptInput("B-8", n, day, f"دافع {n}", "SRV-DOC", 1000 * n)) for n in range(1, 451)
    ]
    assert import_receipts(session.ctx, rows).imported == 450
    receipts = page.tab("receipts")
    qtbot.waitUntil(lambda: receipts.model.rowCount() == queries.PAGE, timeout=10_000)
    qtbot.waitUntil(lambda: "450" in receipts.totals.text(), timeout=10_000)
    receipts.model.fetchMore()
    qtbot.waitUntil(lambda: receipts.model.rowCount() == 2 * queries.PAGE, timeout=10_000)
    receipts.book.setText("B-7")
    receipts.book.editingFinished.emit()
    qtbot.waitUntil(lambda: receipts.model.rowCount() == 0, timeout=10_000)


def test_other_tabs_open_for_a_viewer(qtbot, make_session):
    _session, page = _page(qtbot, make_session, "guest")
    assert "entry" not in page.names
    for name in ("dashboard", "books", "deposits", "targets", "controls"):
        assert page.tab(name) is not None
    dashboard = page.tab("dashboard")
    qtbot.waitUntil(lambda: dashboard.board is not None, timeout=10_000)
    months = dashboard.monthly.axes(Qt.Orientation.Horizontal)[0].categories()
    assert months[-1] == "يناير" and months[0] == "ديسمبر"  # January at the right
