"""Demo employees spread over the demo structure, with histories worth a settlement scan."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from baladiya_desktop.domain.demo.names import FAMILY, FEMALE, FIELDS, MALE, PLACES
from baladiya_desktop.domain.org.queries import UnitNode
from baladiya_desktop.domain.staff.rules import EmployeeInput

QUALIFICATION_WEIGHTS = (
    ("none", 3), ("primary", 4), ("preparatory", 8), ("secondary", 22),
    ("intermediate_diploma", 18), ("higher_diploma", 12), ("bachelor", 26), ("master", 5),
    ("doctorate", 2),
)
ENTRY_GRADE = {"none": 1, "primary": 3, "preparatory": 4, "secondary": 5,
               "intermediate_diploma": 6, "higher_diploma": 7, "bachelor": 8, "master": 9,
               "doctorate": 10}
TYPES = (("permanent", 80), ("contract", 8), ("probation", 3), ("secondment_in", 3),
         ("assignment", 2), ("collaborator", 4))
STATUSES = (("at_work", 86), ("on_leave", 5), ("seconded_out", 2), ("surplus", 4),
            ("suspended", 1), ("retired", 2))


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]


def _date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(max(1, (end - start).days)))


def _full_years(start: dt.date, end: dt.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def demo_employees(rng: random.Random, count: int, units: list[UnitNode],
                   today: dt.date) -> Iterator[EmployeeInput]:
    """``count`` people; about one in eight is recorded below the grade the rules give. People
    fill approved posts of their grade while there are some; the rest are surplus."""
    slots = [(u.code, p.title, p.grade_min, p.grade_max) for u in units for p in u.posts
             for _ in range(p.approved)]
    rng.shuffle(slots)
    used: set[str] = set()
    for n in range(count):
        female = rng.random() < 0.34
        birth = _date(rng, dt.date(1962, 1, 1), dt.date(2001, 12, 31))
        while True:
            national = f"{2 if female else 1}{birth.year}{rng.randrange(10**6):06d}" \
                       f"{rng.randrange(10)}"
            if national not in used:
                used.add(national)
                break
        qualification = _pick(rng, QUALIFICATION_WEIGHTS)
        earliest = dt.date(birth.year + 19, 1, 1)
        hire = _date(rng, min(earliest, today - dt.timedelta(days=400)),
                     today - dt.timedelta(days=200))
        years = _full_years(hire, today)
        promotions = min(15 - ENTRY_GRADE[qualification], years // 4)
        grade = ENTRY_GRADE[qualification] + promotions
        grade_date = _add_years(hire, 4 * promotions)
        if rng.random() < 0.12 and grade > 1:
            grade = max(1, grade - rng.randint(1, 3))  # lagging: the scan will find them
        increments = min(10, _full_years(grade_date, today))
        unit_code, post_title = "", ""
        # A post whose grades fit; now and then one that does not, as real registers have.
        fitting = [i for i, (_u, _t, low, high) in enumerate(slots) if low <= grade <= high]
        if slots and not fitting and rng.random() < 0.1:
            fitting = [len(slots) - 1]
        if fitting and rng.random() < 0.93:
            unit_code, post_title, _low, _high = slots.pop(fitting[-1])
        elif units:
            unit_code = rng.choice(units).code  # outside the staffing table: surplus
        yield EmployeeInput(
            first_name=rng.choice(FEMALE if female else MALE), father_name=rng.choice(MALE),
            grandfather_name=rng.choice(MALE), family_name=rng.choice(FAMILY),
            mother_name=f"{rng.choice(FEMALE)} {rng.choice(FAMILY)}",
            sex="F" if female else "M", national_number=national, birth_date=birth,
            birth_place=rng.choice(PLACES), marital_status=rng.choice(
                ("single", "married", "married", "married", "divorced", "widowed")),
            phone=f"09{rng.randint(1, 5)}{rng.randrange(10**7):07d}",
            qualification=qualification,
            qualification_field=rng.choice(FIELDS.get(qualification, ("",))),
            qualification_year=min(hire.year, birth.year + 18 + ENTRY_GRADE[qualification] // 2),
            hire_date=hire, employment_type=_pick(rng, TYPES), status=_pick(rng, STATUSES),
            unit_code=unit_code, post_title=post_title, job_title=post_title or "موظف",
            grade=grade, increments=increments, grade_date=grade_date,
            last_increment_date=grade_date + dt.timedelta(days=365 * increments)
            if increments else None,
            employee_number=f"{n + 1:05d}", financial_number=f"F{rng.randrange(10**7):07d}",
        )
