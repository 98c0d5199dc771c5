"""``build_pdf``: a story of flowables laid out as an official form."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.flowables import Flowable

from baladiya_desktop.core.progress import CancelToken, ProgressSink
from baladiya_desktop.reports.fonts import register_fonts
from baladiya_desktop.reports.letterhead import (
    FOOTER_HEIGHT,
    LATER_HEADER_HEIGHT,
    FormHeader,
    FormInfo,
    draw_first_header,
    draw_footer,
    draw_later_header,
    draw_page_number,
    first_header_height,
)
from baladiya_desktop.reports.pages import CountingCanvas, PageSizeName, page_size
from baladiya_desktop.reports.paragraph import ArabicParagraph
from baladiya_desktop.reports.signatures import SignatureBlock, close_with
from baladiya_desktop.reports.styles import SUBJECT

__all__ = ["MARGIN", "build_pdf", "frame_width"]

MARGIN: float = 14 * mm


def frame_width(page: PageSizeName = "A4") -> float:
    """Return the width in points that flowables get on a page of this size."""
    return page_size(page)[0] - 2 * MARGIN


def build_pdf(
    target: str | Path | IO[bytes],
    story: Sequence[Flowable],
    *,
    header: FormHeader,
    reference: str,
    subject: str,
    issued: date,
    page: PageSizeName = "A4",
    hijri: bool = False,
    footer_text: str = "",
    printed_at: datetime | None = None,
    qr_payload: str | None = None,
    signatures: Sequence[str] = (),
    stamp: bool = False,
    drawn_lines: list[str] | None = None,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Lay ``story`` out as a form and write the PDF to ``target``; return the page count.

    The first page carries the letterhead (``header``), the QR code of ``qr_payload``, the
    reference number, the date ``issued`` (and its Hijri date when ``hijri``) and the subject;
    later pages a short header. Every page has a footer with ``footer_text`` (the station),
    the print time and "صفحة x من y". ``signatures`` are the titles of the signature boxes
    (right to left), closed by a stamp box when ``stamp``; they are kept with the story's last
    rows, never alone on a page (``signatures.close_with``). ``drawn_lines``, if given, receives
    the visual text of every line drawn (tests read it). ``progress`` hears
    (flowables laid out, flowables in all, "page n"); ``cancel`` stops the build between
    flowables or pages by raising :class:`Cancelled`.
    """
    register_fonts()
    size = page_size(page)
    info = FormInfo(
        header=header,
        reference=reference,
        subject=subject,
        issued=issued,
        hijri=hijri,
        footer_text=footer_text,
        printed_at=printed_at or datetime.now().replace(microsecond=0),
        qr_payload=qr_payload,
    )
    width, height = size
    bottom = MARGIN + FOOTER_HEIGHT
    first = Frame(
        MARGIN,
        bottom,
        width - 2 * MARGIN,
        height - MARGIN - first_header_height(header) - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="first",
    )
    later = Frame(
        MARGIN,
        bottom,
        width - 2 * MARGIN,
        height - MARGIN - LATER_HEADER_HEIGHT - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="later",
    )

    def on_first(canv: Any, doc: Any) -> None:
        draw_first_header(canv, info, size, MARGIN)
        draw_footer(canv, info, size, MARGIN)

    def on_later(canv: Any, doc: Any) -> None:
        draw_later_header(canv, info, size, MARGIN)
        draw_footer(canv, info, size, MARGIN)

    def paint_number(canv: Any, number: int, total: int) -> None:
        draw_page_number(canv, number, total, size, MARGIN)

    canvases: list[CountingCanvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> CountingCanvas:
        canv = CountingCanvas(*args, painter=paint_number, drawn_lines=drawn_lines, **kwargs)
        canvases.append(canv)
        return canv

    doc = BaseDocTemplate(
        target if not isinstance(target, Path) else str(target),
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=subject,
        author=header.municipality_line,
        creator="Baladiya Desktop",
        subject=reference,
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[first], onPage=on_first, autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[later], onPage=on_later),
        ]
    )
    if progress is not None or cancel is not None:
        doc.setProgressCallBack(_progress_hook(progress, cancel))
    flow: list[Flowable] = []
    if subject:
        flow.append(ArabicParagraph(f"الموضوع: {subject}", SUBJECT))
    flow.extend(story)
    if signatures or stamp:
        flow = close_with(flow, SignatureBlock(signatures, stamp=stamp))
    doc.build(flow, canvasmaker=make_canvas)
    return canvases[-1].page_count if canvases else 0


def _progress_hook(
    progress: ProgressSink | None, cancel: CancelToken | None
) -> Callable[[str, int], None]:
    """Translate reportlab's ``(kind, value)`` calls; the page count only grows per pass."""
    state = {"total": 0, "done": 0, "page": 0}

    def hook(kind: str, value: int) -> None:
        if cancel is not None:
            cancel.check()
        if kind == "SIZE_EST":
            state["total"] = value
        elif kind == "PROGRESS":
            state["done"] = value
        elif kind == "PAGE":
            state["page"] = value
        else:
            return
        if progress is not None:
            # a form always has at least the subject; "+1" keeps the bar short of full
            # until the file is written
            progress(state["done"], state["total"] + 1, f"الصفحة {state['page']}")

    return hook
