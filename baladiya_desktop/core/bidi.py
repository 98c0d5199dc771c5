"""Numbers, percentages, amounts, ranges and typed input as text that reads right in both
directions: the window lays out Arabic right to left, figures and a clerk's Latin input left
to right, and a neutral character between them (a dash, a percent sign) goes the wrong way
unless it is held in an isolate. No Qt: the windows, the exports and the messages share it.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from baladiya_desktop.core.money import DIRHAMS_PER_LYD, format_lyd

__all__ = [
    "FSI",
    "LRI",
    "PDI",
    "amount",
    "big_amount",
    "currency",
    "embed",
    "isolate_quoted",
    "ltr",
    "percent",
    "share",
    "span",
]

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
ARABIC_PERCENT = "\u066a"  # ٪
EN_DASH = "\u2013"
MILLION_DIRHAMS = 1_000_000 * DIRHAMS_PER_LYD
_QUOTED = re.compile("«([^«»]*)»")


def ltr(text: str) -> str:
    """``text`` held left to right (figures, a date, a path) inside any paragraph."""
    return f"{LRI}{text}{PDI}" if text else ""


def embed(text: str) -> str:
    """What a person typed, set into a sentence of the other language: its own direction
    comes from its first letter, and it does not turn the sentence round."""
    return f"{FSI}{text}{PDI}" if text else ""


def isolate_quoted(message: str) -> str:
    """Each «…» of an Arabic message isolated: a message that quotes a Latin input first
    («abc» ليس مبلغاً) still reads right to left."""
    return _QUOTED.sub(lambda m: f"«{embed(m[1])}»", message)


def currency(lang: str) -> str:
    return "د.ل" if lang == "ar" else "LYD"


def _one_decimal(value: Decimal, grouped: bool = False) -> str:
    rounded = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    text = f"{rounded:,f}" if grouped else f"{rounded:f}"
    return text[:-2] if text.endswith(".0") else text


def percent(value: float | Decimal | int | None, lang: str = "ar") -> str:
    """A percentage with at most one decimal: "81.5%" in English, "81.5٪" held left to right
    in Arabic, so the sign stays at the number's right whatever surrounds it; "—" for none."""
    if value is None:
        return "—"
    number = _one_decimal(Decimal(str(value)))
    return ltr(f"{number}{ARABIC_PERCENT}") if lang == "ar" else f"{number}%"


def share(part: int, whole: int, lang: str = "ar") -> str:
    """``part`` as a percentage of ``whole`` (exact integers, no float); "—" without a whole."""
    if not whole:
        return "—"
    return percent(Decimal(part * 100) / Decimal(whole), lang)


def span(first: object, last: object) -> str:
    """A range such as serials 1–50: held left to right, or an Arabic cell shows "50–1"."""
    return ltr(f"{first}{EN_DASH}{last}")


def amount(dirhams: int, lang: str = "ar") -> str:
    """An exact amount with its dirhams: "1,234.500 د.ل" ("1,234.500 LYD" in English)."""
    return ltr(f"{format_lyd(dirhams, currency=False)} {currency(lang)}")


def big_amount(dirhams: int, lang: str = "ar") -> str:
    """A dashboard's amount: whole dinars ("12,346 د.ل") and from a million dinars on,
    millions with one decimal ("1.2 م د.ل", "1.2 m LYD"). Dirhams do not matter at that size."""
    sign = "-" if dirhams < 0 else ""
    size = abs(dirhams)
    if size >= MILLION_DIRHAMS:
        millions = _one_decimal(Decimal(size) / Decimal(MILLION_DIRHAMS), grouped=True)
        # A mark between the Arabic words keeps them in the order they read beside the figure.
        unit = "م\u200e" if lang == "ar" else "m"
        return ltr(f"{sign}{millions} {unit} {currency(lang)}")
    dinars = (size + DIRHAMS_PER_LYD // 2) // DIRHAMS_PER_LYD
    return ltr(f"{sign}{dinars:,} {currency(lang)}")
