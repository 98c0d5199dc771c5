"""Counted nouns in Arabic outside the windows (messages, findings, the chronology of a case).

Arabic has six forms, the ones Qt's catalogues use for the windows (``tr("%n …", "", n)``):
zero, one, two, few (3-10 after the hundreds), many (11-99) and other (100, 101, 102, …).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DAYS", "INCREMENTS", "YEARS", "Noun", "arabic_form"]


def arabic_form(n: int) -> int:
    """The index of the form ``n`` takes, in the order of Qt's Arabic numerus forms."""
    n = abs(n)
    if n <= 2:
        return n
    rest = n % 100
    if 3 <= rest <= 10:
        return 3
    if rest >= 11:
        return 4
    return 5


@dataclass(frozen=True)
class Noun:
    """The forms of one noun, each with ``{n}`` where the figure goes (or none)."""

    zero: str
    one: str
    two: str
    few: str
    many: str
    other: str

    def count(self, n: int) -> str:
        forms = (self.zero, self.one, self.two, self.few, self.many, self.other)
        return forms[arabic_form(n)].format(n=n)


DAYS = Noun("{n} يوم", "يوم واحد", "يومان", "{n} أيام", "{n} يوماً", "{n} يوم")
YEARS = Noun("{n} سنة", "سنة واحدة", "سنتان", "{n} سنوات", "{n} سنة", "{n} سنة")
INCREMENTS = Noun("{n} علاوة", "علاوة واحدة", "علاوتان", "{n} علاوات", "{n} علاوة", "{n} علاوة")
