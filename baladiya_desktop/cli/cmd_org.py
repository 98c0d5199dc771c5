"""``org tree`` · ``org template`` (and the structure's workbook in and out)."""

from __future__ import annotations

import argparse

from baladiya_desktop.cli.common import Cli
from baladiya_desktop.domain.org import queries
from baladiya_desktop.domain.org.queries import UnitNode
from baladiya_desktop.domain.org.rules import STATUS_AR
from baladiya_desktop.domain.org.template import apply_template


def _text_tree(nodes: list[UnitNode], depth: int = 0) -> list[str]:
    lines = []
    for node in nodes:
        status = "" if node.status == "approved" else f" ({STATUS_AR[node.status]})"
        posts = f"  [{node.filled}/{node.approved}]" if node.posts else ""
        lines.append(f"{'    ' * depth}{node.code}  {node.name_ar}{status}{posts}")
        lines.extend(_text_tree(node.children, depth + 1))
    return lines


def cmd_tree(cli: Cli) -> int:
    ctx = cli.open()
    if cli.args.user or cli.args.password_stdin:
        ctx = cli.login()
    municipality = cli.args.municipality or ctx.station.municipality_code
    roots = queries.structure(ctx, municipality, include_closed=not cli.args.open_only)
    cli.emit(queries.tree_to_json(roots),
             lambda: "\n".join(_text_tree(roots)) or "لا يوجد هيكل مسجل / no structure yet")
    return 0


def cmd_template(cli: Cli) -> int:
    ctx = cli.login()
    made = apply_template(ctx)
    cli.emit({"units": made}, f"أُنشئ الهيكل النموذجي: {made} وحدة / template applied")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("org", help="organizational structure")
    s = p.add_subparsers(dest="org_command", required=True, metavar="ACTION")
    a = s.add_parser("tree", help="the structure as a tree (--json: nested units with posts)")
    a.add_argument("--municipality", help="at the ministry: one municipality's structure")
    a.add_argument("--open-only", action="store_true", help="leave out closed units")
    a.set_defaults(handler=cmd_tree)
    s.add_parser("template", help="start from the model structure (empty station only)") \
        .set_defaults(handler=cmd_template)
