"""كشف المستخدمين والصلاحيات: who may use this station, and what each role may do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Spacer
from sqlalchemy import select

from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.errors import NotFound
from baladiya_desktop.core.permissions import (
    GRANTS,
    PERMISSION_TITLES_AR,
    ROLE_TITLES_AR,
    Permission,
    Role,
)
from baladiya_desktop.core.users import User
from baladiya_desktop.reports.forms.common import heading, note, show_date
from baladiya_desktop.reports.layout import frame_width
from baladiya_desktop.reports.registry import Content, FormSpec, Page, register_form
from baladiya_desktop.reports.summary import Fact
from baladiya_desktop.reports.table import proportional_widths, rtl_table

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

STATUS_AR = {"active": "نشط", "disabled": "موقوف", "locked": "مقفل مؤقتاً"}


def _status(user: User) -> str:
    if user.disabled:
        return "disabled"
    locked = user.locked_until is not None and user.locked_until > utcnow()
    return "locked" if locked else "active"


def content(ctx: AppContext, key: str) -> Content:
    if key != "all":
        raise NotFound("كشف المستخدمين يشمل الجميع فقط.", "The users list covers everyone only.")
    with ctx.session() as session:
        users = [
            {
                "username": u.username,
                "full_name": u.full_name,
                "role": u.role,
                "status": _status(u),
                "created": u.created_at.date().isoformat(),
            }
            for u in session.scalars(select(User).order_by(User.username))
        ]
    # What each role may do is printed too, so it is part of what the QR vouches for.
    roles = {role.value: sorted(p.value for p in GRANTS[role]) for role in Role}
    return {"users": users, "roles": roles}


def _role_title(value: str) -> str:
    try:
        return ROLE_TITLES_AR[Role(value)]
    except ValueError:
        return value


def _may(role: str, granted: list[str]) -> str:
    if set(granted) == {p.value for p in Permission}:
        return "جميع الصلاحيات"
    # In the order Permission declares them: users first, then each area's read before write.
    return "، ".join(PERMISSION_TITLES_AR[p] for p in Permission if p.value in granted)


def layout(ctx: AppContext, data: Content) -> Page:
    width = frame_width()
    users = data["users"]
    rows: list[list[str | int | None]] = [
        [
            n,
            u["username"],
            u["full_name"],
            _role_title(u["role"]),
            STATUS_AR.get(u["status"], u["status"]),
            show_date(u["created"]),
        ]
        for n, u in enumerate(users, start=1)
    ]
    active = sum(1 for u in users if u["status"] == "active")
    users_table = rtl_table(
        ["م", "اسم المستخدم", "الاسم الكامل", "الدور", "الحالة", "تاريخ الإنشاء"],
        rows,
        proportional_widths([5, 16, 25, 25, 12, 14], width),
        empty_text="لا يوجد مستخدمون",
    )
    roles_table = rtl_table(
        ["الدور", "ما يسمح به"],
        [[_role_title(r), _may(r, granted)] for r, granted in data["roles"].items()],
        proportional_widths([26, 74], width),
        zebra=False,
    )
    story = [
        *heading(f"المستخدمون: {len(users)} (النشطون منهم: {active})"),
        users_table,
        *heading("صلاحيات الأدوار"),
        roles_table,
        Spacer(1, 4),
        note("المستخدم الموقوف لا يستطيع الدخول؛ والمقفل مؤقتاً أُقفل بعد محاولات دخول خاطئة."),
    ]
    return Page(story, signatures=["مدير النظام", "عميد البلدية"], stamp=True)


SUMMARY = (
    Fact("c", "عدد المستخدمين", "Users", lambda c: len(c["users"]), "number"),
    Fact("a", "النشطون", "Active", lambda c: sum(u["status"] == "active" for u in c["users"]),
         "number"),
    Fact("m", "المديرون", "Administrators",
         lambda c: sum(u["role"] == "admin" for u in c["users"]), "number"),
)  # fmt: skip


FORM = register_form(
    FormSpec(
        name="users-list",
        title_ar="كشف المستخدمين والصلاحيات",
        title_en="Users and permissions",
        needs_id=False,
        permission=Permission.USERS_MANAGE,
        prefix="ك م",
        content=content,
        layout=layout,
        summary=SUMMARY,
    )
)
