"""Indicator values in and out of Excel, and the ministry's criteria weights.

A value sheet has one row per indicator and period: the code, the period (2026-03, 2026-Q1,
2026), the value in the indicator's unit and the evidence. Each row goes through the same
rules as a value typed in the window (range, sealed or future period, evidence).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.limits import limits_of
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.domain.indicators.compare import Comparison
from baladiya_desktop.domain.indicators.dashboard import municipality_of, unit_text
from baladiya_desktop.domain.indicators.framework import check_weights, definitions, thousandths
from baladiya_desktop.domain.indicators.models import Criterion, IndicatorValue
from baladiya_desktop.domain.indicators.periods import Period, parse_period
from baladiya_desktop.domain.indicators.values import enter_value
from baladiya_desktop.exchange import (
    CellValue,
    Column,
    ImportAborted,
    ImportPolicy,
    ImportResult,
    RowOutcome,
    apply_rows,
    bounded,
    parse_optional_text,
    parse_text,
    read_sheet,
    unique_by,
    write_workbook,
)

STATUS_AR = {"draft": "مسودة", "approved": "معتمدة"}


def parse_number(value: CellValue) -> int:
    """A number cell or text in any digit set, as thousandths (12.5 → 12500)."""
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise ValidationError(f"«{value}» ليس رقماً.", f"'{value}' is not a number.")
    if isinstance(value, float):
        value = Decimal(repr(value))
    return thousandths(str(value).replace(",", "").replace("%", "").strip(), "value")


def parse_period_cell(value: CellValue) -> Period:
    if isinstance(value, dt.date):  # Excel turns a typed 2026-03 into a date
        return parse_period(f"{value.year}-{value.month:02d}")
    return parse_period(str(int(value)) if isinstance(value, int | float) else parse_text(value))


def _thousandths_cell(value: Any) -> CellValue:
    return Decimal(int(value)) / 1000


VALUE_COLUMNS = bounded((
    Column(
        "code",
        "رمز المؤشر",
        "Indicator code",
        aliases=("المؤشر", "code"),
        required=True,
        width=18,
        note_ar="الرمز كما في دليل المؤشرات، مثل GUARD_FINES",
    ),
    Column("name", "اسم المؤشر", "Indicator", width=40, parse=parse_optional_text),
    Column(
        "period",
        "الفترة",
        "Period",
        parse=parse_period_cell,
        required=True,
        width=12,
        to_cell=str,
        note_ar="2026-03 لشهر، 2026-Q1 لربع سنة، 2026 لسنة",
    ),
    Column(
        "value",
        "القيمة",
        "Value",
        parse=parse_number,
        required=True,
        width=14,
        to_cell=_thousandths_cell,
        number_format="#,##0.###",
        note_ar="بوحدة المؤشر: 87.5 تعني 87.5 %",
    ),
    Column("unit", "الوحدة", "Unit", parse=parse_optional_text, width=10),
    Column(
        "note",
        "الدليل",
        "Evidence",
        aliases=("ملاحظات", "ملاحظة"),
        parse=parse_optional_text,
        default="",
        width=40,
        note_ar="وصف المستند الذي تستند إليه القيمة (مطلوب لبعض المؤشرات)",
    ),
    Column("status", "الحالة", "Status", parse=parse_optional_text, width=10),
), {"note": limits_of(IndicatorValue)["note"]})


@dataclass(frozen=True)
class ValueLine:
    code: str
    period: Period
    value: int
    note: str


def _build(values: dict[str, Any]) -> ValueLine:
    return ValueLine(
        str(values["code"]).strip().upper(),
        values["period"],
        values["value"],
        values.get("note") or "",
    )


def import_values(
    ctx: AppContext,
    path: Path | str,
    *,
    sheet: str | None = None,
    policy: ImportPolicy = ImportPolicy.GOOD_ROWS,
    dry_run: bool = False,
    today: dt.date | None = None,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> ImportResult:
    ctx.require(Permission.INDICATORS_WRITE)
    parsed = read_sheet(
        path,
        VALUE_COLUMNS,
        _build,
        sheet=sheet,
        progress=progress,
        cancel=cancel,
        checks=[
            unique_by(
                lambda r: (r.code, r.period.key),
                "المؤشر والفترة",
                "indicator and period",
                column="code",
            )
        ],
    )
    municipality, day = municipality_of(ctx), today or dt.date.today()
    try:
        with ctx.write(Permission.INDICATORS_WRITE, "indicators.import") as tx:
            found = definitions(tx.session)

            def apply(line: ValueLine) -> RowOutcome:
                return RowOutcome(
                    enter_value(
                        tx, municipality, found, line.code, line.period, line.value, line.note, day
                    )
                )

            return apply_rows(
                parsed,
                apply,
                policy=policy,
                dry_run=dry_run,
                row_scope=tx.session.begin_nested,
                progress=progress,
                cancel=cancel,
            )
    except ImportAborted as stop:
        return stop.result


def export_values(
    ctx: AppContext,
    path: Path | str,
    periods: list[str] | None = None,
    *,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """This municipality's values (of ``periods``, else all) in the import's shape."""
    ctx.require(Permission.INDICATORS_READ)
    keys = [parse_period(p).key for p in periods or []]
    with ctx.session() as session:
        found = definitions(session)
        query = select(IndicatorValue).where(
            IndicatorValue.municipality_code == municipality_of(ctx),
            IndicatorValue.deleted.is_(False),
        )
        if keys:
            query = query.where(IndicatorValue.period.in_(keys))
        rows = [
            {
                "code": v.indicator,
                "name": found[v.indicator].name_ar if v.indicator in found else "",
                "period": v.period,
                "value": v.value,
                "unit": unit_text(found[v.indicator].unit) if v.indicator in found else "",
                "note": v.note,
                "status": STATUS_AR.get(v.status, v.status),
            }
            for v in session.scalars(
                query.order_by(IndicatorValue.period, IndicatorValue.indicator)
            )
        ]
    return write_workbook(
        path,
        VALUE_COLUMNS,
        rows,
        sheet_title="قيم المؤشرات",
        title_lines=[f"قيم مؤشرات التطوير المؤسسي — {ctx.station.name}"],
        total=len(rows),
        progress=progress,
        cancel=cancel,
    )


WEIGHT_COLUMNS = (
    Column("code", "رمز المعيار", "Criterion", required=True, width=12),
    Column(
        "weight",
        "الوزن",
        "Weight",
        parse=parse_number,
        required=True,
        width=10,
        note_ar="أوزان المعايير الرئيسية مجموعها 1، وكذلك أوزان فروع كل معيار",
    ),
)


def import_weights(ctx: AppContext, path: Path | str) -> ImportResult:
    """New weights for the framework's criteria (the ministry): all or nothing, and refused
    when a group's weights do not add up to one."""
    ctx.require(Permission.INDICATORS_APPROVE)
    if not ctx.station.is_ministry:
        raise ValidationError(
            "أوزان المعايير بيانات مرجعية تعدّلها الوزارة فقط.",
            "Criteria weights are reference data: the ministry sets them.",
        )
    parsed = read_sheet(
        path,
        WEIGHT_COLUMNS,
        lambda v: (str(v["code"]).strip(), v["weight"]),
        checks=[unique_by(lambda r: r[0], "المعيار", "criterion")],
    )
    try:
        with ctx.write(Permission.INDICATORS_APPROVE, "indicators.weights") as tx:
            current = {c.code: c for c in tx.session.scalars(select(Criterion))}

            def apply(line: tuple[str, int]) -> RowOutcome:
                criterion = current.get(line[0])
                if criterion is None:
                    raise ValidationError(
                        f"المعيار «{line[0]}» غير موجود.", "Unknown criterion.", field="code"
                    )
                if criterion.weight == line[1]:
                    return RowOutcome.UNCHANGED
                criterion.weight = line[1]
                return RowOutcome.UPDATED

            result = apply_rows(parsed, apply, policy=ImportPolicy.ALL_OR_NOTHING)
            check_weights(list(current.values()))  # refuses, and the transaction rolls back
            return result
    except ImportAborted as stop:
        return stop.result


def export_comparison(path: Path | str, result: Comparison) -> int:
    """The ministry's comparison table: a column per period, rank and distance from median."""
    columns = [
        Column("rank", "الترتيب", "Rank", width=8),
        Column("name", "البلدية", "Municipality", width=26),
        Column("code", "رمز البلدية", "Code", width=10),
        *(
            Column(f"p{i}", p, p, width=12, to_cell=_thousandths_cell, number_format="#,##0.###")
            for i, p in enumerate(result.periods)
        ),
        Column(
            "from_median",
            "الفرق عن الوسيط",
            "From median",
            width=14,
            to_cell=_thousandths_cell,
            number_format="#,##0.###",
        ),
    ]
    rows = [
        {"rank": r.rank, "name": r.name_ar, "code": r.municipality, "from_median": r.from_median}
        | {f"p{i}": v for i, v in enumerate(r.values)}
        for r in result.rows
    ]
    spread = result.spread
    lines = [
        f"مقارنة البلديات: {result.name_ar}",
        f"عدد البلديات {spread.count}، الوسيط {_plain(spread.median)}، الأدنى "
        f"{_plain(spread.minimum)}، الأعلى {_plain(spread.maximum)}",
    ]
    return write_workbook(
        path, columns, rows, sheet_title="المقارنة", title_lines=lines, total=len(rows)
    )


def _plain(value: int | None) -> str:
    return "—" if value is None else f"{value / 1000:,.3f}".rstrip("0").rstrip(".")
