"""The station's page «الإرسال إلى الوزارة»: export to a stick, take the receipt back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.sync.ministry import signing_fingerprint
from tests.support import login
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import World, ok

# The sync tests' ministry with one enrolled demo station, copied fresh for each test.
templates = sync_fixtures.templates
sqlite_world = sync_fixtures.sqlite_world
WAIT = 30_000


@pytest.fixture
def station_session(sqlite_world: World, runner, language) -> Iterator:
    from baladiya_desktop.ui.session import UiSession

    target = Target.resolve(sqlite_world.station)
    ctx = login(open_station(target), "admin")
    yield UiSession(target, ctx, runner, language)
    runner.shutdown(wait=True)
    ctx.engine.dispose()


def _page(qtbot, session):
    from baladiya_desktop.ui.pages.sync import SyncPage

    page = SyncPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.status is not None, timeout=WAIT)
    return page


def test_export_writes_a_verified_bundle_and_says_so(qtbot, station_session, tmp_path):
    page = _page(qtbot, station_session)
    assert page.status.ministry_fingerprint  # the station imported the ministry's reference
    assert page.labels["confirmed"].text().endswith(page.tr("Not yet confirmed"))
    stick = tmp_path / "stick"
    stick.mkdir()
    page.export_to(stick)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT)
    written = page.last_export.path
    assert written.parent == stick and written.is_file()
    assert not list(stick.glob("*.part"))
    title = page.result_title.text()
    assert title == page.tr("The bundle was written and verified — you may remove the stick now")
    assert written.name in page.result_text.text()
    assert page.last_export.sha256 in page.result_text.text()
    assert not page.slip_button.isHidden()  # the transmittal slip (bundle-slip) can be printed
    qtbot.waitUntil(lambda: page.log.rowCount() >= 1, timeout=WAIT)
    def ranges() -> list[str]:
        return [page.log.item(row, 3).text().strip("\u202a\u202c")
                for row in range(page.log.rowCount())]

    # the data bundle's seq range, once the log has been read again after the export
    qtbot.waitUntil(lambda: any(r.startswith("1–") for r in ranges()), timeout=10_000)


def test_a_receipt_from_the_ministry_confirms_the_export(
    qtbot, station_session, sqlite_world: World
):
    page = _page(qtbot, station_session)
    page.export_to(sqlite_world.usb)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT)
    receipts = sqlite_world.folder / "receipts"
    receipts.mkdir()
    imported = ok(
        sqlite_world.m("ministry", "import", page.last_export.path, "--receipts", receipts)
    )
    assert imported[0]["status"] == "applied"
    page.import_path(Path(imported[0]["receipt"]))
    qtbot.waitUntil(lambda: page.last_import is not None, timeout=WAIT)
    assert page.last_import.kind == "receipt" and page.last_import.status == "applied"
    assert page.last_import.message_ar in page.result_text.text()
    seq = page.last_export.seq_to
    qtbot.waitUntil(lambda: page.status.acked_seq == seq, timeout=WAIT)
    confirmed = page.labels["confirmed"].text()
    assert str(seq) in confirmed and page.tr("Not yet confirmed") not in confirmed
    assert page.labels["pending"].text().strip("\u200f") == "0"


def test_the_first_reference_shows_the_fingerprint_to_compare(
    sqlite_world: World,
):
    from baladiya_desktop.ui.sync.station_status import bundle_kind

    out = sqlite_world.folder / "ref"
    out.mkdir()
    written = ok(sqlite_world.m("ministry", "reference-bundle", "--out", out))
    with sqlite_world.ministry() as ctx:
        expected = signing_fingerprint(ctx)
    assert bundle_kind(Path(written["path"])) == ("reference", expected)
    damaged = out / "damaged.bld"
    damaged.write_bytes(Path(written["path"]).read_bytes()[:40])
    assert bundle_kind(damaged) == ("", "")


def test_the_page_is_for_municipal_stations_only(qtbot, sqlite_world, runner, language):
    from baladiya_desktop.ui.pages.sync import SyncPage, sync_page
    from baladiya_desktop.ui.session import UiSession

    target = Target.resolve(url=sqlite_world.url)
    with sqlite_world.ministry() as ctx:
        page = sync_page(UiSession(target, ctx, runner, language))
        qtbot.addWidget(page)
        assert not isinstance(page, SyncPage)
        runner.shutdown(wait=True)
