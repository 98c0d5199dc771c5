"""The staff area's code lists and how input names them."""

from __future__ import annotations

from functools import cache

from sqlalchemy.orm import Session

from baladiya_desktop.core.reference import RefItem, load_list, resolve, seed_list, shipped_list

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
FEMININE = "name_ar_f"  # a list's column: the Arabic name said of a woman (عزباء, أرملة)


def item_name(item: RefItem, lang: str = "ar", sex: str = "") -> str:
    """The name of a list entry in the interface's language, said of a woman when ``sex`` is
    "F" and the list has the feminine form: one rule for the windows, the forms and exports."""
    if lang != "ar":
        return item.name_en or item.name_ar or item.code
    if sex == "F":
        return item.extra.get(FEMININE) or _shipped_feminine(item) or item.name_ar
    return item.name_ar or item.code


def _shipped_feminine(item: RefItem) -> str:
    """A list seeded before the column existed: the shipped feminine form, while the stored
    masculine name is still the shipped one (a ministry's own name is not guessed at)."""
    return _shipped_feminines().get((item.code, item.name_ar), "")


@cache
def _shipped_feminines() -> dict[tuple[str, str], str]:
    return {
        (i.code, i.name_ar): str(i.extra[FEMININE])
        for csv_name in LISTS.values()
        for i in shipped_list(csv_name)
        if i.extra.get(FEMININE)
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

    def name(self, list_name: str, code: str, lang: str = "ar", sex: str = "") -> str:
        """``code`` named for people: by language, and by the person's sex where it matters."""
        for item in self.items[list_name]:
            if item.code == code:
                return item_name(item, lang, sex)
        return code

    def active_statuses(self) -> set[str]:
        return {i.code for i in self.items[STATUSES] if i.extra.get("active") == "1"}
