"""``users add|list|passwd|disable|enable|role|recover``: the administrator's user management,
and the way back in with the recovery code."""

from __future__ import annotations

import argparse
import getpass
import os

from baladiya_desktop.cli.common import Cli
from baladiya_desktop.core import users
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.permissions import ROLE_TITLES_EN, Role


def cmd_add(cli: Cli) -> int:
    ctx = cli.login()
    user = users.add_user(ctx, cli.args.name, cli.args.role, cli.new_password(),
                          cli.args.full_name or "")
    cli.emit({"username": user.username, "role": user.role.value},
             f"أُضيف المستخدم {user.username} / user added ({user.role.value})")
    return 0


def cmd_list(cli: Cli) -> int:
    ctx = cli.login()
    rows = users.list_users(ctx)
    data = [
        {"username": r.username, "full_name": r.full_name, "role": r.role.value,
         "disabled": r.disabled, "locked": r.locked, "created_at": r.created_at}
        for r in rows
    ]

    def text() -> str:
        lines = []
        for r in rows:
            flags = " [disabled]" if r.disabled else (" [locked]" if r.locked else "")
            lines.append(f"{r.username}\t{ROLE_TITLES_EN[r.role]}\t{r.full_name}{flags}")
        return "\n".join(lines)

    cli.emit(data, text)
    return 0


def cmd_passwd(cli: Cli) -> int:
    ctx = cli.login()
    users.change_password(ctx, cli.args.name, cli.new_password())
    cli.emit({"username": cli.args.name, "changed": True},
             f"تغيّرت كلمة مرور {cli.args.name} / password changed")
    return 0


def cmd_disable(cli: Cli) -> int:
    ctx = cli.login()
    users.set_disabled(ctx, cli.args.name, True)
    cli.emit({"username": cli.args.name, "disabled": True},
             f"أُوقف المستخدم {cli.args.name} / user disabled")
    return 0


def cmd_enable(cli: Cli) -> int:
    ctx = cli.login()
    users.set_disabled(ctx, cli.args.name, False)
    cli.emit({"username": cli.args.name, "disabled": False},
             f"أُعيد تفعيل المستخدم {cli.args.name} / user enabled")
    return 0


def cmd_role(cli: Cli) -> int:
    ctx = cli.login()
    users.set_role(ctx, cli.args.name, cli.args.role)
    cli.emit({"username": cli.args.name, "role": cli.args.role},
             f"تغيّر دور {cli.args.name} / role changed to {cli.args.role}")
    return 0


def recovery_text(code: str) -> str:
    """How a new recovery code is shown: once, with what to do with it."""
    return (
        f"رمز الاسترداد (يظهر هذه المرة فقط): {code}\n"
        "اكتبه على ورقة واحفظها مع أوراق المحطة: به يعيّن المدير كلمة مرور جديدة إن نسيها "
        "(baladiya users recover).\n"
        f"Recovery code (shown only this once): {code}\n"
        "Write it down and keep it with the station's papers: it sets a new password if the "
        "administrator forgets it (baladiya users recover)."
    )


def _recovery_inputs(cli: Cli) -> tuple[str, str]:
    """The recovery code and the new password: BALADIYA_RECOVERY_CODE and BALADIYA_PASSWORD
    (or BALADIYA_NEW_PASSWORD), else lines of stdin (code, then password), else prompts."""
    code = os.environ.get("BALADIYA_RECOVERY_CODE")
    password = os.environ.get("BALADIYA_NEW_PASSWORD") or os.environ.get("BALADIYA_PASSWORD")
    if cli.args.password_stdin:
        code, password = cli._stdin_line(0), cli._stdin_line(1)
    elif cli.stdin.isatty():
        code = code or getpass.getpass("Recovery code / رمز الاسترداد: ")
        password = password or getpass.getpass("New password / كلمة المرور الجديدة: ")
    elif not code:
        code = cli._stdin_line(0)
        password = password or cli._stdin_line(1)
    if not code or not password:
        raise UserError(
            "أعطِ رمز الاسترداد وكلمة المرور الجديدة: في المتغيرين BALADIYA_RECOVERY_CODE و"
            "BALADIYA_PASSWORD، أو في سطرين على الإدخال القياسي (الرمز ثم كلمة المرور).",
            "Give the recovery code and the new password: in BALADIYA_RECOVERY_CODE and "
            "BALADIYA_PASSWORD, or as two lines on standard input (the code, then the password).",
        )
    return code, password


def cmd_recover(cli: Cli) -> int:
    ctx = cli.open()
    code, password = _recovery_inputs(cli)
    replacement = users.recover(ctx, cli.args.name, code, password)
    cli.emit({"username": cli.args.name, "recovered": True, "recovery_code": replacement},
             f"تغيّرت كلمة مرور {cli.args.name} / password set\n{recovery_text(replacement)}")
    return 0


def cmd_recovery_code(cli: Cli) -> int:
    ctx = cli.login()
    code = users.issue_recovery_code(ctx)
    cli.emit({"username": ctx.require_user().username, "recovery_code": code},
             recovery_text(code))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("users", help="user management (administrator)")
    s = p.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    roles = [r.value for r in Role]

    a = s.add_parser("add", help="add a user (password from BALADIYA_NEW_PASSWORD)")
    a.add_argument("name")
    a.add_argument("--role", required=True, choices=roles)
    a.add_argument("--full-name")
    a.set_defaults(handler=cmd_add)

    s.add_parser("list", help="list users").set_defaults(handler=cmd_list)

    a = s.add_parser("passwd", help="set a user's password (from BALADIYA_NEW_PASSWORD)")
    a.add_argument("name")
    a.set_defaults(handler=cmd_passwd)

    a = s.add_parser("disable", help="disable a user")
    a.add_argument("name")
    a.set_defaults(handler=cmd_disable)

    a = s.add_parser("enable", help="enable a disabled user")
    a.add_argument("name")
    a.set_defaults(handler=cmd_enable)

    a = s.add_parser("role", help="change a user's role")
    a.add_argument("name")
    a.add_argument("--role", required=True, choices=roles)
    a.set_defaults(handler=cmd_role)

    a = s.add_parser(
        "recover",
        help="set a forgotten password with the recovery code (BALADIYA_RECOVERY_CODE and "
        "BALADIYA_PASSWORD, or two stdin lines); prints a new recovery code",
    )
    a.add_argument("name")
    a.set_defaults(handler=cmd_recover)

    s.add_parser(
        "recovery-code",
        help="a new recovery code for the logged-in administrator (the old one stops working)",
    ).set_defaults(handler=cmd_recovery_code)
