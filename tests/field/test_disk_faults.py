"""A full disk and a write-protected medium: a clear message, and nothing lost."""

from __future__ import annotations

import errno
import pathlib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from baladiya_desktop.core import backup, maintenance, users
from baladiya_desktop.core.audit import verify_chain
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import StorageError
from baladiya_desktop.domain.org import service as org_service
from baladiya_desktop.domain.org.service import UnitInput


def _fill_the_disk(ctx: AppContext) -> None:
    """Cap the database file at its current size: the next growth fails as a full disk."""
    ctx.engine.dispose()

    @event.listens_for(ctx.engine, "connect")
    def cap(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_refuses_the_write_clearly_and_loses_nothing(admin: AppContext) -> None:
    before = {u.username for u in users.list_users(admin)}
    _fill_the_disk(admin)
    with pytest.raises(StorageError) as caught:
        for n in range(400):  # enough to need new pages
            org_service.add_unit(admin, UnitInput(f"U{n}", "وحدة " + "س" * 150, "unit"))
    assert "القرص ممتلئ" in caught.value.message_ar
    assert {u.username for u in users.list_users(admin)} == before
    with admin.session() as session:
        assert verify_chain(session).ok


def test_backup_to_a_write_protected_stick(admin: AppContext, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    real_connect = backup.sqlite3.connect

    def read_only(target: Any, *args: Any, **kwargs: Any) -> Any:
        if str(target).startswith(str(stick)):
            raise backup.sqlite3.OperationalError("attempt to write a readonly database")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(backup.sqlite3, "connect", read_only)
    with pytest.raises(StorageError) as caught:
        maintenance.run_backup(admin, stick / "copy.db")
    assert "تعذر حفظ النسخة الاحتياطية" in caught.value.message_ar
    assert list(stick.iterdir()) == []


def test_write_protected_folder_for_a_bundle(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from baladiya_desktop.sync.usb import write_verified

    real_open = pathlib.Path.open

    def protected(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" in mode and self.parent == tmp_path:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", protected)
    with pytest.raises(StorageError) as caught:
        write_verified(tmp_path, "bundle.bld", b"x" * 1000)
    assert "محمية من الكتابة" in caught.value.message_ar
    assert list(tmp_path.iterdir()) == []
