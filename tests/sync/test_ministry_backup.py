"""The ministry keeps a backup copy before it imports municipalities' bundles."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from baladiya_desktop.core.backup import list_backups
from baladiya_desktop.core.paths import StationPaths
from tests.sync.conftest import World, ok


def test_the_ministry_backs_up_before_a_run_of_imports(sqlite_world: World) -> None:
    db = Path(make_url(sqlite_world.url).database or "")
    first = sqlite_world.export()["path"]
    ok(sqlite_world.m("ministry", "import", first, first))  # two files, one copy taken first
    taken = list_backups(StationPaths.for_db(db).backups_dir)
    assert [b.reason for b in taken] == ["before-import"]
