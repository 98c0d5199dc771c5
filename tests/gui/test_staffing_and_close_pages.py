"""The staffing table tab (surplus, grade mismatches, placing someone in a vacant post) and
the revenue page's month close (checklist, explanation typed, close, refusal afterwards)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QMessageBox

from baladiya_desktop.domain.revenue import closing, service
from baladiya_desktop.domain.revenue.rules import ReceiptInput
from baladiya_desktop.ui.org.staffing import ID_ROLE, PlacementDialog, StaffingView
from baladiya_desktop.ui.pages.revenue import RevenuePage
from baladiya_desktop.ui.revenue.month_close import EXPLANATION, MonthCloseTab
from tests.domain.test_staffing import make_office


def _view(qtbot, session) -> StaffingView:
    view = StaffingView(session)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitUntil(lambda: view.data.total.staff > 0, timeout=10_000)
    return view


def test_staffing_tab_counts_surplus_and_flags_the_grade_mismatch(qtbot, make_session):
    session = make_session()
    make_office(session.ctx)
    view = _view(qtbot, session)
    labels = [view.lines.item(r, 0).text().strip() for r in range(view.lines.rowCount())]
    fin = labels.index("الإدارة المالية")
    assert [view.lines.item(fin, c).text() for c in range(1, 7)] == ["3", "2", "1", "2", "4",
                                                                    "1"]
    assert "بدون وحدة" in labels
    assert view.mismatches.rowCount() == 1 and view.mismatches.item(0, 1).text() == "4"
    view.by.setCurrentIndex(view.by.findData("titles"))
    titles = [view.lines.item(r, 0).text() for r in range(view.lines.rowCount())]
    assert "محاسب" in titles


def test_placing_a_person_from_the_dialog(qtbot, make_session):
    session = make_session("clerk")
    make_office(session.ctx)
    view = _view(qtbot, session)
    assert view.place_button.isVisible() and view.place_button.isEnabled()
    view.place()
    dialog = view.last_dialog
    assert isinstance(dialog, PlacementDialog)
    qtbot.addWidget(dialog)
    people = [dialog.people.item(r, 0).data(ID_ROLE) for r in range(dialog.people.rowCount())]
    row = next(r for r, p in enumerate(people) if p.grade == 7)
    dialog.people.setCurrentCell(row, 0)
    titles = [dialog.posts.item(r, 0).text() for r in range(dialog.posts.rowCount())]
    assert titles == ["محاسب"]  # the head's post (12–15) does not fit grade 7
    before = view.data.total.surplus
    dialog.submit()
    qtbot.waitUntil(
        lambda: dialog.people.rowCount() == len(people) - 1 or dialog.error.isVisible(),
        timeout=10_000,
    )
    assert not dialog.error.isVisible(), dialog.error.text()
    assert "محاسب" in dialog.done_label.text()
    qtbot.waitUntil(lambda: view.data.total.surplus == before - 1, timeout=10_000)


def test_a_viewer_sees_counts_but_no_names_and_cannot_place(qtbot, make_session):
    make_office(make_session().ctx)
    view = _view(qtbot, make_session("guest"))
    assert not view.place_button.isVisible() and not view.mismatches.isVisible()
    assert "1" in view.mismatch_title.text()


def test_month_close_tab_lists_closes_and_refuses_afterwards(qtbot, make_session, monkeypatch):
    session = make_session()
    ctx = session.ctx
    last = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    service.issue_book(ctx, "B-1", 1, 50, "سالم", last.replace(day=1))
    base = ReceiptInput("B-1", 1, last.replace(day=2), "مخبز الفجر", "LIC-ACT", 10_000)
    ids = [service.record_receipt(ctx, replace(base, serial=s)) for s in (1, 2, 4)]
    service.deposit(ctx, "DEP-1", last.replace(day=3), ids)
    page = RevenuePage(session)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    tab = page.tab("close")
    assert isinstance(tab, MonthCloseTab) and tab.key() == f"{last:%Y-%m}"
    qtbot.waitUntil(lambda: tab.found is not None, timeout=10_000)
    details = [tab.table.item(r, 2).text() for r in range(tab.table.rowCount())]
    assert any("3" in d and "مفقودة" in d for d in details)
    assert "1 من 1" in tab.status.text()  # one item not in order, not explained
    gap = next(r for r in range(tab.table.rowCount()) if "مفقودة" in tab.table.item(r, 2).text())
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.close_month()  # no explanation yet: refused, said beside the table
    qtbot.waitUntil(lambda: tab.error.isVisible(), timeout=10_000)
    assert "إيضاح" in tab.error.text()
    tab.table.item(gap, EXPLANATION).setText("ورقة تالفة سُلّمت بمحضر")
    tab.close_month()
    qtbot.waitUntil(lambda: tab.found is not None and tab.found.closed, timeout=10_000)
    assert not tab.close_button.isEnabled() and tab.reopen_button.isEnabled()
    assert closing.checklist(ctx, tab.key()).closed
