from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baladiya_desktop.core.digits import normalize_digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("0123456789", "0123456789"),
        ("١٬٢٣٤٫٥٠٠", "1,234.500"),
        ("۱۲٫۵", "12.5"),
        ("أحمد، علي", "أحمد، علي"),  # the Arabic comma separates words, it stays
        ("رقم ٤٢ و۷", "رقم 42 و7"),
        ("", ""),
        ("abc", "abc"),
    ],
)
def test_normalize_digits(text: str, expected: str) -> None:
    assert normalize_digits(text) == expected


@given(st.text())
def test_idempotent_and_length_preserving(text: str) -> None:
    once = normalize_digits(text)
    assert normalize_digits(once) == once
    assert len(once) == len(text)


@given(st.integers(min_value=0))
def test_arabic_indic_digits_of_any_number(n: int) -> None:
    arabic = str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    persian = str(n).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert normalize_digits(arabic) == normalize_digits(persian) == str(n)
