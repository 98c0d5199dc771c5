"""Every table of the app: the core's and each area's (Alembic and tests use this)."""

from __future__ import annotations

from sqlalchemy import MetaData

from baladiya_desktop.core import schema as core_schema
from baladiya_desktop.domain.indicators import models as indicator_models
from baladiya_desktop.domain.org import models as org_models
from baladiya_desktop.domain.projects import models as project_models
from baladiya_desktop.domain.revenue import models as revenue_models
from baladiya_desktop.domain.settlement import models as settlement_models
from baladiya_desktop.domain.staff import models as staff_models
from baladiya_desktop.domain.staff import usage as staff_usage

AREA_MODELS = (
    org_models, staff_models, settlement_models, revenue_models, indicator_models, project_models,
)
AREA_HOOKS = (staff_usage,)


def metadata() -> MetaData:
    return core_schema.metadata()
