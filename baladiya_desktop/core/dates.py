"""Reading dates as Libyan documents write them; storing ISO, showing dd/mm/yyyy."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.text import search_key

__all__ = ["MAX_YEAR", "MIN_YEAR", "ParsedDate", "format_date", "from_iso", "parse_date", "to_iso"]

MIN_YEAR = 1900  # earlier is a typo, a Hijri year or Excel's empty-cell date 1899-12-30
MAX_YEAR = 2200
JAMAHIRIYA_OFFSET = 632  # years counted from the Prophet's death: 1378 و.ر = 2010


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from input; ``ambiguous`` asks a person to review it, ``note`` says why."""

    value: date
    ambiguous: bool = False
    note: str = ""


_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("أي النار", "يناير", "كانون الثاني", "january", "jan"),
    ("النوار", "فبراير", "شباط", "february", "feb"),
    ("الربيع", "مارس", "آذار", "march", "mar"),
    ("الطير", "أبريل", "إبريل", "نيسان", "april", "apr"),
    ("الماء", "مايو", "أيار", "may"),
    ("الصيف", "يونيو", "يونيه", "حزيران", "june", "jun"),
    ("ناصر", "يوليو", "يوليه", "تموز", "july", "jul"),
    ("هانيبال", "هانيبعل", "هنيبعل", "أغسطس", "آب", "august", "aug"),
    ("الفاتح", "سبتمبر", "أيلول", "september", "sep", "sept"),
    ("التمور", "أكتوبر", "تشرين الأول", "october", "oct"),
    ("الحرث", "نوفمبر", "تشرين الثاني", "november", "nov"),
    ("الكانون", "ديسمبر", "كانون الأول", "december", "dec"),
)
# Keyed by search_key, so أي/آي/اي النار and the like fold to one spelling.
_MONTHS: dict[str, int] = {
    search_key(name): number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names
}
_JAMAHIRIYA_MONTHS = frozenset(search_key(names[0]) for names in _MONTH_NAMES) | {
    search_key("هانيبعل"),
    search_key("هنيبعل"),
}

_AFTER_NUMBER = r"(?<=[\d\s])"
_JAMAHIRIYA_ERA = re.compile(
    _AFTER_NUMBER + r"(?:و\s*\.?\s*ر\.?|من\s+وفاة\s+الرسول(?:\s*صلى\s+الله\s+عليه\s+وسلم)?)$"
)
_GREGORIAN_ERA = re.compile(_AFTER_NUMBER + r"(?:م|ميلادي|ميلادية)\.?$")
_HIJRI_ERA = re.compile(_AFTER_NUMBER + r"(?:هـ|ه|هجري|هجرية)\.?$")
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_NUMERIC = re.compile(r"(\d+)\s*[-/.\s]\s*(\d+)\s*[-/.\s]\s*(\d+)")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[-/.,\s]*([^\W\d_][^\d]*?)[-/.,\s]*(\d{2}|\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_][^\d]*?)[-/.,\s]*(\d{1,2})[-/.,\s]+(\d{4})")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _error(ar: str, en: str, field: str) -> ValidationError:
    return ValidationError(ar, en, field=field)


def _not_a_date(raw: str, field: str) -> ValidationError:
    return _error(
        f"«{raw}» ليس تاريخاً مفهوماً. اكتب التاريخ بالشكل يوم/شهر/سنة، مثل 15/09/2010.",
        f"'{raw}' is not a date we can read. Write it as day/month/year, like 15/09/2010.",
        field,
    )


def _build(year: int, month: int, day: int, raw: str, field: str) -> date:
    if not 1 <= month <= 12:
        raise _error(
            f"الشهر {month} في التاريخ «{raw}» غير صحيح: الأشهر من 1 إلى 12. صحّح التاريخ.",
            f"Month {month} in '{raw}' is not valid: months run from 1 to 12. Correct the date.",
            field,
        )
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _error(
            f"السنة {year} في التاريخ «{raw}» غير مقبولة. اكتب سنة ميلادية بين {MIN_YEAR} "
            f"و{MAX_YEAR}، وأضف «و.ر» إن كانت السنة من وفاة الرسول.",
            f"The year {year} in '{raw}' is not accepted. Write a Gregorian year between "
            f"{MIN_YEAR} and {MAX_YEAR}, or add 'و.ر' for a year counted from the Prophet's death.",
            field,
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise _error(
            f"التاريخ «{raw}» غير موجود في التقويم: اليوم {day} لا يقع في الشهر {month} من سنة "
            f"{year}. صحّح اليوم أو الشهر.",
            f"The date '{raw}' does not exist: day {day} is not in month {month} of {year}. "
            "Correct the day or the month.",
            field,
        ) from None


def _full_year(digits: str, jamahiriya: bool, today: date) -> tuple[int, str]:
    """Return the Gregorian year of ``digits`` and, when the century was guessed, why."""
    year = int(digits)
    if len(digits) == 4:
        return (year + JAMAHIRIYA_OFFSET if jamahiriya else year), ""
    if jamahiriya:
        full = 1300 + year + JAMAHIRIYA_OFFSET
    else:
        # Pivot on today: a two-digit year not after this year is this century's.
        full = 2000 + year if 2000 + year <= today.year else 1900 + year
    return full, f"السنة مكتوبة برقمين «{digits}» فقُرئت {full}، فتأكد من القرن."


def _review(*notes: str) -> tuple[bool, str]:
    kept = [note for note in notes if note]
    return (True, " ".join([*kept, "يحتاج التاريخ إلى مراجعة."])) if kept else (False, "")


def parse_date(
    value: str | date | datetime, *, today: date | None = None, field: str = "date"
) -> ParsedDate:
    """Read a date cell or text; refuse what is not a real date between 1900 and 2200.

    Text may use Western, Arabic-Indic or Persian digits, the separators / - . or spaces, a
    trailing م or ميلادي, or a Jamahiriya-era year marked و.ر (Gregorian = year + 632); month
    names may be Jamahiriya, Egyptian, Levantine or English. A year in Jamahiriya-named months
    below 1900 is taken as و.ر. Order rules, Libyan convention first:

    * a four-digit year last is dd/mm/yyyy; when the middle part cannot be a month but the
      first can, it is read as mm/dd/yyyy and flagged for review;
    * a four-digit year first is yyyy/mm/dd; read as yyyy/dd/mm only when the middle part
      cannot be a month, flagged for review;
    * a two-digit year is last (dd/mm/yy), its century guessed against ``today``, flagged.

    A Hijri date (هـ) is refused: it cannot be converted without a table the app lacks.
    """
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return ParsedDate(_build(value.year, value.month, value.day, value.isoformat(), field))
    today = today or date.today()
    raw = value.strip()
    text = unicodedata.normalize("NFKC", normalize_digits(value))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf").strip()
    text = _TIME.sub("", text).strip()
    if not text:
        raise _error(
            "التاريخ فارغ. اكتب التاريخ بالشكل يوم/شهر/سنة، مثل 15/09/2010.",
            "The date is empty. Write it as day/month/year, like 15/09/2010.",
            field,
        )
    if _HIJRI_ERA.search(text):
        raise _error(
            f"التاريخ «{raw}» هجري، والبرنامج يقبل التاريخ الميلادي فقط. اكتب التاريخ الميلادي.",
            f"'{raw}' is a Hijri date; only Gregorian dates are accepted. "
            "Enter the Gregorian date.",
            field,
        )
    jamahiriya = bool(_JAMAHIRIYA_ERA.search(text))
    text = _GREGORIAN_ERA.sub("", _JAMAHIRIYA_ERA.sub("", text)).strip()
    if match := _NUMERIC.fullmatch(text):
        return _parse_numeric(match.groups(), jamahiriya, today, raw, field)
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        day, name, year = match.groups()
    elif match := _MONTH_DAY_YEAR.fullmatch(text):
        name, day, year = match.groups()
    else:
        raise _not_a_date(raw, field)
    key = search_key(name.strip(" .,-/"))
    if key not in _MONTHS:
        raise _not_a_date(raw, field)
    if key in _JAMAHIRIYA_MONTHS and len(year) == 4 and int(year) < MIN_YEAR:
        jamahiriya = True
    full, year_note = _full_year(year, jamahiriya, today)
    ambiguous, note = _review(year_note)
    return ParsedDate(_build(full, _MONTHS[key], int(day), raw, field), ambiguous, note)


def _parse_numeric(
    parts: tuple[str, ...], jamahiriya: bool, today: date, raw: str, field: str
) -> ParsedDate:
    first, middle, last = parts
    if len(first) == 4 and len(middle) <= 2 and len(last) <= 2:
        year, year_note = _full_year(first, jamahiriya, today)
        month, day, order = int(middle), int(last), "سنة/يوم/شهر"
    elif len(first) <= 2 and len(middle) <= 2 and len(last) in (2, 4):
        year, year_note = _full_year(last, jamahiriya, today)
        month, day, order = int(middle), int(first), "شهر/يوم/سنة"
    else:
        raise _not_a_date(raw, field)
    swap_note = ""
    if month > 12 >= day >= 1:
        month, day = day, month
        swap_note = f"قُرئ التاريخ {order} لأن {int(middle)} لا يصلح شهراً."
    ambiguous, note = _review(year_note, swap_note)
    return ParsedDate(_build(year, month, day, raw, field), ambiguous, note)


def format_date(d: date) -> str:
    """Format as dd/mm/yyyy, the way the UI and forms show dates."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def to_iso(d: date) -> str:
    """Return yyyy-mm-dd, the form stored in files and bundles."""
    return d.isoformat()


def from_iso(s: str, *, field: str = "date") -> date:
    """Read exactly yyyy-mm-dd, as written by :func:`to_iso`."""
    if not _ISO.fullmatch(s):
        raise _error(
            f"«{s}» ليس تاريخاً بصيغة سنة-شهر-يوم (مثل 2010-09-15).",
            f"'{s}' is not a date in the form yyyy-mm-dd (like 2010-09-15).",
            field,
        )
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise _error(
            f"التاريخ «{s}» غير موجود في التقويم. صحّح اليوم أو الشهر.",
            f"The date '{s}' does not exist. Correct the day or the month.",
            field,
        ) from None
