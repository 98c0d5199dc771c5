"""The dashboard's series and traffic lights, the entry sheet, evidence, and the ministry's
comparison with rank and spread."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import update

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound, ValidationError
from baladiya_desktop.core.ids import natural_id
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.domain.indicators import assessment, values
from baladiya_desktop.domain.indicators.compare import MATURITY, compare
from baladiya_desktop.domain.indicators.dashboard import (
    format_value,
    light,
    period_sheet,
    recent_periods,
    series,
)
from baladiya_desktop.domain.indicators.evidence import attach_evidence, files_of
from baladiya_desktop.domain.indicators.models import IndicatorDef, IndicatorValue
from baladiya_desktop.domain.indicators.periods import label, parse_period

YEAR = dt.date.today().year - 1


def definition(**change: object) -> IndicatorDef:
    base: dict[str, object] = dict(
        code="X",
        name_ar="س",
        focus_area="a",
        unit="percent",
        period_type="quarterly",
        direction="higher",
        baseline=50_000,
        target=80_000,
        min_value=0,
        max_value=100_000,
    )
    return IndicatorDef(**(base | change))


def test_traffic_light_by_direction_target_and_baseline() -> None:
    higher = definition()
    assert [light(higher, v) for v in (90_000, 80_000, 60_000, 50_000, None)] == [
        "green",
        "green",
        "amber",
        "red",
        "none",
    ]
    lower = definition(direction="lower", baseline=30_000, target=10_000)
    assert [light(lower, v) for v in (5_000, 20_000, 30_000)] == ["green", "amber", "red"]
    no_base = definition(baseline=None)
    assert [light(no_base, v) for v in (70_000, 60_000)] == ["amber", "red"]  # 80 % of 80
    assert light(definition(target=None), 50_000) == "none"


def test_values_in_their_unit_and_periods_as_people_say_them() -> None:
    assert format_value(87_500, "percent") == "87.5 %"
    assert format_value(17_000, "count") == "17"
    assert format_value(1_234_500, "lyd") == "1,234.500 د.ل"
    assert label("2026-Q3") == "الربع الثالث 2026" and label("2026-03") == "03/2026"
    assert recent_periods("quarterly", 3, parse_period("2026-Q1")) == [
        "2025-Q3",
        "2025-Q4",
        "2026-Q1",
    ]
    assert recent_periods("monthly", 2, parse_period("2026-Q1")) == ["2026-02", "2026-03"]


def test_series_and_the_entry_sheet(admin: AppContext) -> None:
    for month, value in ((1, "10"), (2, "14"), (3, "12")):
        values.set_value(admin, "GUARD_FINES", f"{YEAR}-{month:02d}", value, "سجل")
    found = {s.code: s for s in series(admin, upto=f"{YEAR}-Q1")}
    fines = found["GUARD_FINES"]
    assert fines.periods[-3:] == (f"{YEAR}-01", f"{YEAR}-02", f"{YEAR}-03")
    assert fines.values[-3:] == (10_000, 14_000, 12_000) and fines.trend == "worse"
    assert fines.latest == 12_000 and fines.light == "none"
    sheet = period_sheet(admin, f"{YEAR}-02")
    row = next(r for r in sheet.rows if r.code == "GUARD_FINES")
    assert (row.value, row.status, sheet.sealed) == (14_000, "draft", False)
    assert {r.code for r in sheet.rows} == {"GUARD_FINES"}  # only the monthly ones


def test_evidence_is_attached_until_the_period_is_sealed(admin: AppContext) -> None:
    with pytest.raises(NotFound):
        attach_evidence(admin, "GUARD_FINES", f"{YEAR}-04", "x.pdf", b"%PDF", "application/pdf")
    values.set_value(admin, "GUARD_FINES", f"{YEAR}-04", "3", "محضر")
    made = attach_evidence(
        admin, "GUARD_FINES", f"{YEAR}-04", "x.pdf", b"%PDF-1", "application/pdf"
    )
    key = natural_id("LY-M001", "indicator", f"GUARD_FINES/{YEAR}-04")
    assert [a.id for a in files_of(admin, [key])[key]] == [made]
    values.approve_period(admin, f"{YEAR}-04")
    with pytest.raises(ValidationError):
        attach_evidence(admin, "GUARD_FINES", f"{YEAR}-04", "y.pdf", b"%PDF-2", "application/pdf")


def _other(admin: AppContext, municipality: str, code: str, period: str, value: int) -> None:
    """A value that arrived from another municipality's bundle."""
    with admin.write(Permission.INDICATORS_WRITE, "test.bundle") as tx:
        tx.session.add(
            IndicatorValue(
                id=natural_id(municipality, "indicator", f"{code}/{period}"),
                municipality_code=municipality,
                indicator=code,
                period=period,
                value=value,
                status="approved",
            )
        )


def test_compare_ranks_and_measures_the_spread(admin: AppContext) -> None:
    q1, q2 = f"{YEAR}-Q1", f"{YEAR}-Q2"
    for m, (a, b) in {
        "LY-M002": (40_000, 60_000),
        "LY-M003": (70_000, 90_000),
        "LY-M004": (50_000, 60_000),
        "LY-M005": (30_000, None),
    }.items():
        _other(admin, m, "REV_TARGET", q1, a)
        if b is not None:
            _other(admin, m, "REV_TARGET", q2, b)
    result = compare(admin, "REV_TARGET", [q1, q2])
    assert result.periods == (q1, q2)
    ranked = [(r.municipality, r.rank, r.from_median) for r in result.rows]
    # Q2: 90, 60, 60 → median 60; ties share the rank; no Q2 value → unranked, last.
    assert ranked == [
        ("LY-M003", 1, 30_000),
        ("LY-M002", 2, 0),
        ("LY-M004", 2, 0),
        ("LY-M005", None, None),
    ]
    assert result.rows[0].name_ar and result.rows[-1].values == (30_000, None)
    s = result.spread
    assert (s.count, s.minimum, s.maximum, s.median) == (3, 60_000, 90_000, 60_000)
    with pytest.raises(ValidationError) as caught:
        compare(admin, "NOPE", [q1])
    assert caught.value.field == "indicator"
    with admin.write(Permission.INDICATORS_WRITE, "test") as tx:  # drafts left out on request
        tx.session.execute(
            update(IndicatorValue)
            .where(IndicatorValue.municipality_code == "LY-M003")
            .values(status="draft")
        )
    assert "LY-M003" not in {
        r.municipality for r in compare(admin, "REV_TARGET", [q2], approved_only=True).rows
    }


def test_compare_maturity(admin: AppContext) -> None:
    period = f"{YEAR}-Q2"
    for code, score in (("C1.1", 4), ("C1.2", 2)):
        assessment.score(admin, period, code, score)
    result = compare(admin, MATURITY, [period])
    assert [(r.municipality, r.values) for r in result.rows] == [("LY-M001", (3_000,))]
    assert assessment.maturity(admin, period).overall == Decimal("3.00")
