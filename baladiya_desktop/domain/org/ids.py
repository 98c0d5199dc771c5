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
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from baladiya_desktop.core.ids import natural_id, new_id
from baladiya_desktop.core.text import clean_text, search_key
from baladiya_desktop.domain.org.models import OrgDecision, OrgPost, OrgUnit

UNIT, POST, DECISION = "org-unit", "org-post", "org-decision"
IdColumn = InstrumentedAttribute[uuid.UUID]
CHUNK = 500  # ids per query, well under every backend's limit of bound values


def unit_key(code: str) -> str:
    """A unit code as the structure compares codes (case does not make another unit)."""
    return code.strip().casefold()


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

    def _claim(self, column: IdColumn, kind: str, keys: Sequence[str]) -> list[uuid.UUID]:
        derived = [natural_id(self._municipality, kind, key) for key in keys]
        taken = self._stored(column, derived) | self._given
        found = []
        for value in derived:
            chosen = new_id() if value in taken else value
            taken.add(chosen)
            found.append(chosen)
        self._given.update(found)
        return found

    def _stored(self, column: IdColumn, ids: list[uuid.UUID]) -> set[uuid.UUID]:
        """Which of ``ids`` a row already has, tombstones included: one query per chunk, as an
        import asks for thousands at once."""
        stored: set[uuid.UUID] = set()
        with self._session.no_autoflush:  # what is pending here is in ``_given``
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start:start + CHUNK]
                stored.update(self._session.scalars(select(column).where(column.in_(chunk))))
        return stored

    def unit(self, code: str) -> uuid.UUID:
        return self.units([code])[0]

    def units(self, codes: Sequence[str]) -> list[uuid.UUID]:
        return self._claim(OrgUnit.id, UNIT, [unit_key(c) for c in codes])

    def post(self, unit_id: uuid.UUID, title: str) -> uuid.UUID:
        return self.posts([(unit_id, title)])[0]

    def posts(self, posts: Sequence[tuple[uuid.UUID, str]]) -> list[uuid.UUID]:
        return self._claim(OrgPost.id, POST, [post_key(u, t) for u, t in posts])

    def decision(self, unit_id: uuid.UUID, change: str, number: str, date: dt.date) -> uuid.UUID:
        key = decision_key(unit_id, change, number, date)
        return self._claim(OrgDecision.id, DECISION, [key])[0]
