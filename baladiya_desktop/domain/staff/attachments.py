"""Attachments (scanned documents, photos) stored once by content hash, for any area.

``store`` works inside the caller's transaction, under the caller's own permission: an
indicator's evidence or a project's photo is filed by whoever may write that area.
"""

from __future__ import annotations

import hashlib
import uuid

from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.writes import Tx
from baladiya_desktop.domain.staff.models import Attachment, AttachmentBlob

MAX_BYTES = 20 * 1024 * 1024


def store(tx: Tx, municipality: str, owner_table: str, owner_id: uuid.UUID, title: str,
          file_name: str, data: bytes, media_type: str) -> uuid.UUID:
    if not data:
        raise ValidationError("الملف المرفق فارغ.", "The attached file is empty.", field="file")
    if len(data) > MAX_BYTES:
        raise ValidationError(
            "الملف المرفق أكبر من 20 ميغابايت. اضغطه أو امسحه بدقة أقل.",
            "The file is over 20 MB. Scan it at a lower resolution.",
            field="file",
        )
    digest = hashlib.sha256(data).hexdigest()
    if tx.session.get(AttachmentBlob, digest) is None:
        tx.session.add(AttachmentBlob(sha256=digest, data=data))
    item = Attachment(
        municipality_code=municipality, owner_table=owner_table, owner_id=owner_id,
        title=title.strip() or file_name, file_name=file_name, media_type=media_type,
        size=len(data), sha256=digest,
    )
    tx.session.add(item)
    tx.session.flush()
    return item.id
