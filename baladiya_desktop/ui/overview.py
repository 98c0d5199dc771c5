"""The station at a glance, for the home page and the status bar (read-only, no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from baladiya_desktop.core.audit import AuditEntry
from baladiya_desktop.core.backup import list_backups
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.municipalities import Municipality
from baladiya_desktop.core.station import Station
from baladiya_desktop.core.users import User


@dataclass(frozen=True)
class StationOverview:
    municipality_ar: str
    municipality_en: str
    users: int
    active_users: int
    audit_entries: int
    changes: int
    backups: int
    last_backup: dt.datetime | None

    def municipality(self, lang: str) -> str:
        return (
            self.municipality_ar if lang == "ar" else (self.municipality_en or self.municipality_ar)
        )


def load_overview(ctx: AppContext) -> StationOverview:
    """Counts that exist in this version; later areas add their own lines on the home page."""
    code = ctx.station.municipality_code
    with ctx.session() as session:
        row = session.get(Municipality, code) if code else None
        users = session.scalar(select(func.count(User.id))) or 0
        active = session.scalar(select(func.count(User.id)).where(User.disabled.is_(False))) or 0
        audit = session.scalar(select(func.count(AuditEntry.seq))) or 0
        changes = session.scalar(select(Station.last_seq)) or 0
    backups = list_backups(ctx.paths.backups_dir) if ctx.paths.db_path else []
    return StationOverview(
        # The ministry's database belongs to no municipality: it shows its own name.
        municipality_ar=row.name_ar if row else (code or ctx.station.name),
        municipality_en=row.name_en if row else (code or ctx.station.name),
        users=users,
        active_users=active,
        audit_entries=audit,
        changes=changes,
        backups=len(backups),
        last_backup=backups[0].taken_at if backups else None,
    )


def format_datetime(value: dt.datetime | None) -> str:
    """dd/mm/yyyy HH:MM, as the offices write dates."""
    return value.strftime("%d/%m/%Y %H:%M") if value is not None else ""
