"""Roles and what each may do. Services check; the UI only hides."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    STAFF_OFFICER = "staff_officer"
    REVENUE_OFFICER = "revenue_officer"
    VIEWER = "viewer"


ROLE_TITLES_AR: dict[Role, str] = {
    Role.ADMIN: "مدير النظام (وكيل البلدية)",
    Role.STAFF_OFFICER: "مسؤول شؤون الموظفين",
    Role.REVENUE_OFFICER: "مسؤول الإيرادات",
    Role.VIEWER: "مطّلع",
}

ROLE_TITLES_EN: dict[Role, str] = {
    Role.ADMIN: "Administrator (municipal agent)",
    Role.STAFF_OFFICER: "Staff affairs officer",
    Role.REVENUE_OFFICER: "Revenue officer",
    Role.VIEWER: "Viewer",
}


class Permission(StrEnum):
    USERS_MANAGE = "users.manage"
    SETTINGS_MANAGE = "settings.manage"
    BACKUP_RUN = "backup.run"
    BACKUP_RESTORE = "backup.restore"
    AUDIT_READ = "audit.read"
    REPORTS_PRINT = "reports.print"
    STATION_READ = "station.read"
    ORG_READ = "org.read"
    ORG_WRITE = "org.write"
    STAFF_READ = "staff.read"
    STAFF_WRITE = "staff.write"
    SETTLEMENT_READ = "settlement.read"
    SETTLEMENT_WRITE = "settlement.write"
    SETTLEMENT_APPROVE = "settlement.approve"
    REVENUE_READ = "revenue.read"
    REVENUE_WRITE = "revenue.write"
    REVENUE_CLOSE = "revenue.close"
    INDICATORS_READ = "indicators.read"
    INDICATORS_WRITE = "indicators.write"
    INDICATORS_APPROVE = "indicators.approve"
    PROJECTS_READ = "projects.read"
    PROJECTS_WRITE = "projects.write"
    SYNC_EXPORT = "sync.export"
    SYNC_IMPORT = "sync.import"


# Every permission in Arabic, for the printed users list and the settings page.
PERMISSION_TITLES_AR: dict[Permission, str] = {
    Permission.USERS_MANAGE: "إدارة المستخدمين",
    Permission.SETTINGS_MANAGE: "تعديل الإعدادات",
    Permission.BACKUP_RUN: "أخذ نسخة احتياطية",
    Permission.BACKUP_RESTORE: "الاستعادة من نسخة احتياطية",
    Permission.AUDIT_READ: "الاطلاع على سجل التدقيق",
    Permission.REPORTS_PRINT: "طباعة النماذج والتقارير",
    Permission.STATION_READ: "الاطلاع على بيانات المحطة",
    Permission.ORG_READ: "الاطلاع على الهيكل التنظيمي",
    Permission.ORG_WRITE: "تعديل الهيكل التنظيمي",
    Permission.STAFF_READ: "الاطلاع على بيانات الموظفين",
    Permission.STAFF_WRITE: "تعديل بيانات الموظفين",
    Permission.SETTLEMENT_READ: "الاطلاع على التسويات",
    Permission.SETTLEMENT_WRITE: "إعداد التسويات",
    Permission.SETTLEMENT_APPROVE: "اعتماد التسويات",
    Permission.REVENUE_READ: "الاطلاع على الإيرادات",
    Permission.REVENUE_WRITE: "تسجيل الإيرادات",
    Permission.REVENUE_CLOSE: "إقفال فترات الإيرادات",
    Permission.INDICATORS_READ: "الاطلاع على المؤشرات",
    Permission.INDICATORS_WRITE: "تسجيل المؤشرات",
    Permission.INDICATORS_APPROVE: "اعتماد المؤشرات والتقييم الذاتي",
    Permission.PROJECTS_READ: "الاطلاع على المشاريع",
    Permission.PROJECTS_WRITE: "تسجيل المشاريع ومتابعتها",
    Permission.SYNC_EXPORT: "تصدير حزم المزامنة",
    Permission.SYNC_IMPORT: "استيراد حزم المزامنة",
}


_READ_ALL = {
    Permission.STATION_READ,
    Permission.ORG_READ,
    Permission.STAFF_READ,
    Permission.SETTLEMENT_READ,
    Permission.REVENUE_READ,
    Permission.INDICATORS_READ,
    Permission.PROJECTS_READ,
    Permission.REPORTS_PRINT,
}

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.STAFF_OFFICER: frozenset(
        _READ_ALL
        | {
            Permission.ORG_WRITE,
            Permission.STAFF_WRITE,
            Permission.SETTLEMENT_WRITE,
            Permission.INDICATORS_WRITE,
            Permission.PROJECTS_WRITE,
            Permission.BACKUP_RUN,
        }
    ),
    Role.REVENUE_OFFICER: frozenset(
        _READ_ALL - {Permission.STAFF_READ, Permission.SETTLEMENT_READ}
        | {Permission.REVENUE_WRITE, Permission.INDICATORS_WRITE, Permission.BACKUP_RUN}
    ),
    Role.VIEWER: frozenset(_READ_ALL - {Permission.STAFF_READ, Permission.SETTLEMENT_READ}),
}


def role_may(role: Role, permission: Permission) -> bool:
    return permission in GRANTS[role]


def parse_role(value: str) -> Role:
    from baladiya_desktop.core.errors import ValidationError

    try:
        return Role(value)
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise ValidationError(
            f"الدور «{value}» غير معروف. الأدوار المتاحة: {names}",
            f"Unknown role '{value}'. Roles: {names}",
            field="role",
        ) from None
