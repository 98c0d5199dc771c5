"""Libyan dinar amounts as integer dirhams (1 LYD = 1000 dirhams); never float arithmetic."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import ValidationError

__all__ = [
    "DIRHAMS_PER_LYD",
    "MAX_DIRHAMS",
    "format_lyd",
    "from_decimal",
    "parse_lyd",
    "to_decimal",
]

DIRHAMS_PER_LYD = 1000
MAX_DIRHAMS = 10**12 * DIRHAMS_PER_LYD  # a trillion dinars: beyond it the input is a typo
CURRENCY_SUFFIX = "د.ل"

# Spaces are removed before matching, so "دينار ليبي" is "دينارليبي" here.
_CURRENCY = r"(?:lyd|د\.?ل\.?|ل\.?د\.?|دينار(?:ا|ليبي)?)"
_AMOUNT = re.compile(
    rf"(?P<s1>[-+])?{_CURRENCY}?(?P<s2>[-+])?(?P<num>[0-9.,]+){_CURRENCY}?", re.IGNORECASE
)
_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0640])  # "ديناراً" as "دينارا", no tatweel
_FLOAT_NOISE = Decimal("0.000001")  # far below a dirham, far above binary rounding error


def _error(ar: str, en: str, field: str) -> ValidationError:
    return ValidationError(ar, en, field=field)


def _not_amount(raw: object, field: str) -> ValidationError:
    return _error(
        f"«{raw}» ليس مبلغاً صحيحاً. اكتب المبلغ بالأرقام، مثل 1,234.500 د.ل.",
        f"'{raw}' is not an amount. Write the amount in figures, like 1,234.500 LYD.",
        field,
    )


def _split_groups(number: str, sep: str, raw: str, field: str) -> str:
    """Join thousands groups ("1,234,567"), refusing groups out of place."""
    groups = number.split(sep)
    head, rest = groups[0], groups[1:]
    if not 1 <= len(head) <= 3 or (head.startswith("0") and head != "0") or not head.isdigit():
        raise _misgrouped(raw, field)
    if any(len(g) != 3 or not g.isdigit() for g in rest):
        raise _misgrouped(raw, field)
    return "".join(groups)


def _misgrouped(raw: str, field: str) -> ValidationError:
    return _error(
        f"فواصل الآلاف في المبلغ «{raw}» في غير موضعها. اكتب المبلغ مثل 1,234.500 د.ل.",
        f"The thousands separators in '{raw}' are misplaced. Write it like 1,234.500 LYD.",
        field,
    )


def _parse_number(number: str, raw: str, field: str) -> Decimal:
    """Read the digits and separators of a text amount; see :func:`parse_lyd` for the rules."""
    dots, commas = number.count("."), number.count(",")
    if dots and commas:
        decimal_sep = "." if number.rfind(".") > number.rfind(",") else ","
        group_sep = "," if decimal_sep == "." else "."
        if number.count(decimal_sep) > 1:
            raise _misgrouped(raw, field)
        whole, frac = number.split(decimal_sep)
        whole = _split_groups(whole, group_sep, raw, field)
    elif commas == 1:
        whole, frac = number.split(",")
        # "1,250" is grouping; "0,500", "1234,500" and "1,5" cannot be, so they are decimals.
        if len(frac) == 3 and 1 <= len(whole) <= 3 and not whole.startswith("0"):
            whole, frac = whole + frac, ""
    elif dots == 1:
        whole, frac = number.split(".")
    elif dots or commas:
        whole, frac = _split_groups(number, "." if dots else ",", raw, field), ""
    else:
        whole, frac = number, ""
    if not (whole or frac) or not (whole + frac).isdigit():
        raise _not_amount(raw, field)
    return Decimal(f"{whole or '0'}.{frac or '0'}")


def parse_lyd(
    value: str | int | Decimal | float, *, allow_negative: bool = False, field: str = "amount"
) -> int:
    """Return the amount in dirhams of a dinar amount typed or read from a spreadsheet cell.

    Numbers (int, Decimal, float) are dinars. Text may use Western, Arabic-Indic or Persian
    digits, ٫ and ٬, spaces, a sign, and "د.ل", "ل.د", "LYD" or "دينار" before or after.
    Separators:

    * both "." and "," appear: the last one is the decimal separator, the other groups
      thousands ("1,234.500" and "1.234,500" are both 1234.5 LYD);
    * a single ",": thousands when exactly three digits follow and 1-3 digits not starting
      with 0 precede it ("1,250" is 1250 LYD), otherwise decimal ("1,5", "0,500", "1234,500");
    * a single ".": always decimal ("1.250" is 1.25 LYD);
    * the same separator twice or more: thousands ("1.234.567", "1,234,567").

    More than three decimals are refused unless the extra ones are zeros; a float is read
    through its shortest text and rounded to the dirham only when the difference is binary
    noise (0.1 + 0.2 is 0.300). Refused too: empty, text, negative unless ``allow_negative``,
    and more than a trillion dinars.
    """
    if isinstance(value, bool):
        raise _not_amount(value, field)
    if isinstance(value, float):
        amount = Decimal(str(value))
        if amount.is_finite() and amount.adjusted() <= 15:
            rounded = amount.quantize(Decimal("0.001"))
            amount = rounded if abs(amount - rounded) < _FLOAT_NOISE else amount
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, str):
        amount = _parse_text(value, field)
    else:
        raise _not_amount(value, field)
    dirhams = from_decimal(amount, field=field)
    if dirhams < 0 and not allow_negative:
        raise _error(
            "لا يُقبل مبلغ سالب هنا. اكتب المبلغ دون إشارة السالب.",
            "A negative amount is not accepted here. Write the amount without the minus sign.",
            field,
        )
    return dirhams


def _parse_text(value: str, field: str) -> Decimal:
    text = unicodedata.normalize("NFKC", normalize_digits(value)).replace("−", "-")
    text = text.translate(_MARKS)
    # Spaces group digits in some habits ("1 234,500"); bidi marks ride along from Excel.
    text = "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cf")
    if not text:
        raise _error(
            "المبلغ فارغ. اكتب المبلغ بالدينار، مثل 1,234.500.",
            "The amount is empty. Write the amount in dinars, like 1,234.500.",
            field,
        )
    match = _AMOUNT.fullmatch(text)
    if match is None or (match["s1"] and match["s2"]):
        raise _not_amount(value.strip(), field)
    amount = _parse_number(match["num"], value.strip(), field)
    return -amount if "-" in (match["s1"], match["s2"]) else amount


def from_decimal(value: Decimal, *, field: str = "amount") -> int:
    """Return the dirhams of a dinar ``Decimal``; refuse fractions of a dirham, absurd sizes."""
    if not value.is_finite():
        raise _not_amount(value, field)
    if value and value.adjusted() > 15:
        raise _too_large(value, field)
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite, checked above
    mantissa = int("".join(map(str, digits)) or "0")
    shift = exponent + 3
    scale: int = 10 ** abs(shift)  # int ** int is typed Any, as a negative power is a float
    if shift >= 0:
        dirhams = mantissa * scale
    else:
        dirhams, remainder = divmod(mantissa, scale)
        if remainder:
            raise _error(
                f"المبلغ «{value}» فيه أكثر من ثلاث خانات عشرية، وأصغر وحدة هي الدرهم "
                "(0.001 دينار). صحّح المبلغ.",
                f"The amount '{value}' has more than three decimals; the smallest unit is the "
                "dirham (0.001 LYD). Correct the amount.",
                field,
            )
    dirhams = -dirhams if sign else dirhams
    if abs(dirhams) > MAX_DIRHAMS:
        raise _too_large(value, field)
    return dirhams


def _too_large(value: object, field: str) -> ValidationError:
    return _error(
        f"المبلغ «{value}» أكبر من المعقول (أكثر من ألف مليار دينار). تحقق من المبلغ.",
        f"The amount '{value}' is implausibly large (over a trillion LYD). Check the amount.",
        field,
    )


def to_decimal(dirhams: int) -> Decimal:
    """Return the dinar ``Decimal`` of ``dirhams`` with three decimals, exactly."""
    return Decimal(f"{dirhams}e-3")


def format_lyd(dirhams: int, *, currency: bool = True) -> str:
    """Format as "1,234.500 د.ل" ("-1,234.500 د.ل" when negative); Western digits always."""
    whole, frac = divmod(abs(dirhams), DIRHAMS_PER_LYD)
    text = f"{'-' if dirhams < 0 else ''}{whole:,}.{frac:03d}"
    return f"{text} {CURRENCY_SUFFIX}" if currency else text
