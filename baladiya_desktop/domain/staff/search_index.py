"""Search as you type over 100,000 staff: every key in one string, found with ``str.find``.

A query word must be a substring of the person's search key (``core.text.matches``). In SQL
that is ``LIKE '%word%'`` on every row: fine for a municipality, but a rare word (a national
number, an employee number) walks all 100,000 keys and costs 25–60 ms on an office PC. Here
the keys sit joined in one string, in name order, so finding a word is one C-speed scan (a
few ms) and the first page of matches is found as soon as it is complete; those rows are then
read by primary key. The index is rebuilt when the station's audit sequence moves
(every write, a bundle included, appends to the audit log), so it is never stale.

FTS5 (trigram) would answer as fast, but its virtual and shadow tables sit outside the
models that the migrations are checked against, and need triggers on every writer.
"""

from __future__ import annotations

import threading
import uuid
import weakref
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, select

from baladiya_desktop.core.station import Station
from baladiya_desktop.domain.staff.models import Employee

SEPARATOR = "\n"  # never inside a key: keys collapse whitespace


@dataclass(frozen=True)
class _Keys:
    stamp: int
    corpus: str
    starts: array  # type: ignore[type-arg]  # start offset of each key in ``corpus``
    ids: bytes  # 16 bytes per key


class StaffSearchIndex:
    """The search keys of one database, rebuilt when it has changed."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._keys: _Keys | None = None
        self._lock = threading.Lock()

    def _current(self) -> _Keys:
        with self._engine.connect() as connection:
            stamp = connection.execute(select(Station.audit_seq)).scalar() or 0
            keys = self._keys
            if keys is not None and keys.stamp == stamp:
                return keys
            rows = connection.execute(
                select(Employee.id, Employee.search_key)
                .where(Employee.deleted.is_(False))
                .order_by(Employee.full_name, Employee.id)
            ).all()
        starts = array("q")
        parts = []
        position = 0
        for _id, key in rows:
            starts.append(position)
            parts.append(key)
            position += len(key) + 1
        ids = b"".join(row[0].bytes for row in rows)
        keys = _Keys(stamp, SEPARATOR.join(parts) + SEPARATOR, starts, ids)
        self._keys = keys
        return keys

    def matches(self, tokens: list[str]) -> Iterator[uuid.UUID]:
        """Ids whose key holds every token, in name order (as the list sorts by default)."""
        with self._lock:
            keys = self._current()
        rarest = max(tokens, key=len)
        others = [t for t in tokens if t is not rarest]
        corpus, starts, ids = keys.corpus, keys.starts, keys.ids
        position = corpus.find(rarest)
        while position >= 0:
            row = bisect_right(starts, position) - 1
            end = corpus.find(SEPARATOR, position)
            if not others or all(t in corpus[starts[row] : end] for t in others):
                yield uuid.UUID(bytes=ids[row * 16 : row * 16 + 16])
            position = corpus.find(rarest, end + 1)  # the next key: one hit per person


_INDEXES: weakref.WeakKeyDictionary[Engine, StaffSearchIndex] = weakref.WeakKeyDictionary()
_INDEXES_LOCK = threading.Lock()


def index_for(engine: Engine) -> StaffSearchIndex:
    """The one index of ``engine``'s database (it lives and dies with the engine)."""
    with _INDEXES_LOCK:
        found = _INDEXES.get(engine)
        if found is None:
            found = _INDEXES[engine] = StaffSearchIndex(engine)
        return found
