"""Dates on forms: dd/mm/yyyy and the tabular Hijri calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from baladiya_desktop.reports.dates import (
    format_date,
    format_datetime,
    format_hijri,
    from_hijri,
    to_hijri,
)


def test_gregorian_formats() -> None:
    assert format_date(date(2025, 3, 7)) == "07/03/2025"
    assert format_datetime(datetime(2025, 3, 7, 8, 5)) == "07/03/2025 08:05"


@pytest.mark.parametrize(
    ("day", "hijri"),
    [
        (date(622, 7, 19), (1, 1, 1)),  # the civil epoch (16 July 622 Julian)
        (date(2023, 7, 19), (1445, 1, 1)),  # agrees with Umm al-Qura
        (date(2024, 3, 11), (1445, 9, 1)),  # 1 Ramadan 1445
        (date(2025, 3, 1), (1446, 9, 1)),  # 1 Ramadan 1446
        (date(2024, 7, 7), (1445, 12, 30)),  # Umm al-Qura says 1/1/1446: one day apart
    ],
)
def test_tabular_hijri(day: date, hijri: tuple[int, int, int]) -> None:
    assert tuple(to_hijri(day)) == hijri
    assert from_hijri(*hijri) == day


def test_round_trip_over_two_centuries() -> None:
    day = date(1950, 1, 1)
    while day < date(2150, 1, 1):
        assert from_hijri(*to_hijri(day)) == day
        day += timedelta(days=1)


def test_hijri_text_and_bad_dates() -> None:
    assert format_hijri(date(2024, 3, 11)) == "1 رمضان 1445 هـ"
    assert format_hijri(date(2024, 3, 11), approximate_mark=True).endswith("(تقريبًا)")
    with pytest.raises(ValueError):
        from_hijri(1445, 13, 1)
    with pytest.raises(ValueError):
        to_hijri(date(600, 1, 1))
