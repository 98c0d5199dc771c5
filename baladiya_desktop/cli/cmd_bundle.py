"""``bundle export|enrollment|inspect|import``: the station's side of the USB trip."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import Any

from baladiya_desktop.cli.common import Cli, UsageError
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.sync import inspect as bundle_inspect
from baladiya_desktop.sync.container import read_bundle
from baladiya_desktop.sync.enrollment import write_enrollment
from baladiya_desktop.sync.export import export_data_bundle
from baladiya_desktop.sync.station_import import import_bundle


def _folder(value: str) -> Path:
    path = Path(value)
    if not path.is_dir():
        raise UserError(f"المجلد {path} غير موجود. اختر مجلداً موجوداً أو ذاكرة موصولة.",
                        f"The folder {path} does not exist. Choose an existing folder.")
    return path


def cmd_export(cli: Cli) -> int:
    ctx = cli.login()
    to = None
    if cli.args.to:
        try:
            to = uuid.UUID(cli.args.to)
        except ValueError:
            raise UserError("معرّف المحطة غير صالح. انظر baladiya station show في تلك المحطة.",
                            "Invalid station id. See `baladiya station show` on that "
                            "station.") from None
        if cli.args.from_seq is not None:
            raise UsageError("--from-seq is for bundles to the ministry, not --to")
    result = export_data_bundle(ctx, _folder(cli.args.out), from_seq=cli.args.from_seq, to=to)
    data = {"path": str(result.path), "bundle_id": result.bundle_id, "kind": result.kind,
            "seq_from": result.seq_from, "seq_to": result.seq_to, "records": result.records,
            "sha256": result.sha256, "counts": result.counts, "request": result.request,
            "forwarded": result.forwarded, "to": to}
    if result.request:
        what_ar = ("لا تغييرات جديدة: هذه حزمة طلب فقط، تحملها إلى الوزارة لتعيد إليك ردّها "
                   "بما أرسلته محطات البلدية الأخرى.")
        what_en = ("Nothing new to send: this is a request bundle only; take it to the ministry "
                   "to get its reply with the other stations' records.")
        if to is not None:
            what_ar, what_en = ("لا جديد لدى هذه المحطة للمحطة الأخرى.",
                                "Nothing new for that station.")
    else:
        what_ar = f"{result.records} سجلاً"
        what_en = (f"seq {result.seq_from}–{result.seq_to}, " if to is None else "") + \
            f"{result.records} records" + (f" ({result.forwarded} from other stations)"
                                           if result.forwarded else "")
    cli.emit(data, f"كُتبت الحزمة وتم التحقق منها؛ يمكنك نزع الذاكرة الآن.\n"
                   f"Bundle written and verified; you may remove the stick.\n{result.path}\n"
                   f"{what_ar}\n{what_en}\nSHA-256 {result.sha256}")
    return 0


def cmd_enrollment(cli: Cli) -> int:
    ctx = cli.login()
    folder = _folder(cli.args.out)
    path, fingerprint = write_enrollment(ctx, folder)
    form = None
    try:
        import baladiya_desktop.reports.forms  # noqa: F401  (registers the forms)
        from baladiya_desktop.reports.registry import get_form

        form = get_form("station-card").build(ctx, None, folder / f"{path.stem}.pdf").path
    except UserError as exc:
        cli.say(f"تنبيه: لم يُطبع نموذج التسجيل: {exc.message_ar}")
    cli.emit({"path": str(path), "fingerprint": fingerprint, "form": str(form) if form else None},
             f"حزمة التسجيل: {path}\nبصمة مفتاح المحطة (تُكتب في نموذج التسجيل الورقي):\n"
             f"Station key fingerprint (for the paper form):\n{fingerprint}"
             + (f"\nنموذج التسجيل / enrollment form: {form}" if form else ""))
    return 0


def cmd_inspect(cli: Cli) -> int:
    ctx = None
    target = cli.target()
    if target.exists() and (target.db_path is None or target.db_path.exists()):
        ctx = cli.open()
    report = bundle_inspect.inspect_file(Path(cli.args.file), ctx)
    data: dict[str, Any] = {"manifest": report.manifest, "signature": report.signature,
                            "payload_ok": report.payload_ok, "signer": report.signer}
    cli.emit(data, report.text())
    return 0 if report.signature == "valid" and report.payload_ok else 1


def cmd_import(cli: Cli) -> int:
    ctx = cli.login()
    result = import_bundle(ctx, read_bundle(Path(cli.args.file)),
                           expect_fingerprint=cli.args.fingerprint)
    cli.emit({"kind": result.kind, "status": result.status, "message": result.message_ar,
              **result.details}, f"{result.message_ar}\n{result.message_en}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("bundle", help="sync bundles: export, enrollment, inspect, import")
    s = p.add_subparsers(dest="bundle_command", required=True, metavar="ACTION")
    a = s.add_parser("export", help="the next data bundle for the ministry")
    a.add_argument("--out", required=True, help="folder or USB stick")
    a.add_argument("--from-seq", type=int, help="start at this seq (when the ministry asks)")
    a.add_argument("--to", metavar="STATION_ID",
                   help="a bundle for another station of this municipality, in the same office")
    a.set_defaults(handler=cmd_export)
    a = s.add_parser("enrollment", help="the station's enrollment bundle and paper form")
    a.add_argument("--out", required=True)
    a.set_defaults(handler=cmd_enrollment)
    a = s.add_parser("inspect", help="check a bundle's manifest and signature (no decryption)")
    a.add_argument("file")
    a.set_defaults(handler=cmd_inspect)
    a = s.add_parser("import", help="take in a receipt, reply, reference, update or sibling bundle")
    a.add_argument("file")
    a.add_argument("--fingerprint", help="the ministry key fingerprint from its letter: needed "
                   "for the first reference bundle and after the ministry revokes a key")
    a.set_defaults(handler=cmd_import)
