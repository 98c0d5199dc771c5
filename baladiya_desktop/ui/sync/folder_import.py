"""The ministry takes in every bundle on a stick: each one on its own, a receipt for each.

No Qt here: the stations tab runs it through the runner with progress and cancel.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import Cancelled, StorageError, UserError
from baladiya_desktop.core.progress import CancelToken, ProgressSink, no_progress
from baladiya_desktop.sync.ingest import backup_before_import, ingest_file
from baladiya_desktop.sync.receipts import write_receipt
from baladiya_desktop.sync.usb import BUNDLE_SUFFIX


@dataclass(frozen=True)
class FileOutcome:
    file: Path
    status: str  # applied | duplicate | stale | refused
    municipality: str = ""
    station_id: uuid.UUID | None = None
    seq_from: int = 0
    seq_to: int = 0
    inserted: int = 0
    updated: int = 0
    conflicts: int = 0
    rejected: int = 0
    reason_ar: str = ""
    reason_en: str = ""
    history_alert: str = ""
    receipt: Path | None = None


@dataclass
class FolderImport:
    source: Path
    receipts: Path
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


def bundles_in(folder: Path) -> list[Path]:
    """The bundles directly in ``folder``. Sorted by name, which holds the station and the seq
    range, so a station's bundles arrive in the order they were written."""
    try:
        return sorted(
            p for p in folder.iterdir() if p.is_file() and p.name.lower().endswith(BUNDLE_SUFFIX)
        )
    except OSError as exc:
        raise StorageError(
            f"تعذرت قراءة المجلد {folder}: {exc.strerror or exc}",
            f"Could not read the folder {folder}: {exc.strerror or exc}",
        ) from exc


def import_folder(
    ctx: AppContext,
    source: Path,
    receipts: Path | None = None,
    *,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> FolderImport:
    """Import each bundle in its own transaction: one refused file stops nothing else.

    Cancelling stops between files; the files done so far stay imported and are listed."""
    run = FolderImport(source, receipts or source / "receipts")
    files = bundles_in(source)
    if not files:
        return run
    try:
        run.receipts.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"تعذر إنشاء مجلد الإيصالات {run.receipts}: {exc.strerror or exc}",
            f"Could not create the receipts folder {run.receipts}: {exc.strerror or exc}",
        ) from exc
    backup_before_import(ctx)
    for done, path in enumerate(files):
        try:
            if cancel is not None:
                cancel.check()
        except Cancelled:
            run.cancelled = True
            break
        progress(done, len(files), path.name)
        try:
            result = ingest_file(ctx, path)
        except UserError as exc:
            run.outcomes.append(
                FileOutcome(path, "refused", reason_ar=exc.message_ar, reason_en=exc.message_en)
            )
            continue
        stats = result.stats
        receipt, why_ar, why_en = None, "", ""
        try:
            receipt = write_receipt(ctx, result, run.receipts)
        except UserError as exc:  # applied all the same; the receipt can be written again
            why_ar, why_en = exc.message_ar, exc.message_en
        run.outcomes.append(
            FileOutcome(
                path,
                result.status,
                result.municipality,
                result.station_id,
                result.seq_from,
                result.seq_to,
                stats.inserted,
                stats.updated,
                stats.conflicts,
                len(stats.rejected),
                why_ar,
                why_en,
                result.history_alert,
                receipt,
            )
        )
    progress(len(files), len(files), "")
    return run
