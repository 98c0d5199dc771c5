"""Views follow writes: the runner announces each job's change set, and every view showing one
of its tables reloads, at once when on screen, else when next shown. No manual refresh."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from baladiya_desktop.core.settings import BACKUP_KEEP, set_setting
from baladiya_desktop.core.writes import ChangeSet
from baladiya_desktop.domain.org import service as org_service
from baladiya_desktop.domain.org.service import UnitInput
from baladiya_desktop.domain.revenue import service as revenue_service
from baladiya_desktop.ui.main_window import MainWindow
from baladiya_desktop.ui.pages import default_registry
from baladiya_desktop.ui.pages.home import HomePage
from baladiya_desktop.ui.revenue.controls import ControlsTab
from baladiya_desktop.ui.revenue.dashboard import DashboardTab
from baladiya_desktop.ui.revenue.targets import TargetsTab

WAIT = 10_000


def _idle(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=WAIT)


def _window(qtbot, session) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(session, default_registry())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    _idle(qtbot, session)
    return window


def _text(label: QLabel) -> str:
    return label.text().strip("\u200f")  # a number keeps its own direction mark


def _shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_receipt_entered_updates_every_view_of_revenue_and_the_home_counts(
    qtbot, make_session
):  # type: ignore[no-untyped-def]
    session = make_session()
    revenue_service.issue_book(session.ctx, "B-7", 1, 50, "سالم", dt.date.today())
    window = _window(qtbot, session)
    home = window.page("home")
    # Other views of the same data, on screen beside the window, each with its own load done.
    dashboard = _shown(qtbot, DashboardTab(session))
    targets = _shown(qtbot, TargetsTab(session))
    controls = _shown(qtbot, ControlsTab(session))
    beside = _shown(qtbot, HomePage(session))
    _idle(qtbot, session)
    assert dashboard.board is not None and _text(dashboard.cards["receipts"]) == "0"
    before = {
        "collected": dashboard.cards["collected"].text(),
        "targets": targets.total.text(),
        "controls": controls.summary.text(),
        "changes": beside.values["changes"].text(),
        "audit": home.values["audit_entries"].text(),
    }

    assert window.show_page("revenue")
    page = window.page("revenue")
    entry = page.tab("entry")
    qtbot.waitUntil(lambda: entry.serial.text() == "1", timeout=WAIT)
    entry.serial.setText("3")  # serials 1 and 2 left out: a gap for the controls
    entry.payer.setText("مخبز الفجر")
    entry.category.setCurrentIndex(entry.category.findData("LIC-HLT"))
    entry.amount.setText("١٢٥٠")
    qtbot.keyClick(entry.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.serial.text() == "4", timeout=WAIT)
    _idle(qtbot, session)

    qtbot.waitUntil(lambda: _text(dashboard.cards["receipts"]) == "1", timeout=WAIT)
    assert dashboard.cards["collected"].text() != before["collected"]
    assert "1,250" in dashboard.cards["collected"].text()
    assert targets.total.text() != before["targets"] and "1,250" in targets.total.text()
    assert controls.summary.text() != before["controls"]
    assert beside.values["changes"].text() != before["changes"]

    # The window's own home page was hidden: it catches up when shown, with no refresh call.
    assert home.values["audit_entries"].text() == before["audit"]
    assert window.show_page("home")
    qtbot.waitUntil(lambda: home.values["audit_entries"].text() != before["audit"], timeout=WAIT)
    # A tab made before the receipt, hidden since, is current when shown again.
    tab = page.tab("dashboard")
    assert window.show_page("revenue")
    qtbot.waitUntil(lambda: _text(tab.cards["receipts"]) == "1", timeout=WAIT)


def test_a_unit_added_on_the_org_page_is_offered_by_the_staff_page_and_form(
    qtbot, make_session
):  # type: ignore[no-untyped-def]
    session = make_session()
    window = _window(qtbot, session)
    assert window.show_page("staff")
    staff = window.page("staff")
    _idle(qtbot, session)
    assert staff.unit.findText("إدارة الحدائق العامة") < 0

    assert window.show_page("org")
    org = window.page("org")
    _idle(qtbot, session)
    org.new_item()
    dialog = org.last_dialog
    dialog.code.setText("GARDENS")
    dialog.name_ar.setText("إدارة الحدائق العامة")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    _idle(qtbot, session)
    qtbot.waitUntil(lambda: "GARDENS" in {i.node.code for i in org.model.by_id.values()},
                    timeout=WAIT)

    assert window.show_page("staff")
    qtbot.waitUntil(lambda: staff.unit.findText("إدارة الحدائق العامة") > 0, timeout=WAIT)
    form = staff.open_employee(None)
    units = form.fields["unit_code"]
    qtbot.waitUntil(lambda: units.findData("GARDENS") > 0, timeout=WAIT)
    form.reject()


def test_two_writes_in_one_job_come_as_one_merged_change_set(
    qtbot, make_session
):  # type: ignore[no-untyped-def]
    session = make_session()
    ctx = session.ctx
    seen: list[ChangeSet] = []
    session.runner.changes.applied.connect(seen.append)
    order: list[str] = []
    session.runner.changes.applied.connect(lambda _c: order.append("changes"))

    def work() -> object:
        set_setting(ctx, BACKUP_KEEP, 9)
        return org_service.add_unit(ctx, UnitInput(code="X1", name_ar="إدارة",
                                                   unit_type="department"))

    made: list[object] = []

    def done(unit: object) -> None:
        order.append("done")
        made.append(unit)

    session.runner.run(work, on_done=done)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    _idle(qtbot, session)
    assert len(seen) == 1
    assert {"station_setting", "org_unit"} <= seen[0].tables
    assert str(made[0]) in seen[0].created and str(made[0]) in seen[0].ids
    assert order == ["done", "changes"]  # the job's own callback first, as Anki does

    session.runner.run(lambda: org_service.add_unit(ctx, UnitInput(
        code="", name_ar="إدارة", unit_type="department")), on_error=lambda _e: None)
    session.runner.run(lambda: None)  # a read: nothing to announce
    _idle(qtbot, session)
    assert len(seen) == 1  # neither the refused write nor the read announced anything
