"""The registry of printed forms: what each form is called, who may print it, what it shows.

An area declares its forms in its own module under ``reports/forms/`` with
:func:`register_form`; ``reports/forms/__init__.py`` imports every such module, so asking the
registry for a form (:func:`get_form`, :func:`all_forms`) always sees all of them.

A form has two functions. ``content(ctx, key)`` returns the canonical content the printout
shows, as JSON-safe data: it is hashed into the QR code at printing and recomputed by
``verify``, so it must depend only on the stored data (never on the clock or the reader), and
it must not check permissions (verification needs none). ``layout(ctx, content)`` turns that
content into flowables. ``key`` is the record id for a form that ``needs_id``, otherwise the
form's ``scope(ctx, options)`` (e.g. a date range); a key never contains ``|``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.platypus.flowables import Flowable

from baladiya_desktop.core.errors import NotFound, UserError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink
from baladiya_desktop.reports.pages import PageSizeName
from baladiya_desktop.reports.summary import Fact

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext

Content = dict[str, Any]


@dataclass(frozen=True)
class FormOptions:
    """What the person chose besides the record: a date range for list forms."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class FormResult:
    path: Path
    pages: int
    qr: str
    reference: str
    form: str
    key: str


@dataclass(frozen=True)
class Page:
    """A form's body: the flowables under the letterhead, then signature and stamp boxes."""

    story: Sequence[Flowable]
    signatures: Sequence[str] = ()
    stamp: bool = False


ContentFn = Callable[["AppContext", str], Content]
LayoutFn = Callable[["AppContext", Content], Page]
ScopeFn = Callable[["AppContext", FormOptions], str]
# The record id of what a person typed: the id itself, or the number printed on the paper.
ResolveFn = Callable[["AppContext", str], str]


def _whole(ctx: AppContext, options: FormOptions) -> str:
    return "all"


@dataclass(frozen=True)
class FormSpec:
    name: str
    title_ar: str
    title_en: str
    needs_id: bool
    permission: Permission
    prefix: str  # of the reference number: "<prefix>/<year>/<audit seq of the print>"
    content: ContentFn
    layout: LayoutFn
    scope: ScopeFn = field(default=_whole)
    takes_dates: bool = False
    page: PageSizeName = "A4"
    # What the paper certifies, most important first: signed into its QR (reports.summary).
    summary: tuple[Fact, ...] = ()
    resolve: ResolveFn | None = None

    def record_key(self, ctx: AppContext, given: str) -> str:
        """The record id of ``given``, which may be the number clerks read on the paper (a
        case number, a national number, BOOK/SERIAL …); refused by permission first."""
        if self.resolve is None or as_uuid(given) is not None:
            return given
        ctx.require(self.permission)
        return self.resolve(ctx, given)

    def build(
        self,
        ctx: AppContext,
        record_id: str | None,
        out_path: Path,
        *,
        options: FormOptions | None = None,
        progress: ProgressSink | None = None,
        cancel: CancelToken | None = None,
    ) -> FormResult:
        """Print this form to ``out_path`` as the current user (see ``reports.printing``)."""
        from baladiya_desktop.reports.printing import print_form

        if self.needs_id and record_id:
            record_id = self.record_key(ctx, record_id)
        return print_form(
            ctx, self, record_id, out_path, options or FormOptions(),
            progress=progress, cancel=cancel,
        )  # fmt: skip


_FORMS: dict[str, FormSpec] = {}  # filled at import of reports.forms; static declarations


def register_form(spec: FormSpec) -> FormSpec:
    """Declare a form; called once per form at import of its module."""
    if spec.name in _FORMS and _FORMS[spec.name] is not spec:
        raise RuntimeError(f"two forms are named {spec.name!r}")
    _FORMS[spec.name] = spec
    return spec


def all_forms() -> list[FormSpec]:
    """Every form, in the order they were registered."""
    import baladiya_desktop.reports.forms  # noqa: F401  (registers every area's forms)

    return list(_FORMS.values())


def find_form(name: str) -> FormSpec | None:
    return next((f for f in all_forms() if f.name == name), None)


def get_form(name: str) -> FormSpec:
    spec = find_form(name)
    if spec is None:
        names = ", ".join(f.name for f in all_forms())
        raise UserError(
            f"لا يوجد نموذج باسم «{name}». النماذج المتاحة: {names}",
            f"There is no form '{name}'. Forms: {names} (see: baladiya report list)",
        )
    return spec


def as_uuid(given: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(given.strip())
    except ValueError:
        return None


def one_record(found: Sequence[uuid.UUID], given: str, what_ar: str, what_en: str) -> str:
    """The single record a printed number names, or a refusal that says what to type."""
    if not found:
        raise NotFound(
            f"لا يوجد {what_ar} بالرقم «{given}».", f"No {what_en} '{given}'.", field="id"
        )
    if len(found) > 1:
        raise UserError(
            f"الرقم «{given}» يطابق أكثر من {what_ar}: اكتب معرّف السجل بدلاً منه.",
            f"'{given}' matches more than one {what_en}: give the record id instead.",
            field="id",
        )
    return str(found[0])


def check_request(spec: FormSpec, record_id: str | None, options: FormOptions) -> None:
    """Refuse a request that cannot be right before anything is opened or written."""
    if spec.needs_id and not record_id:
        raise UserError(
            f"النموذج «{spec.name}» يُطبع لسجل واحد: حدّد السجل بالخيار --id.",
            f"The form '{spec.name}' is printed for one record: give it with --id.",
            field="id",
        )
    if not spec.needs_id and record_id:
        raise UserError(
            f"النموذج «{spec.name}» لا يأخذ الخيار --id.",
            f"The form '{spec.name}' takes no --id.",
            field="id",
        )
    if record_id is not None and "|" in record_id:
        raise UserError("رقم السجل غير صالح.", "Invalid record id.", field="id")
    dated = options.date_from is not None or options.date_to is not None
    if dated and not spec.takes_dates:
        raise UserError(
            f"النموذج «{spec.name}» لا يأخذ فترة (--from و--to).",
            f"The form '{spec.name}' takes no date range (--from, --to).",
            field="from",
        )
    if options.date_from and options.date_to and options.date_from > options.date_to:
        raise UserError(
            "بداية الفترة بعد نهايتها: صحّح --from أو --to.",
            "The start of the range is after its end: fix --from or --to.",
            field="from",
        )
