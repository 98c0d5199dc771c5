"""Printing a registered form: permission, content, QR, reference number, PDF, audit note.

The reference number is ``<form prefix>/<year>/<n>`` where ``n`` is the sequence number of
the audit entry ``report.print`` written with the printout: unique on the station, rising,
and it leads from any paper back to who printed it, when, and the content hash. The QR also
carries the form's summary (``FormSpec.summary``), so a clerk sees what the paper certifies.
Everything happens in one write transaction: if the PDF cannot be written, no print is
recorded.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import Cancelled, UserError
from baladiya_desktop.core.keystore import station_private_keys
from baladiya_desktop.core.municipalities import municipality_name
from baladiya_desktop.core.progress import CancelToken, ProgressSink
from baladiya_desktop.core.settings import HEADER_LINES, get_setting
from baladiya_desktop.core.station import Station
from baladiya_desktop.reports.layout import build_pdf
from baladiya_desktop.reports.letterhead import FormHeader
from baladiya_desktop.reports.registry import FormOptions, FormResult, FormSpec, check_request
from baladiya_desktop.reports.summary import values_of
from baladiya_desktop.reports.verification import content_hash, make_qr_text
from baladiya_desktop.reports.verify_flags import PRINT_ACTION

__all__ = ["PRINT_ACTION", "form_header", "print_form"]


def form_header(ctx: AppContext) -> FormHeader:
    """The official letterhead: the header lines setting, then "بلدية <name>"."""
    lines: list[str] = get_setting(ctx, HEADER_LINES)
    with ctx.session() as session:
        station = session.scalars(select(Station)).one()
        name = municipality_name(session, station.municipality_code) or station.name
    return FormHeader(name, lines=tuple(lines))


def _check_target(out_path: Path) -> None:
    parent = out_path.resolve().parent
    if not parent.is_dir():
        raise UserError(
            f"المجلد «{parent}» غير موجود: اختر مكاناً آخر لحفظ الملف.",
            f"The folder '{parent}' does not exist: choose another place for the file.",
            field="out",
        )


def print_form(
    ctx: AppContext,
    spec: FormSpec,
    record_id: str | None,
    out_path: Path,
    options: FormOptions,
    *,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
) -> FormResult:
    """Print as the current user; a cancel leaves no file and records no print."""
    ctx.require(spec.permission)
    check_request(spec, record_id, options)
    out_path = Path(out_path)
    _check_target(out_path)
    header = form_header(ctx)
    with ctx.write(None, PRINT_ACTION) as tx:
        # Read under the write lock, so nothing changes between the content and the print.
        key = record_id if spec.needs_id and record_id else spec.scope(ctx, options)
        content = spec.content(ctx, key)
        digest = content_hash(content)
        station = tx.station
        number = station.audit_seq + 1  # this transaction writes only the note below
        local = tx.now.astimezone()
        reference = f"{spec.prefix}/{local.year}/{number}"
        qr = make_qr_text(
            form=spec.name,
            key=key,
            municipality=station.municipality_code,
            station_id=station.id,
            digest=digest,
            printed_at=tx.now,
            summary=values_of(spec.summary, content),  # what the paper certifies, signed
            signing_key=station_private_keys(ctx, station).signing,
        )
        tx.note(
            PRINT_ACTION,
            {"form": spec.name, "record": key, "reference": reference, "hash": digest},
        )
        page = spec.layout(ctx, content)
        try:
            pages = build_pdf(
                out_path,
                page.story,
                header=header,
                reference=reference,
                subject=spec.title_ar,
                issued=local.date(),
                page=spec.page,
                footer_text=f"المحطة: {station.name}",
                printed_at=local.replace(tzinfo=None, microsecond=0),
                qr_payload=qr,
                signatures=page.signatures,
                stamp=page.stamp,
                progress=progress,
                cancel=cancel,
            )
        except Cancelled:
            out_path.unlink(missing_ok=True)
            raise
        except OSError as exc:
            out_path.unlink(missing_ok=True)
            raise UserError(
                f"تعذّر حفظ الملف «{out_path}»: {exc.strerror or exc}",
                f"Could not write '{out_path}': {exc.strerror or exc}",
                field="out",
            ) from exc
    return FormResult(out_path, pages, qr, reference, spec.name, key)
