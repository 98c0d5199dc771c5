"""The entitlement engine, rule by rule, with the edges (table-driven)."""

from __future__ import annotations

import datetime as dt

import pytest

from baladiya_desktop.core.dates import parse_date
from baladiya_desktop.domain.settlement.entitlement import (
    Facts,
    Period,
    Promotion,
    Qualification,
    Rules,
    entitle,
)

ENTRY = {"none": 1, "preparatory": 4, "secondary": 5, "intermediate_diploma": 6,
         "higher_diploma": 7, "bachelor": 8, "master": 9, "doctorate": 10}
RULES = Rules(entry_grade=ENTRY)
D = dt.date


def q(code: str, year: int, month: int = 1, day: int = 1) -> Qualification:
    return Qualification(code, D(year, month, day))


CASES = [
    # id, facts, today, expected (grade, increments, grade_since)
    ("entry-by-qualification", Facts(D(2020, 3, 1), [q("bachelor", 2019)]), D(2021, 3, 5),
     (8, 1, D(2020, 3, 1))),
    ("no-qualification", Facts(D(2022, 1, 1), []), D(2023, 1, 2), (1, 1, D(2022, 1, 1))),
    ("promotion-every-four-years", Facts(D(2010, 1, 1), [q("bachelor", 2009)]), D(2020, 1, 1),
     (10, 2, D(2018, 1, 1))),
    ("qualification-after-hire-only-counts-from-its-date",
     Facts(D(2010, 1, 1), [q("secondary", 2005), q("bachelor", 2012, 6, 1)]), D(2013, 1, 1),
     (8, 0, D(2012, 6, 1))),
    ("lower-second-qualification-changes-nothing",
     Facts(D(2010, 1, 1), [q("bachelor", 2009), q("higher_diploma", 2011)]), D(2012, 1, 1),
     (8, 2, D(2010, 1, 1))),
    ("promotion-already-received-early-is-kept",
     Facts(D(2010, 1, 1), [q("bachelor", 2009)], promotions=[Promotion(D(2012, 1, 1), 9)]),
     D(2013, 1, 2), (9, 1, D(2012, 1, 1))),
    ("third-early-promotion-is-not-counted",
     Facts(D(2000, 1, 1), [q("secondary", 1999)],
           promotions=[Promotion(D(2002, 1, 1), 6), Promotion(D(2004, 1, 1), 7),
                       Promotion(D(2006, 1, 1), 8)]),
     D(2006, 6, 1), (7, 2, D(2004, 1, 1))),
    ("capped-at-the-top-grade", Facts(D(1985, 1, 1), [q("doctorate", 1984)]), D(2024, 1, 1),
     (15, 10, D(2005, 1, 1))),
    ("increments-capped", Facts(D(1990, 1, 1), [q("none", 1980)]),
     D(2030, 1, 1), (11, 0, D(2030, 1, 1))),
]


@pytest.mark.parametrize(("name", "facts", "today", "expected"),
                         CASES, ids=[c[0] for c in CASES])
def test_rules(name: str, facts: Facts, today: dt.date,
               expected: tuple[int, int, dt.date]) -> None:
    result = entitle(facts, RULES, today)
    assert (result.grade, result.increments, result.grade_since) == expected, [
        s.text_en for s in result.chronology]


def test_unpaid_leave_moves_the_promotion_by_its_length() -> None:
    plain = entitle(Facts(D(2010, 1, 1), [q("bachelor", 2009)]), RULES, D(2015, 6, 1))
    leave = Period(D(2011, 1, 1), D(2012, 12, 31), "إجازة بدون مرتب")
    delayed = entitle(Facts(D(2010, 1, 1), [q("bachelor", 2009)], not_counted=[leave]), RULES,
                      D(2015, 6, 1))
    assert plain.grade == 9 and plain.grade_since == D(2014, 1, 1)
    assert delayed.grade == 8  # the promotion moved two years, past "today"
    later = entitle(Facts(D(2010, 1, 1), [q("bachelor", 2009)], not_counted=[leave]), RULES,
                    D(2016, 6, 1))
    # Leave is counted in days: 731 of them (2012 had a 29 February), so one day past the
    # two calendar years.
    assert later.grade == 9 and later.grade_since == D(2016, 1, 2)
    assert any("إجازة بدون مرتب" in s.text_ar for s in later.chronology)


def test_increments_never_pass_the_limit() -> None:
    rules = Rules(entry_grade=ENTRY, min_years=50)  # no promotions: increments pile up
    result = entitle(Facts(D(1990, 1, 1), [q("bachelor", 1989)]), rules, D(2020, 1, 1))
    assert (result.grade, result.increments) == (8, 10)


def test_jamahiriya_era_dates_in_the_history() -> None:
    hired = parse_date("01/01/1370 و.ر").value  # 2002
    promoted = parse_date("15 الفاتح 1372 و.ر").value  # 15 September 2004
    assert (hired, promoted) == (D(2002, 1, 1), D(2004, 9, 15))
    result = entitle(Facts(hired, [q("secondary", 2001)], promotions=[Promotion(promoted, 6)]),
                     RULES, D(2005, 1, 1))
    assert (result.grade, result.grade_since) == (6, promoted)


def test_chronology_is_dated_and_readable() -> None:
    result = entitle(Facts(D(2010, 1, 1), [q("bachelor", 2009)]), RULES, D(2020, 1, 1))
    dates = [s.date for s in result.chronology]
    assert dates == sorted(dates)
    assert result.chronology[0].text_ar.startswith("التعيين بتاريخ 01/01/2010")
    assert "الدرجة 10" in result.chronology[-1].text_ar
