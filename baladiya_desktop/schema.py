"""Every table of the app in one metadata: core, each area, and sync (Alembic and tests)."""

from __future__ import annotations

from sqlalchemy import MetaData

from baladiya_desktop.domain import schema as domain_schema
from baladiya_desktop.sync import models as sync_models

PARTS = (domain_schema, sync_models)


def metadata() -> MetaData:
    return domain_schema.metadata()
