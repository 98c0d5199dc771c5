"""Every mapped table, imported in one place so the metadata is whole (Alembic, tests)."""

from __future__ import annotations

from sqlalchemy import MetaData

from baladiya_desktop.core import (
    audit,
    audit_seal,
    changelog,
    municipalities,
    reference,
    settings,
    station,
    users,
)
from baladiya_desktop.core.base import Base

MODEL_MODULES = (audit, audit_seal, changelog, municipalities, reference, settings, station, users)


def metadata() -> MetaData:
    return Base.metadata
