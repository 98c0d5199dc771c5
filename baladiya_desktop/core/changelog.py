"""The station's change log: which travelling record changed at which sequence number.

A data bundle carries the latest state of every record named in a range of this log.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from baladiya_desktop.core.base import Base, UTCDateTime


class ChangeLogEntry(Base):
    __audited__ = False  # bookkeeping of the write path itself
    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    version: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
