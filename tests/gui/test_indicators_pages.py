"""The indicators page (dashboard, entry, self-assessment), the projects list and page, and
the ministry's comparison view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from baladiya_desktop.domain.indicators import values
from baladiya_desktop.domain.projects import service
from baladiya_desktop.domain.projects.service import ProjectInput
from baladiya_desktop.ui.indicators.charts import ordered
from baladiya_desktop.ui.indicators.compare import CompareView
from baladiya_desktop.ui.pages.indicators import IndicatorsPage, indicators_page
from baladiya_desktop.ui.pages.projects import ProjectsPage

YEAR = dt.date.today().year - 1
TODAY = dt.date.today()


def _idle(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=10_000)
    qtbot.wait(20)


def test_dashboard_entry_and_assessment(qtbot, make_session):  # type: ignore[no-untyped-def]
    session = make_session()
    values.set_value(session.ctx, "GUARD_FINES", f"{YEAR}-02", "12", "سجل")
    page = indicators_page(session)
    assert isinstance(page, IndicatorsPage)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    _idle(qtbot, session)
    assert page.dashboard.cards and page.dashboard.tabs.count() > 2
    assert ordered(["a", "b"]) == ["b", "a"]  # categories run right to left in Arabic
    entry = page.entry
    index = entry.period.findData(f"{YEAR}-03")
    if index < 0:
        entry.period.addItem(f"{YEAR}-03", f"{YEAR}-03")
        index = entry.period.count() - 1
    entry.period.setCurrentIndex(index)
    _idle(qtbot, session)
    row = next(
        r
        for r in range(entry.table.rowCount())
        if entry.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "GUARD_FINES"
    )
    entry.table.item(row, 1).setText("-5")  # outside the range: refused, shown inline
    entry.table.item(row, 4).setText("سجل")
    entry.save()
    _idle(qtbot, session)
    _idle(qtbot, session)
    assert "المدى" in entry.error.text()
    entry.table.item(row, 1).setText("7")
    entry.table.item(row, 4).setText("سجل")
    entry.save()
    _idle(qtbot, session)
    assert entry.table.item(row, 1).text() == "7"
    view = page.assessment
    _idle(qtbot, session)
    code, spin, text = view.rows[0]
    spin.setValue(4)
    text.setText("محضر اللجنة")
    view.save()
    _idle(qtbot, session)
    assert view.data is not None and view.data.scores[code] == (4, "محضر اللجنة")


def test_projects_list_and_page(qtbot, make_session):  # type: ignore[no-untyped-def]
    session = make_session()
    pid = service.save_project(
        session.ctx,
        ProjectInput(
            name="مدرسة الأندلس",
            sector="dev_projects",
            budget=1_000,
            status="under_way",
            start_date=TODAY - dt.timedelta(days=300),
            planned_end=TODAY + dt.timedelta(days=10),
        ),
    )
    service.add_progress(session.ctx, pid, TODAY, 10, 50, 5_000)
    page = ProjectsPage(session)
    qtbot.addWidget(page)
    page.show()
    _idle(qtbot, session)
    assert page.model.rowCount() == 1
    assert "متأخر" in page.model.index(0, 7).data()
    page.open_project(page.model.rows[0])
    _idle(qtbot, session)
    assert page.detail.title.text() == "مدرسة الأندلس" and page.detail.warning.isVisibleTo(page)
    assert page.detail.updates.rowCount() == 1


def test_comparison_view(qtbot, make_session):  # type: ignore[no-untyped-def]
    session = make_session()
    values.set_value(session.ctx, "GUARD_FINES", f"{YEAR}-02", "12", "سجل")
    view = CompareView(session)
    qtbot.addWidget(view)
    view.show()
    _idle(qtbot, session)
    index = view.indicator.findData("GUARD_FINES")
    view.indicator.setCurrentIndex(index)
    _idle(qtbot, session)
    assert view.result is not None and view.result.code == "GUARD_FINES"
    assert view.model.columnCount() == len(view.result.periods) + 3
