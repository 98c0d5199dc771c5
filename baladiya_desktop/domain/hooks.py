"""Questions one area asks of the areas built on it, answered without importing them.

The structure (org) must refuse to close a unit that still has staff, but staff is built on
org, not the other way round. Areas that hold something in a unit register a counter here when
they are imported; ``domain.schema`` imports every area, so the list is whole.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class UnitUsage:
    """Counts what an area keeps in given units (e.g. active employees)."""

    what_ar: str
    what_en: str
    count: Callable[[Session, list[uuid.UUID]], dict[uuid.UUID, int]]


@dataclass(frozen=True)
class PostFill:
    """Counts how many people fill each post."""

    count: Callable[[Session, list[uuid.UUID]], dict[uuid.UUID, int]]


@dataclass(frozen=True)
class Placed:
    """Where one person in service sits in the structure (the staffing table counts them);
    ``name`` is given only when asked for, for lists of people."""

    person_id: uuid.UUID
    unit_id: uuid.UUID | None
    post_id: uuid.UUID | None
    grade: int | None
    name: str = ""
    job_title: str = ""


@dataclass(frozen=True)
class SentBundle:
    """A data bundle this station wrote, as its transmittal slip prints it. Reports ask,
    sync answers: the two are peers and do not import each other."""

    bundle_id: str
    municipality_code: str
    seq_from: int
    seq_to: int
    records: int
    sha256: str
    at: dt.datetime
    detail: str  # JSON: records per table


UNIT_USAGE: list[UnitUsage] = []
POST_FILL: list[PostFill] = []
# Everyone in service of a municipality (None: all), with names when the flag is set.
STAFF_PLACES: list[Callable[[Session, str | None, bool], list[Placed]]] = []
# Registered by sync.models at import: the data bundle written with this id, or None.
SENT_BUNDLES: list[Callable[[Session, str], SentBundle | None]] = []
