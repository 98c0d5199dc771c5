"""``staff import`` · ``staff export`` · ``staff search``: the register's workbook in and out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from baladiya_desktop.cli.common import Cli
from baladiya_desktop.core.progress import ProgressSink
from baladiya_desktop.domain.staff import queries

if TYPE_CHECKING:
    from baladiya_desktop.exchange.mappings.staff import StaffImportResult


def cmd_search(cli: Cli) -> int:
    ctx = cli.login()
    rows = queries.search(
        ctx, cli.args.text, limit=cli.args.limit, municipality=cli.args.municipality
    )
    data = [
        {"id": r.id, "national_number": r.national_number, "full_name": r.full_name,
         "employee_number": r.employee_number, "unit": r.unit_name, "grade": r.grade}
        for r in rows
    ]  # fmt: skip
    cli.emit(
        data,
        lambda: (
            "\n".join(
                f"{r.national_number or '-'}\t{r.full_name}\t{r.unit_name}\t{r.grade or ''}"
                for r in rows
            )
            or "لا توجد نتائج / no matches"
        ),
    )
    return 0


def _progress(cli: Cli) -> ProgressSink:
    """A one-line counter on standard error when a person watches; nothing for scripts."""
    interactive = cli.stderr.isatty() and not cli.as_json

    def sink(done: int, total: int, label: str = "") -> None:
        if interactive:
            of = f"/{total:,}" if total else ""
            cli.stderr.write(f"\r{label} {done:,}{of}   ")
            cli.stderr.flush()

    return sink


def _import_text(outcome: StaffImportResult) -> str:
    result = outcome.result
    lines = [result.summary("ar"), result.summary("en")]
    for error in sorted(result.rejected, key=lambda e: e.row):
        lines.append(f"  الصف {error.row}: {error.reason_ar}")
    for change in outcome.changes:
        lines.append(f"  الصف {change.row}: {outcome.change_text(change)}")
    for skipped in result.skipped_rows:
        lines.append(f"  الصف {skipped.row}: {skipped.reason_ar}")
    for note in result.notes:
        lines.append(f"  الصف {note.row} (ملاحظة): {note.reason_ar}")
    return "\n".join(lines)


def cmd_import(cli: Cli) -> int:
    # Workbooks only here: openpyxl would slow every search.
    from baladiya_desktop.exchange import ImportPolicy, write_rejects_report
    from baladiya_desktop.exchange.mappings.staff import import_staff

    ctx = cli.login()
    policy = ImportPolicy.ALL_OR_NOTHING if cli.args.all_or_nothing else ImportPolicy.GOOD_ROWS
    outcome = import_staff(
        ctx, Path(cli.args.file), sheet=cli.args.sheet, dry_run=cli.args.dry_run,
        policy=policy, progress=_progress(cli),
    )  # fmt: skip
    if cli.stderr.isatty() and not cli.as_json:
        cli.stderr.write("\n")
    if cli.args.report:
        written = write_rejects_report(Path(cli.args.report), outcome.result)
        cli.say(f"كُتب تقرير الصفوف المرفوضة ({written}) في {cli.args.report}")
    cli.emit(outcome.to_json(), lambda: _import_text(outcome))
    return 0


def cmd_export(cli: Cli) -> int:
    from baladiya_desktop.exchange.mappings.staff import export_staff

    ctx = cli.login()
    count = export_staff(ctx, Path(cli.args.file), progress=_progress(cli))
    cli.emit(
        {"path": cli.args.file, "rows": count},
        f"صُدّر {count} موظفاً إلى {cli.args.file}\nExported {count} employees.",
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("staff", help="the staff register")
    s = p.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    a = s.add_parser("search", help="Arabic-normalised search by name, national or employee number")
    a.add_argument("text")
    a.add_argument("--limit", type=int, default=50)
    a.add_argument("--municipality", help="at the ministry: one municipality only")
    a.set_defaults(handler=cmd_search)
    i = s.add_parser("import", help="staff from a workbook (.xlsx)")
    i.add_argument("file", metavar="FILE.xlsx")
    i.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first "
                   "with a recognisable header)")  # fmt: skip
    i.add_argument("--dry-run", action="store_true", help="check and count, import nothing")
    i.add_argument("--report", metavar="OUT.xlsx", help="write the refused rows with reasons")
    i.add_argument("--all-or-nothing", action="store_true",
                   help="import nothing if any row is refused")  # fmt: skip
    i.set_defaults(handler=cmd_import)
    e = s.add_parser("export", help="the register to a workbook (.xlsx)")
    e.add_argument("file", metavar="FILE.xlsx")
    e.set_defaults(handler=cmd_export)
