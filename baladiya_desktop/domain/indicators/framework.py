"""The framework as reference data: focus areas, weighted criteria, indicator definitions."""

from __future__ import annotations

import csv
from collections import defaultdict
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.resources import reference_file
from baladiya_desktop.domain.indicators.models import Criterion, FocusArea, IndicatorDef

UNITS = ("percent", "count", "lyd", "days", "ratio")
PERIOD_TYPES = ("monthly", "quarterly", "yearly")


def _rows(name: str) -> list[dict[str, str]]:
    with reference_file(name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def thousandths(text: str, field: str) -> int:
    try:
        return int((Decimal(text.strip() or "0") * 1000).to_integral_exact())
    except (InvalidOperation, ValueError):
        raise ValidationError(
            f"القيمة «{text}» ليست رقماً.", f"'{text}' is not a number.", field=field
        ) from None


def check_weights(criteria: list[Criterion]) -> None:
    """The top criteria weigh one together, and so do the sub-criteria of each criterion."""
    groups: dict[str, int] = defaultdict(int)
    for c in criteria:
        groups[c.parent] += c.weight
    for parent, total in groups.items():
        if total != 1000:
            where = f"المعيار {parent}" if parent else "المعايير الرئيسية"
            raise ValidationError(
                f"مجموع أوزان {where} هو {total / 1000:g} وليس 1. صحّح الأوزان.",
                f"The weights under {parent or 'the top level'} add up to {total / 1000:g}, not 1.",
                field="weight",
            )


def seed(session: Session) -> None:
    """Ship the draft framework (defaults; the ministry replaces it by reference bundle)."""
    if session.scalars(select(FocusArea.code)).first() is None:
        for rank, row in enumerate(_rows("focus_areas.csv")):
            session.add(
                FocusArea(
                    code=row["code"], name_ar=row["name_ar"], name_en=row["name_en"], rank=rank
                )
            )
    if session.scalars(select(Criterion.code)).first() is None:
        criteria = [
            Criterion(
                code=r["code"],
                focus_area=r["focus_area"],
                parent=r["parent"],
                name_ar=r["name_ar"],
                name_en=r["name_en"],
                weight=thousandths(r["weight"], "weight"),
            )
            for r in _rows("criteria.csv")
        ]
        check_weights(criteria)
        session.add_all(criteria)
    if session.scalars(select(IndicatorDef.code)).first() is None:
        for r in _rows("indicators.csv"):
            session.add(
                IndicatorDef(
                    code=r["code"],
                    name_ar=r["name_ar"],
                    name_en=r["name_en"],
                    definition_ar=r["definition_ar"],
                    focus_area=r["focus_area"],
                    criterion=r["criterion"],
                    unit=r["unit"],
                    period_type=r["period_type"],
                    direction=r["direction"],
                    baseline=thousandths(r["baseline"], "baseline") if r["baseline"] else None,
                    target=thousandths(r["target"], "target") if r["target"] else None,
                    min_value=thousandths(r["min_value"], "min_value"),
                    max_value=thousandths(r["max_value"], "max_value"),
                    evidence_required=r["evidence_required"] == "1",
                    computed=r["computed"],
                )
            )


def definitions(session: Session) -> dict[str, IndicatorDef]:
    return {
        d.code: d
        for d in session.scalars(
            select(IndicatorDef).order_by(IndicatorDef.focus_area, IndicatorDef.code)
        )
    }


def focus_areas(session: Session) -> list[FocusArea]:
    return list(session.scalars(select(FocusArea).order_by(FocusArea.rank)))


def criteria(session: Session) -> list[Criterion]:
    return list(session.scalars(select(Criterion).order_by(Criterion.code)))
