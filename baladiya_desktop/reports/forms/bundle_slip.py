"""محضر تسليم: the transmittal slip that travels on paper with the USB stick."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import select

from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.municipalities import municipality_name
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.station import Station, key_fingerprint
from baladiya_desktop.domain import hooks
from baladiya_desktop.reports.forms.common import heading, key_value_table, note, paragraph
from baladiya_desktop.reports.registry import Content, FormSpec, Page, register_form
from baladiya_desktop.reports.summary import Fact

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext


def content(ctx: AppContext, key: str) -> Content:
    with ctx.session() as session:
        found = (find(session, key) for find in hooks.SENT_BUNDLES)
        row = next((bundle for bundle in found if bundle is not None), None)
        if row is None:
            raise NotFound("لا توجد حزمة بيانات مصدّرة بهذا المعرّف.",
                           "No exported data bundle has that id.")
        station = session.scalars(select(Station)).one()
        return {
            "bundle": row.bundle_id, "municipality": row.municipality_code,
            "municipality_name": municipality_name(session, row.municipality_code),
            "station": station.name, "seq_from": row.seq_from, "seq_to": row.seq_to,
            "records": row.records, "sha256": row.sha256,
            "written": row.at.astimezone().strftime("%d/%m/%Y %H:%M"),
            "fingerprint": key_fingerprint(station.public_key),
            "detail": json.loads(row.detail or "{}"),
        }


def layout(ctx: AppContext, data: Content) -> Page:
    digest = data["sha256"]
    rows = [
        ("البلدية", f"بلدية {data['municipality_name']}"),
        ("المحطة", data["station"]),
        ("معرّف الحزمة", data["bundle"]),
        ("تاريخ الكتابة", data["written"]),
        ("مدى التغييرات", f"{data['seq_from']} – {data['seq_to']}"),
        ("عدد السجلات", str(data["records"])),
        ("بصمة ملف الحزمة (SHA-256)", f"{digest[:32]}\n{digest[32:]}"),
        ("بصمة مفتاح المحطة", data["fingerprint"]),
    ]
    story = [
        paragraph("تُسلَّم ذاكرة USB المرفقة إلى وزارة الحكم المحلي وعليها حزمة بيانات البلدية "
                  "المبينة أدناه. الحزمة موقّعة بمفتاح المحطة ومشفّرة للوزارة، فلا يمكن قراءتها "
                  "أو تعديلها في الطريق."),
        key_value_table(rows),
        *heading("عند الاستلام"),
        note("تُطابق الوزارة بصمة ملف الحزمة وبصمة مفتاح المحطة مع ما يعرضه البرنامج عند "
             "الاستيراد، ثم تُعيد إيصال استلام موقّعاً يُستورد في المحطة."),
    ]
    return Page(story, signatures=["المُسلِّم", "المُستلِم في الوزارة"], stamp=True)


SUMMARY = (
    Fact("s", "نطاق التسلسل", "Sequence range", lambda c: f"{c['seq_from']}-{c['seq_to']}",
         "number"),
    Fact("r", "عدد السجلات", "Records", lambda c: c["records"], "number"),
    Fact("h", "بداية بصمة الحزمة", "Bundle hash (start)", lambda c: c["sha256"][:16], "number"),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="bundle-slip",
        title_ar="محضر تسليم حزمة بيانات",
        title_en="Bundle transmittal slip",
        needs_id=True,
        permission=Permission.SYNC_EXPORT,
        prefix="م ت ح",
        content=content,
        layout=layout,
        summary=SUMMARY,
    )
)
