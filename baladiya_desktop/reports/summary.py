"""What a printed paper certifies, in a few words: the summary signed into its QR code.

Each form declares its facts (``FormSpec.summary``): a short key, Arabic and English labels,
and how to read the value from the form's content. At printing the values go into the QR as
compact JSON (``{"g":"7","n":"…"}``); at verification the clerk sees them beside the paper,
and beside the record's current values where the database holds it. The QR stays small
enough to scan: text values are shortened (ending in "…") to fit a byte budget, least
important fact first.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from baladiya_desktop.core.money import format_lyd
from baladiya_desktop.reports.dates import format_date

Kind = Literal["text", "money", "date", "number"]
ELLIPSIS = "…"
MIN_KEPT = 6  # characters a shortened text keeps: enough to tell two names apart at a glance
MAX_VALUE = 400  # characters a QR's value may have; a longer one is not ours
_KEY = re.compile(r"^[a-z]{1,3}$")


@dataclass(frozen=True)
class Fact:
    """One thing a paper certifies. ``key`` is its name inside the QR (1–3 letters)."""

    key: str
    label_ar: str
    label_en: str
    read: Callable[[dict[str, Any]], Any]
    kind: Kind = "text"

    def value(self, content: dict[str, Any]) -> str:
        """The fact as the QR carries it: text, ISO dates, integers (money in dirhams)."""
        raw = self.read(content)
        if raw is None:
            return ""
        if isinstance(raw, bool):
            return "1" if raw else "0"
        if isinstance(raw, dt.date):
            return raw.isoformat()
        return str(raw)

    def show(self, value: str | None) -> str:
        """The value as a clerk reads it: ``1,234.500 د.ل``, ``dd/mm/yyyy``; "—" if empty."""
        if not value:
            return "—"
        try:
            if self.kind == "money":
                return format_lyd(int(value))
            if self.kind == "date":
                return format_date(dt.date.fromisoformat(value[:10]))
        except ValueError:
            return value  # shown as carried: the signature vouches for it, not its shape
        return value


@dataclass(frozen=True)
class Summary:
    """A paper's facts as (key, value), most important first; ``fixed`` keys are never
    shortened (a number cut short would say something else)."""

    values: tuple[tuple[str, str], ...] = ()
    fixed: frozenset[str] = frozenset()


def values_of(facts: Sequence[Fact], content: dict[str, Any]) -> Summary:
    """The facts of ``content`` in order of importance."""
    return Summary(
        tuple((fact.key, fact.value(content)) for fact in facts),
        frozenset(fact.key for fact in facts if fact.kind != "text"),
    )


def encode(values: Mapping[str, str]) -> str:
    """Compact JSON, keys sorted, Arabic as UTF-8: one spelling for one summary."""
    return json.dumps(dict(values), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def decode(text: str) -> dict[str, str]:
    """Read a QR's summary; ``ValueError`` for anything but the exact spelling ``encode``
    writes of an object of short lower-case keys and text values."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError("the summary is not JSON") from exc
    if not isinstance(data, dict):
        raise ValueError("the summary is not an object")
    for key, value in data.items():
        if not _KEY.match(key) or not isinstance(value, str) or len(value) > MAX_VALUE:
            raise ValueError("a summary entry is not a short key with a text value")
    if encode(data) != text:
        raise ValueError("the summary is not in its canonical spelling")
    return data


def _size(values: Mapping[str, str]) -> int:
    return len(encode(values).encode("utf-8"))


def fit(summary: Summary, room: int) -> dict[str, str]:
    """Shorten text values, the least important (last) first, until the summary takes at most
    ``room`` bytes; a fact that cannot be shortened further is left out, last first."""
    kept = dict(summary.values)
    order = [key for key, _ in reversed(summary.values)]
    for key in (k for k in order if k not in summary.fixed):
        while _size(kept) > room and len(kept[key].rstrip(ELLIPSIS)) > MIN_KEPT:
            text = kept[key].rstrip(ELLIPSIS)
            kept[key] = text[: len(text) - 1].rstrip() + ELLIPSIS
        if _size(kept) <= room:
            return kept
    for key in order:
        if _size(kept) <= room:
            break
        del kept[key]
    return kept


def same(paper: str, current: str) -> bool:
    """Does the record still say what the paper says? A shortened value ("محمد عبد…")
    matches a current value that starts the same."""
    if paper == current:
        return True
    if paper.endswith(ELLIPSIS):
        stem = paper[: -len(ELLIPSIS)]
        return current.startswith(stem) and len(current) > len(stem)
    return False


def lines(
    declared: Sequence[Fact], paper: Mapping[str, str] | None, current: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """Each fact as the paper says it beside what the record says now (``current`` is the
    form's content, or None where the record is not held here). ``paper`` None: an old paper
    that carries no summary. A key the paper carries that this version does not declare is
    shown under its own name: the signature vouches for it all the same."""
    now = dict(values_of(declared, current).values) if current is not None else {}
    known = {fact.key for fact in declared}
    extra = [Fact(key, key, key, lambda _c: None) for key in sorted(set(paper or {}) - known)]
    rows = []
    for fact in [*declared, *extra]:
        said = None if paper is None else paper.get(fact.key)
        held = now.get(fact.key) if current is not None and fact.key in known else None
        if said is None and held is None:
            continue
        rows.append({
            "key": fact.key, "label_ar": fact.label_ar, "label_en": fact.label_en,
            "paper": said, "current": held,
            "paper_text": None if said is None else fact.show(said),
            "current_text": None if held is None else fact.show(held),
            "changed": said is not None and held is not None and not same(said, held),
        })  # fmt: skip
    return rows
