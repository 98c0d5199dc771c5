"""The station's code lists and units, loaded once to read thousands of imported rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.domain.org.models import OrgPost, OrgUnit
from baladiya_desktop.domain.staff import references as refs
from baladiya_desktop.domain.staff.spelling import label_index, label_key

SEX = {label_key(w): "M" for w in ("ذكر", "ذ", "M", "male", "رجل")}
SEX |= {label_key(w): "F" for w in ("أنثى", "انثي", "أ", "F", "female", "امرأة")}


def _refuse(ar: str, en: str) -> ValidationError:
    return ValidationError(ar, en)


@dataclass
class StaffLookups:
    """Every spelling of each list code, the units by code and name, the posts by title."""

    lists: dict[str, dict[str, str]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # list → its Arabic names, for messages
    units: dict[str, str | None] = field(default_factory=dict)  # key → code (None: two units)
    posts: set[tuple[str, str]] = field(default_factory=set)  # (unit code, title key)

    @classmethod
    def load(cls, ctx: AppContext) -> StaffLookups:
        found = cls()
        municipality = ctx.station.municipality_code
        with ctx.session() as session:
            for name, items in refs.StaffLists(session).items.items():
                found.lists[name] = label_index(name, items)
                found.names[name] = "، ".join(i.name_ar for i in items)
            units = session.scalars(
                select(OrgUnit).where(
                    OrgUnit.municipality_code == municipality, OrgUnit.deleted.is_(False)
                )
            )
            codes: dict[uuid.UUID, str] = {}
            for unit in units:
                codes[unit.id] = unit.code
                found.units[unit.code.casefold()] = unit.code
                key = label_key(unit.name_ar)
                found.units[key] = None if key in found.units else unit.code
            for post in session.scalars(select(OrgPost).where(OrgPost.deleted.is_(False))):
                if post.unit_id in codes:
                    found.posts.add((codes[post.unit_id], label_key(post.title)))
        return found

    def code(self, list_name: str, text: str, what_ar: str) -> str:
        code = self.lists.get(list_name, {}).get(label_key(text))
        if code is None:
            raise _refuse(
                f"{what_ar} «{text}» غير معروف. القيم المقبولة: {self.names.get(list_name, '')}.",
                f"'{text}' is not one of the accepted values.",
            )
        return code

    def sex(self, text: str) -> str:
        found = SEX.get(label_key(text))
        if found is None:
            raise _refuse(f"«{text}» ليست جنساً. اكتب ذكر أو أنثى.", f"'{text}' is not M or F.")
        return found

    def unit(self, text: str) -> str:
        """The code of a unit written by its code or its Arabic name."""
        if text.casefold() in self.units:
            return self.units[text.casefold()] or text
        key = label_key(text)
        if key not in self.units:
            raise _refuse(
                f"الوحدة «{text}» غير موجودة في الهيكل التنظيمي. صحّح اسمها أو "
                "أضفها إلى الهيكل أولاً.",
                f"Unit '{text}' is not in the structure.",
            )
        code = self.units[key]
        if code is None:
            raise _refuse(
                f"يوجد أكثر من وحدة باسم «{text}»: اكتب رمز الوحدة بدلاً من اسمها.",
                f"More than one unit is named '{text}': write its code instead.",
            )
        return code
