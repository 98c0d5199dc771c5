"""Dates as forms print them: Gregorian dd/mm/yyyy, and an approximate Hijri line.

The Hijri date uses the tabular (arithmetical) Islamic calendar, civil epoch (1 Muharram 1 AH
= 16 July 622 Julian), with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30-year
cycle. Official calendars follow the moon sighting (Libya) or Umm al-Qura, so the printed day
can differ from the official one by one or two days: it is marked as approximate ("تقريبًا")
on forms only when ``approximate_mark`` is asked for. No well-kept library was needed for this.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

__all__ = [
    "HIJRI_MONTHS",
    "HijriDate",
    "format_date",
    "format_datetime",
    "format_hijri",
    "from_hijri",
    "to_hijri",
]

HIJRI_MONTHS = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)

_EPOCH = 1948440  # Julian day number of 1 Muharram 1 AH (civil epoch)
_JDN_OF_ORDINAL_0 = 1721425  # date.fromordinal(1) is JDN 1721426


class HijriDate(NamedTuple):
    year: int
    month: int
    day: int


def _jdn(year: int, month: int, day: int) -> int:
    return day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30 + _EPOCH - 1


def from_hijri(year: int, month: int, day: int) -> date:
    """Return the Gregorian date of a tabular Hijri date."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        raise ValueError(f"not a Hijri date: {year}/{month}/{day}")
    return date.fromordinal(_jdn(year, month, day) - _JDN_OF_ORDINAL_0)


def to_hijri(day: date) -> HijriDate:
    """Return the tabular Hijri date of a Gregorian date (from 16 July 622 on)."""
    jdn = day.toordinal() + _JDN_OF_ORDINAL_0
    if jdn < _EPOCH:
        raise ValueError(f"{day.isoformat()} is before the Hijri epoch")
    year = (30 * (jdn - _EPOCH) + 10646) // 10631
    month = min(12, -(-(jdn - (29 + _jdn(year, 1, 1))) * 2 // 59) + 1)
    month = max(month, 1)
    return HijriDate(year, month, jdn - _jdn(year, month, 1) + 1)


def format_date(day: date) -> str:
    """Return ``dd/mm/yyyy`` with Western digits."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def format_datetime(moment: datetime) -> str:
    """Return ``dd/mm/yyyy HH:MM``."""
    return f"{format_date(moment.date())} {moment.hour:02d}:{moment.minute:02d}"


def format_hijri(day: date, *, approximate_mark: bool = False) -> str:
    """Return e.g. ``1 رمضان 1445 هـ`` for a Gregorian date (tabular calendar)."""
    h = to_hijri(day)
    text = f"{h.day} {HIJRI_MONTHS[h.month - 1]} {h.year} هـ"
    return f"{text} (تقريبًا)" if approximate_mark else text
