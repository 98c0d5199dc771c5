"""Reasons not to accept a paper whose signature holds: its station's key was revoked before
it was printed, or its printed time is not when it was printed.

Revocations live in sync's tables (``enrolled_station.revoked_at`` at the ministry, the
reference bundle's revoked list at a station), which reports may not read: the caller passes
them in (``sync.printouts.revocations``), as it passes the enrolled stations' keys.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy import func, select

from baladiya_desktop.core.audit import AuditEntry
from baladiya_desktop.reports.dates import format_datetime

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

# Station id -> (moment, exact). Exact: the moment the ministry revoked the key. Not exact: a
# moment by which it was known to be revoked (a station learns of it from a reference bundle,
# which does not say when), so papers printed before it cannot be told apart here.
Revocations = Mapping[uuid.UUID, tuple[dt.datetime, bool]]
# Two PCs' clocks disagree by minutes, a wrong time zone by hours; more is not an accident.
CLOCK_TOLERANCE = dt.timedelta(hours=1)
PRINT_ACTION = "report.print"  # the audit note of a print (reports.printing writes it)

FlagCode = Literal["revoked", "revoked_undated", "future", "backdated"]


@dataclass(frozen=True)
class Flag:
    code: FlagCode
    message_ar: str
    message_en: str


def _when(moment: dt.datetime) -> str:
    return format_datetime(moment.astimezone())


def revocation_flag(
    station_id: uuid.UUID, printed_at: dt.datetime, revoked: Revocations | None
) -> Flag | None:
    found = (revoked or {}).get(station_id)
    if found is None:
        return None
    moment, exact = found
    # A paper's time is printed to the second: one printed in the second of the revocation
    # may have come after it, and is flagged.
    if printed_at >= moment.replace(microsecond=0):
        return Flag(
            "revoked",
            f"طُبعت هذه الورقة في {_when(printed_at)}، بعد إلغاء مفتاح المحطة التي طبعتها"
            + (f" في {_when(moment)}" if exact else "")
            + ": لا تُقبل. اطلب من البلدية ورقة جديدة وأبلغ الوزارة.",
            f"Printed on {_when(printed_at)}, after the key of the station that printed it was "
            + (f"revoked on {_when(moment)}" if exact else "revoked")
            + ": do not accept it. Ask the municipality for a new paper and tell the ministry.",
        )
    if exact:
        return None  # printed while the key was still good: the paper stands
    return Flag(
        "revoked_undated",
        "مفتاح المحطة التي طبعت هذه الورقة ملغى، وتاريخ إلغائه غير معروف في هذه القاعدة: "
        "لا تقبلها حتى تتحقق منها الوزارة.",
        "The key of the station that printed this paper has been revoked, and this database "
        "does not know since when: do not accept it until the ministry has checked it.",
    )


def future_flag(printed_at: dt.datetime, now: dt.datetime) -> Flag | None:
    if printed_at <= now + CLOCK_TOLERANCE:
        return None
    return Flag(
        "future",
        f"الورقة مؤرخة {_when(printed_at)}، وهو وقت لم يأتِ بعد: كانت ساعة الحاسوب الذي "
        "طبعها مقدَّمة. لا تُقبل؛ اطلب ورقة جديدة وأبلغ مسؤول المنظومة في البلدية.",
        f"The paper is dated {_when(printed_at)}, which has not come yet: the clock of the PC "
        "that printed it was set ahead. Do not accept it; ask for a new paper and tell the "
        "municipality's system administrator.",
    )


def backdated_flag(ctx: AppContext, printed_at: dt.datetime, digest: str) -> Flag | None:
    """At the station that printed it: the print's own audit entry comes after entries
    written later than its date, so the clock was turned back to print it."""
    with ctx.session() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.action == PRINT_ACTION,
                AuditEntry.at >= printed_at,
                AuditEntry.at < printed_at + dt.timedelta(seconds=1),
                AuditEntry.after.contains(f'"hash":"{digest}"'),
            )
            .order_by(AuditEntry.seq)
            .limit(1)
        ).first()
        if entry is None:
            return None
        latest = session.scalar(select(func.max(AuditEntry.at)).where(AuditEntry.seq < entry.seq))
    if latest is None or latest <= entry.at + CLOCK_TOLERANCE:
        return None
    return Flag(
        "backdated",
        f"الورقة مؤرخة {_when(printed_at)}، لكن سجل التدقيق يبيّن أنها طُبعت بعد "
        f"{_when(latest)}: أُرجعت ساعة الحاسوب لطباعتها. لا تُقبل؛ اطلب ورقة جديدة وأبلغ "
        "مسؤول المنظومة في البلدية.",
        f"The paper is dated {_when(printed_at)}, but the audit log shows it was printed after "
        f"{_when(latest)}: the PC's clock was turned back to print it. Do not accept it; ask "
        "for a new paper and tell the municipality's system administrator.",
    )
