"""Checking a structure file against itself and the station: codes, names, types, parents,
cycles and posts. Nothing here writes; ``importing`` writes what the plan accepts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.text import clean_text, search_key
from baladiya_desktop.domain.org import rules
from baladiya_desktop.domain.org.models import OrgUnit, UnitType

UNITS, POSTS = "units", "posts"


@dataclass(frozen=True)
class UnitLine:
    """One row of the units sheet, parsed but not yet checked against anything."""

    row: int
    code: str
    name_ar: str
    unit_type: str  # a type code or its Arabic or English name
    parent_code: str = ""
    name_en: str = ""
    status: str = "proposed"
    decision_number: str = ""
    decision_date: dt.date | None = None
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None


@dataclass(frozen=True)
class PostLine:
    """One row of the posts sheet: approved posts of one title in one unit."""

    row: int
    unit_code: str
    title: str
    grade_min: int
    grade_max: int
    approved_count: int
    job_group: str = ""
    is_head: bool = False


@dataclass(frozen=True)
class Refusal:
    sheet: str  # UNITS or POSTS
    row: int
    field: str | None  # the column key, when one column is to blame
    message_ar: str
    message_en: str


def _key(code: str) -> str:
    return code.strip().casefold()


def _error(sheet: str, row: int, exc: ValidationError, field: str | None = None) -> Refusal:
    return Refusal(sheet, row, field or exc.field, exc.message_ar, exc.message_en)


def _type_resolver(types: Sequence[UnitType]) -> Callable[[str], str]:
    by_name: dict[str, str] = {}
    for t in types:
        for name in (t.code, t.name_ar, t.name_en):
            by_name.setdefault(search_key(name), t.code)
    shown = "، ".join(t.name_ar for t in types)

    def resolve(text: str) -> str:
        found = by_name.get(search_key(text))
        if found is None:
            raise ValidationError(
                f"نوع الوحدة «{text}» غير معروف. الأنواع المعروفة: {shown}.",
                f"Unknown unit type '{text}'. Known: {', '.join(t.code for t in types)}.",
                field="unit_type",
            )
        return found

    return resolve


@dataclass
class _Unit:
    """A units row after its own checks: what would be written."""

    line: UnitLine
    code: str
    name_ar: str
    name_en: str
    unit_type: str
    parent: str  # key of the parent's code, "" for a root


def _check_unit(
    line: UnitLine, resolve: Callable[[str], str], today: dt.date, out: list[Refusal]
) -> _Unit | None:
    before = len(out)
    checks: list[tuple[Callable[[], object], str | None]] = [
        (lambda: rules.check_code(line.code), "code"),
        (lambda: rules.check_name(line.name_ar), "name_ar"),
        (lambda: resolve(line.unit_type), "unit_type"),
        (lambda: rules.check_status(line.status), "status"),
    ]
    results: list[object] = []
    for check, column in checks:
        try:
            results.append(check())
        except ValidationError as exc:
            out.append(_error(UNITS, line.row, exc, column))
            results.append(None)
    if line.status == "approved" and not (clean_text(line.decision_number) and line.decision_date):
        out.append(
            Refusal(
                UNITS,
                line.row,
                "decision_number" if not line.decision_number else "decision_date",
                "الوحدة المعتمدة تحتاج رقم قرار الاعتماد وتاريخه.",
                "An approved unit needs its decision number and date.",
            )
        )
    if line.decision_date and line.decision_date > today:
        out.append(
            Refusal(
                UNITS,
                line.row,
                "decision_date",
                "تاريخ القرار في المستقبل.",
                "The decision date is in the future.",
            )
        )
    if line.effective_from and line.effective_to and line.effective_to < line.effective_from:
        out.append(
            Refusal(
                UNITS,
                line.row,
                "effective_to",
                "تاريخ الانتهاء قبل تاريخ السريان.",
                "The end date is before the start date.",
            )
        )
    if len(out) > before:
        return None
    code, name, kind = (str(r) for r in results[:3])
    return _Unit(line, code, name, clean_text(line.name_en), kind, _key(line.parent_code))


def _repeated(keys: Sequence[tuple[int, str]]) -> dict[int, list[int]]:
    """Row → every row sharing its key, for keys that occur twice or more."""
    rows_of: dict[str, list[int]] = {}
    for row, key in keys:
        rows_of.setdefault(key, []).append(row)
    return {row: rows for rows in rows_of.values() if len(rows) > 1 for row in rows}


def _rows_ar(rows: list[int]) -> str:
    return "، ".join(map(str, rows))


def _rows_en(rows: list[int]) -> str:
    return ", ".join(map(str, rows))


def _cycle_path(start: str, parent_of: dict[str, str], shown: dict[str, str]) -> list[str] | None:
    """The codes from ``start`` up to itself again, or None when its chain ends at a root."""
    path, seen, current = [start], {start}, parent_of.get(start, "")
    while current:
        path.append(current)
        if current == start:
            return [shown.get(c, c) for c in path]
        if current in seen:
            return None  # a loop above this unit, reported on its own rows
        seen.add(current)
        current = parent_of.get(current, "")
    return None


class _Plan:
    """The file checked against the station: what is accepted, what is refused and why."""

    def __init__(
        self,
        session: Session,
        municipality: str,
        units: Sequence[UnitLine],
        posts: Sequence[PostLine],
        today: dt.date,
    ) -> None:
        self.refused: list[Refusal] = []
        types = list(session.scalars(select(UnitType).order_by(UnitType.rank)))
        self.existing = {
            _key(u.code): u
            for u in session.scalars(
                select(OrgUnit).where(
                    OrgUnit.municipality_code == municipality, OrgUnit.deleted.is_(False)
                )
            )
        }
        resolve = _type_resolver(types)
        dupe_rows = _repeated([(u.row, _key(u.code)) for u in units if u.code.strip()])
        for line in units:
            if line.row in dupe_rows:
                rows = dupe_rows[line.row]
                self.refused.append(
                    Refusal(
                        UNITS,
                        line.row,
                        "code",
                        f"رمز الوحدة «{line.code.strip()}» مكرر في الملف، في الصفوف "
                        f"{_rows_ar(rows)}.",
                        f"The unit code '{line.code.strip()}' appears more than once, in rows "
                        f"{_rows_en(rows)}.",
                    )
                )
        self.file_rows = {_key(u.code): u.row for u in units if u.code.strip()}
        self.accepted: dict[str, _Unit] = {}
        for line in units:
            checked = _check_unit(line, resolve, today, self.refused)
            if checked is not None and line.row not in dupe_rows:
                self.accepted[_key(checked.code)] = checked
        self._settle_parents()
        self.posts = self._check_posts(posts)

    def _refuse_unit(self, unit: _Unit, message_ar: str, message_en: str) -> None:
        self.refused.append(Refusal(UNITS, unit.line.row, "parent_code", message_ar, message_en))
        del self.accepted[_key(unit.code)]

    def _settle_parents(self) -> None:
        """Refuse missing parents and cycles until nothing changes (refusals cascade)."""
        changed = True
        while changed:
            changed = False
            for unit in list(self.accepted.values()):
                parent = unit.parent
                if not parent or parent in self.accepted or parent in self.existing:
                    continue
                changed = True
                code = unit.line.parent_code.strip()
                if parent in self.file_rows:
                    row = self.file_rows[parent]
                    self._refuse_unit(
                        unit,
                        f"الوحدة الأم «{code}» رُفض صفها ({row}) في الملف.",
                        f"The parent unit '{code}' was refused (row {row}).",
                    )
                else:
                    self._refuse_unit(
                        unit,
                        f"الوحدة الأم «{code}» غير موجودة في الملف ولا في الهيكل القائم.",
                        f"The parent unit '{code}' is neither in the file nor in the structure.",
                    )
            changed = self._refuse_cycles() or changed

    def _refuse_cycles(self) -> bool:
        by_id = {u.id: _key(u.code) for u in self.existing.values()}
        parent_of = {
            k: by_id.get(u.parent_id, "") if u.parent_id else "" for k, u in self.existing.items()
        }
        parent_of.update({k: u.parent for k, u in self.accepted.items()})
        shown = {k: u.code for k, u in self.existing.items()}
        shown.update({k: u.code for k, u in self.accepted.items()})
        looped = [
            (u, path)
            for k, u in self.accepted.items()
            if (path := _cycle_path(k, parent_of, shown))
        ]
        for unit, path in looped:
            chain = " ← ".join(path)
            self._refuse_unit(
                unit,
                f"التبعية تدور في حلقة ({chain}): لا تتبع الوحدة نفسها ولا وحدة تابعة لها.",
                f"The parents form a cycle ({chain}): a unit cannot report to itself or to "
                "one of its own sub-units.",
            )
        return bool(looped)

    def _check_posts(self, posts: Sequence[PostLine]) -> list[PostLine]:
        bad = _repeated([(p.row, f"{_key(p.unit_code)}\x00{search_key(p.title)}") for p in posts])
        good = []
        for post in posts:
            unit = _key(post.unit_code)
            before = len(self.refused)
            if post.row in bad:
                rows = bad[post.row]
                self.refused.append(
                    Refusal(
                        POSTS,
                        post.row,
                        "title",
                        f"الوظيفة «{post.title}» مكررة في الوحدة «{post.unit_code}»، في الصفوف "
                        f"{_rows_ar(rows)}.",
                        f"The post '{post.title}' appears more than once in unit "
                        f"'{post.unit_code}', in rows {_rows_en(rows)}.",
                    )
                )
            try:
                rules.check_post(post.title, post.grade_min, post.grade_max, post.approved_count)
            except ValidationError as exc:
                self.refused.append(_error(POSTS, post.row, exc))
            if unit not in self.accepted and unit not in self.existing:
                row = self.file_rows.get(unit)
                code = post.unit_code.strip()
                self.refused.append(
                    Refusal(
                        POSTS,
                        post.row,
                        "unit_code",
                        f"الوحدة «{code}» رُفض صفها ({row}) في ورقة الوحدات."
                        if row
                        else f"الوحدة «{code}» غير موجودة في ورقة الوحدات ولا في الهيكل القائم.",
                        f"Unit '{code}' was refused (row {row})."
                        if row
                        else f"Unit '{code}' is neither in the units sheet nor in the structure.",
                    )
                )
            if len(self.refused) == before:
                good.append(post)
        return good
