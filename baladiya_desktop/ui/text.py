"""Figures for the windows in the interface's language: ``core.bidi`` with the language the
window runs in (set once by ``ui.i18n.Language`` as Qt's default locale)."""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import QLocale

from baladiya_desktop.core import bidi

__all__ = ["amount", "big_amount", "current_lang", "embed", "percent", "ref_name", "share", "span"]


class Named(Protocol):
    name_ar: str
    name_en: str


def current_lang() -> str:
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


def ref_name(item: Named) -> str:
    """A reference entry's name in the interface's language (Arabic when it has no English)."""
    return item.name_ar if current_lang() == "ar" or not item.name_en else item.name_en


def percent(value: float | Decimal | int | None) -> str:
    return bidi.percent(value, current_lang())


def share(part: int, whole: int) -> str:
    return bidi.share(part, whole, current_lang())


def amount(dirhams: int) -> str:
    return bidi.amount(dirhams, current_lang())


def big_amount(dirhams: int) -> str:
    return bidi.big_amount(dirhams, current_lang())


span = bidi.span
embed = bidi.embed
