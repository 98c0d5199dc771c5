"""مستخرج سجل التدقيق: the audit log entries of a date range, with the chain check on top.

The scope is ``<from>..<to>@<n>``: the dates (this computer's clock) and the last entry
written before printing. Entries after ``n`` (among them the print itself) are not part of
the extract, so verifying it later still compares like with like.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from reportlab.platypus import Spacer
from sqlalchemy import select

from baladiya_desktop.core.audit import AuditEntry, verify_chain
from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.station import Station
from baladiya_desktop.reports.audit_labels import action_label, table_label
from baladiya_desktop.reports.dates import format_date
from baladiya_desktop.reports.forms.common import note, paragraph, show_time
from baladiya_desktop.reports.layout import frame_width
from baladiya_desktop.reports.paragraph import ArabicParagraph
from baladiya_desktop.reports.printing import PRINT_ACTION
from baladiya_desktop.reports.registry import (
    Content,
    FormOptions,
    FormSpec,
    Page,
    find_form,
    register_form,
)
from baladiya_desktop.reports.styles import BODY, CELL
from baladiya_desktop.reports.summary import Fact
from baladiya_desktop.reports.table import proportional_widths, rtl_table

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

DEFAULT_DAYS = 30
_GREEN = (0.05, 0.4, 0.15)
_RED = (0.7, 0.05, 0.05)
_SCOPE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})@(\d+)$")


def _scope(ctx: AppContext, options: FormOptions) -> str:
    today = dt.date.today()
    end = options.date_to or today
    start = options.date_from or end - dt.timedelta(days=DEFAULT_DAYS)
    with ctx.session() as session:
        upto = session.scalars(select(Station.audit_seq)).one()
    return f"{start.isoformat()}..{end.isoformat()}@{upto}"


def _record(entry: AuditEntry) -> str | None:
    """The row an entry touched; for a print, which form and its reference number."""
    if entry.action == PRINT_ACTION and entry.after:
        detail = json.loads(entry.after)
        return f"{detail.get('form', '')} {detail.get('reference', '')}".strip()
    return entry.record_id


def _bound(day: dt.date) -> dt.datetime:
    """Local midnight starting ``day``, as an aware time (the log stores UTC)."""
    return dt.datetime.combine(day, dt.time()).astimezone()


def content(ctx: AppContext, key: str) -> Content:
    match = _SCOPE.match(key)
    if match is None:
        raise NotFound("نطاق المستخرج غير صالح.", "Invalid extract scope.")
    start, end = dt.date.fromisoformat(match[1]), dt.date.fromisoformat(match[2])
    upto = int(match[3])
    with ctx.session() as session:
        chain = verify_chain(session)
        rows = session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.at >= _bound(start),
                AuditEntry.at < _bound(end + dt.timedelta(days=1)),
                AuditEntry.seq <= upto,
            )
            .order_by(AuditEntry.seq)
        )
        entries = [
            [e.seq, e.at.isoformat(), e.username, e.action, e.table_name, _record(e)] for e in rows
        ]
    # Only the part of the chain the extract covers: a break after it is not this paper's.
    intact = chain.ok or (chain.broken_seq or 0) > upto
    return {
        "from": start.isoformat(),
        "to": end.isoformat(),
        "upto": upto,
        "chain_ok": intact,
        "broken_seq": None if intact else chain.broken_seq,
        "entries": entries,
    }


def _shown_record(action: str, record: str | None) -> str:
    """A print names its form by code in the log; the paper gives the form's title."""
    if action == PRINT_ACTION and record:
        name, _, reference = record.partition(" ")
        spec = find_form(name)
        return f"{spec.title_ar} {reference}".strip() if spec else record
    return record or ""


def layout(ctx: AppContext, data: Content) -> Page:
    start = format_date(dt.date.fromisoformat(data["from"]))
    end = format_date(dt.date.fromisoformat(data["to"]))
    entries = data["entries"]
    if data["chain_ok"]:
        check = (
            f"نتيجة فحص سلسلة التدقيق: سليمة — القيود من 1 إلى {data['upto']} "
            "لم يُعدَّل منها شيء ولم يُحذف."
        )
    else:
        check = (
            f"نتيجة فحص سلسلة التدقيق: غير سليمة — القيد رقم {data['broken_seq']} "
            "عُدِّل أو حُذف بعد كتابته. أبلغ مدير النظام والوزارة."
        )
    colour = _GREEN if data["chain_ok"] else _RED
    style = replace(BODY.bold().with_(align="right"), colour=colour)
    rows: list[list[str | int | None]] = [
        [
            seq,
            show_time(at),
            user,
            action_label(action),
            table_label(table),
            _shown_record(action, record),
        ]
        for seq, at, user, action, table, record in entries
    ]
    table = rtl_table(
        ["م", "الوقت", "المستخدم", "الإجراء", "الجدول", "السجل"],
        rows,
        proportional_widths([6, 16, 11, 19, 14, 34], frame_width()),
        cell_style=CELL.with_(size=8.0, leading=12.0),
        align=["center", "center", "right", "right", "right", "right"],
        empty_text="لا توجد قيود في سجل التدقيق خلال هذه الفترة",
    )
    story = [
        ArabicParagraph(check, style),
        paragraph(f"الفترة: من {start} إلى {end} — عدد القيود: {len(entries)}"),
        table,
        Spacer(1, 4),
        note("الأوقات بتوقيت هذا الحاسوب. «م» رقم القيد في سجل التدقيق."),
    ]
    return Page(story, signatures=["مدير النظام", "المراجع"])


SUMMARY = (
    Fact("f", "من", "From", lambda c: c["from"], "date"),
    Fact("t", "إلى", "To", lambda c: c["to"], "date"),
    Fact("c", "عدد القيود", "Entries", lambda c: len(c["entries"]), "number"),
    Fact("k", "سلامة السجل", "Chain",
         lambda c: "سليم" if c["chain_ok"] else f"مكسور عند {c['broken_seq']}"),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="audit-extract",
        title_ar="مستخرج سجل التدقيق",
        title_en="Audit log extract",
        needs_id=False,
        permission=Permission.AUDIT_READ,
        prefix="م ت",
        content=content,
        layout=layout,
        summary=SUMMARY,
        scope=_scope,
        takes_dates=True,
    )
)
