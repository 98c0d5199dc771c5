"""The staff area's code lists and how input names them."""

from __future__ import annotations

from sqlalchemy.orm import Session

from baladiya_desktop.core.reference import RefItem, load_list, resolve, seed_list

QUALIFICATIONS = "qualification_level"
EMPLOYMENT_TYPES = "employment_type"
STATUSES = "employee_status"
MARITAL = "marital_status"

LISTS = {
    QUALIFICATIONS: "qualification_levels.csv",
    EMPLOYMENT_TYPES: "employment_types.csv",
    STATUSES: "employee_statuses.csv",
    MARITAL: "marital_statuses.csv",
}
WHAT_AR = {
    QUALIFICATIONS: "المؤهل",
    EMPLOYMENT_TYPES: "نوع التوظيف",
    STATUSES: "الحالة الوظيفية",
    MARITAL: "الحالة الاجتماعية",
}


def seed(session: Session) -> None:
    for list_name, csv_name in LISTS.items():
        seed_list(session, list_name, csv_name)


class StaffLists:
    """The lists loaded once per operation (an import resolves thousands of rows)."""

    def __init__(self, session: Session) -> None:
        self.items: dict[str, list[RefItem]] = {n: load_list(session, n) for n in LISTS}

    def code(self, list_name: str, value: str, field: str) -> str:
        if not value:
            return ""
        return resolve(self.items[list_name], value, field=field, what_ar=WHAT_AR[list_name])

    def name_ar(self, list_name: str, code: str) -> str:
        for item in self.items[list_name]:
            if item.code == code:
                return item.name_ar
        return code

    def active_statuses(self) -> set[str]:
        return {i.code for i in self.items[STATUSES] if i.extra.get("active") == "1"}
