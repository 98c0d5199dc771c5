"""What the forms share: headings, notes, key/value tables, dates as forms print them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.platypus import Spacer, Table
from reportlab.platypus.flowables import Flowable

from baladiya_desktop.reports.dates import format_date, format_datetime
from baladiya_desktop.reports.layout import frame_width
from baladiya_desktop.reports.pages import PageSizeName
from baladiya_desktop.reports.paragraph import ArabicParagraph
from baladiya_desktop.reports.styles import BODY, CELL, SMALL
from baladiya_desktop.reports.table import proportional_widths, rtl_table

HEADING = BODY.bold().with_(size=13.0, align="right")
TEXT = BODY.with_(align="right")
NOTE = SMALL.with_(align="right")


def heading(text: str) -> list[Flowable]:
    return [Spacer(1, 6), ArabicParagraph(text, HEADING)]


def paragraph(text: str) -> ArabicParagraph:
    return ArabicParagraph(text, TEXT)


def note(text: str) -> ArabicParagraph:
    return ArabicParagraph(text, NOTE)


def key_value_table(
    rows: Sequence[tuple[str, str]], page: PageSizeName = "A4", weights: Sequence[float] = (3, 7)
) -> Table:
    """Two columns, label on the right: the facts of one record."""
    return rtl_table(
        ["البيان", "القيمة"],
        [[label, value] for label, value in rows],
        proportional_widths(weights, frame_width(page)),
        cell_style=CELL.with_(size=10.5, leading=16.0),
        zebra=False,
    )


def from_iso(text: str) -> dt.datetime:
    """A time stored as ISO text in content; naive means UTC (the database's convention)."""
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def show_date(iso: str) -> str:
    """dd/mm/yyyy of an ISO date or time (a time is shown on this computer's clock)."""
    if len(iso) == 10:
        return format_date(dt.date.fromisoformat(iso))
    return format_date(from_iso(iso).astimezone().date())


def show_time(iso: str) -> str:
    """dd/mm/yyyy HH:MM of a stored UTC time, on this computer's clock."""
    return format_datetime(from_iso(iso).astimezone())
