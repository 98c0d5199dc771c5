"""Benchmark: a staff-style table report drawn by the form engine against plain reportlab.

Not a pytest test. Run:  .venv/bin/python tests/benchmarks/bench_reports.py [--size small|full]

"full" is about 50 A4 pages. The plain side is a platypus ``Table`` of plain strings in the
same font file (Noto Sans Arabic), left to right, no shaping and no bidi: what reportlab does
for free. The goal is engine time <= 2 x plain time (ratio >= 0.5).
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from baladiya_desktop.reports.fonts import default_font_files, register_fonts  # noqa: E402
from baladiya_desktop.reports.layout import MARGIN, build_pdf, frame_width  # noqa: E402
from baladiya_desktop.reports.letterhead import FormHeader  # noqa: E402
from baladiya_desktop.reports.table import format_cell, proportional_widths, rtl_table  # noqa: E402
from tests.reports.make_sample import staff_rows  # noqa: E402

HEADER = ["م", "الرقم الوطني", "الاسم الرباعي", "الوحدة الإدارية", "الوظيفة", "الدرجة", "المرتب"]
WEIGHTS = [7, 14, 26, 19, 13, 7, 14]
ROWS = {"small": 200, "full": 2050}


def engine(rows: list[list[str | int]]) -> tuple[float, int, int]:
    buf = io.BytesIO()
    start = time.perf_counter()
    widths = proportional_widths(WEIGHTS, frame_width("A4"))
    table = rtl_table(HEADER, rows, widths, totals=["", "", "الإجمالي", "", "", "", 0])
    pages = build_pdf(
        buf,
        [table],
        header=FormHeader("طرابلس المركز"),
        reference="ب/2025/1",
        subject="كشف الموظفين",
        issued=date(2025, 11, 9),
        footer_text="المحطة 1",
        printed_at=datetime(2025, 11, 9, 10, 30),
        qr_payload="bench",
    )
    return time.perf_counter() - start, pages, len(buf.getvalue())


def plain(rows: list[list[str | int]]) -> tuple[float, int, int]:
    if "Bench-Plain" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Bench-Plain", str(default_font_files()["sans"])))
    buf = io.BytesIO()
    start = time.perf_counter()
    widths = proportional_widths(WEIGHTS, A4[0] - 2 * MARGIN)
    data = [HEADER] + [[format_cell(v) for v in row] for row in rows] + [["الإجمالي"] + [""] * 6]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Bench-Plain", 9, 13),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [None, colors.whitesmoke]),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 36,
        bottomMargin=MARGIN + 34,
    )
    pages: list[int] = []
    doc.build([table], onLaterPages=lambda c, d: pages.append(c.getPageNumber()))
    return time.perf_counter() - start, (pages[-1] if pages else 1), len(buf.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(ROWS), default="full")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = parser.parse_args(argv)
    register_fonts()
    rows = staff_rows(ROWS[args.size])
    engine(staff_rows(20))  # warm up: font loading is a one-off per process
    plain(staff_rows(20))
    best_e = min((engine(rows) for _ in range(args.repeat)), key=lambda r: r[0])
    best_p = min((plain(rows) for _ in range(args.repeat)), key=lambda r: r[0])
    print(f"rows: {len(rows)}")
    print(f"engine: {best_e[0]:.3f} s, {best_e[1]} pages, {best_e[2] / 1024:.0f} KiB")
    print(f"plain:  {best_p[0]:.3f} s, {best_p[1]} pages, {best_p[2] / 1024:.0f} KiB")
    ratio = best_p[0] / best_e[0]
    verdict = "OK" if ratio >= 0.5 else "TOO SLOW"
    print(f"speed ratio (plain time / engine time): {ratio:.2f}  goal >= 0.50  {verdict}")
    return 0  # a benchmark reports; it does not fail the build


if __name__ == "__main__":
    raise SystemExit(main())
