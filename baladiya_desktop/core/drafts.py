"""Autosaved drafts of data-entry forms, so a power cut loses at most the field being typed.

A draft is not a record: it skips the write path, the change log and the audit log, and never
travels in a bundle. It is one small JSON file per user, form and record in the station's
drafts folder, replaced durably on every save (``core.durable``). Reading never fails on a bad
file: a damaged draft is treated as absent and removed. Saving never raises for the disk
(full, read-only, gone): it says False and logs, and the form goes on working.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from baladiya_desktop.core.durable import write_durably

VERSION = 1
SUFFIX = ".draft.json"

JsonValue: TypeAlias = "str | int | float | bool | list[JsonValue] | dict[str, JsonValue] | None"
Fields: TypeAlias = dict[str, JsonValue]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DraftKey:
    """Whose draft of which form for which record ("new" for a record not saved yet)."""

    user_id: str
    form: str
    record: str = "new"

    @classmethod
    def of(cls, user_id: object, form: str, record: object | None = None) -> DraftKey:
        return cls(str(user_id), form, "new" if record is None else str(record))

    @property
    def file_name(self) -> str:
        # A hash: record ids and form names never reach the file system as names.
        text = "\0".join((self.user_id, self.form, self.record))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:40] + SUFFIX

    def as_json(self) -> dict[str, str]:
        return {"user": self.user_id, "form": self.form, "record": self.record}


@dataclass(frozen=True)
class Draft:
    key: DraftKey
    saved_at: dt.datetime  # UTC
    fields: Fields


class _Corrupt(Exception):
    """The file is not a draft this version wrote whole."""


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, key: DraftKey) -> Path:
        return self.folder / key.file_name

    def save(self, key: DraftKey, fields: Fields, now: dt.datetime | None = None) -> bool:
        """Replace the draft of ``key``; False (and the previous draft intact) if the disk
        refused. Values that are not JSON are a bug of the caller and raise TypeError."""
        saved_at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        document = {"version": VERSION, "key": key.as_json(),
                    "saved_at": saved_at.isoformat(), "fields": fields}  # fmt: skip
        data = json.dumps(document, ensure_ascii=False, allow_nan=False).encode("utf-8")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_durably(self.path(key), data)
        except OSError as exc:
            log.warning("draft not saved in %s: %s", self.folder, exc.strerror or exc)
            return False
        return True

    def load(self, key: DraftKey) -> Draft | None:
        """The draft of ``key``, or None when there is none or it is not readable whole."""
        path = self.path(key)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("draft not read from %s: %s", path, exc.strerror or exc)
            return None
        try:
            document = json.loads(raw.decode("utf-8"))
            if not isinstance(document, dict):
                raise _Corrupt
            if document.get("version") != VERSION:
                return None  # another version's draft: not ours to read, nor to delete
            return _draft(document, key)
        except (_Corrupt, ValueError, TypeError, KeyError):  # JSON and UTF-8 errors are ValueError
            log.warning("damaged draft removed: %s", path)
            self._remove(path)
            return None

    def discard(self, key: DraftKey) -> None:
        """Forget the draft of ``key`` (and a temporary file a cut may have left)."""
        path = self.path(key)
        self._remove(path)
        self._remove(path.with_name(path.name + ".tmp"))

    @staticmethod
    def _remove(path: Path) -> None:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _draft(document: dict[str, Any], key: DraftKey) -> Draft:
    if document["key"] != key.as_json():
        raise _Corrupt  # not the file this key names: never show someone else's draft
    saved_at = dt.datetime.fromisoformat(document["saved_at"])
    fields = document["fields"]
    if saved_at.tzinfo is None or not isinstance(fields, dict):
        raise _Corrupt
    return Draft(key, saved_at.astimezone(dt.UTC), fields)
