from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.money import (
    MAX_DIRHAMS,
    format_lyd,
    from_decimal,
    parse_lyd,
    to_decimal,
)


@pytest.mark.parametrize(
    ("value", "dirhams"),
    [
        ("0", 0),
        ("1", 1000),
        ("1234.5", 1_234_500),
        ("1,234.500", 1_234_500),
        ("1.234,500", 1_234_500),
        ("1,234,567.891", 1_234_567_891),
        ("1.234.567,891", 1_234_567_891),
        ("1.234.567", 1_234_567_000),  # a repeated separator groups thousands
        ("1,234,567", 1_234_567_000),
        ("1,250", 1_250_000),  # single comma + three digits: thousands
        ("12,345", 12_345_000),
        ("1.250", 1_250),  # single dot: decimal
        ("1,5", 1_500),  # single comma, not three digits: decimal
        ("1,25", 1_250),
        ("0,500", 500),  # "0" cannot start a thousands group
        ("1234,500", 1_234_500),  # four digits cannot be a thousands group head
        (".5", 500),
        ("5.", 5_000),
        ("0.001", 1),
        ("1.2500", 1_250),  # trailing zeros past the dirham are harmless
        ("١٬٢٣٤٫٥٠٠", 1_234_500),
        ("۱۲۳٫۴۵", 123_450),
        ("١٢٣٤", 1_234_000),
        ("1 234 567,5", 1_234_567_500),
        ("  42  ", 42_000),
        ("1,234.500 د.ل", 1_234_500),
        ("د.ل 1,234.500", 1_234_500),
        ("1234.5د.ل", 1_234_500),
        ("1234.5 د. ل.", 1_234_500),
        ("100 ل.د", 100_000),
        ("100 LYD", 100_000),
        ("lyd 100", 100_000),
        ("100 دينار", 100_000),
        ("100 دينار ليبي", 100_000),
        ("100 ديناراً", 100_000),  # tanween is a diacritic the key ignores
        ("+5", 5_000),
        ("1,234.500 د.ل\u200f", 1_234_500),
        (5, 5_000),
        (0, 0),
        (Decimal("1234.5"), 1_234_500),
        (Decimal("1234.500000"), 1_234_500),
        (Decimal("1E+3"), 1_000_000),
        (1234.5, 1_234_500),
        (0.1 + 0.2, 300),  # binary noise is rounded away
        (1e6, 1_000_000_000),
        ("1000000000000", MAX_DIRHAMS),
    ],
)
def test_parse_lyd(value: str | int | Decimal | float, dirhams: int) -> None:
    assert parse_lyd(value) == dirhams


@pytest.mark.parametrize(
    ("value", "dirhams"),
    [
        ("-5", -5_000),
        ("−5", -5_000),  # U+2212 minus
        ("-1,234.500 د.ل", -1_234_500),
        ("د.ل -3", -3_000),
        ("- 3", -3_000),
        (-5, -5_000),
        (Decimal("-0.001"), -1),
        (-2.5, -2_500),
        ("-0", 0),
    ],
)
def test_negative_allowed(value: str | int | Decimal | float, dirhams: int) -> None:
    assert parse_lyd(value, allow_negative=True) == dirhams


@pytest.mark.parametrize("value", ["-5", -5, Decimal("-0.001"), -0.5, "-1,234.500 د.ل"])
def test_negative_refused_by_default(value: str | int | Decimal | float) -> None:
    with pytest.raises(ValidationError) as info:
        parse_lyd(value, field="fee")
    assert "سالب" in info.value.message_ar
    assert info.value.field == "fee"


@pytest.mark.parametrize(
    ("value", "word"),
    [
        ("", "فارغ"),
        ("   ", "فارغ"),
        ("د.ل", "ليس مبلغاً"),
        ("abc", "ليس مبلغاً"),
        ("خمسة دنانير", "ليس مبلغاً"),
        ("12abc", "ليس مبلغاً"),
        ("1e3", "ليس مبلغاً"),
        ("--5", "ليس مبلغاً"),
        ("-+5", "ليس مبلغاً"),
        ("5-", "ليس مبلغاً"),
        ("1 2 3 د.ل د.ل", "ليس مبلغاً"),
        ("EUR 5", "ليس مبلغاً"),
        (",", "ليس مبلغاً"),
        (".", "ليس مبلغاً"),
        ("1.2345", "ثلاث خانات"),
        ("0.0001", "ثلاث خانات"),
        ("1,234.5678", "ثلاث خانات"),
        ("1,2345", "ثلاث خانات"),  # a comma decimal with four places
        (Decimal("0.0005"), "ثلاث خانات"),
        (0.0001, "ثلاث خانات"),
        (1.23456, "ثلاث خانات"),
        ("1,23,456", "فواصل"),
        ("12,34,567", "فواصل"),
        ("1234,567,890", "فواصل"),
        ("01,234,567", "فواصل"),
        ("1.234.56", "فواصل"),
        ("1,234.567.8", "فواصل"),
        ("1.234,567,8", "فواصل"),
        ("1.2.3,4", "فواصل"),
        ("1000000000000.001", "أكبر من المعقول"),
        ("99999999999999999999", "أكبر من المعقول"),
        (10**13, "أكبر من المعقول"),
        (Decimal("1E+100000"), "أكبر من المعقول"),
        (1e300, "أكبر من المعقول"),
        (float("nan"), "ليس مبلغاً"),
        (float("inf"), "ليس مبلغاً"),
        (Decimal("NaN"), "ليس مبلغاً"),
        (Decimal("-Infinity"), "ليس مبلغاً"),
        (True, "ليس مبلغاً"),
    ],
)
def test_parse_lyd_refuses(value: str | int | Decimal | float, word: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_lyd(value, allow_negative=True)
    assert word in info.value.message_ar
    assert info.value.message_en
    assert info.value.field == "amount"


def test_parse_lyd_refuses_other_types() -> None:
    with pytest.raises(ValidationError):
        parse_lyd(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("dirhams", "text"),
    [
        (0, "0.000 د.ل"),
        (1, "0.001 د.ل"),
        (500, "0.500 د.ل"),
        (1_234_500, "1,234.500 د.ل"),
        (1_234_567_891, "1,234,567.891 د.ل"),
        (-1_234_500, "-1,234.500 د.ل"),
        (-1, "-0.001 د.ل"),
    ],
)
def test_format_lyd(dirhams: int, text: str) -> None:
    assert format_lyd(dirhams) == text
    assert format_lyd(dirhams, currency=False) == text.removesuffix(" د.ل")


amounts = st.integers(min_value=-MAX_DIRHAMS, max_value=MAX_DIRHAMS)


@given(amounts)
def test_format_parse_round_trip(dirhams: int) -> None:
    assert parse_lyd(format_lyd(dirhams), allow_negative=True) == dirhams
    assert parse_lyd(format_lyd(dirhams, currency=False), allow_negative=True) == dirhams


@given(amounts)
def test_decimal_round_trip(dirhams: int) -> None:
    value = to_decimal(dirhams)
    assert value.as_tuple().exponent == -3
    assert from_decimal(value) == dirhams
    assert parse_lyd(value, allow_negative=True) == dirhams
    assert value * 1000 == dirhams


@given(st.integers(min_value=0, max_value=10**12))
def test_int_cells_are_dinars(dinars: int) -> None:
    assert parse_lyd(dinars) == dinars * 1000


@given(st.integers(min_value=0, max_value=10**9 * 1000))
def test_float_cells_with_three_decimals(dirhams: int) -> None:
    as_float = float(to_decimal(dirhams))
    assert parse_lyd(as_float) == dirhams


def test_to_decimal() -> None:
    assert to_decimal(1_234_500) == Decimal("1234.500")
    assert str(to_decimal(1_234_500)) == "1234.500"
    assert str(to_decimal(-5)) == "-0.005"


@pytest.mark.parametrize(
    ("value", "dirhams"),
    [
        (Decimal("0"), 0),
        (Decimal("1.5"), 1_500),
        (Decimal("-1.5"), -1_500),
        (Decimal("12E-3"), 12),
        (Decimal("1200E-5"), 12),
    ],
)
def test_from_decimal(value: Decimal, dirhams: int) -> None:
    assert from_decimal(value) == dirhams


def test_from_decimal_refuses_fraction_of_dirham() -> None:
    with pytest.raises(ValidationError) as info:
        from_decimal(Decimal("1.0005"), field="price")
    assert info.value.field == "price"
