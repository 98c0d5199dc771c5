"""The ministry's stations: who sent what and when, import a stick, write the reference."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.progress import CancelToken, ProgressSink
from baladiya_desktop.sync.ministry import StationStatus, stations
from baladiya_desktop.sync.reference_bundle import write_reference_bundle
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.sync.common import (
    AMBER,
    GREEN,
    RED,
    Cell,
    FolderChooser,
    fill,
    fingerprint_label,
    ltr,
    panel,
    seq_range,
    table,
    when,
)
from baladiya_desktop.ui.sync.folder_import import FileOutcome, FolderImport, import_folder

HISTORY_COLUMN = 9


def contact_colour(days: int | None) -> Cell:
    if days is None:
        return Cell("—", RED)
    return Cell(f"{days:,}", GREEN if days < 30 else AMBER if days < 90 else RED)


class StationsTab(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.rows: list[StationStatus] = []
        self.last_run: FolderImport | None = None
        self.receipts_dir: Path | None = None  # None: a "receipts" folder on the same stick
        self.source = FolderChooser(self.tr("Choose a folder…"))
        self.source.currentIndexChanged.connect(self._show_receipts_dir)
        again = QPushButton(self.tr("Look for sticks again"))
        again.clicked.connect(lambda: self.source.reload())
        self.import_button = QPushButton(icon("folder"), self.tr("Import from a USB stick"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.import_stick)
        receipts_button = QPushButton(self.tr("Receipts folder…"))
        receipts_button.clicked.connect(self.choose_receipts)
        self.reference_button = QPushButton(icon("key"), self.tr("Reference bundle"))
        self.reference_button.clicked.connect(self.reference)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Stick or folder:")))
        where.addWidget(self.source, 1)
        where.addWidget(again)
        bar = QHBoxLayout()
        for button in (self.import_button, receipts_button, self.reference_button):
            bar.addWidget(button)
        self.receipts_label = QLabel()
        self.receipts_label.setObjectName("hint")
        bar.addWidget(self.receipts_label, 1)

        self.table = table(
            [
                self.tr("Municipality"),
                self.tr("Station"),
                # Two-line headers over short numbers: the history alert keeps its room.
                self.tr("Other\nstations"),
                self.tr("Last bundle"),
                self.tr("Days since\ncontact"),
                self.tr("Applied\nup to"),
                self.tr("Relayed\nto it"),
                self.tr("Last reply"),
                self.tr("Revoked"),
                self.tr("History alert"),
            ]
        )
        self.result, result_layout = panel()
        self.result_title = QLabel()
        self.result_title.setObjectName("panelTitle")
        self.result_title.setWordWrap(True)
        self.result_fingerprint = fingerprint_label(size=15)
        self.files = table(
            [
                self.tr("File"),
                self.tr("Result"),
                self.tr("Municipality"),
                self.tr("Changes"),
                self.tr("Added"),
                self.tr("Updated"),
                self.tr("Conflicts"),
                self.tr("Remarks"),
            ]
        )
        result_layout.addWidget(self.result_title)
        result_layout.addWidget(self.result_fingerprint)
        result_layout.addWidget(self.files, 1)
        self.result.hide()
        # Long file names are cut in the middle (station and seq range stay readable), so every
        # column fits without scrolling; each refusal is also written out in full below.
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.files.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.files.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.files.setColumnWidth(0, 260)
        self.refusals = QLabel()
        self.refusals.setWordWrap(True)
        self.refusals.setStyleSheet(f"color: {RED.name()};")
        self.refusals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result_layout.addWidget(self.refusals)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.table)
        self.split.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(where)
        layout.addLayout(bar)
        layout.addWidget(self.split, 1)
        self._show_receipts_dir()
        self.refresh()

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: stations(ctx), on_done=self._show)

    def _show(self, rows: list[StationStatus]) -> None:
        self.rows = rows
        yes = self.tr("Yes")
        fill(
            self.table,
            [
                [
                    r.municipality_name,
                    r.station_name or Cell(self.tr("No station enrolled"), AMBER),
                    f"{r.siblings:,}" if r.station_id else "",
                    when(r.last_bundle_at) or "—",
                    contact_colour(r.days_since_contact()) if r.station_id else "",
                    f"{r.applied_seq:,}" if r.station_id else "",
                    f"{r.relayed:,}" if r.station_id else "",
                    when(r.last_reply_at) or ("—" if r.station_id else ""),
                    Cell(yes, RED) if r.revoked else "",
                    self.history(r),
                ]
                for r in rows
            ],
        )
        for row, r in enumerate(rows):
            item = self.table.item(row, HISTORY_COLUMN)
            if r.incarnation > 0 and item is not None:
                item.setToolTip(
                    item.text()
                    + "\n"
                    + self.tr(
                        "Restored from a backup {times} time(s). Its next bundle gets back "
                        "what it had sent since that backup."
                    ).format(times=r.incarnation)
                )

    def history(self, row: StationStatus) -> str | Cell:
        """A restore is part of the station's history: its mark leads the history alert."""
        parts = [self.tr("Restored from a backup")] if row.incarnation > 0 else []
        if row.history_alert:
            parts.append(row.history_alert)
        if not parts:
            return ""
        return Cell(" — ".join(parts), RED if row.history_alert else AMBER)

    # --- import ---------------------------------------------------------------------------

    def _show_receipts_dir(self) -> None:
        if self.receipts_dir is not None:
            text = ltr(str(self.receipts_dir))
        else:
            text = self.tr("a «receipts» folder on the same stick")
        self.receipts_label.setText(self.tr("Receipts go to: {where}").format(where=text))

    def choose_receipts(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where to write the receipts"))
        if chosen:
            self.receipts_dir = Path(chosen)
            self._show_receipts_dir()

    def import_stick(self) -> None:
        folder = self.source.folder(self.tr("The stick or folder with the bundles"))
        if folder is not None:
            self.import_from(folder, self.receipts_dir)

    def import_from(self, source: Path, receipts: Path | None = None) -> None:
        ctx = self.session.ctx

        def work(sink: ProgressSink, cancel: CancelToken) -> FolderImport:
            return import_folder(ctx, source, receipts, progress=sink, cancel=cancel)

        self.import_button.setEnabled(False)
        self.session.runner.run_long(
            work,
            self.tr("Importing the municipalities' bundles"),
            on_done=self._imported,
            on_error=self._failed,
            on_cancel=self._settled,
        )

    def _settled(self) -> None:
        self.import_button.setEnabled(True)
        self.refresh()

    def _failed(self, exc: UserError) -> None:
        self._settled()
        self._show_result(self.session.runner.message(exc), ok=False)

    def _status_text(self, outcome: FileOutcome) -> Cell:
        names = {
            "applied": (self.tr("Applied"), GREEN),
            "duplicate": (self.tr("Already imported"), None),
            "stale": (self.tr("Older than what arrived"), None),
            "refused": (self.tr("Refused"), RED),
        }
        text, colour = names.get(outcome.status, (outcome.status, None))
        return Cell(text, colour, bold=True)

    def _imported(self, run: FolderImport) -> None:
        self.last_run = run
        self._settled()
        ar = self.session.lang() == "ar"
        names = {r.municipality_code: r.municipality_name for r in self.rows}
        rows = []
        for o in run.outcomes:
            head: list[str | Cell] = [
                ltr(o.file.name),
                self._status_text(o),
                names.get(o.municipality, o.municipality),
            ]
            if o.status == "refused":
                rows.append([*head, Cell(o.reason_ar if ar else o.reason_en, RED)])
                continue
            notes = o.history_alert or (o.reason_ar if ar else o.reason_en)  # receipt unwritten
            rows.append(
                [
                    *head,
                    seq_range(o.seq_from, o.seq_to),
                    f"{o.inserted:,}",
                    f"{o.updated:,}",
                    Cell(f"{o.conflicts:,}", AMBER if o.conflicts else None),
                    Cell(notes, RED) if notes else "",
                ]
            )
        self.files.clearSpans()
        fill(self.files, rows)
        for row, o in enumerate(run.outcomes):
            if o.status == "refused":  # the reason has the room the counts would take
                self.files.setSpan(row, 3, 1, self.files.columnCount() - 3)
        mark = "\u200f" if ar else "\u200e"  # the line reads in the interface's direction
        self.refusals.setText(
            "\n".join(
                f"{mark}{ltr(o.file.name)}: {o.reason_ar if ar else o.reason_en}"
                for o in run.outcomes
                if o.status == "refused"
            )
        )
        if not run.outcomes:
            text = self.tr("No bundles (*.bld) were found in {folder}.").format(
                folder=ltr(str(run.source))
            )
        else:
            text = self.tr(
                "{files} files: {applied} applied, {duplicate} already imported, {stale} "
                "older, {refused} refused. Receipts were written to {folder}."
            ).format(
                files=len(run.outcomes),
                applied=run.count("applied"),
                duplicate=run.count("duplicate"),
                stale=run.count("stale"),
                refused=run.count("refused"),
                folder=ltr(str(run.receipts)),
            )
        if run.cancelled:
            text += " " + self.tr("Stopped: the remaining files were not imported.")
        self._show_result(text, ok=not run.count("refused"), table=True)
        self.split.setSizes([220, 400])  # the results are what the clerk reads now

    def _show_result(
        self, text: str, *, ok: bool = True, fingerprint: str = "", table: bool = False
    ) -> None:
        self.result_title.setText(text)
        self.result_title.setStyleSheet(f"color: {(GREEN if ok else RED).name()};")
        self.result_fingerprint.setText(fingerprint)
        self.result_fingerprint.setVisible(bool(fingerprint))
        self.files.setVisible(table)
        self.refusals.setVisible(table and bool(self.refusals.text()))
        self.result.show()

    # --- reference ------------------------------------------------------------------------

    def reference(self) -> None:
        folder = self.source.folder(self.tr("Where to write the reference bundle"))
        if folder is not None:
            self.write_reference(folder)

    def write_reference(self, folder: Path) -> None:
        ctx = self.session.ctx
        self.session.runner.run(
            lambda: write_reference_bundle(ctx, folder),
            on_done=self._referenced,
            on_error=self._failed,
        )

    def _referenced(self, written: tuple[Path, int, str]) -> None:
        path, version, fingerprint = written
        self._show_result(
            self.tr(
                "Reference bundle version {version} written and verified: {name}. The "
                "ministry's key fingerprint, for the letter to the municipalities:"
            ).format(version=version, name=ltr(path.name)),
            fingerprint=fingerprint,
        )
