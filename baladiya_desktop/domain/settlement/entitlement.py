"""The entitlement engine: the grade and increments an employee is owed today, and why.

Pure Python and table-driven: the caller supplies the facts (hire, qualifications with their
dates, promotions already received, periods that do not count) and the rules (reference data,
defaults from DOMAIN.md marked as such). Every step is written down in a chronology a clerk
can read and print.

The rules as implemented (each a default the ministry may replace):
- entry: the grade of the best qualification held on the hire date;
- a later, better qualification moves the employee up to its entry grade on the date it was
  obtained, if that is above the grade they are entitled to then;
- promotion: one grade after ``min_years`` of counted service in a grade, up to ``max_grade``;
- a promotion actually received earlier than the schedule (an incentive promotion, at most
  ``incentive_max`` in a career) is kept, and the clock restarts from it;
- increments: one per counted year in the current grade, at most ``max_increments``;
- counted service leaves out periods that do not count (unpaid leave, suspension, gaps);
  secondment and loans count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from baladiya_desktop.core.plural import INCREMENTS, YEARS


@dataclass(frozen=True)
class Rules:
    entry_grade: Mapping[str, int]
    min_years: int = 4
    max_grade: int = 15
    max_increments: int = 10
    incentive_max: int = 2
    names_ar: Mapping[str, str] = field(default_factory=dict)  # qualification names, for the text


@dataclass(frozen=True)
class Qualification:
    code: str
    obtained: dt.date


@dataclass(frozen=True)
class Promotion:
    """A grade actually given by a decision, from the service file."""

    date: dt.date
    grade: int


@dataclass(frozen=True)
class Period:
    """A stretch that does not count towards promotion (from start to end, inclusive)."""

    start: dt.date
    end: dt.date
    reason_ar: str


@dataclass(frozen=True)
class Facts:
    hire_date: dt.date
    qualifications: Sequence[Qualification]
    promotions: Sequence[Promotion] = ()
    not_counted: Sequence[Period] = ()


@dataclass(frozen=True)
class Step:
    date: dt.date
    grade: int
    increments: int
    text_ar: str
    text_en: str


@dataclass(frozen=True)
class Entitlement:
    grade: int
    increments: int
    grade_since: dt.date
    chronology: list[Step] = field(default_factory=list)


def _entry(rules: Rules, held: Sequence[Qualification], on: dt.date) -> tuple[int, str]:
    best, code = 0, ""
    for q in held:
        grade = rules.entry_grade.get(q.code, 0)
        if q.obtained <= on and grade > best:
            best, code = grade, q.code
    return max(best, 1), code


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def _excluded_days(start: dt.date, end: dt.date, excluded: Sequence[Period]) -> int:
    days = 0
    for period in excluded:
        lo, hi = max(start, period.start), min(end, period.end + dt.timedelta(days=1))
        if hi > lo:
            days += (hi - lo).days
    return days


def _shifted(start: dt.date, end: dt.date, excluded: Sequence[Period]) -> dt.date:
    """The date by which service from ``start`` reaches what ``end`` would give with no
    excluded periods: ``end`` pushed back by every excluded day before it."""
    target = end
    for _ in range(64):  # each pass can only add excluded days; a few passes settle it
        moved = end + dt.timedelta(days=_excluded_days(start, target, excluded))
        if moved == target:
            break
        target = moved
    return target


def _full_years(start: dt.date, end: dt.date, excluded: Sequence[Period]) -> int:
    """Whole years of counted service between ``start`` and ``end``."""
    if end <= start:
        return 0
    counted_start = start + dt.timedelta(days=_excluded_days(start, end, excluded))
    years = (
        end.year
        - counted_start.year
        - ((end.month, end.day) < (counted_start.month, counted_start.day))
    )
    return max(0, years)


def entitle(facts: Facts, rules: Rules, today: dt.date, *, explain: bool = True) -> Entitlement:
    """The grade, increments and their chronology as of ``today``. ``explain=False`` leaves
    the chronology empty: the scan asks for it only for the few whose grade differs, since
    writing dated sentences costs more than the arithmetic."""
    grade, code = _entry(rules, facts.qualifications, facts.hire_date)
    since = facts.hire_date
    steps = (
        []
        if not explain
        else [
            Step(
                since,
                grade,
                0,
                f"التعيين بتاريخ {since:%d/%m/%Y} بمؤهل "
                f"({rules.names_ar.get(code, code) or 'بدون'}) على الدرجة {grade}.",
                f"Hired on {since:%d/%m/%Y} with qualification '{code or 'none'}' at grade "
                f"{grade}.",
            )
        ]
    )
    for period in facts.not_counted:
        if explain:
            steps.append(
                Step(
                    period.start,
                    grade,
                    0,
                    f"مدة لا تحتسب من {period.start:%d/%m/%Y} إلى {period.end:%d/%m/%Y}: "
                    f"{period.reason_ar}.",
                    f"Not counted from {period.start:%d/%m/%Y} to {period.end:%d/%m/%Y}.",
                )
            )
    events: list[tuple[dt.date, str, object]] = [
        (q.obtained, "qualification", q)
        for q in facts.qualifications
        if q.obtained > facts.hire_date
    ]
    events += [(p.date, "promotion", p) for p in facts.promotions if p.date >= facts.hire_date]
    events.sort(key=lambda e: (e[0], e[1]))
    incentives = 0
    pending = list(events)
    while True:
        due = None
        if grade < rules.max_grade:
            due = _shifted(since, _add_years(since, rules.min_years), facts.not_counted)
        upcoming = pending[0] if pending else None
        if upcoming is not None and (due is None or upcoming[0] <= due) and upcoming[0] <= today:
            pending.pop(0)
            when, kind, item = upcoming
            if kind == "qualification" and isinstance(item, Qualification):
                new = rules.entry_grade.get(item.code, 0)
                if new > grade:
                    grade, since = min(new, rules.max_grade), when
                    if explain:
                        steps.append(
                            Step(
                                when,
                                grade,
                                0,
                                f"الحصول على مؤهل ({rules.names_ar.get(item.code, item.code)}) "
                                f"بتاريخ {when:%d/%m/%Y}: "
                                f"تسوية على الدرجة {grade}.",
                                f"Qualification '{item.code}' on {when:%d/%m/%Y}: "
                                f"settled at grade {grade}.",
                            )
                        )
            elif isinstance(item, Promotion) and item.grade > grade:
                early = due is None or when < due
                if early:
                    incentives += 1
                if early and incentives > rules.incentive_max:
                    if explain:
                        steps.append(
                            Step(
                                when,
                                grade,
                                0,
                                f"ترقية بتاريخ {when:%d/%m/%Y} قبل موعدها تتجاوز حد "
                                f"الترقيات التشجيعية ({rules.incentive_max}): لا تحتسب.",
                                "An early promotion beyond the incentive limit: not counted.",
                            )
                        )
                    continue
                grade, since = min(item.grade, rules.max_grade), when
                if explain:
                    steps.append(
                        Step(
                            when,
                            grade,
                            0,
                            f"ترقية بقرار بتاريخ {when:%d/%m/%Y} إلى الدرجة {grade}"
                            + (" (ترقية تشجيعية)." if early else "."),
                            f"Promoted by decision on {when:%d/%m/%Y} to grade {grade}.",
                        )
                    )
            continue
        if due is None or due > today:
            break
        grade, since = grade + 1, due
        if explain:
            steps.append(
                Step(
                    due,
                    grade,
                    0,
                    f"استحقاق الترقية إلى الدرجة {grade} بتاريخ {due:%d/%m/%Y} بعد "
                    f"{YEARS.count(rules.min_years)} خدمة محتسبة.",
                    f"Due for grade {grade} on {due:%d/%m/%Y} after {rules.min_years} "
                    "counted years.",
                )
            )
    increments = min(_full_years(since, today, facts.not_counted), rules.max_increments)
    if explain:
        steps.append(
            Step(
                today,
                grade,
                increments,
                f"في {today:%d/%m/%Y}: الدرجة {grade} منذ {since:%d/%m/%Y} "
                f"مع {INCREMENTS.count(increments)}.",
                f"On {today:%d/%m/%Y}: grade {grade} since {since:%d/%m/%Y} with "
                f"{increments} increments.",
            )
        )
    steps.sort(key=lambda s: s.date)
    return Entitlement(grade, increments, since, steps)
