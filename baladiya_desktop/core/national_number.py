"""The Libyan national number (الرقم الوطني, Law 8 of 2014).

Twelve digits: the first is the sex (1 male, 2 female), the next four the birth year, six a
serial and the last a check digit. The check digit's algorithm is not public, so it is never
checked: refusing a real person's number on a guessed checksum would stop their salary.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Literal

from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import ValidationError

__all__ = ["LENGTH", "NationalNumber", "normalize_national_number", "validate_national_number"]

LENGTH = 12
MIN_BIRTH_YEAR = 1900
FIELD = "national_number"

_DASHES = dict.fromkeys(map(ord, "-‐‑‒–—―−_"), None)
_SCIENTIFIC = re.compile(r"\d(?:\.\d+)?e\+?\d+", re.IGNORECASE)
_WHOLE_FLOAT_TEXT = re.compile(r"(\d+)\.0+")
_SEX_AR = {"M": "ذكر", "F": "أنثى"}


@dataclass(frozen=True, slots=True)
class NationalNumber:
    """A national number that passed validation, with what its digits say."""

    value: str
    sex: Literal["M", "F"]
    birth_year: int

    def __str__(self) -> str:
        return self.value


def _error(ar: str, en: str, field: str) -> ValidationError:
    return ValidationError(ar, en, field=field)


def _not_digits(raw: object, field: str) -> ValidationError:
    return _error(
        f"الرقم الوطني «{raw}» يجب أن يحتوي أرقاماً فقط. اكتب الرقم الوطني المكون من 12 رقماً.",
        f"The national number '{raw}' must contain digits only. Enter the 12-digit number.",
        field,
    )


def normalize_national_number(value: str | int | float, *, field: str = FIELD) -> str:
    """Return the digits of a national number as typed or read from a spreadsheet.

    Accepts any digit set, spaces, dashes, a leading apostrophe (Excel's text marker), ints,
    and whole floats or their text ("119801234567.0"). Scientific notation is accepted only
    when it still carries every digit: Excel's "1.19801E+11" has lost some and is refused.
    The length is not checked here; :func:`validate_national_number` does that.
    """
    if isinstance(value, bool):
        raise _not_digits(value, field)
    if isinstance(value, float):
        if not value.is_integer() or value < 0:
            raise _not_digits(value, field)
        value = int(value)
    if isinstance(value, int):
        if value < 0:
            raise _not_digits(value, field)
        return str(value)
    text = unicodedata.normalize("NFKC", normalize_digits(value))
    text = "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cf")
    text = text.translate(_DASHES).lstrip("'‘’")
    if not text:
        raise _error(
            "الرقم الوطني فارغ. اكتب الرقم الوطني المكون من 12 رقماً.",
            "The national number is empty. Enter the 12-digit number.",
            field,
        )
    if whole := _WHOLE_FLOAT_TEXT.fullmatch(text):
        text = whole[1]
    elif _SCIENTIFIC.fullmatch(text):
        text = _from_scientific(text, value, field)
    if not text.isascii() or not text.isdigit():
        raise _not_digits(value.strip(), field)
    return text


def _from_scientific(text: str, raw: str, field: str) -> str:
    try:
        number = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        raise _not_digits(raw, field) from None
    if len(number.as_tuple().digits) < LENGTH or number != number.to_integral_value():
        raise _error(
            f"الرقم الوطني «{raw.strip()}» مكتوب بالصيغة العلمية وضاعت بعض أرقامه. اجعل نوع "
            "العمود في Excel «نص» وأعد كتابة الرقم كاملاً.",
            f"The national number '{raw.strip()}' is in scientific notation and lost digits. "
            "Format the Excel column as text and enter the full number again.",
            field,
        )
    return str(int(number))


def validate_national_number(
    value: str | int | float,
    *,
    sex: str | None = None,
    birth_year: int | None = None,
    today: date | None = None,
    field: str = FIELD,
) -> NationalNumber:
    """Check a national number's shape and that it agrees with the recorded sex and birth year.

    ``sex`` is 'M' or 'F' (the recorded sex), ``birth_year`` the recorded one; either may be
    None when not known yet. The check digit is never verified.
    """
    digits = normalize_national_number(value, field=field)
    if len(digits) != LENGTH:
        raise _error(
            f"الرقم الوطني يجب أن يتكون من 12 رقماً، والرقم المُدخل «{digits}» عدد أرقامه "
            f"{len(digits)}. تحقق من الرقم وأعد كتابته.",
            f"The national number must have 12 digits; '{digits}' has {len(digits)}. "
            "Check the number and enter it again.",
            field,
        )
    if digits[0] not in "12":
        raise _error(
            f"الرقم الوطني يجب أن يبدأ بالرقم 1 للذكر أو 2 للأنثى، والرقم المُدخل يبدأ بـ "
            f"{digits[0]}. تحقق من الرقم.",
            f"The national number must start with 1 (male) or 2 (female); this one starts "
            f"with {digits[0]}. Check the number.",
            field,
        )
    number_sex: Literal["M", "F"] = "M" if digits[0] == "1" else "F"
    year = int(digits[1:5])
    this_year = (today or date.today()).year
    if not MIN_BIRTH_YEAR <= year <= this_year:
        raise _error(
            f"سنة الميلاد في الرقم الوطني (الخانات من 2 إلى 5) هي {year}، وهي سنة غير ممكنة: "
            f"يجب أن تكون بين {MIN_BIRTH_YEAR} و{this_year}. تحقق من الرقم.",
            f"The birth year in the national number (digits 2 to 5) is {year}, which is not "
            f"possible: it must be between {MIN_BIRTH_YEAR} and {this_year}. Check the number.",
            field,
        )
    if sex is not None:
        recorded = sex.strip().upper()
        if recorded not in _SEX_AR:
            raise ValueError(f"sex must be 'M' or 'F', not {sex!r}")
        if recorded != number_sex:
            raise _error(
                f"الرقم الوطني يدل على أن صاحبه {_SEX_AR[number_sex]} (الخانة الأولى "
                f"{digits[0]})، والجنس المسجل {_SEX_AR[recorded]}. صحّح الجنس أو الرقم الوطني.",
                f"The national number says {'male' if number_sex == 'M' else 'female'} (first "
                f"digit {digits[0]}) but the recorded sex is "
                f"{'male' if recorded == 'M' else 'female'}. Correct the sex or the number.",
                field,
            )
    if birth_year is not None and birth_year != year:
        raise _error(
            f"سنة الميلاد في الرقم الوطني {year} لا توافق سنة الميلاد المسجلة {birth_year}. "
            "صحّح تاريخ الميلاد أو الرقم الوطني.",
            f"The birth year in the national number ({year}) does not match the recorded "
            f"birth year ({birth_year}). Correct the date of birth or the number.",
            field,
        )
    return NationalNumber(digits, number_sex, year)
