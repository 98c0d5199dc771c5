"""``staff search|import|export``: the register's workbook in and out; ``staff
add|edit|transfer|end``: one employee at a time, through the same service as the form."""

from __future__ import annotations

import argparse
import datetime as dt
import uuid
from dataclasses import fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from baladiya_desktop.cli import entry
from baladiya_desktop.cli.common import Cli, UsageError
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.digits import normalize_digits
from baladiya_desktop.core.errors import NotFound, ValidationError
from baladiya_desktop.core.national_number import normalize_national_number
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import ProgressSink
from baladiya_desktop.domain.org.models import OrgPost, OrgUnit
from baladiya_desktop.domain.staff import queries, service
from baladiya_desktop.domain.staff import references as refs
from baladiya_desktop.domain.staff.lookups import StaffLookups
from baladiya_desktop.domain.staff.models import Employee
from baladiya_desktop.domain.staff.rules import EmployeeInput
from baladiya_desktop.domain.staff.spelling import GRADE_WORDS, label_key, split_four_part_name

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

# The form's fields as options; a value given empty clears an optional field on edit.
NAME_PARTS = ("first_name", "father_name", "grandfather_name", "family_name")
TEXT_FIELDS = ("mother_name", "other_id_kind", "other_id", "other_id_reason", "birth_place",
               "nationality", "phone", "qualification_field", "qualification_institution",
               "job_title", "employee_number", "financial_number", "notes")  # fmt: skip
DATE_FIELDS = ("birth_date", "hire_date", "grade_date", "last_increment_date")
LIST_FIELDS = {"qualification": refs.QUALIFICATIONS, "employment_type": refs.EMPLOYMENT_TYPES,
               "status": refs.STATUSES, "marital_status": refs.MARITAL}  # fmt: skip
# A service's field → the option a person corrects.
FLAGS = {"unit_code": "unit", "post_title": "post", "full_name": "name", "decision_date": "date"}


def _municipality(ctx: AppContext) -> str:
    return ctx.station.municipality_code or "MINISTRY"


def _looked_up(field: str, find: Any, value: str) -> str:
    """A lookup's refusal, tied to the option it is about."""
    try:
        return str(find(value))
    except ValidationError as exc:  # the lookups' refusals carry no field
        raise entry.refuse(field, exc.message_ar, exc.message_en) from exc


def _grade(value: str) -> int:
    text = normalize_digits(value).strip()
    if text.isdigit():
        return int(text)
    found = GRADE_WORDS.get(label_key(value))
    if found is None:
        raise entry.refuse(
            "grade", f"الدرجة «{value}» غير مفهومة: اكتبها رقماً من 1 إلى 15.",
            f"Grade '{value}' is not understood: write a number from 1 to 15.",
        )  # fmt: skip
    return found


def _given(args: argparse.Namespace, lookups: StaffLookups) -> dict[str, Any]:
    """The fields the options fill, read and coded; the others are left out."""
    values: dict[str, Any] = {}
    if args.name is not None:
        values.update(zip(NAME_PARTS, split_four_part_name(args.name), strict=True))
    for key in (*NAME_PARTS, *TEXT_FIELDS):
        if getattr(args, key) is not None:
            values[key] = getattr(args, key)
    for key in DATE_FIELDS:
        raw = getattr(args, key)
        if raw is not None:
            values[key] = entry.day(raw, key) if raw.strip() else None
    for key, list_name in LIST_FIELDS.items():
        raw = getattr(args, key)
        if raw is not None:
            values[key] = (
                _looked_up(key, lambda v, n=list_name: lookups.code(n, v, refs.WHAT_AR[n]), raw)
                if raw.strip() else ""
            )  # fmt: skip
    if args.national_number is not None:
        values["national_number"] = args.national_number.strip() or None
    if args.sex is not None:
        values["sex"] = _looked_up("sex", lookups.sex, args.sex)
    if args.unit is not None:
        values["unit_code"] = _looked_up("unit", lookups.unit, args.unit) if args.unit.strip() \
            else ""
    if args.post is not None:
        values["post_title"] = args.post
    if args.grade is not None:
        values["grade"] = _grade(args.grade) if args.grade.strip() else None
    if args.increments is not None:
        values["increments"] = entry.whole(args.increments, "increments", low=0)
    if args.qualification_year is not None:
        values["qualification_year"] = entry.whole(args.qualification_year, "qualification_year")
    return values


def _employee(ctx: AppContext, given: str) -> Employee:
    """The employee named by record id or national number (any digits, spaces allowed)."""
    ctx.require(Permission.STAFF_READ)
    key = entry.as_uuid(given)
    if key is not None:
        return queries.get(ctx, key)
    try:
        national = normalize_national_number(given)
    except ValidationError:
        national = ""
    with ctx.session() as session:
        emp = queries.by_national_number(session, _municipality(ctx), national) if national \
            else None
        if emp is not None:
            session.expunge(emp)
            return emp
    raise NotFound(
        f"لا يوجد في السجل موظف بالرقم «{given}». اكتب الرقم الوطني أو معرّف السجل.",
        f"No employee '{given}' in the register: give the national number or the record id.",
    )


def _current(ctx: AppContext, emp: Employee) -> EmployeeInput:
    """The record as the form would show it, so an edit changes only what it names."""
    with ctx.session() as session:
        unit = session.get(OrgUnit, emp.unit_id) if emp.unit_id else None
        post = session.get(OrgPost, emp.post_id) if emp.post_id else None
        unit_code = unit.code if unit is not None and not unit.deleted else ""
        post_title = post.title if post is not None and not post.deleted else ""
    kept = {f.name: getattr(emp, f.name) for f in fields(EmployeeInput)
            if hasattr(Employee, f.name)}  # fmt: skip
    return EmployeeInput(**kept, unit_code=unit_code, post_title=post_title)


def _shown(ctx: AppContext, emp_id: uuid.UUID, changed: list[str] | None = None) -> dict[str, Any]:
    emp = queries.get(ctx, emp_id)
    data: dict[str, Any] = {"id": emp.id, "national_number": emp.national_number,
                            "full_name": emp.full_name, "grade": emp.grade,
                            "status": emp.status, "unit_id": emp.unit_id}  # fmt: skip
    if changed is not None:
        data["changed"] = changed
    return data


def _past(value: str, field: str) -> dt.date | None:
    day = entry.day(value, field)
    if day is not None and day > dt.date.today():
        raise entry.refuse(field, "التاريخ في المستقبل.", "The date is in the future.")
    return day


def cmd_add(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.STAFF_WRITE)
    with entry.naming_flags(FLAGS):
        values = _given(cli.args, StaffLookups.load(ctx))
        if not all(values.get(k) for k in ("first_name", "father_name", "family_name")):
            raise entry.refuse(
                "full_name", "اكتب اسم الموظف الرباعي بالخيار --name.",
                "Give the employee's four-part name with --name.",
            )  # fmt: skip
        national = normalize_digits(values.get("national_number") or "").strip()
        if "sex" not in values and national[:1] in ("1", "2"):
            values["sex"] = "M" if national[:1] == "1" else "F"  # as the national number says
        if "sex" not in values:
            raise entry.refuse("sex", "اكتب الجنس: M أو F.", "Give the sex: M or F.")
        emp_id = service.register(ctx, EmployeeInput(**values))
    data = _shown(ctx, emp_id)
    cli.emit(data, f"أُضيف الموظف {data['full_name']} ({data['national_number'] or '-'})\n"
                   f"Employee added: {emp_id}")  # fmt: skip
    return 0


def _changed_text(data: dict[str, Any]) -> str:
    if not data["changed"]:
        return f"لم يتغير شيء / nothing changed: {data['full_name']}"
    return (f"عُدّل سجل {data['full_name']}: {', '.join(data['changed'])}\n"
            f"Updated {data['id']}: {', '.join(data['changed'])}")  # fmt: skip


def cmd_edit(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.STAFF_WRITE)
    args = cli.args
    with entry.naming_flags(FLAGS):
        emp = _employee(ctx, args.employee)
        current = _current(ctx, emp)
        values = _given(args, StaffLookups.load(ctx))
        if not values:
            raise UsageError("name a field to change, e.g. --grade 9 or --phone 0912345678")
        moved = values.get("unit_code", current.unit_code).casefold() != \
            current.unit_code.casefold()
        if moved and "post_title" not in values:
            values["post_title"] = ""  # the old post belongs to the old unit
        decision = service.Decision(entry.day(args.decision_date, "decision_date"),
                                    entry.text(args.decision), entry.text(args.decision_notes))
        changed = service.update(ctx, emp.id, replace(current, **values), decision)
    data = _shown(ctx, emp.id, changed)
    cli.emit(data, lambda: _changed_text(data))
    return 0


def cmd_transfer(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.STAFF_WRITE)
    args = cli.args
    with entry.naming_flags(FLAGS):
        emp = _employee(ctx, args.employee)
        current = _current(ctx, emp)
        unit = _looked_up("unit", StaffLookups.load(ctx).unit, args.unit)
        on = _past(args.date, "date")
        if not args.decision.strip():
            raise entry.refuse("decision", "اكتب رقم قرار النقل.", "Give the transfer decision's "
                               "number.")  # fmt: skip
        post = entry.text(args.post).strip()
        if (unit.casefold(), label_key(post)) == (current.unit_code.casefold(),
                                                  label_key(current.post_title)):
            raise entry.refuse("unit", "الموظف في هذه الوحدة وهذه الوظيفة من قبل.",
                               "The employee is already in that unit and post.")  # fmt: skip
        changed = service.update(
            ctx, emp.id, replace(current, unit_code=unit, post_title=post),
            service.Decision(on, args.decision, entry.text(args.notes)),
        )  # fmt: skip
    data = _shown(ctx, emp.id, changed)
    cli.emit(data, lambda: _changed_text(data))
    return 0


def cmd_end(cli: Cli) -> int:
    ctx = cli.login()
    ctx.require(Permission.STAFF_WRITE)
    args = cli.args
    with entry.naming_flags(FLAGS):
        emp = _employee(ctx, args.employee)
        current = _current(ctx, emp)
        lookups = StaffLookups.load(ctx)
        reason = _looked_up(
            "reason", lambda v: lookups.code(refs.STATUSES, v, refs.WHAT_AR[refs.STATUSES]),
            args.reason,
        )  # fmt: skip
        with ctx.session() as session:
            statuses = refs.StaffLists(session).items[refs.STATUSES]
        ending = {i.code: i.name_ar for i in statuses
                  if i.extra.get("active") == "0" and i.extra.get("counts") == "0"}  # fmt: skip
        if reason not in ending:
            raise entry.refuse(
                "reason", f"«{args.reason}» لا يُنهي الخدمة. أسباب انتهاء الخدمة: "
                f"{'، '.join(ending.values())}.",
                f"'{args.reason}' does not end the service. Reasons: {', '.join(ending)}.",
            )  # fmt: skip
        if current.status in ending:
            raise entry.refuse("reason", "خدمة الموظف منتهية من قبل.",
                               "The employee's service has already ended.")  # fmt: skip
        on = _past(args.date, "date")
        changed = service.update(
            ctx, emp.id, replace(current, status=reason),
            service.Decision(on, entry.text(args.decision), entry.text(args.notes)),
        )  # fmt: skip
    data = _shown(ctx, emp.id, changed)
    cli.emit(data, lambda: _changed_text(data))
    return 0


def _record_options(a: argparse.ArgumentParser, *, adding: bool) -> None:
    """The employee form's fields, named as the form names them."""
    name = a.add_argument_group("name / الاسم")
    name.add_argument("--name", metavar="'FOUR PART NAME'",
                      help="the four-part name (first, father, grandfather, family)")
    for key in NAME_PARTS:
        name.add_argument(entry.flag(key), metavar="TEXT", help=argparse.SUPPRESS if adding
                          else f"only the {key.replace('_', ' ')}")  # fmt: skip
    name.add_argument("--mother-name", metavar="TEXT")
    who = a.add_argument_group("identity / الهوية")
    who.add_argument("--national-number", metavar="N", help="12 digits (any digit set)")
    who.add_argument("--other-id-kind", metavar="KIND",
                     help="without a national number: admin_number, passport or other")
    who.add_argument("--other-id", metavar="TEXT")
    who.add_argument("--other-id-reason", metavar="TEXT")
    who.add_argument("--sex", metavar="M|F", help="M or F (ذكر / أنثى); default: from the "
                     "national number")  # fmt: skip
    who.add_argument("--birth-date", metavar="DATE", help="dd/mm/yyyy or yyyy-mm-dd")
    who.add_argument("--birth-place", metavar="TEXT")
    who.add_argument("--nationality", metavar="TEXT")
    who.add_argument("--marital-status", metavar="STATUS", help="code or Arabic name")
    who.add_argument("--phone", metavar="NUMBER")
    study = a.add_argument_group("qualification / المؤهل")
    study.add_argument("--qualification", metavar="Q", help="code or name, e.g. bachelor, "
                       "بكالوريوس")  # fmt: skip
    study.add_argument("--qualification-field", metavar="TEXT")
    study.add_argument("--qualification-year", metavar="YEAR")
    study.add_argument("--qualification-institution", metavar="TEXT")
    job = a.add_argument_group("job / الوظيفة")
    job.add_argument("--hire-date", metavar="DATE")
    job.add_argument("--employment-type", metavar="TYPE", help="code or name (قار، عقد …)")
    job.add_argument("--status", metavar="STATUS", help="code or name (على رأس العمل …)")
    job.add_argument("--unit", metavar="CODE", help="the unit's code (or its Arabic name)")
    job.add_argument("--post", metavar="TITLE", help="a post of the unit's staffing table")
    job.add_argument("--job-title", metavar="TEXT")
    job.add_argument("--grade", metavar="G", help="1 to 15")
    job.add_argument("--increments", metavar="N")
    job.add_argument("--grade-date", metavar="DATE")
    job.add_argument("--last-increment-date", metavar="DATE")
    job.add_argument("--employee-number", metavar="TEXT")
    job.add_argument("--financial-number", metavar="TEXT")
    job.add_argument("--notes", metavar="TEXT")


def _register_writes(s: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    a = s.add_parser("add", help="a new employee (the employee form)",
                     description="Add an employee to the register. Dates dd/mm/yyyy or ISO; "
                     "digits in any script.")  # fmt: skip
    _record_options(a, adding=True)
    a.set_defaults(handler=cmd_add)
    a = s.add_parser("edit", help="change an employee's fields (grade, post … are filed)")
    a.add_argument("employee", metavar="ID|NN", help="record id or national number")
    _record_options(a, adding=False)
    d = a.add_argument_group("decision / القرار (filed with grade, unit, post, status changes)")
    d.add_argument("--decision", metavar="NUMBER", help="the decision's number")
    d.add_argument("--decision-date", metavar="DATE", help="the decision's date (default today)")
    d.add_argument("--decision-notes", metavar="TEXT")
    a.set_defaults(handler=cmd_edit)
    a = s.add_parser("transfer", help="move an employee to another unit (and post)")
    a.add_argument("employee", metavar="ID|NN", help="record id or national number")
    a.add_argument("--unit", required=True, metavar="CODE", help="the new unit's code")
    a.add_argument("--post", metavar="TITLE", help="a post of the new unit's staffing table")
    a.add_argument("--date", required=True, metavar="DATE", help="the transfer's date")
    a.add_argument("--decision", required=True, metavar="NUMBER", help="the transfer decision")
    a.add_argument("--notes", metavar="TEXT")
    a.set_defaults(handler=cmd_transfer)
    a = s.add_parser("end", help="end an employee's service (retired, resigned …)")
    a.add_argument("employee", metavar="ID|NN", help="record id or national number")
    a.add_argument("--date", required=True, metavar="DATE", help="the service's last day")
    a.add_argument("--reason", required=True, metavar="STATUS",
                   help="retired, resigned, deceased, dismissed, transferred_out (or the "
                   "Arabic name)")  # fmt: skip
    a.add_argument("--decision", metavar="NUMBER")
    a.add_argument("--notes", metavar="TEXT")
    a.set_defaults(handler=cmd_end)


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
    _register_writes(s)
