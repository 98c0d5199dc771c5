"""What a unit and a post must satisfy, checked before anything is written."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.text import clean_text

CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]{0,31}$")
STATUSES = ("proposed", "approved", "closed")
STATUS_AR = {"proposed": "مقترح", "approved": "معتمد", "closed": "مغلق"}
MIN_GRADE, MAX_GRADE = 1, 15


@dataclass(frozen=True)
class Decision:
    """The approving decision of a structure change (رقم القرار وتاريخه)."""

    number: str
    date: dt.date

    def checked(self) -> Decision:
        number = clean_text(self.number)
        if not number:
            raise ValidationError("اكتب رقم قرار الاعتماد.", "Give the decision number.",
                                  field="decision_number")
        if self.date > dt.date.today():
            raise ValidationError("تاريخ القرار في المستقبل.", "The decision date is in the "
                                  "future.", field="decision_date")
        return Decision(number, self.date)


def check_code(code: str) -> str:
    code = code.strip()
    if not CODE_RE.match(code):
        raise ValidationError(
            f"رمز الوحدة «{code}» غير صالح: استخدم حروفاً لاتينية وأرقاماً و - أو . فقط "
            "(حتى 32 حرفاً).",
            f"Unit code '{code}' is invalid: use Latin letters, digits, - or . (up to 32).",
            field="code",
        )
    return code


def check_name(name: str) -> str:
    name = clean_text(name)
    if not name:
        raise ValidationError("اسم الوحدة بالعربية مطلوب.", "The Arabic name is required.",
                              field="name_ar")
    if len(name) > 200:
        raise ValidationError("اسم الوحدة أطول من 200 حرف.", "The name is over 200 characters.",
                              field="name_ar")
    return name


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise ValidationError(
            f"حالة الوحدة «{status}» غير معروفة: مقترح أو معتمد أو مغلق.",
            f"Unknown status '{status}': proposed, approved or closed.",
            field="status",
        )
    return status


def check_unit_type(code: str, known: Mapping[str, str]) -> str:
    if code not in known:
        names = "، ".join(known.values())
        raise ValidationError(
            f"نوع الوحدة «{code}» غير معروف. الأنواع المعروفة: {names}.",
            f"Unknown unit type '{code}'. Known: {', '.join(known)}.",
            field="unit_type",
        )
    return code


def check_no_cycle(unit_id: uuid.UUID, new_parent: uuid.UUID | None,
                   parent_of: Mapping[uuid.UUID, uuid.UUID | None]) -> None:
    """Refuse a parent that is the unit itself or one of its descendants."""
    seen: set[uuid.UUID] = set()
    current = new_parent
    while current is not None:
        if current == unit_id:
            raise ValidationError(
                "لا يمكن أن تتبع الوحدة نفسها أو إحدى الوحدات التابعة لها.",
                "A unit cannot report to itself or to one of its own sub-units.",
                field="parent",
            )
        if current in seen:  # an existing loop elsewhere: stop rather than spin
            break
        seen.add(current)
        current = parent_of.get(current)


def check_post(title: str, grade_min: int, grade_max: int, approved: int) -> str:
    title = clean_text(title)
    if not title:
        raise ValidationError("المسمى الوظيفي مطلوب.", "The post title is required.",
                              field="title")
    for value, field in ((grade_min, "grade_min"), (grade_max, "grade_max")):
        if not MIN_GRADE <= value <= MAX_GRADE:
            raise ValidationError(
                f"الدرجة {value} خارج جدول الدرجات (من 1 إلى 15).",
                f"Grade {value} is outside the table (1 to 15).",
                field=field,
            )
    if grade_min > grade_max:
        raise ValidationError("الدرجة الدنيا أكبر من العليا.", "The lowest grade is above the "
                              "highest.", field="grade_min")
    if approved < 0:
        raise ValidationError("عدد الوظائف المعتمدة لا يكون سالباً.",
                              "The number of approved posts cannot be negative.",
                              field="approved_count")
    return title
