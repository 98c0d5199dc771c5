"""The structure's workbook: sheet «الوحدات» (units) and sheet «الوظائف» (approved posts).

Export, the empty template and the import share one layout, so an export imports back
unchanged. The engine reads and parses the rows (phase 1); ``domain.org.importing`` checks
them against each other and the station and writes them in one transaction (phase 2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.dates import ParsedDate, format_date
from baladiya_desktop.core.errors import UserError, ValidationError
from baladiya_desktop.core.limits import limits_of
from baladiya_desktop.core.municipalities import municipality_name
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.domain.org import queries, staffing
from baladiya_desktop.domain.org.importing import (
    POSTS,
    UNITS,
    PostLine,
    Refusal,
    StructureImport,
    UnitLine,
    import_structure,
)
from baladiya_desktop.domain.org.models import OrgPost, OrgUnit
from baladiya_desktop.domain.org.rules import STATUS_AR
from baladiya_desktop.exchange.cells import CellValue, enum_parser, int_between, parse_integer
from baladiya_desktop.exchange.columns import Column, boolean_column, bounded, date_column
from baladiya_desktop.exchange.pipeline import ParsedSheet, read_sheet
from baladiya_desktop.exchange.report import ImportResult, RowError, write_rejects_report
from baladiya_desktop.exchange.workbook_file import OpenWorkbook

# The engine writes one sheet per workbook; the structure needs two, so this module uses the
# writer's sheet helpers directly (same styling, same formula-safe text cells).
from baladiya_desktop.exchange.writer import (
    _HEADER_FONT,
    _new_sheet,
    _save,
    _styled,
    _value_cell,
)

__all__ = [
    "POSTS_SHEET",
    "POST_COLUMNS",
    "UNITS_SHEET",
    "UNIT_COLUMNS",
    "OrgImportResult",
    "export_structure",
    "import_structure_file",
    "write_structure_template",
]

UNITS_SHEET, POSTS_SHEET = "الوحدات", "الوظائف"
SHEET_OF = {UNITS: UNITS_SHEET, POSTS: POSTS_SHEET}


def _non_negative(value: CellValue) -> int:
    number = parse_integer(value)
    if number < 0:
        raise ValidationError(
            f"العدد {number} سالب: عدد الوظائف المعتمدة يكون صفراً أو أكثر.",
            f"{number} is negative: the number of approved posts is zero or more.",
        )
    return number


_STATUS = enum_parser({s: (STATUS_AR[s], s) for s in STATUS_AR})
_GRADE = int_between(1, 15)

# A unit's codes are its own code's length; a post's texts, the post's columns.
_UNIT_LIMITS = limits_of(OrgUnit)
_CODE = _UNIT_LIMITS["code"]

UNIT_COLUMNS: tuple[Column, ...] = bounded((
    Column(
        "code",
        "رمز الوحدة",
        "Unit code",
        required=True,
        width=18,
        note_ar="رمز فريد للوحدة بحروف لاتينية وأرقام و - أو . (حتى 32 حرفاً)، مثل DEP-FIN.",
    ),
    Column(
        "parent_code",
        "رمز الوحدة الأم",
        "Parent code",
        default="",
        width=18,
        aliases=("الوحدة الأم", "التبعية"),
        note_ar="رمز الوحدة التي تتبعها هذه الوحدة، في هذا الملف أو في الهيكل القائم. "
        "يُترك فارغاً لرأس الهيكل (المجلس البلدي).",
    ),
    Column(
        "unit_type",
        "نوع الوحدة",
        "Unit type",
        required=True,
        width=16,
        aliases=("النوع",),
        note_ar="اسم النوع بالعربية أو رمزه: المجلس البلدي، عميد البلدية، وكيل ديوان البلدية، "
        "إدارة، مكتب، قسم، وحدة، فرع بلدي، محلة، جهاز الحرس البلدي …",
    ),
    Column(
        "name_ar",
        "اسم الوحدة",
        "Arabic name",
        required=True,
        width=38,
        aliases=("الاسم بالعربية", "اسم الوحدة بالعربية"),
    ),
    Column("name_en", "الاسم بالإنجليزية", "English name", default="", width=34),
    Column(
        "status",
        "الحالة",
        "Status",
        parse=_STATUS,
        default="proposed",
        width=10,
        to_cell=lambda s: STATUS_AR.get(s, s),
        note_ar="مقترح أو معتمد أو مغلق.",
    ),
    Column(
        "decision_number",
        "رقم القرار",
        "Decision number",
        default="",
        width=14,
        note_ar="رقم قرار الاعتماد: مطلوب للوحدة المعتمدة.",
    ),
    date_column(
        "decision_date",
        "تاريخ القرار",
        "Decision date",
        note_ar="تاريخ قرار الاعتماد (يوم/شهر/سنة): مطلوب للوحدة المعتمدة.",
    ),
    date_column("effective_from", "تاريخ السريان", "Effective from"),
    date_column("effective_to", "تاريخ الانتهاء", "Effective to"),
), _UNIT_LIMITS | {"parent_code": _CODE})

POST_COLUMNS: tuple[Column, ...] = bounded((
    Column(
        "unit_code",
        "رمز الوحدة",
        "Unit code",
        required=True,
        width=18,
        note_ar="رمز الوحدة كما في ورقة الوحدات أو في الهيكل القائم.",
    ),
    Column("title", "المسمى الوظيفي", "Post title", required=True, width=32),
    Column("job_group", "المجموعة الوظيفية", "Job group", default="", width=22),
    Column("grade_min", "من الدرجة", "Grade from", parse=_GRADE, required=True, width=10),
    Column("grade_max", "إلى الدرجة", "Grade to", parse=_GRADE, required=True, width=10),
    Column(
        "approved_count",
        "العدد المعتمد",
        "Approved posts",
        parse=_non_negative,
        required=True,
        width=12,
        note_ar="عدد صحيح: صفر أو أكثر.",
    ),
    boolean_column(
        "is_head",
        "وظيفة رئيس الوحدة",
        "Head of unit",
        default=False,
        width=14,
        note_ar="نعم لوظيفة رئيس الوحدة (المدير أو رئيس القسم)، وإلا لا.",
    ),
), limits_of(OrgPost) | {"unit_code": _CODE})
COLUMNS_OF = {UNITS: UNIT_COLUMNS, POSTS: POST_COLUMNS}
Sheet = tuple[str, Sequence[Column], Iterable[Mapping[str, Any]]]


def _write_book(
    path: Path,
    sheets: Sequence[Sheet],
    title_lines: Sequence[str] = (),
    notes: bool = False,
    cancel: CancelToken | None = None,
) -> None:
    book = Workbook(write_only=True)
    for title, columns, rows in sheets:
        ws, header_row = _new_sheet(book, title, columns, title_lines)
        count = 0
        for count, row in enumerate(rows, start=1):
            ws.append(
                [_value_cell(ws, c.export_value(row.get(c.key)), c.number_format) for c in columns]
            )
            if cancel is not None and count % 500 == 0:
                cancel.check()
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}{header_row + count}"
    if notes:
        _notes_sheet(book)
    _save(book, path)


def _notes_sheet(book: Any) -> None:
    notes = book.create_sheet("شرح الأعمدة")
    notes.sheet_view.rightToLeft = True
    for letter, width in zip("ABCD", (14, 24, 10, 70), strict=True):
        notes.column_dimensions[letter].width = width
    heads = ("الورقة", "العمود", "مطلوب", "الشرح")
    notes.append([_styled(notes, h, _HEADER_FONT, header=True) for h in heads])
    for sheet, columns in ((UNITS_SHEET, UNIT_COLUMNS), (POSTS_SHEET, POST_COLUMNS)):
        for c in columns:
            cells = (sheet, c.title_ar, "نعم" if c.required else "لا", c.note_ar or "—")
            notes.append([_value_cell(notes, text, None) for text in cells])
    notes.append([])
    for line in (
        "اكتب كل وحدة في صف من ورقة «الوحدات»، وكل مسمى وظيفي معتمد في صف من ورقة «الوظائف».",
        "الوحدة الموجودة بالرمز نفسه تُحدَّث ولا تتكرر. إذا رُفض أي صف لا يُستورد شيء، "
        "إلا إذا اخترت استيراد الصفوف السليمة فقط.",
    ):
        notes.append([_value_cell(notes, line, None)])


def _rows(ctx: AppContext) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The structure in tree order (parents first), as sheet rows."""
    with ctx.session() as session:
        types = {t.code: t.name_ar for t in queries.unit_types(session).values()}
        nodes = queries.load_units(session, ctx.station.municipality_code)
    by_id = {n.id: n for n in nodes}
    units: list[dict[str, Any]] = []
    posts: list[dict[str, Any]] = []
    for root in queries.build_tree(nodes):
        for node in root.walk():
            parent = by_id.get(node.parent_id) if node.parent_id else None
            units.append(
                {
                    "code": node.code,
                    "parent_code": parent.code if parent else None,
                    "unit_type": types.get(node.unit_type, node.unit_type),
                    "name_ar": node.name_ar,
                    "name_en": node.name_en or None,
                    "status": node.status,
                    "decision_number": node.decision_number or None,
                    "decision_date": node.decision_date,
                    "effective_from": node.effective_from,
                    "effective_to": node.effective_to,
                }
            )
            posts.extend(
                {
                    "unit_code": node.code,
                    "title": p.title,
                    "job_group": p.job_group or None,
                    "grade_min": p.grade_min,
                    "grade_max": p.grade_max,
                    "approved_count": p.approved,
                    "is_head": p.is_head,
                }
                for p in node.posts
            )
    return units, posts


def title_lines(ctx: AppContext, today: dt.date | None = None) -> list[str]:
    with ctx.session() as session:
        name = municipality_name(session, ctx.station.municipality_code)
    day = format_date(today or dt.date.today())
    return [
        f"بلدية {name}" if name else ctx.station.name,
        f"الهيكل التنظيمي والملاك الوظيفي — تاريخ التصدير {day}",
    ]


# The staffing table's sheets follow the two that import: read for reference, never imported.
STAFFING_SHEET, BANDS_SHEET, TITLES_SHEET, MISMATCH_SHEET = (
    "الملاك", "الملاك حسب الدرجة", "الملاك حسب المسمى", "خارج درجة الوظيفة")


def _count_columns(first: Column) -> tuple[Column, ...]:
    return (
        first,
        Column("approved", "المعتمد", "Approved", width=10),
        Column("filled", "المشغول", "Filled", width=10),
        Column("vacant", "الشاغر", "Vacant", width=10),
        Column("surplus", "الزائد", "Surplus", width=10),
        Column("staff", "الموظفون", "Staff", width=10),
        Column("mismatched", "خارج الدرجة", "Outside the grades", width=12),
    )


MISMATCH_COLUMNS = (
    Column("name", "الموظف", "Employee", width=30),
    Column("grade", "درجته", "Grade", width=8),
    Column("unit", "الوحدة", "Unit", width=30),
    Column("post", "الوظيفة", "Post", width=26),
    Column("grades", "درجات الوظيفة", "Post grades", width=12),
)


def _staffing_sheets(ctx: AppContext) -> list[Sheet]:
    table = staffing.staffing_table(ctx)

    def counts(line: staffing.Line, label: str) -> dict[str, Any]:
        return {"label": label, "approved": line.approved, "filled": line.filled,
                "vacant": line.vacant, "surplus": line.surplus, "staff": line.staff,
                "mismatched": line.mismatched}

    sheets: list[Sheet] = [
        (STAFFING_SHEET, _count_columns(Column("label", "الوحدة", "Unit", width=40)),
         [counts(u, "    " * u.depth + u.label) for u in table.units]
         + [counts(table.total, "المجموع")]),
        (BANDS_SHEET, _count_columns(Column("label", "فئة الدرجات", "Grades", width=14)),
         [counts(b, b.label) for b in table.bands]),
        (TITLES_SHEET, _count_columns(Column("label", "المسمى الوظيفي", "Title", width=34)),
         [counts(t, t.label) for t in table.titles]),
    ]
    if table.named:
        sheets.append((MISMATCH_SHEET, MISMATCH_COLUMNS, [
            {"name": m.name, "grade": m.grade, "unit": m.unit_name, "post": m.post_title,
             "grades": f"{m.grade_min}–{m.grade_max}"} for m in table.mismatches]))
    return sheets


def export_structure(
    ctx: AppContext,
    path: Path | str,
    *,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> tuple[int, int]:
    """Write the structure and its posts, then the staffing table's sheets; return (units,
    posts) written."""
    ctx.require(Permission.ORG_READ)
    progress(0, 0, "قراءة الهيكل")
    units, posts = _rows(ctx)
    progress(0, len(units) + len(posts), "كتابة الملف")
    _write_book(
        Path(path),
        [(UNITS_SHEET, UNIT_COLUMNS, units), (POSTS_SHEET, POST_COLUMNS, posts),
         *_staffing_sheets(ctx)],
        title_lines(ctx),
        cancel=cancel,
    )
    progress(1, 1, "كتابة الملف")
    return len(units), len(posts)


def write_structure_template(path: Path | str) -> None:
    """The empty workbook to fill in: both sheets' headers and a sheet explaining each column."""
    _write_book(
        Path(path), [(UNITS_SHEET, UNIT_COLUMNS, ()), (POSTS_SHEET, POST_COLUMNS, ())], notes=True
    )


# --- import -----------------------------------------------------------------------------


@dataclass
class OrgImportResult:
    """One import of the workbook: each sheet's row report, and what the service did."""

    units: ImportResult
    posts: ImportResult
    outcome: StructureImport = field(default_factory=StructureImport)

    @property
    def rejected_rows(self) -> int:
        return self.units.rejected_rows + self.posts.rejected_rows

    @property
    def written(self) -> bool:
        return self.outcome.written

    def rejected(self) -> list[tuple[str, RowError]]:
        """(sheet title, error) for every refusal, units sheet first, by row."""
        return [
            (SHEET_OF[s], e)
            for s, r in ((UNITS, self.units), (POSTS, self.posts))
            for e in sorted(r.rejected, key=lambda e: e.row)
        ]

    def to_json(self) -> dict[str, Any]:
        both = (self.units, self.posts)
        return {
            "imported": sum(r.imported for r in both),
            "updated": sum(r.updated for r in both),
            "skipped": sum(r.skipped for r in both),
            "rejected": [
                {"row": e.row, "reason": e.reason_ar, "sheet": sheet}
                for sheet, e in self.rejected()
            ],
            "unchanged": sum(r.unchanged for r in both),
            "dry_run": self.units.dry_run,
            "notes": [{"row": e.row, "reason": e.reason_ar} for r in both for e in r.notes],
            "units": {
                "imported": self.units.imported,
                "updated": self.units.updated,
                "unchanged": self.units.unchanged,
            },
            "posts": {
                "imported": self.posts.imported,
                "updated": self.posts.updated,
                "unchanged": self.posts.unchanged,
            },
        }

    def summary(self, lang: str = "ar") -> str:
        u, p = self.units, self.posts
        if lang == "ar":
            head = "تجربة دون حفظ: " if u.dry_run else ""
            return (
                f"{head}الوحدات: أُضيف {u.imported}، حُدّث {u.updated}، دون تغيير "
                f"{u.unchanged}. الوظائف: أُضيف {p.imported}، حُدّث {p.updated}، دون تغيير "
                f"{p.unchanged}. الصفوف المرفوضة: {self.rejected_rows}."
            )
        head = "Dry run: " if u.dry_run else ""
        return (
            f"{head}units {u.imported} imported, {u.updated} updated, {u.unchanged} "
            f"unchanged; posts {p.imported} imported, {p.updated} updated, {p.unchanged} "
            f"unchanged; {self.rejected_rows} rows rejected."
        )

    def write_report(self, path: Path | str) -> int:
        """The refused rows of both sheets, with reasons, in one right-to-left workbook."""
        return write_report(Path(path), self)


def _row_error(sheet: str, error: RowError) -> RowError:
    where = f"ورقة «{SHEET_OF[sheet]}»، "
    return RowError(
        error.row,
        error.column,
        where + error.reason_ar,
        f"Sheet '{SHEET_OF[sheet]}', " + error.reason_en,
    )


def _from_refusal(refusal: Refusal) -> RowError:
    titles = {c.key: c for c in COLUMNS_OF[refusal.sheet]}
    column = titles.get(refusal.field or "")
    if column is None:
        return _row_error(
            refusal.sheet, RowError(refusal.row, None, refusal.message_ar, refusal.message_en)
        )
    return _row_error(
        refusal.sheet,
        RowError(
            refusal.row,
            column.key,
            f"العمود «{column.title_ar}»: {refusal.message_ar}",
            f"Column '{column.title_en}': {refusal.message_en}",
        ),
    )


def _values(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v.value if isinstance(v, ParsedDate) else v for k, v in record.items()}


def _sheet_names(path: Path) -> list[str]:
    with OpenWorkbook(path) as book:
        return [ws.title for ws in book.worksheets]


def _read(
    path: Path, names: list[str], sheet: str, progress: ProgressSink, cancel: CancelToken | None
) -> ParsedSheet[dict[str, Any]] | None:
    title, columns = SHEET_OF[sheet], COLUMNS_OF[sheet]
    named = title if title in names else None
    try:
        return read_sheet(path, columns, _values, sheet=named, progress=progress, cancel=cancel)
    except UserError:
        if sheet == POSTS and named is None:
            return None  # a workbook of units only: the posts are optional
        raise


def import_structure_file(
    ctx: AppContext,
    path: Path | str,
    *,
    good_rows: bool = False,
    dry_run: bool = False,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> OrgImportResult:
    """Read both sheets, check every row, write all or nothing (or only the good rows)."""
    ctx.require(Permission.ORG_WRITE)
    path = Path(path)
    names = _sheet_names(path)
    units = _read(path, names, UNITS, progress, cancel)
    assert units is not None
    posts = _read(path, names, POSTS, progress, cancel) or ParsedSheet(rows=[])
    before = [
        Refusal(s, e.row, e.column, e.reason_ar, e.reason_en)
        for s, parsed in ((UNITS, units), (POSTS, posts))
        for e in parsed.result.rejected
    ]
    outcome = import_structure(
        ctx,
        [UnitLine(row=p.row, **p.record) for p in units.rows],
        [PostLine(row=p.row, **p.record) for p in posts.rows],
        good_rows=good_rows,
        dry_run=dry_run,
        refused_before=before,
        progress=progress,
        cancel=cancel,
    )
    from_reader = {id(r) for r in before}
    results = {UNITS: units.result, POSTS: posts.result}
    for result in results.values():
        result.rejected.clear()
        result.dry_run = dry_run
    for refusal in outcome.refused:
        if id(refusal) in from_reader:
            # the reader's message already names the column
            error = _row_error(
                refusal.sheet,
                RowError(refusal.row, refusal.field, refusal.message_ar, refusal.message_en),
            )
        else:
            error = _from_refusal(refusal)
        results[refusal.sheet].reject(error)
    for sheet, counts in ((UNITS, outcome.units), (POSTS, outcome.posts)):
        results[sheet].imported = counts.imported
        results[sheet].updated = counts.updated
        results[sheet].unchanged = counts.unchanged
    return OrgImportResult(units.result, posts.result, outcome)


def write_report(path: Path, result: OrgImportResult) -> int:
    """Each sheet's refused rows (engine's rejects report), gathered into one workbook."""
    parts = [
        (sheet, r) for sheet, r in ((UNITS, result.units), (POSTS, result.posts)) if r.rejected
    ] or [(UNITS, result.units)]
    written = 0
    files: list[tuple[str, Path]] = []
    for sheet, part in parts:
        target = path if not files else path.with_name(f".{path.stem}-{sheet}.xlsx")
        written += write_rejects_report(target, part)
        files.append((sheet, target))
    book = load_workbook(path)
    book.worksheets[0].title = f"{SHEET_OF[files[0][0]]} المرفوضة"
    for sheet, extra in files[1:]:
        _copy_sheet(
            load_workbook(extra).worksheets[0], book.create_sheet(f"{SHEET_OF[sheet]} المرفوضة")
        )
        extra.unlink()
    book.save(path)
    return written


def _copy_sheet(source: Any, target: Any) -> None:
    from copy import copy

    target.sheet_view.rightToLeft = True
    for letter, dim in source.column_dimensions.items():
        target.column_dimensions[letter].width = dim.width
    for row in source.iter_rows():
        for cell in row:
            new = target.cell(row=cell.row, column=cell.column, value=cell.value)
            if cell.has_style:
                new.font, new.fill = copy(cell.font), copy(cell.fill)
                new.alignment, new.number_format = copy(cell.alignment), cell.number_format
    target.freeze_panes = source.freeze_panes
