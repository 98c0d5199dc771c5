"""Data entry on the command line: the GUI's fields as flags, read by core's parsers (any digit
set, dd/mm/yyyy or ISO dates, amounts in dinars), and refusals that name the flag at fault.

Shared by the commands that write (``staff add``, ``revenue receipt add`` …); not a command
module, so importing it costs a command nothing it would not load anyway.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from baladiya_desktop.core.dates import parse_date
from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import NotFound, UserError, ValidationError
from baladiya_desktop.core.money import parse_lyd

_MONTH = re.compile(r"(\d{4})[-/](\d{1,2})")


def flag(field: str) -> str:
    """The option a field is typed in: ``hire_date`` → ``--hire-date``."""
    return "--" + field.replace("_", "-")


@contextmanager
def naming_flags(flags: Mapping[str, str] | None = None) -> Iterator[None]:
    """A refusal about a field names the option to correct; ``flags`` maps a service's field
    name to the option's when they differ (``payer_name`` → ``payer``)."""
    try:
        yield
    except UserError as exc:
        if not exc.field or exc.message_en.startswith("--"):
            raise
        name = flag((flags or {}).get(exc.field, exc.field))
        kind = type(exc) if type(exc) in (ValidationError, NotFound, UserError) else UserError
        raise kind(
            f"{exc.message_ar} (الخيار {name})", f"{name}: {exc.message_en}", field=exc.field
        ) from exc


def refuse(field: str, ar: str, en: str) -> ValidationError:
    return ValidationError(ar, en, field=field)


def day(value: str | None, field: str) -> dt.date | None:
    """A date as clerks write it; one whose order had to be guessed is refused, not guessed."""
    if value is None:
        return None
    parsed = parse_date(value, field=field)
    if parsed.ambiguous:
        raise refuse(
            field,
            f"التاريخ «{value.strip()}» يحتمل أكثر من قراءة. اكتبه يوم/شهر/سنة بأربعة أرقام "
            "للسنة، مثل 15/09/2010، أو 2010-09-15.",
            f"The date '{value.strip()}' can be read more than one way. Write it as "
            "dd/mm/yyyy with a four-digit year, like 15/09/2010, or 2010-09-15.",
        )
    return parsed.value


def amount(value: str, field: str = "amount") -> int:
    """Dinars as typed (1,234.500 or 1.234,500, any digits) in dirhams."""
    return parse_lyd(value, field=field)


def whole(value: str | None, field: str, *, low: int | None = None,
          high: int | None = None) -> int | None:  # fmt: skip
    """A whole number in any digit set, within ``low``..``high`` when given."""
    if value is None:
        return None
    text = normalize_digits(value).strip().replace(",", "")
    if not text.isdigit():
        raise refuse(field, f"«{value}» ليس رقماً صحيحاً.", f"'{value}' is not a whole number.")
    number = int(text)
    if (low is not None and number < low) or (high is not None and number > high):
        span = f"{low if low is not None else ''}–{high if high is not None else ''}"
        raise refuse(
            field, f"الرقم {number} خارج المدى المقبول ({span}).",
            f"{number} is outside the accepted range ({span}).",
        )  # fmt: skip
    return number


def month(value: str, field: str = "month") -> str:
    """``YYYY-MM`` (or ``YYYY/M``) in any digit set, as the month key the services use."""
    found = _MONTH.fullmatch(normalize_digits(value).strip())
    if found is None or not 1 <= int(found[2]) <= 12:
        raise refuse(
            field, f"الشهر «{value}» غير صالح: اكتبه بالصيغة سنة-شهر، مثل 2026-03.",
            f"Invalid month '{value}': write it as YYYY-MM, like 2026-03.",
        )  # fmt: skip
    return f"{found[1]}-{int(found[2]):02d}"


def as_uuid(value: str) -> uuid.UUID | None:
    """``value`` as a record id, or None when it is some other identifier."""
    try:
        return uuid.UUID(value.strip())
    except ValueError:
        return None


def text(value: str | None) -> str:
    return "" if value is None else value


def chosen(value: str, choices: Mapping[str, str], field: str) -> str:
    """One of ``choices`` (code → Arabic name), given by its code or its Arabic name."""
    wanted = value.strip()
    for code, name_ar in choices.items():
        if wanted.casefold() == code.casefold() or wanted == name_ar:
            return code
    names = "، ".join(choices.values())
    raise refuse(
        field, f"القيمة «{value}» غير مقبولة. القيم المقبولة: {names}.",
        f"'{value}' is not accepted. Accepted: {', '.join(choices)}.",
    )  # fmt: skip
