"""The official page furniture: header block, reference and date, footer, page x of y."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm

from baladiya_desktop.reports.dates import format_date, format_datetime, format_hijri
from baladiya_desktop.reports.fonts import FontSet, get_face
from baladiya_desktop.reports.qr import draw_qr
from baladiya_desktop.reports.textdraw import draw_text

__all__ = [
    "DEFAULT_HEADER_LINES",
    "FOOTER_HEIGHT",
    "LATER_HEADER_HEIGHT",
    "FormHeader",
    "FormInfo",
    "draw_first_header",
    "draw_footer",
    "draw_later_header",
    "draw_page_number",
    "first_header_height",
]

DEFAULT_HEADER_LINES = ("دولة ليبيا", "حكومة الوحدة الوطنية", "وزارة الحكم المحلي")
LATER_HEADER_HEIGHT: float = 13 * mm
FOOTER_HEIGHT: float = 12 * mm
_FONTS = FontSet()
_GREY = (0.3, 0.3, 0.3)
_NAVY = (0.08, 0.2, 0.38)


@dataclass(frozen=True, slots=True)
class FormHeader:
    """The letterhead: state, government and ministry lines, then the municipality.

    The lines are settings (two governments issue their own letterheads). ``municipality`` is
    the municipality's name, with or without the word "بلدية"; ``office`` an optional line
    under it (e.g. the issuing office); ``logo`` an optional image file drawn in the centre.
    """

    municipality: str
    lines: tuple[str, ...] = DEFAULT_HEADER_LINES
    office: str | None = None
    logo: Path | None = None

    @property
    def municipality_line(self) -> str:
        name = " ".join(self.municipality.split())
        return name if name.startswith("بلدية") else f"بلدية {name}"

    def all_lines(self) -> list[str]:
        """Return every header line, top to bottom."""
        extra = [self.office] if self.office else []
        return [*self.lines, self.municipality_line, *extra]


@dataclass(frozen=True, slots=True)
class FormInfo:
    """What the furniture of every page says."""

    header: FormHeader
    reference: str
    subject: str
    issued: date
    hijri: bool = False
    footer_text: str = ""
    printed_at: datetime = field(default_factory=datetime.now)
    qr_payload: str | None = None


_QR_SIZE: float = 28 * mm
_LINE_STEP = 1.4  # header line spacing, in font sizes
_ROWS_BELOW_BAND: float = 13 * mm  # reference and dates under the double rule


def _band_height(header: FormHeader) -> float:
    sizes = [13.5] * len(header.lines) + [14.5] * (len(header.all_lines()) - len(header.lines))
    return max(_QR_SIZE, sum(s * _LINE_STEP for s in sizes) + 4) + 4


def first_header_height(header: FormHeader) -> float:
    """Return the height the first page's letterhead takes below the top margin."""
    return _band_height(header) + _ROWS_BELOW_BAND


def draw_first_header(canv: Any, info: FormInfo, page: tuple[float, float], margin: float) -> None:
    """Draw the full letterhead, the QR code, the reference number and the dates."""
    width, height = page
    bold = get_face(_FONTS.naskh_bold)
    regular = get_face(_FONTS.naskh)
    top = height - margin
    lines = info.header.all_lines()
    block_centre = width - margin - 38 * mm
    y = top - 14
    for n, text in enumerate(lines):
        size = 13.5 if n < len(info.header.lines) else 14.5
        draw_text(canv, bold, size, block_centre, y, text, align="center", colour=_NAVY)
        y -= size * _LINE_STEP
    band_bottom = top - _band_height(info.header)
    if info.header.logo is not None:
        _draw_logo(canv, info.header.logo, width / 2, band_bottom + 4, _QR_SIZE)
    if info.qr_payload:
        draw_qr(canv, info.qr_payload, margin, top - _QR_SIZE, _QR_SIZE)
    canv.saveState()
    canv.setStrokeColorRGB(*_NAVY)
    canv.setLineWidth(1.6)
    canv.line(margin, band_bottom, width - margin, band_bottom)
    canv.setLineWidth(0.5)
    canv.line(margin, band_bottom - 2.2, width - margin, band_bottom - 2.2)
    canv.restoreState()
    row = band_bottom - 17
    ref_label = draw_text(canv, bold, 12, width - margin, row, "الرقم الإشاري:")
    draw_text(canv, regular, 12, width - margin - ref_label - 6, row, info.reference or "—")
    date_text = f"التاريخ: {format_date(info.issued)} م"
    draw_text(canv, regular, 12, margin, row, date_text, align="left")
    if info.hijri:
        hijri_text = f"الموافق: {format_hijri(info.issued)}"
        draw_text(canv, regular, 11, margin, row - 17, hijri_text, align="left", colour=_GREY)


def _draw_logo(canv: Any, path: Path, centre_x: float, bottom: float, size: float) -> None:
    if not path.is_file():
        return  # a missing logo is not worth refusing to print a form
    canv.drawImage(
        str(path), centre_x - size / 2, bottom, size, size, preserveAspectRatio=True, mask="auto"
    )


def draw_later_header(canv: Any, info: FormInfo, page: tuple[float, float], margin: float) -> None:
    """Draw the short header of the second and later pages."""
    width, height = page
    y = height - margin - 12
    draw_text(
        canv,
        get_face(_FONTS.naskh_bold),
        12,
        width - margin,
        y,
        info.header.municipality_line,
        colour=_NAVY,
    )
    regular = get_face(_FONTS.naskh)
    draw_text(canv, regular, 11, margin, y, f"الرقم الإشاري: {info.reference or '—'}", align="left")
    if info.subject:
        draw_text(
            canv,
            regular,
            11,
            width / 2,
            y,
            _shorten(info.subject, 60),
            align="center",
            colour=_GREY,
        )
    canv.saveState()
    canv.setStrokeColorRGB(*_NAVY)
    canv.setLineWidth(0.8)
    canv.line(margin, y - 10, width - margin, y - 10)
    canv.restoreState()


def draw_footer(canv: Any, info: FormInfo, page: tuple[float, float], margin: float) -> None:
    """Draw the footer rule, the station text (right) and the print time (left)."""
    width, _ = page
    sans = get_face(_FONTS.sans)
    y = margin + 4
    canv.saveState()
    canv.setStrokeColorRGB(0.55, 0.55, 0.55)
    canv.setLineWidth(0.5)
    canv.line(margin, y + 12, width - margin, y + 12)
    canv.restoreState()
    if info.footer_text:
        draw_text(canv, sans, 8, width - margin, y, _shorten(info.footer_text, 70), colour=_GREY)
    printed = f"طُبع في: {format_datetime(info.printed_at)}"
    draw_text(canv, sans, 8, margin, y, printed, align="left", colour=_GREY)


def draw_page_number(
    canv: Any, number: int, total: int, page: tuple[float, float], margin: float
) -> None:
    """Draw "صفحة x من y" in the middle of the footer."""
    width, _ = page
    draw_text(
        canv,
        get_face(_FONTS.sans),
        8.5,
        width / 2,
        margin + 4,
        f"صفحة {number} من {total}",
        align="center",
        colour=_GREY,
    )


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
