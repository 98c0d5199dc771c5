"""Ids of the structure's rows, derived from the municipality and what identifies the row.

Several stations of one municipality may each build the structure (the template, an import,
the unit dialog). Random ids would make two rows per unit that clash on the unit code at the
ministry; derived ids make the stations' rows one record, which sync merges by version.

Only creation derives an id: a unit keeps its id when its code is edited later. When the
derived id is already taken (the code was edited away and a new unit now takes the old code,
or a post title is repeated in a unit) the row gets a random UUIDv7 instead of failing.

A post or a decision is keyed by its unit's id, itself derived from the unit's code, so it
follows its unit: same unit on two stations, same post; a unit with a random id has posts no
other unit can claim.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from baladiya_desktop.core.base import Base
from baladiya_desktop.core.ids import natural_id, new_id
from baladiya_desktop.core.text import clean_text, search_key
from baladiya_desktop.domain.org.models import OrgDecision, OrgPost, OrgUnit

UNIT, POST, DECISION = "org-unit", "org-post", "org-decision"


def code_key(code: str) -> str:
    """A unit code as the structure compares codes (case does not make another unit)."""
    return code.strip().casefold()


def unit_key(code: str) -> str:
    return code_key(code)


def post_key(unit_id: uuid.UUID, title: str) -> str:
    return f"{unit_id}/{search_key(title)}"


def decision_key(unit_id: uuid.UUID, change: str, number: str, date: dt.date) -> str:
    return f"{unit_id}/{change}/{clean_text(number)}/{date.isoformat()}"


class StructureIds:
    """Hands out the ids of the rows one transaction creates.

    It remembers what it handed out, so two rows made in one transaction before a flush never
    get the same id either.
    """

    def __init__(self, session: Session, municipality: str) -> None:
        self._session = session
        self._municipality = municipality
        self._given: set[uuid.UUID] = set()

    def _claim(self, model: type[Base], kind: str, key: str) -> uuid.UUID:
        derived = natural_id(self._municipality, kind, key)
        with self._session.no_autoflush:  # an autoflush per row would slow a large import
            taken = derived in self._given or self._session.get(model, derived) is not None
        found = new_id() if taken else derived
        self._given.add(found)
        return found

    def unit(self, code: str) -> uuid.UUID:
        return self._claim(OrgUnit, UNIT, unit_key(code))

    def post(self, unit_id: uuid.UUID, title: str) -> uuid.UUID:
        return self._claim(OrgPost, POST, post_key(unit_id, title))

    def decision(self, unit_id: uuid.UUID, change: str, number: str, date: dt.date) -> uuid.UUID:
        return self._claim(OrgDecision, DECISION, decision_key(unit_id, change, number, date))
