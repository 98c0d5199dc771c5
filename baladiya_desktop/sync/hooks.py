"""Decisions that ride on receipts (e.g. the ministry's ruling on an escalated settlement
case): areas register how to collect them at the ministry and apply them at the station."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class DecisionKind:
    name: str
    # At the ministry: pending decisions for one station's municipality, JSON-safe.
    collect: Callable[[Session, str, uuid.UUID], list[dict[str, Any]]]
    # At the station, inside the receipt's transaction: apply one decision.
    apply: Callable[[Session, dict[str, Any], str], None]


DECISION_KINDS: dict[str, DecisionKind] = {}


def register(kind: DecisionKind) -> None:
    DECISION_KINDS[kind.name] = kind
