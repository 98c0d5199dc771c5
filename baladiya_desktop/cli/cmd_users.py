"""``users add|list|passwd|disable|enable|role``: the administrator's user management."""

from __future__ import annotations

import argparse

from baladiya_desktop.cli.common import Cli
from baladiya_desktop.core import users
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
