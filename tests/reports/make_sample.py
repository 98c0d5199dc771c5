"""Build the sample form the engine is judged by, and its PNG screenshots.

Run ``.venv/bin/python tests/reports/make_sample.py`` to regenerate
``docs/screenshots/form-engine-sample-*.png`` (needs ``pdftoppm`` from poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from reportlab.platypus import Spacer

from baladiya_desktop.reports.layout import build_pdf, frame_width
from baladiya_desktop.reports.letterhead import FormHeader
from baladiya_desktop.reports.paragraph import ArabicParagraph
from baladiya_desktop.reports.styles import BODY
from baladiya_desktop.reports.table import proportional_widths, rtl_table

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"

SAMPLE_TEXT = (
    "بناءً على أحكام القانون رقم (12) لسنة 2010 بشأن علاقات العمل ولائحته التنفيذية، "
    "وعلى قرار المجلس البلدي رقم (45) لسنة 2024 بشأن اعتماد الملاك الوظيفي، "
    "وعلى ما عرضه مكتب الموارد البشرية بكتابه المؤرخ في 03/11/2025، "
    "نحيل إليكم كشف الموظفين [المرفق أ] المعدّ عبر منظومة Baladiya Desktop "
    "لمراجعته ومطابقته مع سجلات الرقم الوطني، علمًا بأن إجمالي المرتبات الشهرية "
    "بلغ 1,234,567.500\u00a0د.ل (مليون ومئتان وأربعة وثلاثون ألفًا وخمسمئة وسبعة وستون دينارًا)، "
    "ونأمل موافاتنا بملاحظاتكم في موعد أقصاه 15 يومًا من تاريخه."
)
FIRST = ["محمد", "أحمد", "علي", "سالم", "عبد الله", "خالد", "مفتاح", "فاطمة", "عائشة", "مريم"]
FAMILY = ["الورفلي", "المصراتي", "الزنتاني", "الترهوني", "البرعصي", "القذافي", "الفيتوري"]
UNITS = ["مكتب الموارد البشرية", "قسم الشؤون المالية", "مكتب الإصحاح البيئي", "الحرس البلدي"]
TITLES = ["موظف إداري", "محاسب", "مهندس مدني", "فني حاسوب", "سائق"]


def staff_rows(count: int) -> list[list[str | int]]:
    """Return ``count`` plausible staff rows (no., national no., name, unit, title, grade, pay)."""
    rows: list[list[str | int]] = []
    for i in range(count):
        name = (
            f"{FIRST[i % 10]} {FIRST[(i * 3 + 1) % 10]} {FIRST[(i * 7 + 2) % 10]} {FAMILY[i % 7]}"
        )
        national = f"{1 + i % 2}{1970 + i % 30}{(i * 7919) % 1_000_000:06d}{i % 10}"
        rows.append(
            [
                i + 1,
                national,
                name,
                UNITS[i % 4],
                TITLES[i % 5],
                4 + i % 10,
                850_000 + 12_500 * (i % 40),
            ]
        )
    return rows


def build_sample(target: Path, rows: int = 70) -> int:
    """Write the sample form to ``target``; return its page count."""
    width = frame_width("A4")
    data = staff_rows(rows)
    salaries = sum(int(r[6]) for r in data)
    table = rtl_table(
        [
            "م",
            "الرقم الوطني",
            "الاسم الرباعي",
            "الوحدة الإدارية",
            "الوظيفة",
            "الدرجة",
            "المرتب (درهم)",
        ],
        data,
        proportional_widths([5, 14, 27, 19, 13, 8, 14], width),
        totals=["", "", f"الإجمالي ({len(data)} موظفًا)", "", "", "", salaries],
    )
    story = [
        ArabicParagraph(
            "السيد/ مدير إدارة الشؤون الإدارية والمالية المحترم،", BODY.bold().with_(align="right")
        ),
        ArabicParagraph("تحية طيبة وبعد،", BODY.with_(align="right")),
        ArabicParagraph(SAMPLE_TEXT, BODY),
        Spacer(1, 4),
        table,
        Spacer(1, 8),
        ArabicParagraph("والسلام عليكم ورحمة الله وبركاته.", BODY.with_(align="center")),
    ]
    return build_pdf(
        target,
        story,
        header=FormHeader("طرابلس المركز", office="مكتب الموارد البشرية"),
        reference="ب ط م/2025/0147",
        subject="إحالة كشف الموظفين للمراجعة والمطابقة",
        issued=date(2025, 11, 9),
        hijri=True,
        footer_text="المحطة: بلدية طرابلس المركز — الحاسوب 2",
        printed_at=datetime(2025, 11, 9, 10, 30),
        qr_payload="baladiya:form:0193a5c2-7d4e-7b21-9f3a-2c1d5e6f7a8b:sha256:3f5a9c",
        signatures=["المختص", "رئيس القسم", "عميد البلدية"],
        stamp=True,
    )


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: apt-get install poppler-utils", file=sys.stderr)
        return 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "sample.pdf"
        pages = build_sample(pdf)
        for old in SCREENSHOTS.glob("form-engine-sample-*.png"):
            old.unlink()
        prefix = SCREENSHOTS / "form-engine-sample"
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(prefix)], check=True)
        for png in sorted(SCREENSHOTS.glob("form-engine-sample-*.png")):  # pdftoppm pads: -01
            number = int(png.stem.rsplit("-", 1)[1])
            png.rename(SCREENSHOTS / f"form-engine-sample-{number}.png")
    print(f"{pages} pages -> {SCREENSHOTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
