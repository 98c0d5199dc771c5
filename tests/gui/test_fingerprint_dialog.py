"""The first reference bundle: the clerk types the letter's fingerprint group by group, and
nothing is trusted until all sixteen groups match."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.station import key_fingerprint
from baladiya_desktop.domain.bootstrap import open_station
from tests.support import login
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import World, cli_json, ok

templates = sync_fixtures.templates
sqlite_world = sync_fixtures.sqlite_world
WAIT = 30_000
FINGERPRINT = key_fingerprint(bytes(range(32)))


def _dialog(qtbot, fingerprint: str = FINGERPRINT):
    from baladiya_desktop.ui.sync.fingerprint_dialog import LetterFingerprintDialog

    dialog = LetterFingerprintDialog(fingerprint)
    qtbot.addWidget(dialog)
    return dialog


def _type(qtbot, dialog, groups: list[str]) -> None:
    for box, group in zip(dialog.boxes, groups, strict=False):
        box.clear()
        qtbot.keyClicks(box, group)


def test_a_group_that_differs_keeps_the_key_untrusted(qtbot) -> None:
    dialog = _dialog(qtbot)
    assert len(dialog.boxes) == 16 and not dialog.import_button.isEnabled()
    groups = FINGERPRINT.split()
    wrong = [*groups[:9], "0000" if groups[9] != "0000" else "FFFF", *groups[10:]]
    _type(qtbot, dialog, wrong)
    assert not dialog.import_button.isEnabled() and not dialog.matches()
    assert "10" in dialog.status.text()  # the group to look at again
    dialog.accept()  # Enter in a box: refused all the same
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_the_letter_typed_in_full_is_accepted(qtbot) -> None:
    dialog = _dialog(qtbot)
    groups = FINGERPRINT.split()
    _type(qtbot, dialog, [g.lower() for g in groups[:15]])
    assert not dialog.import_button.isEnabled()  # fifteen groups are not enough
    _type(qtbot, dialog, [g.lower() for g in groups])
    assert dialog.import_button.isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.typed() == FINGERPRINT


def test_an_unreadable_bundle_matches_nothing(qtbot) -> None:
    dialog = _dialog(qtbot, "")
    _type(qtbot, dialog, FINGERPRINT.split())
    assert not dialog.import_button.isEnabled()


@pytest.fixture
def fresh_session(sqlite_world: World, runner, language) -> Iterator:
    """A new station that trusts no ministry key yet, logged in as its administrator."""
    from baladiya_desktop.ui.session import UiSession

    db = sqlite_world.folder / "fresh.db"
    cli_json("--db", db, "--json", "init", "--municipality", "LY-M010", "--station-name",
             "جديد", "--admin", "admin")
    target = Target.resolve(db)
    ctx = login(open_station(target), "admin")
    yield UiSession(target, ctx, runner, language)
    runner.shutdown(wait=True)
    ctx.engine.dispose()


@pytest.mark.parametrize("letter_matches", [False, True])
def test_the_page_trusts_the_key_only_after_the_letter(
    qtbot, monkeypatch, fresh_session, sqlite_world: World, letter_matches: bool
) -> None:
    from baladiya_desktop.ui.pages.sync import SyncPage
    from baladiya_desktop.ui.sync.fingerprint_dialog import LetterFingerprintDialog

    out = sqlite_world.folder / "ref"
    out.mkdir()
    ref = ok(sqlite_world.m("ministry", "reference-bundle", "--out", out))
    groups = ref["fingerprint"].split()
    letter = groups if letter_matches else [*groups[:-1], "0000" if groups[-1] != "0000"
                                            else "FFFF"]
    shown: list[LetterFingerprintDialog] = []

    def clerk_types(dialog: LetterFingerprintDialog) -> int:
        shown.append(dialog)
        _type(qtbot, dialog, letter)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(LetterFingerprintDialog, "exec", clerk_types)
    page = SyncPage(fresh_session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.status is not None, timeout=WAIT)
    assert not page.status.ministry_fingerprint
    page.import_path(Path(ref["path"]))
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    if not letter_matches:
        qtbot.wait(300)
        assert page.last_import is None
        page.refresh()
        qtbot.wait(300)
        assert not page.status.ministry_fingerprint
        return
    qtbot.waitUntil(lambda: page.last_import is not None, timeout=WAIT)
    assert page.last_import.kind == "reference" and page.last_import.status == "applied"
    assert page.last_import.details["letter"] is True
    qtbot.waitUntil(lambda: page.status.ministry_fingerprint == ref["fingerprint"],
                    timeout=WAIT)
