"""Self-assessment: scores 1–5 per criterion, weighted into maturity per area and overall."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.ids import natural_id
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.indicators.framework import criteria
from baladiya_desktop.domain.indicators.models import Assessment, Criterion
from baladiya_desktop.domain.indicators.periods import parse_period


def score(ctx: AppContext, period: str, criterion: str, value: int, evidence: str = "") -> None:
    parsed = parse_period(period)
    if not 1 <= value <= 5:
        raise ValidationError("الدرجة من 1 إلى 5.", "A score is from 1 to 5.", field="score")
    municipality = ctx.station.municipality_code or "MINISTRY"
    with ctx.write(Permission.INDICATORS_APPROVE, "indicators.assess") as tx:
        if criterion not in {c.code for c in criteria(tx.session)}:
            raise ValidationError(
                f"المعيار «{criterion}» غير موجود.", "Unknown criterion.", field="criterion"
            )
        key = natural_id(municipality, "assessment", f"{parsed.key}/{criterion}")
        row = tx.session.get(Assessment, key) or Assessment(
            id=key, municipality_code=municipality, period=parsed.key, criterion=criterion
        )
        row.score, row.evidence = value, evidence.strip()
        tx.session.add(row)


@dataclass(frozen=True)
class Maturity:
    overall: Decimal | None
    by_area: dict[str, Decimal | None]
    by_criterion: dict[str, Decimal | None]


def _weighted(parts: list[tuple[int, Decimal]]) -> Decimal | None:
    total = sum(w for w, _ in parts)
    if not total:
        return None
    value = sum(Decimal(w) * s for w, s in parts) / Decimal(total)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def maturity_of(framework: list[Criterion], scores: dict[str, int]) -> Maturity:
    """A criterion's score is its sub-criteria's weighted average (its own if it has none);
    unscored parts are left out rather than counted as zero."""
    children: dict[str, list[Criterion]] = defaultdict(list)
    for c in framework:
        children[c.parent].append(c)
    by_criterion: dict[str, Decimal | None] = {}
    for top in children[""]:
        subs = children.get(top.code, [])
        parts = [(s.weight, Decimal(scores[s.code])) for s in subs if s.code in scores]
        for s in subs:
            by_criterion[s.code] = Decimal(scores[s.code]) if s.code in scores else None
        own = Decimal(scores[top.code]) if top.code in scores else None
        by_criterion[top.code] = _weighted(parts) if parts else own
    areas: dict[str, list[tuple[int, Decimal]]] = defaultdict(list)
    overall: list[tuple[int, Decimal]] = []
    for top in children[""]:
        value = by_criterion[top.code]
        areas.setdefault(top.focus_area, [])
        if value is not None:
            areas[top.focus_area].append((top.weight, value))
            overall.append((top.weight, value))
    return Maturity(_weighted(overall), {a: _weighted(p) for a, p in areas.items()}, by_criterion)


def maturity_in(session: Session, municipality: str | None, period: str) -> Maturity:
    """Maturity of one period from the stored scores; no permission check (printing and
    verification read it)."""
    query = select(Assessment).where(Assessment.period == period, Assessment.deleted.is_(False))
    if municipality:
        query = query.where(Assessment.municipality_code == municipality)
    scores = {a.criterion: a.score for a in session.scalars(query)}
    return maturity_of(criteria(session), scores)


def maturity(ctx: AppContext, period: str, municipality: str | None = None) -> Maturity:
    ctx.require(Permission.INDICATORS_READ)
    parsed = parse_period(period)
    with ctx.session() as session:
        return maturity_in(session, municipality or ctx.station.municipality_code, parsed.key)


def scores_of(ctx: AppContext, period: str) -> dict[str, tuple[int, str]]:
    """This municipality's scores of ``period``: criterion → (score, evidence)."""
    ctx.require(Permission.INDICATORS_READ)
    parsed = parse_period(period)
    municipality = ctx.station.municipality_code or "MINISTRY"
    with ctx.session() as session:
        return {
            a.criterion: (a.score, a.evidence)
            for a in session.scalars(
                select(Assessment).where(
                    Assessment.period == parsed.key,
                    Assessment.deleted.is_(False),
                    Assessment.municipality_code == municipality,
                )
            )
        }


def maturity_over(ctx: AppContext, periods: list[str]) -> list[tuple[str, Maturity]]:
    """Maturity period over period (oldest first), for the dashboard and the report."""
    return [(p, maturity(ctx, p)) for p in periods]
