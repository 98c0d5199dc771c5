"""Questions one area asks of the areas built on it, answered without importing them.

The structure (org) must refuse to close a unit that still has staff, but staff is built on
org, not the other way round. Areas that hold something in a unit register a counter here when
they are imported; ``domain.schema`` imports every area, so the list is whole.
"""

from __future__ import annotations

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


UNIT_USAGE: list[UnitUsage] = []
POST_FILL: list[PostFill] = []
