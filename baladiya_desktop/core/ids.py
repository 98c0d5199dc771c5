"""Record ids: UUIDv7 (time-ordered, so inserts stay local in the index)."""

from __future__ import annotations

import uuid

from uuid6 import uuid7

# Fixed namespace for ids derived from a natural key (national number, receipt book and
# serial): two stations that enter the same thing converge on one record.
NATURAL_KEY_NAMESPACE = uuid.UUID("6f1c4a52-1f7e-4b8e-9a57-3d0c8f0b6a11")


def new_id() -> uuid.UUID:
    """A new UUIDv7."""
    value: uuid.UUID = uuid7()
    return uuid.UUID(bytes=value.bytes)


def natural_id(municipality_code: str, kind: str, key: str) -> uuid.UUID:
    """The id of a record identified by ``key`` of ``kind`` in one municipality."""
    return uuid.uuid5(NATURAL_KEY_NAMESPACE, f"{municipality_code}/{kind}/{key}")
