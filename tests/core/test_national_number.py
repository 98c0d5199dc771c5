from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.national_number import (
    NationalNumber,
    normalize_national_number,
    validate_national_number,
)

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    "value",
    [
        "119801234567",
        " 119801234567 ",
        "1 1980 123456 7",
        "1-1980-123456-7",
        "1–1980–123456–7",
        "'119801234567",
        "١١٩٨٠١٢٣٤٥٦٧",
        "۱۱۹۸۰۱۲۳۴۵۶۷",
        "\u200e119801234567",
        "119801234567.0",
        "119801234567.00",
        "1.19801234567E+11",
        "1.19801234567e11",
        119801234567,
        119801234567.0,
    ],
)
def test_normalize(value: str | int | float) -> None:
    assert normalize_national_number(value) == "119801234567"


def test_normalize_keeps_wrong_lengths_for_validate() -> None:
    assert normalize_national_number("1234") == "1234"


@pytest.mark.parametrize(
    ("value", "word"),
    [
        ("", "فارغ"),
        ("  ", "فارغ"),
        ("'", "فارغ"),
        ("11980123456X", "أرقاماً فقط"),
        ("رقم 119801234567", "أرقاماً فقط"),
        ("119801234567.5", "أرقاماً فقط"),
        ("+119801234567", "أرقاماً فقط"),
        ("1.19801E+11", "الصيغة العلمية"),  # Excel's display lost six digits
        ("1.2E+11", "الصيغة العلمية"),
        (119801234567.5, "أرقاماً فقط"),
        (-119801234567, "أرقاماً فقط"),
        (-119801234567.0, "أرقاماً فقط"),
        (float("nan"), "أرقاماً فقط"),
        (float("inf"), "أرقاماً فقط"),
        (True, "أرقاماً فقط"),
    ],
)
def test_normalize_refuses(value: str | int | float, word: str) -> None:
    with pytest.raises(ValidationError) as info:
        normalize_national_number(value)
    assert word in info.value.message_ar
    assert info.value.field == "national_number"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("119801234567", NationalNumber("119801234567", "M", 1980)),
        ("219951234560", NationalNumber("219951234560", "F", 1995)),
        ("119000000000", NationalNumber("119000000000", "M", 1900)),
        ("220250000001", NationalNumber("220250000001", "F", 2025)),
        (219951234560.0, NationalNumber("219951234560", "F", 1995)),
    ],
)
def test_validate(value: str | float, expected: NationalNumber) -> None:
    assert validate_national_number(value, today=TODAY) == expected
    assert str(expected) == expected.value


def test_check_digit_is_never_checked() -> None:
    for last in "0123456789":
        assert validate_national_number(f"11980123456{last}", today=TODAY).value[-1] == last


def test_consistent_with_record() -> None:
    number = validate_national_number("119801234567", sex="M", birth_year=1980, today=TODAY)
    assert number.sex == "M"
    assert validate_national_number("219801234567", sex="f", birth_year=1980).sex == "F"


@pytest.mark.parametrize(
    ("value", "kwargs", "word"),
    [
        ("11980123456", {}, "12 رقماً"),
        ("1198012345678", {}, "12 رقماً"),
        ("1", {}, "12 رقماً"),
        ("319801234567", {}, "يبدأ"),
        ("019801234567", {}, "يبدأ"),
        ("918801234567", {}, "يبدأ"),
        ("118991234567", {}, "1899"),
        ("120261234567", {}, "2026"),
        ("199991234567", {}, "9999"),
        ("119801234567", {"sex": "F"}, "ذكر"),
        ("219801234567", {"sex": "M"}, "أنثى"),
        ("119801234567", {"birth_year": 1981}, "1981"),
        ("119801234567", {"sex": "M", "birth_year": 1979}, "لا توافق"),
    ],
)
def test_validate_refuses(value: str, kwargs: dict[str, object], word: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_national_number(value, today=TODAY, field="nid", **kwargs)  # type: ignore[arg-type]
    assert word in info.value.message_ar
    assert info.value.message_en
    assert info.value.field == "nid"


def test_validate_needs_a_known_sex_code() -> None:
    with pytest.raises(ValueError, match="'M' or 'F'"):
        validate_national_number("119801234567", sex="ذكر")


def test_today_defaults_to_now() -> None:
    assert validate_national_number("120000000000").birth_year == 2000


@given(
    st.sampled_from("12"),
    st.integers(min_value=1900, max_value=2025),
    st.integers(min_value=0, max_value=999_999),
    st.integers(min_value=0, max_value=9),
)
def test_any_well_formed_number(sex: str, year: int, serial: int, check: int) -> None:
    digits = f"{sex}{year}{serial:06d}{check}"
    number = validate_national_number(digits, today=TODAY)
    assert number == NationalNumber(digits, "M" if sex == "1" else "F", year)
    assert validate_national_number(int(digits), today=TODAY) == number
    assert validate_national_number(float(int(digits)), today=TODAY) == number
    assert validate_national_number(f"{digits[:1]} {digits[1:5]}-{digits[5:]}") == number
