"""بطاقة المحطة: the paper the ministry compares the key fingerprint against at enrollment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle
from sqlalchemy import select

from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.municipalities import municipality_name
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.station import Station, key_fingerprint
from baladiya_desktop.reports.forms.common import (
    heading,
    key_value_table,
    note,
    paragraph,
    show_date,
)
from baladiya_desktop.reports.layout import frame_width
from baladiya_desktop.reports.paragraph import ArabicParagraph
from baladiya_desktop.reports.registry import Content, FormOptions, FormSpec, Page, register_form
from baladiya_desktop.reports.styles import ParaStyle
from baladiya_desktop.reports.summary import Fact

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

KIND_AR = {"municipality": "محطة بلدية", "ministry": "محطة الوزارة"}
_FINGERPRINT = ParaStyle(font="Baladiya-Sans-Bold", size=19.0, leading=30.0, align="center")


def _scope(ctx: AppContext, options: FormOptions) -> str:
    return str(ctx.station.id)  # the card's record is the station itself


def content(ctx: AppContext, key: str) -> Content:
    with ctx.session() as session:
        station = session.scalars(select(Station)).one()
        if str(station.id) != key:
            raise NotFound("هذه البطاقة لمحطة أخرى.", "This card is for another station.")
        return {
            "station": str(station.id),
            "kind": station.kind,
            "municipality": station.municipality_code,
            "municipality_name": municipality_name(session, station.municipality_code),
            "name": station.name,
            "fingerprint": key_fingerprint(station.public_key),
            "created": station.created_at.date().isoformat(),
        }


def _fingerprint_box(fingerprint: str) -> Table:
    groups = fingerprint.split()
    # Four lines of four groups, read left to right as the station's send page shows them.
    lines = [" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
    table = Table(
        [[ArabicParagraph(line, _FINGERPRINT)] for line in lines], colWidths=[frame_width() * 0.72]
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#14335f")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f6fa")),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def layout(ctx: AppContext, data: Content) -> Page:
    municipality = data["municipality"]
    rows = [
        ("البلدية", f"بلدية {data['municipality_name']}" if municipality else "—"),
        ("رمز البلدية", municipality or "—"),
        ("اسم المحطة", data["name"]),
        ("معرّف المحطة", data["station"]),
        ("نوع المحطة", KIND_AR.get(data["kind"], data["kind"])),
        ("تاريخ إنشاء المحطة", show_date(data["created"])),
    ]
    story = [
        paragraph(
            "تُثبت هذه البطاقة بيانات محطة منظومة «بلدية» المذكورة أدناه. سلّم هذه البطاقة "
            "موقّعة ومختومة مع ملف التسجيل إلى وزارة الحكم المحلي، لتُطابق الوزارة بصمة مفتاح "
            "التوقيع قبل اعتماد المحطة."
        ),
        key_value_table(rows),
        *heading("بصمة مفتاح التوقيع (SHA-256)"),
        _fingerprint_box(data["fingerprint"]),
        note(
            "تُقرأ البصمة من اليسار إلى اليمين، وتُطابَق حرفاً حرفاً مع «بصمة مفتاح هذه المحطة» "
            "في صفحة «الإرسال إلى الوزارة» بالمحطة، ومع ما تعرضه الوزارة عند استلام ملف "
            "التسجيل. أي اختلاف ولو في حرف واحد يعني أن الملف لا يخص هذه المحطة فلا يُعتمد."
        ),
    ]
    return Page(story, signatures=["مسؤول المنظومة", "عميد البلدية"], stamp=True)


SUMMARY = (
    Fact("n", "اسم المحطة", "Station name", lambda c: c["name"]),
    Fact("f", "بداية بصمة المفتاح", "Key fingerprint (start)", lambda c: c["fingerprint"][:19],
         "number"),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="station-card",
        title_ar="بطاقة المحطة",
        title_en="Station card",
        needs_id=False,
        permission=Permission.STATION_READ,
        prefix="ب م",
        content=content,
        layout=layout,
        summary=SUMMARY,
        scope=_scope,
    )
)
