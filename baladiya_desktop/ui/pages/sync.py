"""الإرسال إلى الوزارة: a municipal station's side of the trip on a USB stick.

Export the data bundle (cumulative since the ministry's last receipt), write the enrollment
bundle, take in the ministry's receipts and reference bundles, and see where things stand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink
from baladiya_desktop.reports.registry import FormSpec, find_form
from baladiya_desktop.sync.enrollment import write_enrollment
from baladiya_desktop.sync.export import ExportResult, export_data_bundle
from baladiya_desktop.sync.station_import import StationImport, import_file
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.printing import print_form
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.sync.common import (
    AMBER,
    GREEN,
    RED,
    FolderChooser,
    fill,
    fingerprint_label,
    ltr,
    panel,
    seq_range,
    table,
    when,
)
from baladiya_desktop.ui.sync.dialogs import FirstKeyDialog, NotHere
from baladiya_desktop.ui.sync.station_status import StationSync, bundle_kind, load_station_sync
from baladiya_desktop.ui.widgets import value_label

SLIP_FORMS = ("bundle-slip", "transmittal", "transmittal-slip", "bundle-transmittal")


def sync_page(session: UiSession) -> QWidget:
    """The page's factory: the ministry receives bundles, it does not send them."""
    if session.ctx.station.is_ministry:
        return NotHere(
            QCoreApplication.translate(
                "SyncPage",
                "This page is for municipal stations. At the ministry, use the page "
                "«Municipalities and stations».",
            )
        )
    return SyncPage(session)


def slip_form() -> FormSpec | None:
    return next((f for f in map(find_form, SLIP_FORMS) if f is not None), None)


class SyncPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.status: StationSync | None = None
        self.last_export: ExportResult | None = None
        self.last_import: StationImport | None = None
        self.labels: dict[str, QLabel] = {}
        state, state_layout = panel(self.tr("Where this station stands"))
        form = QFormLayout()
        for key, title in (
            ("export", self.tr("Last export")),
            ("confirmed", self.tr("Ministry confirmation")),
            ("pending", self.tr("Changes not yet confirmed")),
            ("reference", self.tr("Reference data")),
            ("ministry_key", self.tr("Ministry key fingerprint")),
            ("own_key", self.tr("This station's key fingerprint")),
        ):
            self.labels[key] = value_label("…")
            self.labels[key].setWordWrap(True)
            form.addRow(title, self.labels[key])
        state_layout.addLayout(form)
        state_layout.addStretch(1)

        self.destination = FolderChooser(self.tr("Choose a folder…"))
        refresh_drives = QPushButton(self.tr("Look for sticks again"))
        refresh_drives.clicked.connect(lambda: self.destination.reload())
        self.export_button = self._button(
            self.tr("Export the data bundle"), "sync", self.export, primary=True
        )
        self.enroll_button = self._button(self.tr("Enrollment bundle"), "key", self.enrollment)
        self.import_button = self._button(
            self.tr("Import from the ministry…"), "folder", self.choose_import
        )
        self.import_button.setVisible(session.may(Permission.SYNC_IMPORT))
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Write to:")))
        where.addWidget(self.destination, 1)
        where.addWidget(refresh_drives)
        bar = QHBoxLayout()
        for button in (self.export_button, self.enroll_button, self.import_button):
            bar.addWidget(button)
        bar.addStretch(1)

        self.result, result_layout = panel()
        self.result_title = QLabel()
        self.result_title.setObjectName("panelTitle")
        self.result_title.setWordWrap(True)
        self.result_text = value_label()
        self.result_text.setWordWrap(True)
        self.result_fingerprint = fingerprint_label(size=16)
        self.slip_button = self._button(
            self.tr("Print the transmittal slip…"), "folder", self.print_slip
        )
        self.card_button = self._button(
            self.tr("Print the station card…"), "folder", self.print_card
        )
        result_bar = QHBoxLayout()
        result_bar.addWidget(self.slip_button)
        result_bar.addWidget(self.card_button)
        result_bar.addStretch(1)
        for widget in (self.result_title, self.result_text, self.result_fingerprint):
            result_layout.addWidget(widget)
        result_layout.addLayout(result_bar)
        result_layout.addStretch(1)
        self.result.hide()

        self.log = table(
            [
                self.tr("Bundle"),
                self.tr("Direction"),
                self.tr("Date"),
                self.tr("Changes"),
                self.tr("Records"),
            ]
        )
        log_title = QLabel(self.tr("Bundles written and received"))
        log_title.setObjectName("panelTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()  # side by side: the log below keeps its height
        top.addWidget(state, 1)
        top.addWidget(self.result, 1)
        layout.addLayout(top)
        layout.addLayout(where)
        layout.addLayout(bar)
        layout.addWidget(log_title)
        layout.addWidget(self.log, 1)
        self.refresh()

    def _button(self, text: str, name: str, slot: object, primary: bool = False) -> QPushButton:
        button = QPushButton(icon(name), text)
        if primary:
            button.setObjectName("primary")
        button.clicked.connect(slot)
        return button

    # --- status ---------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: load_station_sync(ctx), on_done=self._show_status)

    def _show_status(self, status: StationSync) -> None:
        self.status = status
        text = self.labels
        if status.last_export_at is None:
            text["export"].setText(self.tr("None yet"))
        else:
            text["export"].setText(
                self.tr("{when} — changes {range}").format(
                    when=when(status.last_export_at),
                    range=seq_range(status.last_export_from, status.last_export_to),
                )
            )
        confirmed = status.acked_at is not None
        text["confirmed"].setText(
            self.tr("Confirmed by the ministry on {when} up to change {seq}").format(
                when=when(status.acked_at), seq=status.acked_seq
            )
            if confirmed
            else self.tr("Not yet confirmed")
        )
        text["confirmed"].setStyleSheet(f"color: {(GREEN if confirmed else AMBER).name()};")
        text["pending"].setText(f"{status.pending:,}")
        if status.reference_version:
            text["reference"].setText(
                self.tr("Version {version} of {when}").format(
                    version=status.reference_version, when=when(status.reference_at)
                )
            )
        else:
            text["reference"].setText(
                self.tr("Not imported yet: import the ministry's reference bundle first")
            )
        text["reference"].setStyleSheet("" if status.reference_version else f"color: {RED.name()};")
        text["ministry_key"].setText(ltr(status.ministry_fingerprint) or "—")
        text["own_key"].setText(ltr(status.own_fingerprint))
        kinds = {
            "data": self.tr("Data"),
            "receipt": self.tr("Receipt"),
            "reference": self.tr("Reference data"),
            "enrollment": self.tr("Enrollment"),
        }
        directions = {"out": self.tr("Sent"), "in": self.tr("Received")}
        fill(
            self.log,
            [
                [
                    kinds.get(r.kind, r.kind),
                    directions.get(r.direction, r.direction),
                    when(r.at),
                    seq_range(r.seq_from, r.seq_to),
                    f"{r.records:,}" if r.kind == "data" else "",
                ]
                for r in status.log
            ],
        )

    def _show_result(self, title: str, text: str, fingerprint: str = "", ok: bool = True) -> None:
        self.result_title.setText(title)
        self.result_title.setStyleSheet(f"color: {(GREEN if ok else RED).name()};")
        self.result_text.setText(text)
        self.result_text.setToolTip("")
        self.result_fingerprint.setText(fingerprint)
        self.result_fingerprint.setVisible(bool(fingerprint))
        self.slip_button.hide()
        self.card_button.hide()
        self.result.show()

    # --- export ---------------------------------------------------------------------------

    def export(self) -> None:
        folder = self.destination.folder(self.tr("Where to write the bundle"))
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path) -> None:
        ctx = self.session.ctx

        def work(sink: ProgressSink, cancel: CancelToken) -> ExportResult:
            return export_data_bundle(ctx, folder, progress=sink, cancel=cancel)

        self.export_button.setEnabled(False)
        self.session.runner.run_long(
            work,
            self.tr("Writing the data bundle"),
            on_done=self._exported,
            on_error=self._failed,
            on_cancel=self._settled,
        )

    def _settled(self) -> None:
        self.export_button.setEnabled(True)
        self.refresh()

    def _failed(self, exc: UserError) -> None:
        self._settled()
        self._show_result(self.tr("Not done"), self.session.runner.message(exc), ok=False)

    def _exported(self, result: ExportResult) -> None:
        self.last_export = result
        self._settled()
        per_table = "\n".join(f"{name}: {n:,}" for name, n in sorted(result.counts.items()))
        self._show_result(
            self.tr("The bundle was written and verified — you may remove the stick now"),
            self.tr("File: {name}\nChanges {range}, {records} records\nSHA-256: {sha}").format(
                name=ltr(result.path.name),
                range=seq_range(result.seq_from, result.seq_to),
                records=f"{result.records:,}",
                sha=ltr(result.sha256),
            ),
        )
        self.result_text.setToolTip(per_table)  # the technical detail, for the IT staff
        self.slip_button.setVisible(slip_form() is not None)

    def print_slip(self) -> None:
        spec, result = slip_form(), self.last_export
        if spec is None or result is None:
            return
        key = result.bundle_id if spec.needs_id else None
        suggested = result.path.with_suffix(".pdf").name
        print_form(self.session, self, spec.name, key, suggested_name=suggested)

    # --- enrollment -----------------------------------------------------------------------

    def enrollment(self) -> None:
        folder = self.destination.folder(self.tr("Where to write the enrollment bundle"))
        if folder is None:
            return
        ctx = self.session.ctx
        self.session.runner.run(lambda: write_enrollment(ctx, folder), on_done=self._enrolled)

    def _enrolled(self, written: tuple[Path, str]) -> None:
        path, fingerprint = written
        self._show_result(
            self.tr("The enrollment bundle was written and verified"),
            self.tr(
                "File: {name}\nPrint the station card, sign and stamp it, and send it with "
                "the stick. The ministry compares this fingerprint with the card:"
            ).format(name=ltr(path.name)),
            fingerprint,
        )
        self.card_button.show()
        self.refresh()

    def print_card(self) -> None:
        print_form(self.session, self, "station-card", suggested_name="station-card.pdf")

    # --- import ---------------------------------------------------------------------------

    def choose_import(self) -> None:
        start = self.destination.currentData()
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("A receipt or reference bundle from the ministry"),
            str(start) if start and start != "choose" else "",
            self.tr("Baladiya bundles (*.bld)"),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path, expect: str | None = None, *, ask: bool = True) -> None:
        """Take in a receipt or a reference bundle; the first reference asks for the letter."""
        first = self.status is None or not self.status.ministry_fingerprint
        if ask and first and expect is None:
            self.session.runner.run(
                lambda: bundle_kind(path), on_done=lambda found: self._maybe_ask(path, found)
            )
            return
        self._import(path, expect)

    def _maybe_ask(self, path: Path, found: tuple[str, str]) -> None:
        kind, fingerprint = found
        if kind != "reference":
            self._import(path, None)
            return
        dialog = FirstKeyDialog(fingerprint, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._import(path, dialog.expected.text().strip() or None)

    def _import(self, path: Path, expect: str | None) -> None:
        ctx = self.session.ctx

        def work(sink: ProgressSink, cancel: CancelToken) -> StationImport:
            sink(0, 1, self.tr("Checking the bundle…"))
            return import_file(ctx, path, expect_fingerprint=expect)

        self.session.runner.run_long(
            work,
            self.tr("Importing from the ministry"),
            on_done=self._imported,
            on_error=self._failed,
        )

    def _imported(self, result: StationImport) -> None:
        self.last_import = result
        message = result.message_ar if self.session.lang() == "ar" else result.message_en
        fingerprint = ""
        if result.kind == "reference" and result.details.get("first_time"):
            fingerprint = str(result.details.get("fingerprint", ""))
            message += "\n" + self.tr(
                "Keep the ministry's letter: every later bundle is checked against this key."
            )
        title = self.tr("Imported") if result.status == "applied" else self.tr("Already imported")
        self._show_result(title, message, fingerprint)
        self.session.events.changed.emit("sync")
        self.refresh()
