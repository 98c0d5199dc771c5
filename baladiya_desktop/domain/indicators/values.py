"""Entering indicator values, and the agent's approval that seals a period."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

from sqlalchemy import select

from baladiya_desktop.core.audit import canonical_json
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.ids import natural_id
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.writes import Tx
from baladiya_desktop.domain.indicators.framework import definitions, thousandths
from baladiya_desktop.domain.indicators.models import IndicatorDef, IndicatorValue, PeriodSeal
from baladiya_desktop.domain.indicators.periods import Period, label, parse_period


def _municipality(ctx: AppContext) -> str:
    return ctx.station.municipality_code or "MINISTRY"


def value_id(municipality: str, code: str, period: str) -> uuid.UUID:
    return natural_id(municipality, "indicator", f"{code}/{period}")


def _sealed(tx: Tx, municipality: str, period: Period) -> bool:
    row = tx.session.get(PeriodSeal, natural_id(municipality, "indicator-period", period.key))
    return row is not None and row.status == "sealed"


def _check(
    definition: IndicatorDef | None, code: str, period: Period, value: int, today: dt.date
) -> IndicatorDef:
    if definition is None:
        raise ValidationError(
            f"المؤشر «{code}» غير معروف في دليل المؤشرات.",
            f"Indicator '{code}' is not in the framework.",
            field="indicator",
        )
    if period.kind != definition.period_type:
        raise ValidationError(
            f"المؤشر «{definition.name_ar}» يُقاس لكل فترة من نوع {definition.period_type}.",
            f"Indicator {code} is measured {definition.period_type}.",
            field="period",
        )
    if period.start > today:
        raise ValidationError("الفترة لم تبدأ بعد.", "The period has not begun.", field="period")
    if not definition.min_value <= value <= definition.max_value:
        raise ValidationError(
            f"القيمة خارج المدى المقبول للمؤشر ({definition.min_value / 1000:g} – "
            f"{definition.max_value / 1000:g}).",
            f"The value is outside the indicator's range ({definition.min_value / 1000:g}–"
            f"{definition.max_value / 1000:g}).",
            field="value",
        )
    return definition


def write_value(
    tx: Tx,
    municipality: str,
    definition: IndicatorDef,
    period: Period,
    value: int,
    note: str,
    computed: bool,
) -> uuid.UUID:
    if _sealed(tx, municipality, period):
        raise ValidationError(
            f"الفترة {period.key} معتمدة ومختومة ولا تقبل تعديلاً.",
            f"Period {period.key} is sealed.",
            field="period",
        )
    key = value_id(municipality, definition.code, period.key)
    row = tx.session.get(IndicatorValue, key) or IndicatorValue(
        id=key, municipality_code=municipality, indicator=definition.code, period=period.key
    )
    if row.status == "approved":
        raise ValidationError("القيمة معتمدة ولا تُعدّل.", "The value is approved.", field="value")
    row.value, row.note, row.computed, row.status = value, note.strip(), computed, "draft"
    tx.session.add(row)
    return key


def enter_value(
    tx: Tx,
    municipality: str,
    found: dict[str, IndicatorDef],
    code: str,
    period: Period,
    amount: int,
    note: str,
    today: dt.date,
) -> str:
    """One entered value inside the caller's transaction (the CLI, the page, an import).

    Returns ``"imported"``, ``"updated"`` or ``"unchanged"`` so an import can count."""
    definition = _check(found.get(code.strip().upper()), code, period, amount, today)
    if definition.computed:
        raise ValidationError(
            "هذا المؤشر يُحسب من بيانات البرنامج ولا يُدخل يدوياً.",
            "This indicator is computed from the app's data.",
            field="indicator",
        )
    if definition.evidence_required and not note.strip():
        raise ValidationError(
            "هذا المؤشر يحتاج وصف الدليل (مع مرفق إن وُجد).",
            "This indicator needs its evidence described.",
            field="note",
        )
    before = tx.session.get(IndicatorValue, value_id(municipality, definition.code, period.key))
    if (
        before is not None
        and not before.deleted
        and before.value == amount
        and before.note == note.strip()
    ):
        if _sealed(tx, municipality, period):
            write_value(tx, municipality, definition, period, amount, note, False)  # refuses
        return "unchanged"
    outcome = "imported" if before is None else "updated"
    write_value(tx, municipality, definition, period, amount, note, False)
    return outcome


def set_value(
    ctx: AppContext,
    code: str,
    period: str,
    value: str,
    note: str = "",
    today: dt.date | None = None,
) -> uuid.UUID:
    """An entered value, in the indicator's unit (``87.5`` for 87.5 %)."""
    parsed = parse_period(period)
    amount = thousandths(value, "value")
    municipality = _municipality(ctx)
    with ctx.write(Permission.INDICATORS_WRITE, "indicators.set") as tx:
        enter_value(
            tx,
            municipality,
            definitions(tx.session),
            code,
            parsed,
            amount,
            note,
            today or dt.date.today(),
        )
        return value_id(municipality, code.strip().upper(), parsed.key)


def is_sealed(ctx: AppContext, period: str) -> bool:
    parsed = parse_period(period)
    with ctx.session() as session:
        row = session.get(
            PeriodSeal, natural_id(_municipality(ctx), "indicator-period", parsed.key)
        )
        return row is not None and row.status == "sealed"


def approve_period(ctx: AppContext, period: str, today: dt.date | None = None) -> str:
    """The agent approves every value of a period; the period is sealed. Only a period that
    has ended: a quarter sealed in its last month would freeze figures still coming in."""
    parsed = parse_period(period)
    today = today or dt.date.today()
    if parsed.end >= today:
        raise ValidationError(
            f"الفترة {label(parsed.key)} لم تنتهِ بعد (تنتهي في {parsed.end:%d/%m/%Y})، ولا "
            "تُعتمد إلا بعد انتهائها. أدخل قيمها ثم اعتمدها من اليوم التالي لنهايتها.",
            f"Period {parsed.key} has not ended yet (it ends on {parsed.end:%d/%m/%Y}); "
            "approve it from the day after it ends.",
            field="period",
        )
    municipality = _municipality(ctx)
    with ctx.write(Permission.INDICATORS_APPROVE, "indicators.approve") as tx:
        if _sealed(tx, municipality, parsed):
            raise ValidationError("الفترة مختومة من قبل.", "The period is already sealed.")
        rows = list(
            tx.session.scalars(
                select(IndicatorValue).where(
                    IndicatorValue.municipality_code == municipality,
                    IndicatorValue.period == parsed.key,
                    IndicatorValue.deleted.is_(False),
                )
            )
        )
        if not rows:
            raise ValidationError(
                "لا توجد قيم في هذه الفترة لاعتمادها.",
                "There are no values in this period to approve.",
            )
        for row in rows:
            row.status, row.approved_by, row.approved_at = "approved", tx.username, tx.now
        seal = hashlib.sha256(
            canonical_json(sorted([r.indicator, r.value] for r in rows)).encode()
        ).hexdigest()
        key = natural_id(municipality, "indicator-period", parsed.key)
        tx.session.add(
            PeriodSeal(
                id=key,
                municipality_code=municipality,
                period=parsed.key,
                sealed_at=tx.now,
                sealed_by=tx.username,
                seal=seal,
            )
        )
        return seal
