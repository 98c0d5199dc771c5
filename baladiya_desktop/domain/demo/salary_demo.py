"""The demo's salary table, so a settlement's cost can be shown in training.

AN EXAMPLE, NOT THE OFFICIAL TABLE: the amounts below are invented to look plausible (a
monthly basic salary rising with the grade, and a fixed annual increment per grade). The real
table comes from the ministry or is typed in by the administrator (``salary.save_salary_table``);
nothing in the app reads these numbers except the demo.
"""

from __future__ import annotations

import datetime as dt

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.domain.settlement.salary import GRADES, save_salary_table

NAME = "جدول مرتبات تجريبي (مثال للتدريب، ليس الجدول الرسمي)"
MAX_INCREMENTS = 10
# In force from long before any demo employee's entitlement date, so every case has a cost.
EFFECTIVE = dt.date(2000, 1, 1)


def example_amounts() -> dict[tuple[int, int], int]:
    """Dirhams per (grade, increment): 450 dinars at grade 1 plus 95 a grade; an increment
    is 8 dinars plus 2 a grade. Whole dinars, every cell of grades 1–15 × increments 0–10."""
    amounts = {}
    for grade in GRADES:
        basic = 450 + 95 * (grade - 1)
        step = 8 + 2 * grade
        for increment in range(MAX_INCREMENTS + 1):
            amounts[(grade, increment)] = (basic + step * increment) * 1000
    return amounts


def demo_salary_table(ctx: AppContext) -> None:
    save_salary_table(ctx, NAME, EFFECTIVE, MAX_INCREMENTS, example_amounts(), source="demo")
