from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.exchange import (
    Column,
    digits_in,
    enum_parser,
    heading_key,
    int_between,
    limited_text,
    parse_boolean,
    parse_date_cell,
    parse_integer,
    parse_money,
    parse_national_number,
    parse_optional_text,
    parse_positive_int,
    parse_text,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8", "8"),
        ("٨", "8"),
        ("۸", "8"),
        ("8.0", "8"),
        ("الدرجة 8", "8"),
        ("8 سنوات", "8"),
        ("1,200", "1200"),
        ("-3", "-3"),
        (" 12 ", "12"),
        ("الدرجة: ١٢", "12"),
    ],
)
def test_digits_in_finds_the_one_whole_number(text: str, expected: str) -> None:
    assert digits_in(text) == expected


@pytest.mark.parametrize("text", ["ثمانية", "8/9", "12.5", "", "الدرجة 8 و 9", "1,2"])
def test_digits_in_refuses_words_fractions_and_two_numbers(text: str) -> None:
    assert digits_in(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [(8, 8), (8.0, 8), (Decimal("8"), 8), ("٨", 8), ("8.0", 8), ("الدرجة 8", 8)],
)
def test_parse_integer(value: object, expected: int) -> None:
    assert parse_integer(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["ثمانية", 8.5, True, date(2020, 1, 1), "8/9"])
def test_parse_integer_refuses_with_arabic(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_integer(value)  # type: ignore[arg-type]
    assert "ليس عدداً صحيحاً" in caught.value.message_ar


def test_positive_and_ranged_integers() -> None:
    assert parse_positive_int("3") == 3
    with pytest.raises(ValidationError, match="1 or more"):
        parse_positive_int(0)
    grade = int_between(1, 15)
    assert grade("الدرجة ١٥") == 15
    with pytest.raises(ValidationError) as caught:
        grade(16)
    assert "من 1 إلى 15" in caught.value.message_ar


def test_text_parsers() -> None:
    assert parse_text("  محمد\u200f   علي ") == "محمد علي"
    assert parse_text(12.0) == "12"
    assert parse_text(date(2010, 9, 15)) == "15/09/2010"
    assert parse_optional_text("   ") is None
    assert parse_optional_text(" x ") == "x"
    with pytest.raises(ValidationError, match="too long"):
        limited_text(3)("أربعة")


def test_money_is_dirhams() -> None:
    assert parse_money("1,234.500 د.ل") == 1_234_500
    assert parse_money(12.5) == 12_500
    assert parse_money("٥٠٠") == 500_000
    with pytest.raises(ValidationError):
        parse_money(date(2020, 1, 1))
    with pytest.raises(ValidationError):
        parse_money("-5")


def test_dates_keep_the_ambiguous_flag() -> None:
    assert parse_date_cell(datetime(2010, 9, 15, 0, 0)).value == date(2010, 9, 15)
    plain = parse_date_cell("15/09/2010")
    assert plain.value == date(2010, 9, 15) and not plain.ambiguous
    swapped = parse_date_cell("09/15/2010")
    assert swapped.value == date(2010, 9, 15) and swapped.ambiguous and swapped.note
    serial = parse_date_cell(40436)
    assert serial.value == date(2010, 9, 15) and serial.ambiguous
    with pytest.raises(ValidationError):
        parse_date_cell(2010)  # a bare year is not a serial date
    with pytest.raises(ValidationError):
        parse_date_cell("غداً")


def test_national_number() -> None:
    assert parse_national_number("١١٩٨٠١٢٣٤٥٦٧") == "119801234567"
    assert parse_national_number(119801234567) == "119801234567"
    with pytest.raises(ValidationError) as caught:
        parse_national_number("1198012")
    assert "12 رقماً" in caught.value.message_ar
    with pytest.raises(ValidationError):
        parse_national_number(True)


def test_enum_by_any_label_and_spelling() -> None:
    kind = enum_parser({"permanent": ("قار", "appointment"), "loan": ("إعارة", "loan")})
    assert kind("قار") == "permanent"
    assert kind(" APPOINTMENT ") == "permanent"
    assert kind("اعاره") == "loan"  # hamza and ta marbuta do not matter
    with pytest.raises(ValidationError) as caught:
        kind("مؤقت")
    assert "قار، إعارة" in caught.value.message_ar
    with pytest.raises(ValueError, match="two choices"):
        enum_parser({"a": ("x",), "b": ("X",)})


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("نعم", True),
        ("لا", False),
        ("Yes", True),
        ("no", False),
        (1, True),
        (0, False),
        ("1", True),
        (True, True),
        ("خطأ", False),
    ],
)
def test_boolean(value: object, expected: bool) -> None:
    assert parse_boolean(value) is expected  # type: ignore[arg-type]


def test_boolean_refuses() -> None:
    with pytest.raises(ValidationError):
        parse_boolean("ربما")


def test_heading_keys_ignore_spelling_marks_and_brackets() -> None:
    assert heading_key("الرقم الوطنى *") == heading_key("الرقم الوطني")
    assert heading_key("المبلغ (د.ل)") == heading_key("المبلغ")
    assert heading_key("الإجمالي:") == heading_key("اجمالى")
    column = Column("nid", "الرقم الوطني", "National number", aliases=("الرقم الوطنى",))
    assert column.heading_keys() == ("رقم وطني", "national number")
    assert heading_key("رقم وطني") == heading_key("الرقم الوطني")
