"""The settlement area's reference data: rules, case types, documents."""

from __future__ import annotations

from sqlalchemy.orm import Session

from baladiya_desktop.core.reference import RefItem, load_list, seed_list
from baladiya_desktop.domain.settlement.entitlement import Rules
from baladiya_desktop.domain.staff.references import QUALIFICATIONS

RULES = "settlement_rule"
CASE_TYPES = "settlement_case_type"
DOCUMENTS = "settlement_document"
LISTS = {
    RULES: "settlement_rules.csv",
    CASE_TYPES: "settlement_case_types.csv",
    DOCUMENTS: "settlement_documents.csv",
}
DEFAULTS = {
    "min_years_in_grade": 4,
    "max_increments": 10,
    "incentive_max": 2,
    "max_grade": 15,
    "ministry_grade": 10,
}


def seed(session: Session) -> None:
    for list_name, csv_name in LISTS.items():
        seed_list(session, list_name, csv_name)


def rule_values(session: Session) -> dict[str, int]:
    values = dict(DEFAULTS)
    for item in load_list(session, RULES):
        try:
            values[item.code] = int(str(item.extra.get("value", "")))
        except ValueError:
            continue
    return values


def load_rules(session: Session) -> Rules:
    values = rule_values(session)
    entry = {}
    quals = load_list(session, QUALIFICATIONS)
    for item in quals:
        try:
            entry[item.code] = int(str(item.extra.get("entry_grade", "")))
        except ValueError:
            continue
    return Rules(
        entry_grade=entry,
        names_ar={q.code: q.name_ar for q in quals},
        min_years=values["min_years_in_grade"],
        max_grade=values["max_grade"],
        max_increments=values["max_increments"],
        incentive_max=values["incentive_max"],
    )


def case_types(session: Session) -> list[RefItem]:
    return load_list(session, CASE_TYPES)


def documents(session: Session) -> list[RefItem]:
    return load_list(session, DOCUMENTS)
