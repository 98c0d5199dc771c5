"""Autosaved form drafts: keyed per user and record, whole or absent, and a disk that refuses
the write leaves the previous draft and raises nothing."""

from __future__ import annotations

import datetime as dt
import errno
import json
from pathlib import Path
from typing import Any

import pytest

from baladiya_desktop.core import drafts, durable
from baladiya_desktop.core.drafts import DraftKey, DraftStore
from baladiya_desktop.core.paths import StationPaths

KEY = DraftKey.of("u-1", "staff.employee")
FIELDS: drafts.Fields = {"first_name": "أحمد", "grade": 8, "head": True, "unit": None,
                         "photos": ["a.jpg"], "spent": 12.5}  # fmt: skip


def test_round_trip(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    assert store.load(KEY) is None
    when = dt.datetime(2024, 5, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert store.save(KEY, FIELDS, now=when)
    draft = store.load(KEY)
    assert draft is not None and draft.fields == FIELDS and draft.key == KEY
    assert draft.saved_at == when and draft.saved_at.utcoffset() == dt.timedelta(0)
    assert store.save(KEY, {"first_name": "أحمد علي"})
    assert store.load(KEY).fields == {"first_name": "أحمد علي"}  # type: ignore[union-attr]
    store.discard(KEY)
    assert store.load(KEY) is None and list((tmp_path / "drafts").iterdir()) == []
    store.discard(KEY)  # discarding nothing is no error


def test_each_user_and_record_has_its_own_draft(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    keys = [DraftKey.of("u-1", "staff.employee"), DraftKey.of("u-2", "staff.employee"),
            DraftKey.of("u-1", "staff.employee", "0190-aaaa"), DraftKey.of("u-1", "org.unit"),
            DraftKey.of("u-1", "org.post", "../../etc/passwd\\C:|*?")]  # fmt: skip
    for n, key in enumerate(keys):
        assert store.save(key, {"n": n})
    for n, key in enumerate(keys):
        assert store.load(key).fields == {"n": n}  # type: ignore[union-attr]
    names = [p.name for p in tmp_path.iterdir()]
    assert len(names) == len(keys)
    assert all(n.endswith(drafts.SUFFIX) and n[:-len(drafts.SUFFIX)].isalnum() for n in names)
    store.discard(keys[2])
    assert store.load(keys[2]) is None and store.load(keys[0]) is not None


@pytest.mark.parametrize("content", [
    b"", b"{", b'{"version": 1, "key": {"user": "u-1"', b"not json", b"\xff\xfe\x00",
    b"[1, 2]", b'{"version": 1}', b'{"version": 1, "key": {}, "saved_at": "x", "fields": {}}',
    b'{"version": 1, "key": {"user": "u-1", "form": "staff.employee", "record": "new"}, '
    b'"saved_at": "2024-05-02T09:30:00", "fields": {}}',  # a time without its zone
    b'{"version": 1, "key": {"user": "u-1", "form": "staff.employee", "record": "new"}, '
    b'"saved_at": "2024-05-02T09:30:00+00:00", "fields": []}',
])  # fmt: skip
def test_a_damaged_draft_is_absent_and_removed(tmp_path: Path, content: bytes) -> None:
    store = DraftStore(tmp_path)
    store.path(KEY).write_bytes(content)
    assert store.load(KEY) is None
    assert not store.path(KEY).exists()


def test_a_truncated_draft_is_absent(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save(KEY, {"notes": "س" * 500})
    whole = store.path(KEY).read_bytes()
    for cut in (1, len(whole) // 2, len(whole) - 1):
        store.path(KEY).write_bytes(whole[:cut])
        assert store.load(KEY) is None


def test_another_users_file_under_this_name_is_not_shown(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    other = DraftKey.of("u-2", "staff.employee")
    store.save(other, FIELDS)
    store.path(KEY).write_bytes(store.path(other).read_bytes())
    assert store.load(KEY) is None


def test_another_versions_draft_is_left_alone(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save(KEY, FIELDS)
    document = json.loads(store.path(KEY).read_text("utf-8"))
    store.path(KEY).write_text(json.dumps({**document, "version": 2}), "utf-8")
    assert store.load(KEY) is None
    assert store.path(KEY).exists()


def _refuse(code: int) -> Any:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(code, "refused")

    return refuse


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
@pytest.mark.parametrize("where", ["replace", "open"])
def test_a_full_or_read_only_disk_keeps_the_previous_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
    code: int, where: str,
) -> None:  # fmt: skip
    store = DraftStore(tmp_path)
    assert store.save(KEY, FIELDS)
    if where == "replace":
        monkeypatch.setattr(durable.os, "replace", _refuse(code))
    else:
        monkeypatch.setattr(durable, "open", _refuse(code), raising=False)
    assert store.save(KEY, {"first_name": "غيره"}) is False
    monkeypatch.undo()
    assert store.load(KEY).fields == FIELDS  # type: ignore[union-attr]
    assert [p.name for p in tmp_path.iterdir()] == [store.path(KEY).name]  # no .tmp left
    assert "draft not saved" in caplog.text


def test_a_missing_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert DraftStore(blocker / "drafts").save(KEY, FIELDS) is False
    assert DraftStore(blocker / "drafts").load(KEY) is None


def test_a_read_only_folder(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    assert store.save(KEY, FIELDS)
    store.folder.chmod(0o500)
    try:
        if store.save(KEY, {"x": 1}):  # pragma: no cover - running as root ignores modes
            pytest.skip("the file system lets this user write anyway")
        assert store.load(KEY).fields == FIELDS  # type: ignore[union-attr]
        store.discard(KEY)  # cannot remove: says nothing
    finally:
        store.folder.chmod(0o700)


def test_values_that_are_not_json_are_a_bug(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        DraftStore(tmp_path).save(KEY, {"day": dt.date(2024, 1, 1)})  # type: ignore[dict-item]


def test_drafts_sit_beside_the_database_named_after_it(tmp_path: Path) -> None:
    one = StationPaths.for_db(tmp_path / "station.db")
    two = StationPaths.for_db(tmp_path / "training.db")
    assert one.drafts_dir == tmp_path / "station-drafts"
    assert one.drafts_dir != two.drafts_dir
