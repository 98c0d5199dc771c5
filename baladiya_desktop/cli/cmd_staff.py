"""``staff search`` (and the register's workbook in and out)."""

from __future__ import annotations

import argparse

from baladiya_desktop.cli.common import Cli
from baladiya_desktop.domain.staff import queries


def cmd_search(cli: Cli) -> int:
    ctx = cli.login()
    rows = queries.search(ctx, cli.args.text, limit=cli.args.limit,
                          municipality=cli.args.municipality)
    data = [
        {"id": r.id, "national_number": r.national_number, "full_name": r.full_name,
         "employee_number": r.employee_number, "unit": r.unit_name, "grade": r.grade}
        for r in rows
    ]
    cli.emit(data, lambda: "\n".join(
        f"{r.national_number or '-'}\t{r.full_name}\t{r.unit_name}\t{r.grade or ''}"
        for r in rows) or "لا توجد نتائج / no matches")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("staff", help="the staff register")
    s = p.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    a = s.add_parser("search", help="Arabic-normalised search by name, national or employee "
                     "number")
    a.add_argument("text")
    a.add_argument("--limit", type=int, default=50)
    a.add_argument("--municipality", help="at the ministry: one municipality only")
    a.set_defaults(handler=cmd_search)
