"""The staff list page: lazy pages, search as you type, sort by header, filters, dashboard."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from PySide6.QtCore import Qt

from baladiya_desktop.domain.demo.staff_demo import demo_employees
from baladiya_desktop.domain.org import service as org_service
from baladiya_desktop.domain.org.service import PostInput, UnitInput
from baladiya_desktop.domain.staff.importing import import_employees
from baladiya_desktop.ui.pages import default_registry
from baladiya_desktop.ui.pages.staff import StaffPage
from baladiya_desktop.ui.pages.staff_dashboard import StaffDashboardPage
from baladiya_desktop.ui.staff.model import PAGE


def seed(ctx: Any, count: int = 450) -> None:
    org_service.add_unit(ctx, UnitInput("FIN", "إدارة الشؤون المالية", "department"))
    unit = org_service.add_unit(ctx, UnitInput("HR", "إدارة الشؤون الإدارية", "department"))
    org_service.add_post(ctx, unit, PostInput("كاتب", 4, 8, 3))
    from baladiya_desktop.domain.org.queries import load_units

    with ctx.session() as session:
        units = [u for u in load_units(session, "LY-M001") if u.code == "HR"]
    people = demo_employees(random.Random(3), count, units, dt.date.today())
    import_employees(ctx, list(enumerate(people)))


def _page(qtbot: Any, session: Any) -> StaffPage:
    page = StaffPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.total > 0 and page.model.choices is not None,
                    timeout=10_000)  # fmt: skip
    return page


def test_pages_are_registered_for_staff_readers(make_session: Any) -> None:
    names = [spec.name for spec in default_registry()]
    assert "staff" in names and "staff_dashboard" in names
    clerk = make_session("clerk")
    cashier = make_session("cashier")
    spec = default_registry().get("staff")
    assert spec is not None and clerk.may(spec.permission) and not cashier.may(spec.permission)


def test_list_loads_a_page_at_a_time(qtbot: Any, make_session: Any) -> None:
    session = make_session()
    seed(session.ctx)
    page = _page(qtbot, session)
    model = page.model
    assert model.total == 450 and model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE, timeout=10_000)
    names = [r.full_name for r in model.rows]
    assert names == sorted(names)
    assert page.count.text().startswith("عدد الموظفين")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "الرقم الوطني"
    status = model.data(model.index(0, 7))
    assert status in {name for _c, name in model.choices.lists["employee_status"]}


def test_search_as_you_type_and_filters(qtbot: Any, make_session: Any) -> None:
    session = make_session()
    seed(session.ctx)
    page = _page(qtbot, session)
    first = page.model.rows[0]
    page.search.setText(
        first.national_number[:9].translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    )
    assert page.timer.isActive()  # waits for the typing to pause
    qtbot.waitUntil(lambda: page.model.total < 450, timeout=10_000)
    assert any(r.id == first.id for r in page.model.rows)
    page.search.clear()
    page.grade.setCurrentIndex(page.grade.findData(8))
    qtbot.waitUntil(lambda: page.model.rows and all(r.grade == 8 for r in page.model.rows),
                    timeout=10_000)  # fmt: skip
    page.grade.setCurrentIndex(0)
    page.unit.setCurrentIndex(page.unit.findText("إدارة الشؤون الإدارية"))
    qtbot.waitUntil(
        lambda: (
            page.model.rows and all(r.unit_name == "إدارة الشؤون الإدارية" for r in page.model.rows)
        ),
        timeout=10_000,
    )


def test_sort_by_header(qtbot: Any, make_session: Any) -> None:
    session = make_session()
    seed(session.ctx, 120)
    page = _page(qtbot, session)
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # grade
    qtbot.waitUntil(lambda: page.model.sort_key == "grade" and page.model.rows[0].grade == max(
        r.grade or 0 for r in page.model.rows), timeout=10_000)  # fmt: skip
    grades = [r.grade or 0 for r in page.model.rows]
    assert grades == sorted(grades, reverse=True)


def test_dashboard_charts_read_right_to_left(qtbot: Any, make_session: Any) -> None:
    session = make_session()
    seed(session.ctx, 200)
    page = StaffDashboardPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: page.board is not None and page.grid.count() == 5, timeout=10_000)
    assert page.cards["staff"].text().strip("\u200f") != "…"
    grade = page.grid.itemAt(0).widget().chart()
    values = next(a for a in grade.axes() if isinstance(a, QValueAxis))
    categories = next(a for a in grade.axes() if isinstance(a, QBarCategoryAxis))
    assert values.alignment() == Qt.AlignmentFlag.AlignRight  # the value axis on the right
    shown = categories.categories()
    assert shown == sorted(shown, key=int, reverse=True)  # grade 1 at the right
    units = page.grid.itemAt(3).widget().chart()
    side = next(a for a in units.axes() if isinstance(a, QBarCategoryAxis))
    assert side.alignment() == Qt.AlignmentFlag.AlignRight
    assert next(a for a in units.axes() if isinstance(a, QValueAxis)).isReverse()
