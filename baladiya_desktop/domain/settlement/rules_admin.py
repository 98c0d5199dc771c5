"""The administrator edits the settlement rules: entry grade per qualification and the rule
values. Both are reference items (the ministry may replace them through a reference bundle);
the engine reads them on every scan, so a change shows at the next scan."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.reference import ReferenceItem, load_list, shipped_list
from baladiya_desktop.domain.settlement import references as refs
from baladiya_desktop.domain.staff.references import QUALIFICATIONS

# The bounds a value may take: wide enough for any plausible regulation, tight enough to
# catch a slip of the keyboard (a minimum of 40 years in a grade).
LIMITS: dict[str, tuple[int, int]] = {
    "min_years_in_grade": (1, 10),
    "max_increments": (0, 30),
    "incentive_max": (0, 5),
    "max_grade": (1, 15),
    "ministry_grade": (1, 16),
}


@dataclass(frozen=True)
class RuleValue:
    code: str
    name_ar: str
    name_en: str
    value: int
    low: int
    high: int


@dataclass(frozen=True)
class EntryGrade:
    code: str
    name_ar: str
    name_en: str
    grade: int | None


@dataclass(frozen=True)
class RuleSettings:
    values: list[RuleValue]
    entry: list[EntryGrade]

    def value(self, code: str) -> int:
        return next(v.value for v in self.values if v.code == code)


def current(ctx: AppContext) -> RuleSettings:
    ctx.require(Permission.SETTLEMENT_READ)
    with ctx.session() as session:
        values = refs.rule_values(session)
        stored = {i.code: i for i in load_list(session, refs.RULES)}
        quals = load_list(session, QUALIFICATIONS)
    shipped = {i.code: i for i in shipped_list(refs.LISTS[refs.RULES])}
    rules = []
    for code, (low, high) in LIMITS.items():
        item = stored.get(code) or shipped.get(code)
        rules.append(
            RuleValue(
                code,
                item.name_ar if item else code,
                item.name_en if item else code,
                values[code],
                low,
                high,
            )
        )
    entry = []
    for q in quals:
        raw = str(q.extra.get("entry_grade", ""))
        entry.append(EntryGrade(q.code, q.name_ar, q.name_en, int(raw) if raw.isdigit() else None))
    return RuleSettings(rules, entry)


def _check(values: Mapping[str, int], entry_grades: Mapping[str, int]) -> None:
    for code, value in values.items():
        if code not in LIMITS:
            raise ValidationError(
                f"القاعدة «{code}» غير معروفة.", f"Unknown rule '{code}'.", field=code
            )
        low, high = LIMITS[code]
        if not low <= value <= high:
            raise ValidationError(
                f"قيمة «{code}» يجب أن تكون بين {low} و{high}.",
                f"'{code}' must be between {low} and {high}.",
                field=code,
            )
    top = values.get("max_grade", 15)
    for code, grade in entry_grades.items():
        if not 1 <= grade <= top:
            raise ValidationError(
                f"درجة التعيين للمؤهل «{code}» يجب أن تكون بين 1 و{top}.",
                f"The entry grade of '{code}' must be between 1 and {top}.",
                field=f"entry:{code}",
            )


def save_rules(
    ctx: AppContext, values: Mapping[str, int], entry_grades: Mapping[str, int]
) -> list[str]:
    """Store the changed rule values and entry grades; returns the codes that changed."""
    _check(values, entry_grades)
    shipped = {i.code: i for i in shipped_list(refs.LISTS[refs.RULES])}
    changed: list[str] = []
    with ctx.write(Permission.SETTINGS_MANAGE, "settlement.rules") as tx:
        items = {
            (i.list_name, i.code): i
            for i in tx.session.scalars(
                select(ReferenceItem).where(
                    ReferenceItem.list_name.in_((refs.RULES, QUALIFICATIONS))
                )
            )
        }
        for list_name, key, wanted in (
            *((refs.RULES, code, {"value": str(v)}) for code, v in values.items()),
            *((QUALIFICATIONS, code, {"entry_grade": str(g)}) for code, g in entry_grades.items()),
        ):
            item = items.get((list_name, key))
            if item is None and list_name == refs.RULES:
                base = shipped.get(key)
                item = ReferenceItem(
                    list_name=list_name,
                    code=key,
                    name_ar=base.name_ar if base else key,
                    name_en=base.name_en if base else key,
                    extra="{}",
                )
                tx.session.add(item)
            if item is None:
                raise ValidationError(
                    f"المؤهل «{key}» غير موجود في القائمة.",
                    f"Unknown qualification '{key}'.",
                    field=f"entry:{key}",
                )
            extra = json.loads(item.extra or "{}")
            if all(str(extra.get(k)) == v for k, v in wanted.items()):
                continue
            item.extra = json.dumps({**extra, **wanted}, ensure_ascii=False)
            changed.append(key)
        if changed:
            tx.note("settlement.rules", {"changed": changed})
    return changed
