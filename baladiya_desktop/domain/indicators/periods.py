"""Reporting periods: 2026-03 (monthly), 2026-Q1 (quarterly), 2026 (yearly)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import ValidationError

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class Period:
    key: str
    kind: str  # monthly | quarterly | yearly
    start: dt.date
    end: dt.date

    def months(self) -> list[tuple[int, int]]:
        found, day = [], self.start
        while day <= self.end:
            found.append((day.year, day.month))
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return found


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> Period:
    key = normalize_digits(text).strip().upper()
    if m := _MONTH.match(key):
        year, month = int(m[1]), int(m[2])
        if 1 <= month <= 12:
            return Period(key, "monthly", dt.date(year, month, 1), _last_day(year, month))
    if m := _QUARTER.match(key):
        year, quarter = int(m[1]), int(m[2])
        first = 3 * quarter - 2
        return Period(key, "quarterly", dt.date(year, first, 1), _last_day(year, first + 2))
    if m := _YEAR.match(key):
        year = int(m[1])
        return Period(key, "yearly", dt.date(year, 1, 1), dt.date(year, 12, 31))
    raise ValidationError(
        f"الفترة «{text}» غير مفهومة. اكتبها هكذا: 2026-03 (شهر) أو 2026-Q1 (ربع) أو 2026 (سنة).",
        f"Period '{text}' is not understood: use 2026-03, 2026-Q1 or 2026.",
        field="period",
    )


def quarter_of(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


QUARTERS_AR = ("الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع")


def short_label(key: str, lang: str = "ar") -> str:
    """A period on two lines for a chart's axis: «الربع 3» over «2026»."""
    period = parse_period(key)
    if period.kind == "quarterly":
        quarter = (period.start.month - 1) // 3 + 1
        return f"{'الربع' if lang == 'ar' else 'Q'} {quarter}\n{period.start.year}"
    return label(key, lang)


def label(key: str, lang: str = "ar") -> str:
    """A period as people say it: «الربع الثالث 2026», «03/2026», «2026» (no Latin letters
    beside the digits, which would reorder them in right-to-left text)."""
    period = parse_period(key)
    if period.kind == "quarterly":
        quarter = (period.start.month - 1) // 3
        return (
            f"{QUARTERS_AR[quarter]} {period.start.year}"
            if lang == "ar"
            else f"Q{quarter + 1} {period.start.year}"
        )
    if period.kind == "monthly":
        return f"{period.start.month:02d}/{period.start.year}"
    return str(period.start.year)
