"""Records above a version vector: what a sibling or a station's reply must carry."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Table, and_, or_, select, true
from sqlalchemy.orm import Session

from baladiya_desktop.core.records import to_json_value
from baladiya_desktop.domain.staff.models import AttachmentBlob
from baladiya_desktop.sync.errors import refused
from baladiya_desktop.sync.payload import PayloadReader, PayloadWriter
from baladiya_desktop.sync.vectors import Vector

YIELD = 2000


def rows_above(session: Session, table: Table, municipality: str, since: Vector
               ) -> Iterator[dict[str, Any]]:
    """The municipality's rows of ``table`` whose writer's version is above ``since``."""
    newer = [and_(table.c.station_id == origin, table.c.version > version)
             for origin, version in since.items()]
    unknown = table.c.station_id.not_in(list(since)) if since else true()
    query = select(table).where(table.c.municipality_code == municipality, or_(unknown, *newer))
    for row in session.execute(query.execution_options(yield_per=YIELD)).mappings():
        yield {k: to_json_value(v) for k, v in row.items()}


class RecordSink:
    """Writes records into a payload, counting per table and collecting attachment blobs."""

    def __init__(self, writer: PayloadWriter, own: uuid.UUID | None = None) -> None:
        self.writer = writer
        self.own = str(own) if own else None
        self.forwarded = 0  # records last written by a station other than ``own``
        self.counts: dict[str, int] = defaultdict(int)
        self.blobs: set[str] = set()
        self.seen: set[tuple[str, str]] = set()

    def records(self, source: Iterator[tuple[str, dict[str, Any]]]) -> Iterator[dict[str, Any]]:
        for table_name, values in source:
            key = (table_name, str(values["id"]))
            if key in self.seen:
                continue
            self.seen.add(key)
            if table_name == "attachment":
                self.blobs.add(str(values["sha256"]))
            self.counts[table_name] += 1
            if self.own is not None and values["station_id"] != self.own:
                self.forwarded += 1
            yield {"t": table_name, "v": values}

    def write_blobs(self, session: Session) -> None:
        for sha in sorted(self.blobs):
            blob = session.get(AttachmentBlob, sha)
            if blob is not None:
                self.writer.blob(sha, blob.data)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def municipality_above(session: Session, tables: dict[str, Table], municipality: str,
                       since: Vector, *, check: Callable[[], None] | None = None
                       ) -> Iterator[tuple[str, dict[str, Any]]]:
    for name in sorted(tables):
        if check is not None:
            check()
        for values in rows_above(session, tables[name], municipality, since):
            yield name, values


def read_records(reader: PayloadReader) -> dict[str, list[dict[str, Any]]]:
    by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in reader.lines("records.jsonl"):
        table, values = line.get("t"), line.get("v")
        if not isinstance(table, str) or not isinstance(values, dict):
            raise refused("سجل تالف في الحزمة.", "a damaged record in the bundle.")
        by_table[table].append(values)
    return by_table

