"""Figures and counted words as people read them, outside the windows: core.bidi, core.plural
and the staff lists' gendered names."""

from __future__ import annotations

import pytest

from baladiya_desktop.core import bidi
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.plural import DAYS, INCREMENTS, arabic_form
from baladiya_desktop.core.reference import RefItem
from baladiya_desktop.domain.staff.references import item_name


@pytest.mark.parametrize(
    ("n", "form"), [(0, 0), (1, 1), (2, 2), (3, 3), (10, 3), (11, 4), (99, 4), (100, 5),
                    (102, 5), (103, 3), (111, 4)],
)  # fmt: skip
def test_arabic_forms_follow_qts_numerus_rules(n: int, form: int) -> None:
    assert arabic_form(n) == form


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "0 يوم"), (1, "يوم واحد"), (2, "يومان"), (3, "3 أيام"), (9, "9 أيام"),
     (11, "11 يوماً"), (100, "100 يوم")],
)  # fmt: skip
def test_days_are_counted_in_arabic(n: int, text: str) -> None:
    assert DAYS.count(n) == text


def test_one_increment_is_not_one_increments() -> None:
    assert INCREMENTS.count(1) == "علاوة واحدة"
    assert INCREMENTS.count(4) == "4 علاوات"


def test_percent_has_at_most_one_decimal() -> None:
    assert bidi.percent(86.3636, "en") == "86.4%"
    assert bidi.percent(80.04, "en") == "80%"
    assert bidi.percent(None) == "—"
    assert bidi.percent(83.6) == "\u206683.6\u066a\u2069"  # held left to right: the sign after


def test_share_is_exact_and_has_no_whole_to_divide_by_zero() -> None:
    assert bidi.share(2, 3, "en") == "66.7%"
    assert bidi.share(5, 0, "en") == "—"


def test_ranges_and_typed_input_are_isolated() -> None:
    assert bidi.span(1, 50) == "\u20661\u201350\u2069"
    assert bidi.embed("abc") == "\u2068abc\u2069"
    assert bidi.embed("") == ""
    assert bidi.isolate_quoted("«abc» ليس «x»") == "«\u2068abc\u2069» ليس «\u2068x\u2069»"


def test_amounts_by_language() -> None:
    assert bidi.amount(1_234_500) == "\u20661,234.500 د.ل\u2069"
    assert bidi.amount(-500, "en") == "\u2066-0.500 LYD\u2069"
    assert bidi.big_amount(999_999_499, "en") == "\u2066999,999 LYD\u2069"
    assert bidi.big_amount(2_000_000_000, "en") == "\u20662 m LYD\u2069"


def test_an_error_quoting_latin_input_is_isolated_in_the_window_only() -> None:
    error = ValidationError("«abc» ليس مبلغاً.", "'abc' is not an amount.")
    assert error.message("ar") == "«\u2068abc\u2069» ليس مبلغاً."
    assert error.message_ar == "«abc» ليس مبلغاً."
    assert error.message("en") == "'abc' is not an amount."


WIDOWED = RefItem("widowed", "أرمل", "Widowed", 3, {"name_ar_f": "أرملة"})


def test_a_womans_marital_status_is_said_of_a_woman() -> None:
    assert item_name(WIDOWED, "ar", "F") == "أرملة"
    assert item_name(WIDOWED, "ar", "M") == "أرمل"
    assert item_name(WIDOWED, "en", "F") == "Widowed"


def test_a_list_seeded_before_the_feminine_column_uses_the_shipped_one() -> None:
    old = RefItem("single", "أعزب", "Single", 0, {})
    assert item_name(old, "ar", "F") == "عزباء"
    renamed = RefItem("single", "غير متزوج", "Single", 0, {})  # the ministry's own name
    assert item_name(renamed, "ar", "F") == "غير متزوج"
