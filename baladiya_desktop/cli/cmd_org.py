"""``org tree`` · ``org template`` · ``org import FILE.xlsx`` · ``org export FILE.xlsx`` ·
``org unit add|edit|close`` · ``org post add|edit``."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from baladiya_desktop.cli import entry
from baladiya_desktop.cli.common import Cli, UsageError
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound, ValidationError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import ProgressSink
from baladiya_desktop.domain.org import queries, service
from baladiya_desktop.domain.org.queries import PostRow, UnitNode
from baladiya_desktop.domain.org.rules import STATUS_AR, Decision
from baladiya_desktop.domain.org.service import PostInput, UnitInput
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

# --- one unit or post at a time, as the structure page's dialogs ---------------------------

FLAGS = {"parent": "parent", "effective_to": "date"}


def _municipality(ctx: AppContext) -> str:
    return ctx.station.municipality_code or "MINISTRY"


def _units(ctx: AppContext) -> list[UnitNode]:
    with ctx.session() as session:
        return queries.load_units(session, _municipality(ctx))


def _unit(units: list[UnitNode], code: str, field: str = "unit") -> UnitNode:
    wanted = code.strip().casefold()
    found = next((u for u in units if u.code.casefold() == wanted), None)
    if found is None:
        raise NotFound(
            f"لا توجد في الهيكل وحدة رمزها «{code}». انظر: baladiya org tree",
            f"No unit with code '{code}' in the structure (see: baladiya org tree).",
            field=field,
        )
    return found


def _decision(number: str | None, date: str | None, field: str) -> Decision | None:
    """A decision given by its number and date; one without the other is refused."""
    day = entry.day(date, f"{field}_date")
    if not (number or "").strip() and day is None:
        return None
    if day is None:
        raise entry.refuse(f"{field}_date", "اكتب تاريخ القرار.", "Give the decision's date.")
    return Decision(number or "", day)


def _unit_type(ctx: AppContext, value: str) -> str:
    with ctx.session() as session:
        types = {code: t.name_ar for code, t in queries.unit_types(session).items()}
    return entry.chosen(value, types, "unit_type")


def _unit_values(ctx: AppContext, args: argparse.Namespace,
                 units: list[UnitNode]) -> dict[str, Any]:  # fmt: skip
    values: dict[str, Any] = {}
    for key in ("code", "name_ar", "name_en", "decision_number", "notes"):
        if getattr(args, key) is not None:
            values[key] = getattr(args, key)
    if args.unit_type is not None:
        values["unit_type"] = _unit_type(ctx, args.unit_type)
    if args.parent is not None:
        values["parent_id"] = _unit(units, args.parent, "parent").id if args.parent.strip() \
            else None
    if args.status is not None:
        values["status"] = entry.chosen(args.status, STATUS_AR, "status")
    for key in ("decision_date", "effective_from", "effective_to"):
        raw = getattr(args, key)
        if raw is not None:
            values[key] = entry.day(raw, key) if raw.strip() else None
    if args.sort_order is not None:
        values["sort_order"] = entry.whole(args.sort_order, "sort_order")
    return values


def _unit_json(ctx: AppContext, code: str) -> dict[str, Any]:
    node = _unit(_units(ctx), code)
    return {"id": node.id, "code": node.code, "name_ar": node.name_ar, "name_en": node.name_en,
            "unit_type": node.unit_type, "parent_id": node.parent_id, "status": node.status,
            "decision_number": node.decision_number, "decision_date": node.decision_date,
            "effective_from": node.effective_from, "effective_to": node.effective_to}  # fmt: skip


def cmd_unit_add(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.ORG_WRITE)
    with entry.naming_flags(FLAGS):
        values = _unit_values(ctx, cli.args, _units(ctx))
        service.add_unit(ctx, UnitInput(**values))
    data = _unit_json(ctx, values["code"])
    cli.emit(data, f"أُضيفت الوحدة {data['code']} «{data['name_ar']}»\nUnit added: {data['id']}")
    return 0


def cmd_unit_edit(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.ORG_WRITE)
    args = cli.args
    with entry.naming_flags(FLAGS):
        units = _units(ctx)
        node = _unit(units, args.unit)
        values = _unit_values(ctx, args, units)
        if not values:
            raise UsageError("name a field to change, e.g. --name-ar or --parent")
        current = UnitInput(
            code=node.code, name_ar=node.name_ar, unit_type=node.unit_type,
            parent_id=node.parent_id, name_en=node.name_en, status=node.status,
            decision_number=node.decision_number, decision_date=node.decision_date,
            effective_from=node.effective_from, effective_to=node.effective_to,
            sort_order=node.sort_order, notes=node.notes,
        )  # fmt: skip
        decision = _decision(args.change_decision, args.change_decision_date, "change_decision")
        # A refusal about "the decision" is about the change's, unless the unit's own
        # approval was being edited.
        own = decision is None and {"status", "decision_number", "decision_date"} & set(values)
        flags = {} if own else {"decision_number": "change_decision",
                                "decision_date": "change_decision_date"}  # fmt: skip
        with entry.naming_flags(flags):
            service.update_unit(ctx, node.id, dataclasses.replace(current, **values), decision)
    data = _unit_json(ctx, values.get("code", node.code))
    cli.emit(data, f"عُدّلت الوحدة {data['code']} «{data['name_ar']}»\nUnit updated.")
    return 0


def cmd_unit_close(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.ORG_WRITE)
    args = cli.args
    with entry.naming_flags(FLAGS):
        node = _unit(_units(ctx), args.unit)
        if node.status == "closed":
            raise ValidationError(f"الوحدة «{node.name_ar}» مغلقة من قبل.",
                                  "The unit is already closed.")  # fmt: skip
        on = entry.day(args.date, "date") or dt.date.today()
        decision = _decision(args.decision_number, args.decision_date, "decision")
        service.close_unit(ctx, node.id, on, decision)
    data = _unit_json(ctx, node.code)
    cli.emit(data, f"أُغلقت الوحدة {data['code']} من {on:%d/%m/%Y}\nUnit closed.")
    return 0


def _post(units: list[UnitNode], given: str) -> tuple[UnitNode, PostRow]:
    """A post by its id, or as ``UNIT_CODE/TITLE`` (a unit code never holds a slash)."""
    key = entry.as_uuid(given)
    code, _, title = given.partition("/")
    for unit in units:
        for post in unit.posts:
            if post.id == key or (
                key is None and unit.code.casefold() == code.strip().casefold()
                and post.title == title.strip()
            ):  # fmt: skip
                return unit, post
    raise NotFound(
        f"الوظيفة «{given}» غير موجودة. اكتبها بالصيغة رمز_الوحدة/المسمى أو بمعرّفها.",
        f"No post '{given}': write it as UNIT_CODE/TITLE or give its id.",
    )


def _post_json(ctx: AppContext, post_id: Any) -> dict[str, Any]:
    unit, post = _post(_units(ctx), str(post_id))
    return {"id": post.id, "unit": unit.code, "title": post.title, "job_group": post.job_group,
            "grade_min": post.grade_min, "grade_max": post.grade_max,
            "approved_count": post.approved, "is_head": post.is_head,
            "filled": post.filled}  # fmt: skip


def cmd_post_add(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.ORG_WRITE)
    args = cli.args
    with entry.naming_flags(FLAGS):
        unit = _unit(_units(ctx), args.unit)
        data = PostInput(
            title=args.title,
            grade_min=entry.whole(args.grade_min, "grade_min") or 0,
            grade_max=entry.whole(args.grade_max, "grade_max") or 0,
            approved_count=entry.whole(args.approved_count, "approved_count") or 0,
            job_group=entry.text(args.job_group), is_head=bool(args.head),
        )  # fmt: skip
        post_id = service.add_post(ctx, unit.id, data)
    shown = _post_json(ctx, post_id)
    cli.emit(shown, f"أُضيفت الوظيفة «{shown['title']}» إلى {unit.code}\nPost added: {post_id}")
    return 0


def cmd_post_edit(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.ORG_WRITE)
    args = cli.args
    with entry.naming_flags(FLAGS):
        _, post = _post(_units(ctx), args.post)
        given = {"title": args.title, "job_group": args.job_group,
                 "grade_min": entry.whole(args.grade_min, "grade_min"),
                 "grade_max": entry.whole(args.grade_max, "grade_max"),
                 "approved_count": entry.whole(args.approved_count, "approved_count"),
                 "is_head": args.head}  # fmt: skip
        given = {k: v for k, v in given.items() if v is not None}
        if not given:
            raise UsageError("name a field to change, e.g. --approved-count 3")
        current = PostInput(post.title, post.grade_min, post.grade_max, post.approved,
                            post.job_group, post.is_head)  # fmt: skip
        service.update_post(ctx, post.id, dataclasses.replace(current, **given))
    shown = _post_json(ctx, post.id)
    cli.emit(shown, f"عُدّلت الوظيفة «{shown['title']}»\nPost updated.")
    return 0


def _unit_options(a: argparse.ArgumentParser, *, adding: bool) -> None:
    """The unit dialog's fields."""
    a.add_argument("--code", required=adding, metavar="CODE",
                   help="Latin letters, digits, - or . (up to 32)")  # fmt: skip
    a.add_argument("--name-ar", required=adding, metavar="TEXT", help="the Arabic name")
    a.add_argument("--name-en", metavar="TEXT")
    a.add_argument("--unit-type", "--type", dest="unit_type", required=adding, metavar="TYPE",
                   help="department, office, section … (or the Arabic name)")  # fmt: skip
    a.add_argument("--parent", metavar="CODE", help="the unit it reports to ('' for the top)")
    a.add_argument("--status", metavar="STATUS", help="proposed (default) or approved")
    a.add_argument("--decision-number", metavar="NUMBER", help="the approving decision")
    a.add_argument("--decision-date", metavar="DATE", help="the approving decision's date")
    a.add_argument("--effective-from", metavar="DATE")
    a.add_argument("--effective-to", metavar="DATE")
    a.add_argument("--sort-order", metavar="N")
    a.add_argument("--notes", metavar="TEXT")


def _post_options(a: argparse.ArgumentParser, *, adding: bool) -> None:
    """The post dialog's fields."""
    a.add_argument("--title", required=adding, metavar="TEXT", help="the post title")
    a.add_argument("--job-group", metavar="TEXT")
    a.add_argument("--grade-min", required=adding, metavar="G", help="from grade (1-15)")
    a.add_argument("--grade-max", required=adding, metavar="G", help="to grade (1-15)")
    a.add_argument("--approved-count", required=adding, metavar="N",
                   help="approved posts in the staffing table")  # fmt: skip
    a.add_argument("--head", action=argparse.BooleanOptionalAction, default=None,
                   help="the head of the unit")  # fmt: skip


def _register_writes(s: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    u = s.add_parser("unit", help="add, edit or close one unit").add_subparsers(
        dest="unit_command", required=True, metavar="ACTION")  # fmt: skip
    a = u.add_parser("add", help="a new unit (proposed unless approved by a decision)")
    _unit_options(a, adding=True)
    a.set_defaults(handler=cmd_unit_add)
    a = u.add_parser("edit", help="change a unit; an approved unit's name, type or place "
                     "needs the change's decision")  # fmt: skip
    a.add_argument("unit", metavar="CODE")
    _unit_options(a, adding=False)
    a.add_argument("--change-decision", metavar="NUMBER", help="the decision that changes it")
    a.add_argument("--change-decision-date", metavar="DATE")
    a.set_defaults(handler=cmd_unit_edit)
    a = u.add_parser("close", help="close a unit from a date (kept in the history)")
    a.add_argument("unit", metavar="CODE")
    a.add_argument("--date", metavar="DATE", help="closed from (default today)")
    a.add_argument("--decision-number", metavar="NUMBER", help="needed for an approved unit")
    a.add_argument("--decision-date", metavar="DATE")
    a.set_defaults(handler=cmd_unit_close)
    p = s.add_parser("post", help="add or edit a post of a unit's staffing table")
    ps = p.add_subparsers(dest="post_command", required=True, metavar="ACTION")
    a = ps.add_parser("add", help="a post in a unit's staffing table")
    a.add_argument("--unit", required=True, metavar="CODE")
    _post_options(a, adding=True)
    a.set_defaults(handler=cmd_post_add)
    a = ps.add_parser("edit", help="change a post")
    a.add_argument("post", metavar="UNIT_CODE/TITLE|ID", help="the post, e.g. DEP-FIN/محاسب")
    _post_options(a, adding=False)
    a.set_defaults(handler=cmd_post_edit)


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
    _register_writes(s)
