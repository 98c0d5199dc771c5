"""The one write path: permission check, one transaction, change log and audit log.

Services write inside ``with ctx.write(permission, action) as tx:`` and touch ORM objects as
usual. On flush, every record that travels is stamped (station, clock version, time, user) and
every changed row, travelling or not, is audited with its state before and after; at the end
the change log gets one entry per travelling record. All of it commits together or not at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import DeclarativeBase, ORMExecuteState, Session, sessionmaker
from sqlalchemy.sql.dml import UpdateBase

from baladiya_desktop.core.audit import AuditEntry, append_entry
from baladiya_desktop.core.base import Travelling, utcnow
from baladiya_desktop.core.changelog import ChangeLogEntry
from baladiya_desktop.core.database import storage_error_from
from baladiya_desktop.core.hlc import next_version
from baladiya_desktop.core.limits import check_object
from baladiya_desktop.core.records import JsonDict, committed_dict, record_to_dict
from baladiya_desktop.core.station import Station


@dataclass
class ChangeSet:
    """What a write changed, so views refresh only what they show.

    ``tables`` and ``ids`` name every row written (audit and change log aside), ``created`` the
    ids of new rows, ``notes`` actions that changed no row (``backup.run``). A restore
    replaces the whole database: ``everything``."""

    tables: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    created: set[str] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)
    everything: bool = False

    def touched(self, table: str) -> bool:
        return self.everything or table in self.tables

    def touches(self, tables: Iterable[str]) -> bool:
        return self.everything or not self.tables.isdisjoint(tables)

    def __bool__(self) -> bool:
        return bool(self.everything or self.tables or self.notes)

    def merge(self, other: ChangeSet) -> None:
        self.tables |= other.tables
        self.ids |= other.ids
        self.created |= other.created
        self.notes |= other.notes
        self.everything = self.everything or other.everything

    @classmethod
    def merged(cls, sets: Iterable[ChangeSet]) -> ChangeSet:
        total = cls()
        for one in sets:
            total.merge(one)
        return total


# The change sets of the transactions committed in the current job (see collect_changes).
_collected: ContextVar[list[ChangeSet] | None] = ContextVar("baladiya_changes", default=None)


@contextmanager
def collect_changes() -> Iterator[list[ChangeSet]]:
    """Gather the change set of every write committed inside the block, in this thread, so
    work made of several writes (an import, a sync) reports all it changed: the GUI's runner
    wraps each job in it. Writes that roll back are not collected."""
    found: list[ChangeSet] = []
    token = _collected.set(found)
    try:
        yield found
    finally:
        _collected.reset(token)


def report_changes(changes: ChangeSet) -> None:
    """Add changes made outside a write transaction (a restored database) to the collector."""
    found = _collected.get()
    if found is not None:
        found.append(changes)


@dataclass
class _Change:
    obj: DeclarativeBase
    op: str
    before: JsonDict | None


class Tx:
    """A write transaction in progress."""

    def __init__(self, session: Session, station: Station, username: str, action: str) -> None:
        self.session = session
        self.station = station
        self.username = username
        self.action = action
        self.changes = ChangeSet()
        self._pending: dict[int, _Change] = {}
        self._keep_stamps: set[int] = set()
        self._notes: list[tuple[str, JsonDict | None]] = []
        self.now = utcnow()

    def note(self, action: str, detail: JsonDict | None = None) -> None:
        """Audit an action that is not a row change (a login refused, a backup made)."""
        self._notes.append((action, detail))

    def insert_many(
        self, model: type[DeclarativeBase], rows: Sequence[Mapping[str, Any]]
    ) -> list[uuid.UUID]:
        """Insert many new travelling records at once, stamped, change-logged and audited
        exactly as one-by-one inserts would be (an import of thousands of rows)."""
        from baladiya_desktop.core.bulk import insert_travelling

        return insert_travelling(self, model, rows)

    def keep_stamps(self, obj: DeclarativeBase) -> None:
        """Leave ``obj``'s station and version as they are: a record imported from elsewhere."""
        self._keep_stamps.add(id(obj))

    def on_execute(self, state: ORMExecuteState) -> None:
        """Core statements bypass the flush (bulk inserts, a bundle's rows): name their table."""
        statement = state.statement
        if isinstance(statement, UpdateBase):
            name = getattr(statement.table, "name", None)
            if name is not None and name not in _BOOKKEEPING:
                self.changes.tables.add(name)

    def before_flush(self, session: Session, _context: Any, _instances: Any) -> None:
        for obj in list(session.new):
            self._track(obj, "insert", None)
        for obj in list(session.dirty):
            if session.is_modified(obj, include_collections=False):
                self._track(obj, "update", committed_dict(obj))
        for obj in list(session.deleted):
            if isinstance(obj, Travelling):
                raise RuntimeError(
                    f"{type(obj).__name__} travels: mark it deleted instead of deleting the row"
                )
            self._track(obj, "delete", committed_dict(obj))

    def _track(self, obj: DeclarativeBase, op: str, before: JsonDict | None) -> None:
        if not getattr(obj, "__audited__", True):
            return
        if op != "delete":  # the last line of defence, before anything reaches the database
            check_object(obj)
        key = id(obj)
        if key in self._pending:
            op, before = self._pending[key].op, self._pending[key].before
        self._pending[key] = _Change(obj, op, before)
        if isinstance(obj, Travelling) and key not in self._keep_stamps:
            self.station.last_version = next_version(self.station.last_version)
            obj.version = self.station.last_version
            obj.station_id = self.station.id
            obj.updated_at = self.now
            obj.updated_by = self.username
            if getattr(obj, "municipality_code", None) is None:
                obj.municipality_code = self.station.municipality_code or "MINISTRY"

    def finish(self) -> None:
        self.session.flush()
        for change in self._pending.values():
            obj = change.obj
            table = obj.__table__.name  # type: ignore[attr-defined]
            after = None if change.op == "delete" else record_to_dict(obj)
            record_id = _primary_key_text(obj)
            self.changes.tables.add(table)
            self.changes.ids.add(record_id)
            if change.op == "insert":
                self.changes.created.add(record_id)
            if isinstance(obj, Travelling):
                self.station.last_seq += 1
                self.session.add(
                    ChangeLogEntry(
                        seq=self.station.last_seq, table_name=table, record_id=obj.id,
                        version=obj.version, at=self.now,
                    )
                )
            append_entry(
                self.session, self.station, at=self.now, username=self.username,
                action=self.action, table_name=table, record_id=record_id,
                before=change.before, after=after,
            )
        for action, detail in self._notes:
            self.changes.notes.add(action)
            append_entry(
                self.session, self.station, at=self.now, username=self.username,
                action=action, after=detail,
            )
        self.session.flush()


_BOOKKEEPING = frozenset(
    {AuditEntry.__tablename__, ChangeLogEntry.__tablename__, Station.__tablename__}
)


def _primary_key_text(obj: DeclarativeBase) -> str:
    identity = inspect(obj).identity
    if not identity:
        return ""
    return "/".join(str(v) for v in identity)


@contextmanager
def write_transaction(
    factory: sessionmaker[Session], station_id: uuid.UUID, username: str, action: str
) -> Iterator[Tx]:
    """Run one write; everything in it commits together with its change and audit entries.

    A known fault of the storage (disk full, database locked, read-only medium) comes out as a
    ``StorageError`` with its clear message, after the transaction rolled back. Once committed,
    the transaction's change set goes to the collector of the job, if any.
    """
    try:
        with factory() as session, session.begin():
            station = session.scalars(
                select(Station).where(Station.id == station_id).with_for_update()
            ).one()
            tx = Tx(session, station, username, action)
            event.listen(session, "before_flush", tx.before_flush)
            event.listen(session, "do_orm_execute", tx.on_execute)
            try:
                yield tx
                tx.finish()
            finally:
                event.remove(session, "before_flush", tx.before_flush)
                event.remove(session, "do_orm_execute", tx.on_execute)
    except DBAPIError as exc:
        known = storage_error_from(exc)
        if known is None:
            raise
        raise known from exc
    report_changes(tx.changes)
