"""Several stations of one municipality in the windows: the send page lists the office's other
stations, writes a bundle for one of them and takes one in; conflicts are reviewed at the
station; the ministry's console marks a restored station.

Screenshots (send-siblings-ar.png, ministry-stations-ar.png) go to BALADIYA_SCREENSHOTS when it
names a folder (docs/screenshots), otherwise to the test's temporary folder.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from tests.support import login
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import World, ok
from tests.sync.test_stations import PERSON, _register, _update
from tests.sync.test_trip import add_unit

templates = sync_fixtures.templates
sqlite_world = sync_fixtures.sqlite_world
WAIT = 30_000
MARKS = "\u200e\u200f\u202a\u202c"  # direction marks around ids, numbers and dates


@pytest.fixture
def sessions(runner, language) -> Iterator[Callable[..., Any]]:
    """A window session on a database: a station's file, or the ministry's URL."""
    from baladiya_desktop.ui.session import UiSession

    opened = []

    def make(db: Path | None = None, url: str | None = None, user: str = "admin") -> Any:
        target = Target.resolve(db) if db is not None else Target.resolve(url=url)
        ctx = login(open_station(target), user)
        opened.append(ctx)
        return UiSession(target, ctx, runner, language)

    yield make
    runner.shutdown(wait=True)
    for ctx in opened:
        ctx.engine.dispose()


def _page(qtbot, session):
    from baladiya_desktop.ui.pages.sync import SyncPage

    page = SyncPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitUntil(lambda: page.status is not None, timeout=WAIT)
    return page


def _reload(qtbot, page) -> None:
    """Read the station's state again and wait until it is shown."""
    before = page.status
    page.refresh()
    qtbot.waitUntil(lambda: page.status is not before, timeout=WAIT)


def _cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() if table.item(row, c) else "" for c in
            range(table.columnCount())]  # fmt: skip


def _reference(world: World, *dbs: Path) -> Path:
    """The ministry's latest reference bundle (it lists every enrolled station), taken in by
    each of ``dbs``."""
    out = world.folder / "reference"
    out.mkdir(exist_ok=True)
    path = Path(ok(world.m("ministry", "reference-bundle", "--out", out))["path"])
    for db in dbs:
        ok(world.s("bundle", "import", path, db=db))
    return path


def _station_id(world: World, db: Path) -> str:
    return str(ok(world.s("station", "show", db=db))["station_id"])


def _save(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = os.environ.get("BALADIYA_SCREENSHOTS")
    out = Path(folder) / name if folder else tmp_path / name
    out.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(out), "PNG")
    return out


def test_the_send_page_lists_a_sibling_once_the_reference_lists_two_stations(
    qtbot, sessions, sqlite_world: World
):
    second = sqlite_world.new_station("second")
    page = _page(qtbot, sessions(sqlite_world.station))
    view = page.status.overview
    assert page.labels["station_id"].text().strip(MARKS) == str(view.station_id)
    # The fingerprint is shown in two whole lines of groups, each held left to right.
    shown = "".join(ch for ch in page.labels["own_key"].text() if ch not in MARKS)
    assert shown.split() == view.fingerprint.split()
    # The reference this station holds was written before the second PC was enrolled.
    assert view.siblings == [] and not page.no_siblings.isHidden()
    assert not page.send_button.isEnabled()
    page.import_path(_reference(sqlite_world))
    qtbot.waitUntil(lambda: page.siblings.rowCount() == 1, timeout=WAIT)
    cells = _cells(page.siblings, 0)
    assert cells[0] == "second"
    assert cells[1] == page.tr("Possible")
    assert cells[2] == "—"  # nothing exchanged directly yet
    assert cells[4].strip(MARKS) == _station_id(sqlite_world, second)
    assert page.no_siblings.isHidden()
    assert page.selected_sibling() is not None and page.send_button.isEnabled()
    assert page.tabs.tabText(0) == page.tr("Stations of the office ({count})").format(count=1)
    assert not page.banner.isVisibleTo(page)  # nothing was restored


def test_a_bundle_sent_to_a_sibling_is_taken_in_on_its_page_with_the_count(
    qtbot, sessions, sqlite_world: World, tmp_path
):
    second = sqlite_world.new_station("second")
    _reference(sqlite_world, sqlite_world.station, second)
    add_unit(sqlite_world.station, "DIRECT-1")
    page = _page(qtbot, sessions(sqlite_world.station))
    sibling = page.selected_sibling()
    assert sibling is not None and sibling.name == "second"
    stick = tmp_path / "stick"
    stick.mkdir()
    page.send_to(sibling, stick)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT)
    sent = page.last_export
    assert sent.kind == "sibling" and sent.records >= 1 and sent.path.parent == stick
    assert page.result_title.text() == page.tr(
        "The bundle for «{station}» was written and verified — you may remove the stick now"
    ).format(station="second")
    assert sent.path.name in page.result_text.text()
    assert page.slip_button.isHidden()  # the transmittal slip is for the ministry's bundles
    # the log names the station the bundle went to, and the list its last direct exchange
    qtbot.waitUntil(lambda: _cells(page.siblings, 0)[2] != "—", timeout=WAIT)
    assert any("second" in _cells(page.log, r)[0] for r in range(page.log.rowCount()))

    other = _page(qtbot, sessions(second))
    other.import_path(sent.path)
    qtbot.waitUntil(lambda: other.last_import is not None, timeout=WAIT)
    taken = other.last_import
    assert taken.kind == "sibling" and taken.status == "applied"
    came = taken.details["inserted"] + taken.details["updated"]
    assert came == sent.records
    assert other.tr(
        "Records from the office's other stations: {records}\n"
        "Conflicts awaiting review: {conflicts}"
    ).format(records=f"{came:,}", conflicts="0") in other.result_text.text()
    assert other.result_title.text() == other.tr("Imported")
    assert other.review_button.isHidden()  # no conflicts: nothing to review
    # The same file again changes nothing and says so.
    other.last_import = None
    other.import_path(sent.path)
    qtbot.waitUntil(lambda: other.last_import is not None, timeout=WAIT)
    assert other.last_import.status == "duplicate"
    assert other.result_title.text() == other.tr("Already imported")
    # The second station carries the first one's records on to the ministry, and says how many.
    other.last_export = None
    other.export_to(stick)
    qtbot.waitUntil(lambda: other.last_export is not None, timeout=WAIT)
    assert other.last_export.kind == "data" and other.last_export.forwarded >= 1
    assert other.tr("Records of the office's other stations carried on: {count}").format(
        count=f"{other.last_export.forwarded:,}"
    ) in other.result_text.text()


def test_a_bundle_with_nothing_new_is_called_a_request(
    qtbot, sessions, sqlite_world: World
):
    page = _page(qtbot, sessions(sqlite_world.station))
    page.export_to(sqlite_world.usb)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT)
    first = page.last_export
    assert not first.request
    assert page.result_title.text() == page.tr(
        "The bundle was written and verified — you may remove the stick now"
    )
    receipts = sqlite_world.folder / "receipts"
    receipts.mkdir()
    reply = ok(sqlite_world.m("ministry", "import", first.path, "--receipts", receipts))[0]
    page.import_path(Path(reply["receipt"]))
    qtbot.waitUntil(lambda: page.last_import is not None, timeout=WAIT)
    assert page.last_import.kind == "receipt"
    assert page.tr(
        "Records from the office's other stations: {records}\n"
        "Conflicts awaiting review: {conflicts}"
    ).format(records="0", conflicts="0") in page.result_text.text()
    page.last_export = None
    page.export_to(sqlite_world.usb)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT)
    assert page.last_export.request and page.last_export.records == 0
    assert page.result_title.text() == page.tr(
        "No new changes: a request bundle only — written and verified, you may remove "
        "the stick now"
    )


def test_a_conflict_at_the_station_is_shown_side_by_side_and_reviewed(
    qtbot, sessions, sqlite_world: World, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QDialog

    from baladiya_desktop.sync.status import conflicts
    from baladiya_desktop.ui.sync import conflicts_tab
    from baladiya_desktop.ui.sync.common import AMBER, select_row

    first, second = sqlite_world.station, sqlite_world.new_station("second")
    _reference(sqlite_world, first, second)
    emp = _register(first, PERSON)
    _register(second, PERSON)  # the same person: the same record id
    _update(second, emp, dataclasses.replace(PERSON, grade=9))
    _update(first, emp, dataclasses.replace(PERSON, grade=8))
    direct = ok(sqlite_world.s("bundle", "export", "--to", _station_id(sqlite_world, first),
                               "--out", tmp_path, db=second))  # fmt: skip
    session = sessions(first)
    page = _page(qtbot, session)
    page.import_path(Path(direct["path"]))
    qtbot.waitUntil(lambda: page.last_import is not None, timeout=WAIT)
    assert page.last_import.details["conflicts"] >= 1
    opened = len(conflicts(session.ctx))
    assert page.open_conflicts == opened >= 1
    came = page.last_import.details["inserted"] + page.last_import.details["updated"]
    assert page.tr(
        "Records from the office's other stations: {records}\n"
        "Conflicts awaiting review: {conflicts}"
    ).format(records=f"{came:,}", conflicts=f"{opened:,}") in page.result_text.text()
    assert not page.review_button.isHidden()
    page.review_button.click()
    tab = page.conflicts
    assert page.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.table.rowCount() == opened, timeout=WAIT)
    assert page.tabs.tabText(3) == page.tr("Conflicts to review ({count})").format(count=opened)
    row = next(n for n, e in enumerate(tab.entries) if str(e.record_id) == emp)
    cells = _cells(tab.table, row)
    assert cells[0] == tab.tr("Concurrent edit")
    assert {cells[4], cells[5]} == {page.status.overview.name, "second"}  # both stations
    select_row(tab.table, row)
    assert tab.states.isHidden()  # on the station's page the review dialog shows them
    # «Reviewed…» shows both states side by side, field by field, and takes a note.
    note = "أبقينا الدرجة 9 بعد مراجعة القرار"
    seen: dict[str, Any] = {}

    def answer(dialog: QDialog) -> QDialog.DialogCode:
        states = dialog.above
        fields = {states.kept.item(r, 0).text().strip(MARKS): r
                  for r in range(states.kept.rowCount())}  # fmt: skip
        grade = fields["grade"]
        seen["grades"] = {states.kept.item(grade, 1).text().strip(MARKS),
                          states.aside.item(grade, 1).text().strip(MARKS)}  # fmt: skip
        seen["differs"] = states.kept.item(grade, 1).foreground().color() == AMBER
        seen["same"] = states.kept.item(fields["first_name"], 1).foreground().color() == AMBER
        dialog.note.setPlainText(note)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(conflicts_tab.ReviewDialog, "exec", answer)
    tab.review_button.click()
    assert seen == {"grades": {"8", "9"}, "differs": True, "same": False}
    qtbot.waitUntil(lambda: tab.table.rowCount() == opened - 1, timeout=WAIT)
    assert page.tabs.tabText(3) == page.tr("Conflicts to review ({count})").format(
        count=opened - 1
    )
    reviewed = [c for c in conflicts(session.ctx, open_only=False) if str(c.record_id) == emp]
    assert [c.resolution for c in reviewed if c.resolved_by] == [note]


def test_a_restored_station_shows_the_banner_and_the_ministry_marks_it(
    qtbot, sessions, sqlite_world: World, tmp_path
):
    backup = tmp_path / "before.backup"
    ok(sqlite_world.s("backup", "--out", backup))
    add_unit(sqlite_world.station, "AFTER-BACKUP")
    ok(sqlite_world.s("restore", backup))
    page = _page(qtbot, sessions(sqlite_world.station))
    assert page.status.overview.awaiting_restore_reply
    assert page.banner.isVisibleTo(page)
    page.export_to(sqlite_world.usb)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT)
    ok(sqlite_world.m("ministry", "import", page.last_export.path))

    from baladiya_desktop.ui.pages.ministry import MinistryPage

    console = MinistryPage(sessions(url=sqlite_world.url, user="boss"))
    qtbot.addWidget(console)
    console.resize(1200, 800)
    console.show()
    tab = console.stations
    qtbot.waitUntil(lambda: any(r.incarnation > 0 for r in tab.rows), timeout=WAIT)
    restored = [n for n, r in enumerate(tab.rows) if r.incarnation > 0]
    fresh = [n for n, r in enumerate(tab.rows) if r.station_id and not r.incarnation]
    assert len(restored) == 1
    assert _cells(tab.table, restored[0])[9] == tab.tr("Restored from a backup")
    assert all(tab.tr("Restored from a backup") not in _cells(tab.table, n)[9] for n in fresh)


def test_screenshots_of_the_office_stations(
    qtbot, sessions, sqlite_world: World, tmp_path
):
    from baladiya_desktop.ui.main_window import MainWindow
    from baladiya_desktop.ui.pages import default_registry
    from baladiya_desktop.ui.screenshot import SIZE, settle

    second = sqlite_world.new_station("second")
    third = sqlite_world.new_station("third")
    _reference(sqlite_world, sqlite_world.station, second)
    # The third PC sends, is restored from a backup, and sends again: the ministry marks it.
    ok(sqlite_world.m("ministry", "import", sqlite_world.export(third)["path"]))
    backup = tmp_path / "third.backup"
    ok(sqlite_world.s("backup", "--out", backup, db=third))
    ok(sqlite_world.s("restore", backup, db=third))
    ok(sqlite_world.m("ministry", "import", sqlite_world.export(third)["path"]))
    session = sessions(sqlite_world.station)
    window = MainWindow(session, default_registry())
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    assert window.show_page("sync")
    page = window.page("sync")
    qtbot.waitUntil(lambda: page.status is not None and page.siblings.rowCount() == 2,
                    timeout=WAIT)  # fmt: skip
    page.send_to(page.selected_sibling(), sqlite_world.usb)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT)
    settle(session.runner)
    shot = _save(window, "send-siblings-ar.png", tmp_path)
    assert shot.stat().st_size > 10_000

    ministry = sessions(url=sqlite_world.url, user="boss")
    console = MainWindow(ministry, default_registry())
    qtbot.addWidget(console)
    console.resize(*SIZE)
    console.show()
    assert console.show_page("ministry")
    tab = console.page("ministry").stations
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=WAIT)
    settle(ministry.runner)
    shot = _save(console, "ministry-stations-ar.png", tmp_path)
    assert shot.stat().st_size > 10_000


def test_rows_the_ministry_refused_are_listed_until_fixed(qtbot, sessions, sqlite_world: World):
    import datetime as dt

    from baladiya_desktop.sync.models import SyncRejection
    from baladiya_desktop.ui.pages.sync import reason_text
    from baladiya_desktop.ui.sync.common import RED

    record = _register(sqlite_world.station, PERSON)
    session = sessions(sqlite_world.station)
    # As a receipt from the ministry stores them (see sync.station_import): "Arabic / English".
    with session.ctx.session() as db, db.begin():
        db.add(SyncRejection(bundle_id="b", table_name="employee", record_id=record,
                             reason="الرقم الوطني أطول من 12 خانة / national number too long",
                             at=dt.datetime.now(dt.UTC)))  # fmt: skip
    page = _page(qtbot, session)
    assert page.refused.rowCount() == 1
    cells = _cells(page.refused, 0)
    assert cells[0].strip(MARKS) == "employee" and cells[1].strip(MARKS) == record
    assert cells[3] == "الرقم الوطني أطول من 12 خانة"  # the interface's half of the reason
    assert page.refused.item(0, 3).foreground().color() == RED
    assert page.tabs.tabText(2) == page.tr("Refused by the ministry ({count})").format(count=1)
    assert page.tabs.tabBar().tabTextColor(2) == RED
    assert reason_text("a / b", ar=False) == "b" and reason_text("only one", ar=False) == "only one"
    # The clerk corrects the record: it travels again in the next bundle and leaves the list.
    _update(sqlite_world.station, record, dataclasses.replace(PERSON, grade=8))
    _reload(qtbot, page)
    assert page.refused.rowCount() == 0
    assert page.tabs.tabText(2) == page.tr("Refused by the ministry ({count})").format(count=0)
