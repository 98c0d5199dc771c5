"""The structure page: the tree of the model structure, search, drag-and-drop re-parenting
(confirmed, undoable), the chart, read-only for viewers, and the import report."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.org import queries
from baladiya_desktop.domain.org.models import OrgUnit
from baladiya_desktop.domain.org.template import apply_template
from baladiya_desktop.ui.org.dialogs import MoveDialog
from baladiya_desktop.ui.org.tree_model import ID_ROLE
from baladiya_desktop.ui.pages.org import OrgPage
from tests.domain.test_org_import import GOOD, POSTS, unit, workbook


def _approved_structure(ctx) -> int:
    made = apply_template(ctx)
    with ctx.write(Permission.ORG_WRITE, "test.approve") as tx:
        for row in tx.session.query(OrgUnit):
            row.status, row.decision_number = "approved", "12/2022"
            row.decision_date = dt.date(2022, 3, 15)
    return made


def _page(qtbot, session) -> OrgPage:
    page = OrgPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: bool(page.model.by_id) or not session.runner.busy, timeout=10_000)
    return page


def _ids(page: OrgPage) -> dict[str, object]:
    return {item.node.code: item.node.id for item in page.model.by_id.values()}


def _visible(page: OrgPage, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    found = []
    for row in range(page.proxy.rowCount(parent)):
        index = page.proxy.index(row, 0, parent)
        found.append(page.model.node(index.data(ID_ROLE)).code)
        found.extend(_visible(page, index))
    return found


def test_tree_shows_the_structure_and_search_filters(qtbot, make_session):
    session = make_session()
    made = _approved_structure(session.ctx)
    page = _page(qtbot, session)
    qtbot.waitUntil(lambda: len(page.model.by_id) == made, timeout=10_000)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "المجلس البلدي"
    assert len(_visible(page)) == made
    page.search.setText("الحسابات")  # a part of «قسم الحسابات»
    assert _visible(page) == ["COUNCIL", "MAYOR", "AGENT", "DEP-FIN", "DEP-FIN-ACC"]
    page.search.setText("اداره الشوون الماليه")  # hamza and ta marbuta folded
    assert _visible(page)[-1] == "DEP-FIN"
    page.search.setText("لا توجد وحدة بهذا الاسم")
    assert _visible(page) == []
    page.search.setText("")
    assert len(_visible(page)) == made
    page.select(_ids(page)["DEP-FIN-REV"])
    assert page.posts.rowCount() == 2 and page.posts.totals()[0] == 5
    assert "قسم الإيرادات" in page.detail.name.text()


def test_drop_reparents_after_confirmation_and_undo_moves_back(qtbot, make_session):
    session = make_session()
    _approved_structure(session.ctx)
    page = _page(qtbot, session)
    qtbot.waitUntil(lambda: "DEP-FIN-ACC" in _ids(page), timeout=10_000)
    ids = _ids(page)
    model = page.model
    source, target = model.index_of(ids["DEP-FIN-ACC"]), model.index_of(ids["DEP-ADMIN"])
    assert not model.canDropMimeData(
        model.mimeData([model.index_of(ids["DEP-FIN"])]), Qt.DropAction.MoveAction, -1, 0, source
    )  # no cycles
    model.dropMimeData(model.mimeData([source]), Qt.DropAction.MoveAction, -1, 0, target)
    dialog = page.last_dialog
    assert isinstance(dialog, MoveDialog) and dialog.needs_decision
    dialog.submit()  # no decision: refused beside the field, nothing moved
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    assert dialog.errors["decision_number"].text()
    dialog.decision_number.setText("30/2025")
    dialog.decision_date.setText("٠٥/٠١/٢٠٢٥")  # Arabic-Indic digits are accepted
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.submit()

    def parent_of(code: str) -> str | None:
        nodes = {n.code: n for r in queries.structure(session.ctx) for n in r.walk()}
        parent = nodes[code].parent_id
        return next((c for c, n in nodes.items() if n.id == parent), None)

    assert parent_of("DEP-FIN-ACC") == "DEP-ADMIN"
    qtbot.waitUntil(lambda: page.undo_button.isEnabled(), timeout=10_000)
    page.undo()
    qtbot.waitUntil(lambda: parent_of("DEP-FIN-ACC") == "DEP-FIN", timeout=10_000)
    qtbot.waitUntil(
        lambda: page.model.node(ids["DEP-FIN-ACC"]).parent_id == ids["DEP-FIN"], timeout=10_000
    )
    assert not page.undo_stack


def test_chart_builds_every_box_and_folds_a_branch(qtbot, make_session):
    session = make_session()
    made = _approved_structure(session.ctx)
    page = _page(qtbot, session)
    qtbot.waitUntil(lambda: page.chart.box_count() == made, timeout=10_000)
    ids = _ids(page)
    fin = page.chart.boxes[ids["DEP-FIN"]]
    assert page.chart.boxes[ids["DEP-FIN-ACC"]].x() < fin.x() + 200  # children near it
    left_to_right = sorted((page.chart.boxes[ids[c]].x(), c) for c in ("DEP-ADMIN", "DEP-FIN"))
    assert [c for _x, c in left_to_right] == ["DEP-FIN", "DEP-ADMIN"]  # the first on the right
    page.chart.toggle(ids["DEP-FIN"])
    assert page.chart.box_count() == made - 2
    assert (
        ids["DEP-FIN-ACC"] not in page.chart.boxes and fin is not page.chart.boxes[ids["DEP-FIN"]]
    )
    page.chart.toggle(ids["DEP-FIN"])
    assert page.chart.box_count() == made
    before = page.chart.zoom()
    page.chart.zoom_in()
    assert page.chart.zoom() > before
    page.tabs.setCurrentIndex(1)
    page.chart.fit()
    assert page.chart.zoom() <= 1.0


def test_viewers_see_the_page_read_only(qtbot, make_session):
    session = make_session("guest")
    page = _page(qtbot, session)
    assert not page.writable and not page.model.editable
    for button in (page.add_button, page.import_button, page.add_post_button, page.undo_button):
        assert not button.isVisibleTo(page)
    assert page.export_button.isVisibleTo(page)


def test_import_report_then_good_rows(qtbot, make_session, tmp_path):
    session = make_session()
    page = _page(qtbot, session)
    bad = workbook(tmp_path / "bad.xlsx", [*GOOD, unit("D9", "NOWHERE")], POSTS)
    page.transfer.import_file(bad)
    qtbot.waitUntil(lambda: page.transfer.last_report is not None, timeout=10_000)
    report = page.transfer.last_report
    assert report.table.rowCount() == 1
    assert "NOWHERE" in report.table.item(0, 2).text() and report.table.item(0, 1).text() == "5"
    assert queries.structure(session.ctx) == []
    report.good_button.click()
    qtbot.waitUntil(lambda: len(page.model.by_id) == 3, timeout=10_000)
    assert page.transfer.last_report is not report
