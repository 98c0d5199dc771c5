"""Every text field's maximum length, the same on SQLite and PostgreSQL.

SQLite stores a 1,000-character job title in a ``VARCHAR(160)``; PostgreSQL refuses it with
an error that aborts the whole transaction. So the app checks lengths itself, from the models:

- ``String(n)`` columns hold at most ``n`` characters;
- ``Text`` columns hold at most ``info["max_length"]`` when the model says so (JSON the app
  writes, such as a settlement chronology), else :data:`SYSTEM_TEXT_MAX` for the app's own
  bookkeeping in ``core`` and ``sync`` (whole record states, logs), else
  :data:`DEFAULT_TEXT_MAX` characters: free notes and reasons a person types.

Text never holds a NUL character (PostgreSQL cannot store one) nor an unpaired surrogate
(UTF-8 cannot encode one). :func:`check_object` and :func:`check_rows` refuse either, and a
value over its limit, with a :class:`ValidationError` naming the field by its Arabic label.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, String, Table, Text

from baladiya_desktop.core.errors import ValidationError

__all__ = [
    "DEFAULT_TEXT_MAX",
    "SYSTEM_TEXT_MAX",
    "TextLimit",
    "check_object",
    "check_rows",
    "check_values",
    "field_label",
    "limits_of",
    "max_length",
    "table_limits",
    "text_fault",
]

DEFAULT_TEXT_MAX = 4_000  # a free note or reason: about two printed pages

# Text the app writes itself, not a person: "table.column" → limit. Whole record states (the
# audit log, a conflict's losing state) are bounded by their fields' limits, JSON-escaped.
SYSTEM_TEXT_MAX: dict[str, int] = {
    "audit_log.before": 2_000_000,
    "audit_log.after": 2_000_000,
    "conflict_log.loser_state": 2_000_000,
    "conflict_log.winner_state": 2_000_000,
    "conflict_log.resolution": DEFAULT_TEXT_MAX,
    "reference_item.extra": 100_000,
    "station_setting.value": 100_000,
    "sync_state.revoked_stations": 100_000,
    "enrolled_station.history_alert": DEFAULT_TEXT_MAX,
    "bundle_log.detail": 100_000,
    "sync_rejection.reason": DEFAULT_TEXT_MAX,
}

# Arabic and English labels of fields, as the area's forms and sheets name them; a
# "table.column" entry wins over a bare column name.
LABELS: dict[str, tuple[str, str]] = {
    "first_name": ("الاسم الأول", "First name"),
    "father_name": ("اسم الأب", "Father's name"),
    "grandfather_name": ("اسم الجد", "Grandfather's name"),
    "family_name": ("اللقب", "Family name"),
    "mother_name": ("اسم الأم", "Mother's name"),
    "full_name": ("الاسم الرباعي", "Full name"),
    "national_number": ("الرقم الوطني", "National number"),
    "other_id": ("رقم الوثيقة الأخرى", "Other document number"),
    "other_id_reason": ("سبب غياب الرقم الوطني", "Why there is no national number"),
    "birth_place": ("مكان الميلاد", "Place of birth"),
    "nationality": ("الجنسية", "Nationality"),
    "phone": ("الهاتف", "Phone"),
    "qualification_field": ("التخصص", "Field of study"),
    "qualification_institution": ("جهة المؤهل", "Institution"),
    "job_title": ("المسمى الوظيفي", "Job title"),
    "employee_number": ("الرقم الوظيفي", "Employee number"),
    "financial_number": ("الرقم المالي", "Financial number"),
    "notes": ("ملاحظات", "Notes"),
    "note": ("ملاحظة", "Note"),
    "reason": ("السبب", "Reason"),
    "from_value": ("القيمة السابقة", "Previous value"),
    "to_value": ("القيمة الجديدة", "New value"),
    "decision_number": ("رقم القرار", "Decision number"),
    "title": ("العنوان", "Title"),
    "file_name": ("اسم الملف", "File name"),
    "employee.name": ("الاسم", "Name"),
    "project.name": ("اسم المشروع", "Project"),
    "salary_table.name": ("اسم الجدول", "Table name"),
    "locality": ("المحلة", "Locality"),
    "funding_source": ("مصدر التمويل", "Funding"),
    "contractor": ("المقاول", "Contractor"),
    "contract_number": ("رقم العقد", "Contract no."),
    "stop_reason": ("سبب التوقف", "Stop reason"),
    "project_milestone.title": ("المرحلة", "Milestone"),
    "code": ("الرمز", "Code"),
    "name_ar": ("الاسم", "Arabic name"),
    "name_en": ("الاسم بالإنجليزية", "English name"),
    "org_unit.code": ("رمز الوحدة", "Unit code"),
    "org_unit.name_ar": ("اسم الوحدة", "Arabic name"),
    "org_post.title": ("المسمى الوظيفي", "Post title"),
    "job_group": ("المجموعة الوظيفية", "Job group"),
    "summary": ("ملخص القرار", "Summary"),
    "book_number": ("رقم الدفتر", "Book"),
    "payer_name": ("اسم الدافع", "Payer"),
    "payer_id": ("رقم هوية الدافع", "Payer ID"),
    "reference": ("رقم الصك أو الحوالة", "Cheque or transfer no."),
    "collector": ("المحصل", "Collector"),
    "void_reason": ("سبب الإلغاء", "Why voided"),
    "reopen_reason": ("سبب إعادة الفتح", "Why reopened"),
    "bank": ("المصرف", "Bank"),
    "slip_number": ("رقم إشعار الإيداع", "Deposit slip"),
    "case_number": ("رقم الملف", "Case number"),
    "current_title": ("المسمى الحالي", "Current title"),
    "proposed_title": ("المسمى المقترح", "Proposed title"),
    "requested_effect": ("الأثر المطلوب", "Requested effect"),
    "evidence": ("الشواهد", "Evidence"),
    "definition_ar": ("تعريف المؤشر", "Definition"),
    "approved_by": ("المعتمِد", "Approved by"),
    "unit": ("الوحدة", "Unit"),
    "username": ("اسم المستخدم", "User name"),
    "users.full_name": ("الاسم الكامل", "Full name"),
    "station.name": ("اسم المحطة", "Station name"),
}

_SURROGATE = re.compile("[\ud800-\udfff]")


def max_length(column: Column[Any]) -> int | None:
    """The most characters ``column`` holds; None for a column that is not text."""
    kind = column.type
    if not isinstance(kind, String):
        return None
    given = column.info.get("max_length")
    if isinstance(given, int):
        return given
    if kind.length is not None and not isinstance(kind, Text):
        return int(kind.length)
    table = getattr(column.table, "name", "")
    return SYSTEM_TEXT_MAX.get(f"{table}.{column.name}", DEFAULT_TEXT_MAX)


@dataclass(frozen=True, slots=True)
class TextLimit:
    key: str  # the attribute and column key
    name: str  # the column's name in the database
    limit: int


_CACHE: dict[Table, tuple[TextLimit, ...]] = {}


def table_limits(table: Table) -> tuple[TextLimit, ...]:
    """Every text column of ``table`` with its limit, worked out once per table."""
    found = _CACHE.get(table)
    if found is None:
        found = tuple(
            TextLimit(c.key, c.name, limit)
            for c in table.columns
            if (limit := max_length(c)) is not None
        )
        _CACHE[table] = found
    return found


def _table(model_or_table: Any) -> Table:
    table = model_or_table if isinstance(model_or_table, Table) else model_or_table.__table__
    assert isinstance(table, Table)
    return table


def limits_of(model_or_table: Any) -> dict[str, int]:
    """Column key → maximum length, for a mapped class or a table."""
    return {t.key: t.limit for t in table_limits(_table(model_or_table))}


def field_label(table: str, column: str) -> tuple[str, str]:
    """The field's Arabic and English label, else its column name."""
    return LABELS.get(f"{table}.{column}") or LABELS.get(column) or (column, column)


def text_fault(value: str, limit: int) -> str | None:
    """Why ``value`` cannot be stored in a column of ``limit`` characters (None: it can)."""
    if len(value) > limit:
        return f"longer than {limit} characters ({len(value)})"
    if "\x00" in value:
        return "holds a NUL character"
    if not value.isascii() and _SURROGATE.search(value):
        return "holds an unpaired surrogate (not valid Unicode)"
    return None


def _refusal(table: str, limit: TextLimit, value: str) -> ValidationError:
    label_ar, label_en = field_label(table, limit.name)
    if len(value) > limit.limit:
        return ValidationError(
            f"الحقل «{label_ar}» أطول من {limit.limit} حرف ({len(value)}). اختصره.",
            f'Field "{label_en}" is longer than {limit.limit} characters ({len(value)}). '
            "Shorten it.",
            field=limit.key,
        )
    return ValidationError(
        f"الحقل «{label_ar}» فيه محرف غير صالح (محرف فارغ أو رمز تالف). احذفه وأعد كتابة النص.",
        f'Field "{label_en}" holds an invalid character (NUL or a broken code). Remove it and '
        "type the text again.",
        field=limit.key,
    )


def check_values(model_or_table: Any, values: Mapping[str, Any]) -> None:
    """Refuse the first text value of ``values`` (column key → value) the table cannot hold."""
    table = _table(model_or_table)
    for limit in table_limits(table):
        value = values.get(limit.key)
        if value.__class__ is str and text_fault(value, limit.limit) is not None:
            raise _refusal(table.name, limit, value)


def check_object(obj: Any) -> None:
    """Refuse an ORM object whose text attributes its table cannot hold."""
    table = _table(type(obj))
    state = obj.__dict__  # loaded attributes only: what was not loaded was not changed
    for limit in table_limits(table):
        value = state.get(limit.key)
        if value.__class__ is str and text_fault(value, limit.limit) is not None:
            raise _refusal(table.name, limit, value)


def check_rows(table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """:func:`check_values` for many rows, column by column: one pass in C over each column
    (thousands of rows), and a row-by-row search only when a column holds a bad value."""
    for limit in table_limits(table):
        try:
            texts: list[Any] = list(map(itemgetter(limit.key), rows))
        except KeyError:
            texts = [row.get(limit.key) for row in rows]
        try:
            joined = "".join(texts)
        except TypeError:  # None or another type among them: only the text matters here
            texts = [v for v in texts if v.__class__ is str]
            joined = "".join(texts)
        if not texts or (
            max(map(len, texts)) <= limit.limit
            and "\x00" not in joined
            and (joined.isascii() or not _SURROGATE.search(joined))
        ):
            continue
        for value in texts:
            if text_fault(value, limit.limit) is not None:
                raise _refusal(table.name, limit, value)
