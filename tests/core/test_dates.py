from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baladiya_desktop.core.dates import (
    MAX_YEAR,
    MIN_YEAR,
    ParsedDate,
    format_date,
    from_iso,
    parse_date,
    to_iso,
)
from baladiya_desktop.core.errors import ValidationError

TODAY = date(2025, 6, 1)
SEP_15 = date(2010, 9, 15)


@pytest.mark.parametrize(
    "text",
    [
        "15/09/2010",
        "15/9/2010",
        "15-09-2010",
        "15.09.2010",
        "15 09 2010",
        " 15 / 09 / 2010 ",
        "2010/09/15",
        "2010-09-15",
        "2010-9-15",
        "2010.09.15",
        "١٥/٠٩/٢٠١٠",
        "۱۵/۰۹/۲۰۱۰",
        "15/09/2010م",
        "15/09/2010 م",
        "15/09/2010 م.",
        "15/09/2010 ميلادي",
        "2010/09/15 ميلادية",
        "15/09/1378 و.ر",
        "15/09/1378 ور",
        "15/09/1378 و. ر.",
        "1378/09/15 و.ر",
        "15/09/1378 من وفاة الرسول",
        "15/09/1378 من وفاة الرسول ﷺ",
        "15 الفاتح 1378 و.ر",
        "15 الفاتح 1378",  # a Jamahiriya month with a year below 1900 is و.ر
        "15 الفاتح 2010",
        "١٥ الفاتح ١٣٧٨ و.ر",
        "15 سبتمبر 2010",
        "15 سبتمبر 2010م",
        "15 أيلول 2010",
        "15 ايلول 2010",
        "15-سبتمبر-2010",
        "15 September 2010",
        "15 SEPT 2010",
        "15-Sep-2010",
        "September 15, 2010",
        "Sep. 15 2010",
        "2010-09-15 00:00:00",
        "2010-09-15T13:45",
        "15/09/2010 08:30:00.000",
        "\u200f15/09/2010\u200e",
    ],
)
def test_unambiguous_text(text: str) -> None:
    assert parse_date(text, today=TODAY) == ParsedDate(SEP_15, False, "")


JAMAHIRIYA_MONTHS = [
    "أي النار",
    "النوار",
    "الربيع",
    "الطير",
    "الماء",
    "الصيف",
    "ناصر",
    "هانيبال",
    "الفاتح",
    "التمور",
    "الحرث",
    "الكانون",
]
GREGORIAN_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
LEVANTINE_MONTHS = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@pytest.mark.parametrize("names", [JAMAHIRIYA_MONTHS, GREGORIAN_MONTHS, LEVANTINE_MONTHS])
@pytest.mark.parametrize("month", range(1, 13))
def test_arabic_month_names(names: list[str], month: int) -> None:
    assert parse_date(f"1 {names[month - 1]} 2010").value == date(2010, month, 1)


@pytest.mark.parametrize("month", range(1, 13))
def test_english_month_names(month: int) -> None:
    name = ENGLISH_MONTHS[month - 1]
    assert parse_date(f"1 {name} 2010").value == date(2010, month, 1)
    assert parse_date(f"1 {name.lower()[:3]} 2010").value == date(2010, month, 1)
    assert parse_date(f"{name} 1, 2010").value == date(2010, month, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 آي النار 1378 و.ر", date(2010, 1, 1)),
        ("1 اي النار 1378 و.ر", date(2010, 1, 1)),
        ("1 أى النار 1378 و.ر", date(2010, 1, 1)),
        ("1 إي النار 1378 و.ر", date(2010, 1, 1)),
        ("1 هانيبعل 1378 و.ر", date(2010, 8, 1)),
        ("1 هنيبعل 1378 و.ر", date(2010, 8, 1)),
        ("1 ابريل 2010", date(2010, 4, 1)),
        ("1 إبريل 2010", date(2010, 4, 1)),
        ("1 يونيه 2010", date(2010, 6, 1)),
        ("1 يوليه 2010", date(2010, 7, 1)),
        ("1 اغسطس 2010", date(2010, 8, 1)),
        ("1 اكتوبر 2010", date(2010, 10, 1)),
        ("1 الحرث 1354 و.ر", date(1986, 11, 1)),
        ("31 الكانون 1379 و.ر", date(2011, 12, 31)),
    ],
)
def test_spelling_variants_and_eras(text: str, expected: date) -> None:
    assert parse_date(text) == ParsedDate(expected)


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("15/09/10", date(2010, 9, 15), "برقمين"),
        ("15/09/25", date(2025, 9, 15), "برقمين"),  # this year is still this century
        ("15/09/26", date(1926, 9, 15), "برقمين"),
        ("1/2/78", date(1978, 2, 1), "برقمين"),
        ("15 الفاتح 78 و.ر", date(2010, 9, 15), "برقمين"),
        ("15 سبتمبر 78", date(1978, 9, 15), "برقمين"),
        ("09/15/2010", SEP_15, "شهر/يوم/سنة"),  # 15 cannot be a month: US order
        ("2010/15/09", SEP_15, "سنة/يوم/شهر"),  # 15 cannot be a month: yyyy/dd/mm
        ("09/15/10", SEP_15, "برقمين"),
    ],
)
def test_ambiguous(text: str, expected: date, reason: str) -> None:
    parsed = parse_date(text, today=TODAY)
    assert parsed.value == expected
    assert parsed.ambiguous
    assert reason in parsed.note
    assert "مراجعة" in parsed.note


def test_day_first_is_the_convention() -> None:
    # Both parts could be a month: dd/mm wins and is not flagged, as in Libyan documents.
    assert parse_date("03/04/2010") == ParsedDate(date(2010, 4, 3))
    assert parse_date("2010/04/03") == ParsedDate(date(2010, 4, 3))


def test_cells() -> None:
    assert parse_date(SEP_15) == ParsedDate(SEP_15)
    assert parse_date(datetime(2010, 9, 15, 13, 45)) == ParsedDate(SEP_15)


@pytest.mark.parametrize(
    ("value", "word"),
    [
        ("", "فارغ"),
        ("   ", "فارغ"),
        ("abc", "ليس تاريخاً"),
        ("15/09", "ليس تاريخاً"),
        ("2010", "ليس تاريخاً"),
        ("15/09/2010/1", "ليس تاريخاً"),
        ("1/1/1", "ليس تاريخاً"),
        ("15/09/201", "ليس تاريخاً"),
        ("15/09/02010", "ليس تاريخاً"),
        ("2010/123/1", "ليس تاريخاً"),
        ("15 فلان 2010", "ليس تاريخاً"),
        ("15 كانون 2010", "ليس تاريخاً"),  # which كانون? refuse rather than guess
        ("15 الفاتح", "ليس تاريخاً"),
        ("15:30", "ليس تاريخاً"),
        ("31/02/2020", "غير موجود"),
        ("29/02/2019", "غير موجود"),
        ("31/04/2010", "غير موجود"),
        ("00/09/2010", "غير موجود"),
        ("2010/02/30", "غير موجود"),
        ("15/13/2020", "الشهر 13"),
        ("13/13/2020", "الشهر 13"),
        ("15/00/2020", "الشهر 0"),
        ("2020/13/13", "الشهر 13"),
        ("15/09/1378", "السنة 1378"),  # a bare و.ر year must carry its marker
        ("15/09/1899", "السنة 1899"),
        ("15/09/2201", "السنة 2201"),
        ("15/09/1430 هـ", "هجري"),
        ("15/09/1430هـ", "هجري"),
        ("15 رمضان 1430 هجري", "هجري"),
        (date(1899, 12, 30), "السنة 1899"),  # Excel's empty-cell date
        (datetime(1899, 12, 31), "السنة 1899"),
    ],
)
def test_refused(value: str | date, word: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(value, today=TODAY, field="birth_date")
    assert word in info.value.message_ar
    assert info.value.message_en
    assert info.value.field == "birth_date"


def test_leap_day() -> None:
    assert parse_date("29/02/2020").value == date(2020, 2, 29)


def test_today_defaults_to_now() -> None:
    assert parse_date("01/01/00").value == date(2000, 1, 1)


dates = st.dates(min_value=date(MIN_YEAR, 1, 1), max_value=date(MAX_YEAR, 12, 31))


@given(dates)
def test_format_parse_round_trip(d: date) -> None:
    assert parse_date(format_date(d)) == ParsedDate(d)
    assert parse_date(to_iso(d)) == ParsedDate(d)
    assert from_iso(to_iso(d)) == d


@given(st.dates(min_value=date(1986, 1, 1), max_value=date(2011, 12, 31)))
def test_jamahiriya_round_trip(d: date) -> None:
    month = JAMAHIRIYA_MONTHS[d.month - 1]
    assert parse_date(f"{d.day} {month} {d.year - 632} و.ر").value == d
    assert parse_date(f"{d.day}/{d.month}/{d.year - 632} و.ر").value == d


def test_format_date() -> None:
    assert format_date(date(2010, 9, 5)) == "05/09/2010"
    assert format_date(date(999, 1, 2)) == "02/01/0999"
    assert to_iso(date(2010, 9, 5)) == "2010-09-05"


@pytest.mark.parametrize(
    "text", ["", "2010-9-15", "15/09/2010", "20100915", "2010-09-15T00:00", " 2010-09-15"]
)
def test_from_iso_refuses_other_forms(text: str) -> None:
    with pytest.raises(ValidationError, match="yyyy-mm-dd"):
        from_iso(text)


def test_from_iso_refuses_impossible_date() -> None:
    with pytest.raises(ValidationError) as info:
        from_iso("2010-02-30", field="hired_on")
    assert info.value.field == "hired_on"
    assert "غير موجود" in info.value.message_ar
