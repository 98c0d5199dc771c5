"""What an import did, row by row: counts, refused rows with reasons, and the rejects workbook."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from baladiya_desktop.core.errors import UserError

__all__ = ["ImportResult", "RowError", "SourceInfo", "write_rejects_report"]


@dataclass(frozen=True, slots=True)
class RowError:
    """A problem on one sheet row (its Excel row number); ``column`` is a column key or None."""

    row: int
    column: str | None
    reason_ar: str
    reason_en: str

    @classmethod
    def from_error(cls, row: int, error: UserError, column: str | None = None) -> RowError:
        return cls(
            row, column if column is not None else error.field, error.message_ar, error.message_en
        )

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "reason": self.reason_ar}


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Where the rows came from, so the rejects report can copy the refused rows' cells."""

    path: Path
    sheet: str
    header_row: int
    headings: tuple[str, ...]


@dataclass(slots=True)
class ImportResult:
    """Counts and reasons of one import (or dry run).

    ``rejected`` may hold several problems of one row (one per cell); ``rejected_rows`` counts
    rows. ``skipped_rows`` says why rows were left out (totals rows), ``notes`` are warnings
    on rows that were kept (an ambiguous date, a formula with no value).
    """

    imported: int = 0
    updated: int = 0
    skipped: int = 0
    unchanged: int = 0
    rejected: list[RowError] = field(default_factory=list)
    skipped_rows: list[RowError] = field(default_factory=list)
    notes: list[RowError] = field(default_factory=list)
    dry_run: bool = False
    source: SourceInfo | None = None

    @property
    def rejected_rows(self) -> int:
        return len({e.row for e in self.rejected})

    def reject(self, error: RowError) -> None:
        self.rejected.append(error)

    def skip(self, error: RowError) -> None:
        self.skipped += 1
        self.skipped_rows.append(error)

    def to_json(self) -> dict[str, Any]:
        """``{"imported", "updated", "skipped", "rejected": [{"row", "reason"}]}`` plus
        ``unchanged``, ``dry_run`` and ``notes`` at the top level."""
        return {
            "imported": self.imported,
            "updated": self.updated,
            "skipped": self.skipped,
            "rejected": [e.to_json() for e in sorted(self.rejected, key=_by_row)],
            "unchanged": self.unchanged,
            "dry_run": self.dry_run,
            "notes": [e.to_json() for e in sorted(self.notes, key=_by_row)],
        }

    def summary(self, lang: str = "ar") -> str:
        """One line for a status bar or the CLI."""
        if lang == "ar":
            return (
                f"{'تجربة دون حفظ: ' if self.dry_run else ''}أُضيف {self.imported}، "
                f"حُدّث {self.updated}، دون تغيير {self.unchanged}، تُرك {self.skipped}، "
                f"رُفض {self.rejected_rows}."
            )
        return (
            f"{'Dry run: ' if self.dry_run else ''}{self.imported} imported, {self.updated} "
            f"updated, {self.unchanged} unchanged, {self.skipped} skipped, "
            f"{self.rejected_rows} rejected."
        )


def _by_row(error: RowError) -> int:
    return error.row


def write_rejects_report(
    path: Path | str, result: ImportResult, headings: Sequence[str] | None = None
) -> int:
    """Write an RTL workbook of the refused rows: row number, reasons, then the row's cells
    under the original headings (copied from ``result.source``), so the clerk can correct
    the rows there and import this very file again. Returns the number of rows written."""
    from baladiya_desktop.exchange.columns import Column
    from baladiya_desktop.exchange.writer import write_workbook

    reasons: dict[int, list[str]] = {}
    for error in sorted(result.rejected, key=_by_row):
        reasons.setdefault(error.row, []).append(error.reason_ar)
    cells = _source_cells(result.source, set(reasons))
    titles = list(
        headings if headings is not None else result.source.headings if result.source else ()
    )
    columns = [
        Column("_row", "رقم الصف في الملف الأصلي", "Source row", width=12),
        Column("_reason", "سبب الرفض", "Reason", width=60),
        *(Column(f"_c{i}", title or f"عمود {i + 1}", width=16) for i, title in enumerate(titles)),
    ]
    rows = (
        {"_row": row, "_reason": "\n".join(why)}
        | {f"_c{i}": v for i, v in enumerate(cells.get(row, ())[: len(titles)])}
        for row, why in reasons.items()
    )
    write_workbook(path, columns, rows, sheet_title="الصفوف المرفوضة")
    return len(reasons)


def _source_cells(source: SourceInfo | None, wanted: set[int]) -> dict[int, tuple[Any, ...]]:
    """Read the wanted rows again from the source sheet; empty if it is gone or changed."""
    if source is None or not wanted:
        return {}
    from baladiya_desktop.exchange.sheet_rows import is_blank, sheet_rows
    from baladiya_desktop.exchange.workbook_file import OpenWorkbook

    found: dict[int, tuple[Any, ...]] = {}
    try:
        with OpenWorkbook(source.path) as workbook:
            sheets = [ws for ws in workbook.worksheets if ws.title == source.sheet]
            if not sheets:
                return {}
            scan = workbook.scan(sheets[0])
            rows = sheet_rows(
                sheets[0], scan, source.path.name, first=min(wanted), last=max(wanted)
            )
            for number, values in rows:
                if number in wanted:
                    found[number] = tuple(None if is_blank(v) else v for v in values)
    except UserError:
        return {}
    return found
