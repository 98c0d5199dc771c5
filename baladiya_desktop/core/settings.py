"""Station settings: declared once, typed, with defaults and descriptions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from baladiya_desktop.core.base import Base
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.permissions import Permission

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

T = TypeVar("T")


class StationSetting(Base):
    __tablename__ = "station_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    description_ar: str
    description_en: str

    def check(self, value: Any) -> T:
        if not isinstance(value, type(self.default)) or (
            isinstance(value, bool) is not isinstance(self.default, bool)
        ):
            raise ValidationError(
                f"قيمة غير صالحة للإعداد {self.key}.",
                f"Invalid value for setting {self.key}: expected {type(self.default).__name__}.",
                field=self.key,
            )
        return value


LANGUAGE: Setting[str] = Setting("ui.language", "ar", "لغة الواجهة", "Interface language")
BACKUP_KEEP: Setting[int] = Setting(
    "backup.keep", 14, "عدد النسخ الاحتياطية التلقائية المحفوظة",
    "How many automatic backups to keep",
)
BACKUP_DAILY: Setting[bool] = Setting(
    "backup.daily", True, "نسخة احتياطية يومية عند التشغيل", "Daily backup at start"
)
HEADER_LINES: Setting[list[str]] = Setting(
    "forms.header_lines",
    ["دولة ليبيا", "حكومة الوحدة الوطنية", "وزارة الحكم المحلي"],
    "أسطر ترويسة النماذج المطبوعة (قبل اسم البلدية)",
    "Header lines of printed forms (before the municipality)",
)

CASH_DAYS: Setting[int] = Setting(
    "revenue.cash_days", 3, "أقصى عدد أيام لبقاء النقد دون إيداع",
    "Most days cash may be held before it is deposited",
)

ALL_SETTINGS: dict[str, Setting[Any]] = {
    s.key: s for s in (LANGUAGE, BACKUP_KEEP, BACKUP_DAILY, HEADER_LINES, CASH_DAYS)
}


def get_setting(ctx: AppContext, setting: Setting[T]) -> T:
    with ctx.session() as session:
        row = session.get(StationSetting, setting.key)
        if row is None:
            return setting.default
        return setting.check(json.loads(row.value))


def set_setting(ctx: AppContext, setting: Setting[T], value: T) -> None:
    checked = setting.check(value)
    if setting is LANGUAGE and checked not in ("ar", "en"):
        raise ValidationError("اللغة يجب أن تكون ar أو en.", "Language must be ar or en.")
    # The interface language is each clerk's own choice; everything else is the administrator's.
    permission = None if setting is LANGUAGE else Permission.SETTINGS_MANAGE
    with ctx.write(permission, "settings.set") as tx:
        row = tx.session.get(StationSetting, setting.key)
        text = json.dumps(checked, ensure_ascii=False)
        if row is None:
            tx.session.add(StationSetting(key=setting.key, value=text))
        else:
            row.value = text
