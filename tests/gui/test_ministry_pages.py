"""The ministry's console: stations, a stick of bundles, conflicts, the consolidated view."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.sync.ministry import conflicts
from tests.support import login
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import World, ok
from tests.sync.test_stations import PERSON, _register, _update

# The sync tests' ministry with one enrolled demo station, copied fresh for each test.
templates = sync_fixtures.templates
sqlite_world = sync_fixtures.sqlite_world
WAIT = 30_000


@pytest.fixture
def ministry_session(sqlite_world: World, runner, language) -> Iterator:
    from baladiya_desktop.ui.session import UiSession

    target = Target.resolve(url=sqlite_world.url)
    ctx = login(open_station(target), "boss")
    yield UiSession(target, ctx, runner, language)
    runner.shutdown(wait=True)
    ctx.engine.dispose()


def _page(qtbot, session):
    from baladiya_desktop.ui.pages.ministry import MinistryPage

    page = MinistryPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.stations.table.rowCount() > 0, timeout=WAIT)
    return page


def _cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() if table.item(row, c) else "" for c in
            range(table.columnCount())]  # fmt: skip


def test_stations_are_listed_with_their_municipality(qtbot, ministry_session):
    page = _page(qtbot, ministry_session)
    enrolled = [r for r in page.stations.rows if r.station_id is not None]
    assert len(enrolled) == 1
    row = page.stations.rows.index(enrolled[0])
    cells = _cells(page.stations.table, row)
    assert cells[0] == enrolled[0].municipality_name and cells[1] == enrolled[0].station_name
    assert cells[3] == "—"  # no bundle yet: never in contact, shown in red


def test_a_stick_is_imported_file_by_file_with_receipts(
    qtbot, ministry_session, sqlite_world: World
):
    bundle = Path(sqlite_world.export()["path"])
    truncated = bundle.with_name("zz-truncated.bld")
    truncated.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    page = _page(qtbot, ministry_session)
    tab = page.stations
    tab.import_from(sqlite_world.usb)
    qtbot.waitUntil(lambda: tab.last_run is not None, timeout=WAIT)
    run = tab.last_run
    assert [(o.file.name, o.status) for o in run.outcomes] == [
        (bundle.name, "applied"),
        (truncated.name, "refused"),
    ]
    assert run.receipts == sqlite_world.usb / "receipts"
    assert run.outcomes[0].receipt is not None and run.outcomes[0].receipt.is_file()
    assert tab.files.rowCount() == 2
    refused = _cells(tab.files, 1)
    assert refused[1] == tab.tr("Refused")
    assert "رُفضت الحزمة" in refused[3]  # the Arabic reason, across the count columns
    assert tab.files.columnSpan(1, 3) == tab.files.columnCount() - 3
    assert _cells(tab.files, 0)[1] == tab.tr("Applied")
    assert tab.result.isVisible() and tab.files.isVisible()
    # the station now shows its applied range and a fresh contact
    qtbot.waitUntil(
        lambda: any(r.applied_seq == run.outcomes[0].seq_to for r in tab.rows), timeout=WAIT
    )


def test_a_conflict_is_listed_and_leaves_the_list_once_reviewed(
    qtbot, ministry_session, sqlite_world: World
):
    pc1, pc2 = sqlite_world.new_station("pc1"), sqlite_world.new_station("pc2")
    first = _register(pc1, PERSON)
    _register(pc2, PERSON)
    _update(pc1, first, dataclasses.replace(PERSON, grade=8))
    _update(pc2, first, dataclasses.replace(PERSON, grade=9))
    for db in (pc2, pc1):  # the later edit first: the earlier one loses and is kept
        assert ok(sqlite_world.m("ministry", "import", sqlite_world.export(db)["path"]))
    page = _page(qtbot, ministry_session)
    tab = page.conflicts
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() >= 1, timeout=WAIT)
    mine = [n for n, e in enumerate(tab.entries) if str(e.record_id) == first]
    assert len(mine) == 1
    cells = _cells(tab.table, mine[0])
    assert cells[0] == tab.tr("Concurrent edit")
    assert "pc2" in cells[4] and "pc1" in cells[5]  # kept from pc2, set aside from pc1
    before = tab.table.rowCount()
    tab.resolve(tab.entries[mine[0]].id, "راجعنا الدرجة مع البلدية")
    qtbot.waitUntil(lambda: tab.table.rowCount() == before - 1, timeout=WAIT)
    assert all(str(e.record_id) != first for e in conflicts(ministry_session.ctx))


def test_the_consolidated_view_adds_up_every_municipality(
    qtbot, ministry_session, sqlite_world: World, tmp_path
):
    from openpyxl import load_workbook

    ok(sqlite_world.m("ministry", "import", sqlite_world.export()["path"]))
    page = _page(qtbot, ministry_session)
    view = page.consolidated
    page.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.data is not None and bool(view.data.grade), timeout=WAIT)
    qtbot.waitUntil(lambda: view.grade.table.rowCount() > 0, timeout=WAIT)
    assert sum(n for _g, n in view.data.grade) == 30  # the demo station's staff
    assert view.grade.chart is not None and view.revenue.table.rowCount() == 12
    out = tmp_path / "grades.xlsx"
    view.export_to("grade", out)
    qtbot.waitUntil(out.is_file, timeout=WAIT)
    ws = load_workbook(out).active
    values = [row for row in ws.iter_rows(values_only=True) if row and row[0]]
    assert ("الدرجة", "العدد") in values
