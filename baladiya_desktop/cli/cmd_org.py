"""``org tree`` · ``org template`` · ``org import FILE.xlsx`` · ``org export FILE.xlsx``."""

from __future__ import annotations

import argparse
from pathlib import Path

from baladiya_desktop.cli.common import Cli
from baladiya_desktop.core.progress import ProgressSink
from baladiya_desktop.domain.org import queries
from baladiya_desktop.domain.org.queries import UnitNode
from baladiya_desktop.domain.org.rules import STATUS_AR
from baladiya_desktop.domain.org.template import apply_template
from baladiya_desktop.exchange.mappings.org import (
    export_structure,
    import_structure_file,
    write_structure_template,
)


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
    cli.emit(
        queries.tree_to_json(roots),
        lambda: "\n".join(_text_tree(roots)) or "لا يوجد هيكل مسجل / no structure yet",
    )
    return 0


def cmd_template(cli: Cli) -> int:
    ctx = cli.login()
    made = apply_template(ctx)
    cli.emit({"units": made}, f"أُنشئ الهيكل النموذجي: {made} وحدة / template applied")
    return 0


def _progress_bar(cli: Cli) -> ProgressSink:
    """A quiet sink: progress lines on stderr only for long work, never with --json."""

    def sink(done: int, total: int, label: str = "") -> None:
        if not cli.as_json and total >= 2000 and done:
            cli.stderr.write(f"\r{label} {done}/{total}")
            if done >= total:
                cli.stderr.write("\n")

    return sink


def cmd_import(cli: Cli) -> int:
    ctx = cli.login()
    args = cli.args
    result = import_structure_file(
        ctx,
        Path(args.file),
        good_rows=args.good_rows,
        dry_run=args.dry_run,
        progress=_progress_bar(cli),
    )
    if args.report:
        result.write_report(Path(args.report))

    def text() -> str:
        lines = [result.summary("ar"), result.summary("en")]
        lines += [f"  {sheet} {e.row}: {e.reason_ar}" for sheet, e in result.rejected()]
        if result.rejected_rows and not result.written and not args.dry_run:
            lines.append(
                "لم يُستورد شيء. صحّح الصفوف المرفوضة، أو استورد الصفوف السليمة فقط "
                "بالخيار --good-rows / Nothing was imported: fix the rows, or use "
                "--good-rows."
            )
        return "\n".join(lines)

    cli.emit(result.to_json(), text)
    refused_all = result.rejected_rows and not args.good_rows
    return 1 if refused_all else 0


def cmd_export(cli: Cli) -> int:
    path = Path(cli.args.file)
    if cli.args.template:
        write_structure_template(path)
        cli.emit(
            {"path": str(path), "template": True}, f"{path}\nكُتب النموذج الفارغ / template written"
        )
        return 0
    ctx = cli.login()
    units, posts = export_structure(ctx, path)
    cli.emit(
        {"path": str(path), "units": units, "posts": posts},
        f"{path}\nصُدّرت {units} وحدة و{posts} وظيفة / {units} units, {posts} posts",
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("org", help="organizational structure")
    s = p.add_subparsers(dest="org_command", required=True, metavar="ACTION")
    a = s.add_parser("tree", help="the structure as a tree (--json: nested units with posts)")
    a.add_argument("--municipality", help="at the ministry: one municipality's structure")
    a.add_argument("--open-only", action="store_true", help="leave out closed units")
    a.set_defaults(handler=cmd_tree)
    s.add_parser(
        "template", help="start from the model structure (empty station only)"
    ).set_defaults(handler=cmd_template)
    a = s.add_parser("import", help="units and posts from a workbook (all or nothing)")
    a.add_argument("file", metavar="FILE.xlsx")
    a.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    a.add_argument(
        "--good-rows", action="store_true", help="import the good rows even when some are refused"
    )
    a.add_argument("--report", metavar="OUT.xlsx", help="write the refused rows with reasons")
    a.set_defaults(handler=cmd_import)
    a = s.add_parser("export", help="the structure and its posts to a workbook")
    a.add_argument("file", metavar="FILE.xlsx")
    a.add_argument(
        "--template", action="store_true", help="write the empty template to fill in instead"
    )
    a.set_defaults(handler=cmd_export)
