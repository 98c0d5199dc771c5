"""What an employee record must satisfy before it is written."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.national_number import validate_national_number
from baladiya_desktop.core.text import clean_text

MIN_GRADE, MAX_GRADE = 1, 15
MAX_INCREMENTS = 30
MIN_WORKING_AGE = 16
PHONE_RE = re.compile(r"^(?:\+?218|0)?(9[1-5]\d{7}|[1-8]\d{6,8})$")
OTHER_ID_KINDS = {"admin_number": "رقم إداري", "passport": "جواز سفر", "other": "أخرى"}


@dataclass(frozen=True)
class EmployeeInput:
    """An employee as entered or imported; dates already parsed, codes already resolved."""

    first_name: str
    father_name: str
    family_name: str
    sex: str
    grandfather_name: str = ""
    mother_name: str = ""
    national_number: str | None = None
    other_id_kind: str = ""
    other_id: str = ""
    other_id_reason: str = ""
    birth_date: dt.date | None = None
    birth_place: str = ""
    nationality: str = "ليبي"
    marital_status: str = ""
    phone: str = ""
    qualification: str = ""
    qualification_field: str = ""
    qualification_year: int | None = None
    qualification_institution: str = ""
    hire_date: dt.date | None = None
    employment_type: str = "permanent"
    status: str = "at_work"
    unit_code: str = ""
    post_title: str = ""
    job_title: str = ""
    grade: int | None = None
    increments: int = 0
    grade_date: dt.date | None = None
    last_increment_date: dt.date | None = None
    employee_number: str = ""
    financial_number: str = ""
    notes: str = ""

    @property
    def full_name(self) -> str:
        parts = (self.first_name, self.father_name, self.grandfather_name, self.family_name)
        return " ".join(p for p in parts if p)


def _refuse(ar: str, en: str, field: str) -> ValidationError:
    return ValidationError(ar, en, field=field)


def check_employee(data: EmployeeInput, today: dt.date | None = None) -> EmployeeInput:
    """The cleaned record, or the first rule it breaks, named in Arabic and English."""
    today = today or dt.date.today()
    names = {
        k: clean_text(getattr(data, k))
        for k in ("first_name", "father_name", "grandfather_name", "family_name", "mother_name")
    }
    for key, label in (
        ("first_name", "الاسم الأول"),
        ("father_name", "اسم الأب"),
        ("family_name", "اللقب"),
    ):
        if not names[key]:
            raise _refuse(f"{label} مطلوب.", f"The {key.replace('_', ' ')} is required.", key)
    sex = data.sex.upper()[:1]
    if sex not in ("M", "F"):
        raise _refuse("الجنس يجب أن يكون ذكراً أو أنثى.", "Sex must be M or F.", "sex")
    if data.birth_date and data.birth_date > today:
        raise _refuse(
            "تاريخ الميلاد في المستقبل.", "The birth date is in the future.", "birth_date"
        )
    national = None
    if data.national_number:
        national = validate_national_number(
            data.national_number,
            sex=sex,
            birth_year=data.birth_date.year if data.birth_date else None,
            today=today,
        ).value
    other_kind, other_id = data.other_id_kind.strip(), clean_text(data.other_id)
    if national is None:
        if not other_id or not data.other_id_reason.strip():
            raise _refuse(
                "الرقم الوطني مطلوب. إن لم يكن للموظف رقم وطني فاكتب معرّفاً آخر (رقم إداري أو "
                "جواز سفر) وسبب عدم وجود الرقم الوطني.",
                "The national number is required; without one, give another identifier "
                "and the reason.",
                "national_number",
            )
        if other_kind not in OTHER_ID_KINDS:
            raise _refuse(
                "نوع المعرّف الآخر غير معروف.", "Unknown kind of identifier.", "other_id_kind"
            )
    if data.hire_date:
        if data.hire_date > today:
            raise _refuse(
                "تاريخ التعيين في المستقبل.", "The hire date is in the future.", "hire_date"
            )
        if data.birth_date and data.hire_date < data.birth_date:
            raise _refuse(
                "تاريخ التعيين قبل تاريخ الميلاد.", "The hire date is before birth.", "hire_date"
            )
        if data.birth_date and (data.hire_date.year - data.birth_date.year) < MIN_WORKING_AGE:
            raise _refuse(
                f"عمر الموظف عند التعيين أقل من {MIN_WORKING_AGE} سنة: راجع التاريخين.",
                f"The employee was under {MIN_WORKING_AGE} when hired: check both dates.",
                "hire_date",
            )
    if data.grade is not None and not MIN_GRADE <= data.grade <= MAX_GRADE:
        raise _refuse(
            f"الدرجة {data.grade} خارج جدول الدرجات (من 1 إلى 15).",
            f"Grade {data.grade} is outside the table (1 to 15).",
            "grade",
        )
    if not 0 <= data.increments <= MAX_INCREMENTS:
        raise _refuse(
            "عدد العلاوات غير معقول.", "The number of increments is not plausible.", "increments"
        )
    for key in ("grade_date", "last_increment_date"):
        value = getattr(data, key)
        if value and value > today:
            raise _refuse("التاريخ في المستقبل.", "The date is in the future.", key)
    if data.qualification_year and not 1900 <= data.qualification_year <= today.year:
        raise _refuse(
            "سنة المؤهل غير صحيحة.", "The qualification year is not valid.", "qualification_year"
        )
    phone = normalize_digits(data.phone).replace(" ", "").replace("-", "")
    if phone and not PHONE_RE.match(phone):
        raise _refuse(
            "رقم الهاتف غير صحيح (مثال: 0912345678).",
            "The phone number is not valid (e.g. 0912345678).",
            "phone",
        )
    return replace(
        data,
        first_name=names["first_name"],
        father_name=names["father_name"],
        grandfather_name=names["grandfather_name"],
        family_name=names["family_name"],
        mother_name=names["mother_name"],
        sex=sex,
        national_number=national,
        other_id_kind=other_kind,
        other_id=other_id,
        other_id_reason=clean_text(data.other_id_reason),
        phone=phone,
        birth_place=clean_text(data.birth_place),
        nationality=clean_text(data.nationality),
        job_title=clean_text(data.job_title),
        qualification_field=clean_text(data.qualification_field),
        qualification_institution=clean_text(data.qualification_institution),
        employee_number=clean_text(normalize_digits(data.employee_number)),
        financial_number=clean_text(normalize_digits(data.financial_number)),
    )
