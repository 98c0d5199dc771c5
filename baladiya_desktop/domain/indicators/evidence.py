"""Evidence files of indicator values, and photos of project progress reports.

They go through the shared attachment store (content-addressed blobs that travel with the
bundle) inside this area's own transaction, under this area's permissions.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound, ValidationError
from baladiya_desktop.core.ids import natural_id
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.indicators.models import IndicatorValue, PeriodSeal
from baladiya_desktop.domain.indicators.periods import parse_period
from baladiya_desktop.domain.staff.attachments import store
from baladiya_desktop.domain.staff.models import Attachment, AttachmentBlob

VALUE_OWNER = "indicator_value"
PROGRESS_OWNER = "project_progress"




def attach_evidence(
    ctx: AppContext,
    code: str,
    period: str,
    file_name: str,
    data: bytes,
    media_type: str,
    title: str = "",
) -> uuid.UUID:
    """A document behind an entered value; a sealed period takes no more evidence."""
    parsed = parse_period(period)
    municipality = ctx.station.municipality_code or "MINISTRY"
    key = natural_id(municipality, "indicator", f"{code.strip().upper()}/{parsed.key}")
    with ctx.write(Permission.INDICATORS_WRITE, "indicators.evidence") as tx:
        value = tx.session.get(IndicatorValue, key)
        if value is None or value.deleted:
            raise NotFound(
                "أدخل قيمة المؤشر لهذه الفترة قبل إرفاق الدليل.",
                "Enter the value for this period before attaching evidence.",
            )
        seal = tx.session.get(PeriodSeal, natural_id(municipality, "indicator-period", parsed.key))
        if value.status == "approved" or (seal is not None and seal.status == "sealed"):
            raise ValidationError(
                f"الفترة {parsed.key} معتمدة ومختومة ولا تقبل تعديلاً.",
                f"Period {parsed.key} is sealed.",
                field="period",
            )
        return store(tx, municipality, VALUE_OWNER, key, title, file_name, data, media_type)


def files_of(ctx: AppContext, owner_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Attachment]]:
    """The attachments of several records, by owner (without their bytes)."""
    ctx.require(Permission.INDICATORS_READ)
    if not owner_ids:
        return {}
    with ctx.session() as session:
        found = list(
            session.scalars(
                select(Attachment)
                .where(Attachment.owner_id.in_(owner_ids), Attachment.deleted.is_(False))
                .order_by(Attachment.updated_at)
            )
        )
        session.expunge_all()
    grouped: dict[uuid.UUID, list[Attachment]] = {}
    for item in found:
        grouped.setdefault(item.owner_id, []).append(item)
    return grouped


def file_bytes(ctx: AppContext, sha256: str) -> bytes:
    ctx.require(Permission.INDICATORS_READ)
    with ctx.session() as session:
        blob = session.get(AttachmentBlob, sha256)
        if blob is None:
            raise NotFound("الملف المرفق غير موجود.", "The attachment is missing.")
        return blob.data
