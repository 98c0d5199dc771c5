"""الإرسال إلى الوزارة: a municipal station's side of the trip on a USB stick.

Export the data bundle (cumulative since the ministry's last receipt), write the enrollment
bundle, take in the ministry's receipts and reference bundles, and see where things stand.
The office's other stations: a bundle carried directly to one of them, the records their
bundles and the ministry's replies brought, the conflicts to review and the rows the ministry
refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.hlc import version_millis
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink
from baladiya_desktop.reports.registry import FormSpec, find_form
from baladiya_desktop.sync.enrollment import write_enrollment
from baladiya_desktop.sync.export import ExportResult, export_data_bundle
from baladiya_desktop.sync.station_import import StationImport, import_file
from baladiya_desktop.sync.status import Rejection, Sibling, conflicts
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.printing import print_form
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
    select_row,
    seq_range,
    table,
    when,
)
from baladiya_desktop.ui.sync.conflicts_tab import ConflictsTab
from baladiya_desktop.ui.sync.dialogs import NotHere
from baladiya_desktop.ui.sync.fingerprint_dialog import LetterFingerprintDialog
from baladiya_desktop.ui.sync.station_status import (
    LogRow,
    StationSync,
    bundle_kind,
    load_station_sync,
)
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
        self.open_conflicts = 0
        self.sending_to: Sibling | None = None  # the sibling a bundle is being written for
        self.labels: dict[str, QLabel] = {}
        self.banner = self._restore_banner()
        self.state, state_layout = panel(self.tr("Where this station stands"))
        form = QFormLayout()
        for key, title in (
            ("station", self.tr("This station")),
            ("station_id", self.tr("Station id")),
            ("export", self.tr("Last export")),
            ("confirmed", self.tr("Ministry confirmation")),
            ("pending", self.tr("Changes not yet confirmed")),
            ("reference", self.tr("Reference data")),
            ("ministry_key", self.tr("Ministry key fingerprint")),
            ("own_key", self.tr("This station's key fingerprint")),
        ):
            self.labels[key] = value_label("…")
            # a fingerprint is laid out in two lines of its own (see _fingerprint): never cut
            self.labels[key].setWordWrap(not key.endswith("_key"))
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
        self.import_button = self._button(self.tr("Import a bundle…"), "folder", self.choose_import)
        self.import_button.setVisible(session.may(Permission.SYNC_IMPORT))
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Write to:")))
        where.addWidget(self.destination, 1)
        where.addWidget(refresh_drives)
        bar = QHBoxLayout()  # the main action alone on its row: the state panel keeps its width
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        more = QHBoxLayout()
        for button in (self.enroll_button, self.import_button):
            more.addWidget(button)
        more.addStretch(1)

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
        self.review_button = self._button(
            self.tr("Review the conflicts"), "role", self.show_conflicts
        )
        result_bar = QHBoxLayout()
        result_bar.addWidget(self.slip_button)
        result_bar.addWidget(self.card_button)
        result_bar.addWidget(self.review_button)
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
        self.conflicts = ConflictsTab(session, inline=False)  # the review dialog has room
        self.conflicts.counted.connect(self._conflicts_counted)
        self.tabs = LeftoverTabs()
        self.tabs.addTab(self._siblings_box(), icon("org"), "")
        self.tabs.addTab(self.log, icon("sync"), "")
        self.tabs.addTab(self._refused_box(), icon("block"), "")
        self.tabs.addTab(self.conflicts, icon("role"), "")
        self._retitle()
        # The actions and their result beside the state, so the tabs keep their height on an
        # 800-pixel screen.
        side = QVBoxLayout()
        side.addLayout(where)
        side.addLayout(bar)
        side.addLayout(more)
        side.addWidget(self.result, 1)
        side.addStretch(0)
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _restore_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("restoreBanner")
        banner.setStyleSheet(
            "QFrame#restoreBanner { background: #fff8e1; border: 1px solid #e6c35c; "
            "border-radius: 6px; } QFrame#restoreBanner QLabel { font-weight: 600; }"
        )
        self.banner_text = QLabel(
            self.tr(
                "A backup was restored: export a bundle to the ministry so that it gives "
                "back what came after it."
            )
        )
        self.banner_text.setWordWrap(True)
        send = self._button(self.tr("Export to the ministry now"), "sync", self.export)
        row = QHBoxLayout(banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(send)
        banner.hide()
        return banner

    def _siblings_box(self) -> QWidget:
        box = QWidget()
        hint = QLabel(
            self.tr(
                "The municipality's other stations, as the ministry's reference bundle lists "
                "them. Their records reach this station in the ministry's replies, or at once "
                "in a bundle carried from one PC to the other on a stick."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.send_button = self._button(
            self.tr("Send a bundle to another station of the office"), "sync", self.send_selected
        )
        self.send_button.setObjectName("primary")
        self.send_button.setVisible(self.session.may(Permission.SYNC_EXPORT))
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.send_button)
        self.siblings = table(
            [
                self.tr("Station"),
                self.tr("Direct bundle"),
                self.tr("Last direct exchange"),
                self.tr("Its newest record here"),
                self.tr("Station id"),
            ]
        )
        self.siblings.itemSelectionChanged.connect(self._update_send)
        self.no_siblings = QLabel(
            self.tr(
                "No other station of this municipality is listed yet. When the ministry "
                "enrols another PC of the office, import its next reference bundle here."
            )
        )
        self.no_siblings.setObjectName("hint")
        self.no_siblings.setWordWrap(True)
        self.no_siblings.hide()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.no_siblings)
        layout.addWidget(self.siblings, 1)
        return box

    def _refused_box(self) -> QWidget:
        box = QWidget()
        hint = QLabel(
            self.tr(
                "Rows the ministry could not store, with its reason. Correct each record on "
                "its page: the corrected record travels in the next bundle and leaves this list."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.refused = table(
            [self.tr("Table"), self.tr("Record"), self.tr("Date"), self.tr("Reason")]
        )
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.refused, 1)
        return box

    def _retitle(self) -> None:
        view = self.status.overview if self.status is not None else None
        siblings = len(view.siblings) if view is not None else 0
        refused = len(view.rejections) if view is not None else 0
        titles = (
            self.tr("Stations of the office ({count})").format(count=siblings),
            self.tr("Bundles written and received"),
            self.tr("Refused by the ministry ({count})").format(count=refused),
            self.tr("Conflicts to review ({count})").format(count=self.open_conflicts),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        # What needs a person stands out: refused rows and open conflicts in red.
        bar = self.tabs.tabBar()
        bar.setTabTextColor(2, RED if refused else bar.tabTextColor(1))
        bar.setTabTextColor(3, RED if self.open_conflicts else bar.tabTextColor(1))

    def _conflicts_counted(self, count: int) -> None:
        self.open_conflicts = count
        self._retitle()

    def show_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.conflicts)

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
        view = status.overview
        text = self.labels
        text["station"].setText(view.name)
        text["station_id"].setText(ltr(str(view.station_id)))
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
        text["ministry_key"].setText(_fingerprint(status.ministry_fingerprint) or "—")
        text["own_key"].setText(_fingerprint(status.own_fingerprint))
        self.banner.setVisible(view.awaiting_restore_reply)
        self._show_log(status)
        self._show_siblings(view.siblings)
        self._show_refused(view.rejections)
        self._retitle()

    def _show_log(self, status: StationSync) -> None:
        kinds = {
            "data": self.tr("Data"),
            "receipt": self.tr("Receipt"),
            "reference": self.tr("Reference data"),
            "enrollment": self.tr("Enrollment"),
            "sibling": self.tr("Another station of the office"),
        }
        directions = {"out": self.tr("Sent"), "in": self.tr("Received")}

        def kind(row: LogRow) -> str:
            name = kinds.get(row.kind, row.kind)
            return f"{name} — {row.peer}" if row.peer else name

        fill(
            self.log,
            [
                [
                    kind(r),
                    directions.get(r.direction, r.direction),
                    when(r.at),
                    seq_range(r.seq_from, r.seq_to),
                    f"{r.records:,}" if r.kind == "data" or r.records else "",
                ]
                for r in status.log
            ],
        )

    def _show_siblings(self, siblings: list[Sibling]) -> None:
        chosen = self.selected_sibling()
        self.no_siblings.setVisible(not siblings)
        self.siblings.setVisible(bool(siblings))
        fill(
            self.siblings,
            [
                [
                    Cell(s.name, bold=True),
                    self.direct_text(s),
                    when(s.last_direct) or "—",
                    when(version_time(s.held_from_it)) or "—",
                    ltr(str(s.station_id)),
                ]
                for s in siblings
            ],
        )
        # Keep the clerk's choice; otherwise offer the first station a bundle can go to.
        ids = [s.station_id for s in siblings]
        wanted = chosen.station_id if chosen is not None else None
        if wanted not in ids:
            wanted = next((s.station_id for s in siblings if sendable(s)), None)
        if wanted is not None:
            select_row(self.siblings, ids.index(wanted))
        self._update_send()

    def direct_text(self, sibling: Sibling) -> Cell:
        if sibling.revoked:
            return Cell(self.tr("No: its key was revoked by the ministry"), RED)
        if not sibling.can_receive:
            return Cell(self.tr("Not yet: its key comes in the ministry's next reference"), AMBER)
        return Cell(self.tr("Possible"), GREEN)

    def _show_refused(self, rejections: list[Rejection]) -> None:
        ar = self.session.lang() == "ar"
        fill(
            self.refused,
            [
                [
                    ltr(r.table_name),
                    ltr(r.record_id),
                    when(r.at),
                    Cell(reason_text(r.reason, ar), RED),
                ]
                for r in rejections
            ],
        )

    def _result_text_for(self, result: StationImport) -> str:
        return result.message_ar if self.session.lang() == "ar" else result.message_en

    def _show_result(self, title: str, text: str, fingerprint: str = "", ok: bool = True) -> None:
        self.result_title.setText(title)
        self.result_title.setStyleSheet(f"color: {(GREEN if ok else RED).name()};")
        self.result_text.setText(text)
        self.result_text.setToolTip("")
        self.result_fingerprint.setText(fingerprint)
        self.result_fingerprint.setVisible(bool(fingerprint))
        self.slip_button.hide()
        self.card_button.hide()
        self.review_button.hide()
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

        self.sending_to = None
        self._start_export(work, self.tr("Writing the data bundle"))

    def _start_export(self, work: Callable[[ProgressSink, CancelToken], ExportResult], title: str
                      ) -> None:  # fmt: skip
        self.export_button.setEnabled(False)
        self.send_button.setEnabled(False)
        self.session.runner.run_long(
            work,
            title,
            on_done=self._exported,
            on_error=self._failed,
            on_cancel=self._settled,
        )

    def _settled(self) -> None:
        self.export_button.setEnabled(True)
        self._update_send()
        self.refresh()

    def _failed(self, exc: UserError) -> None:
        self._settled()
        self._show_result(self.tr("Not done"), self.session.runner.message(exc), ok=False)

    def _exported(self, result: ExportResult) -> None:
        self.last_export = result
        self._settled()
        per_table = "\n".join(f"{name}: {n:,}" for name, n in sorted(result.counts.items()))
        name, sha = ltr(result.path.name), ltr(result.sha256)
        if result.kind == "sibling":
            station = self.sending_to.name if self.sending_to is not None else ""
            title = self.tr(
                "The bundle for «{station}» was written and verified — you may remove the stick now"
            ).format(station=station)
            if result.records:
                body = self.tr(
                    "{records} records, {forwarded} of them written at the office's other "
                    "stations. Import the file on that station's page «Send to the ministry»."
                ).format(records=f"{result.records:,}", forwarded=f"{result.forwarded:,}")
            else:
                body = self.tr(
                    "That station already holds every record this one has: the bundle only "
                    "tells it so."
                )
            text = body + "\n" + self.tr("File: {name}\nSHA-256: {sha}").format(name=name, sha=sha)
        elif result.request:
            title = self.tr(
                "No new changes: a request bundle only — written and verified, you may remove "
                "the stick now"
            )
            text = self.tr(
                "It carries no records. Take it to the ministry all the same: its reply brings "
                "what the office's other stations sent."
            )
            text += "\n" + self.tr("File: {name}\nSHA-256: {sha}").format(name=name, sha=sha)
        else:
            title = self.tr("The bundle was written and verified — you may remove the stick now")
            text = self.tr(
                "File: {name}\nChanges {range}, {records} records\nSHA-256: {sha}"
            ).format(
                name=name,
                range=seq_range(result.seq_from, result.seq_to),
                records=f"{result.records:,}",
                sha=sha,
            )
            text += "\n" + self.tr(
                "Records of the office's other stations carried on: {count}"
            ).format(count=f"{result.forwarded:,}")
        self._show_result(title, text)
        self.result_text.setToolTip(per_table)  # the technical detail, for the IT staff
        self.slip_button.setVisible(result.kind == "data" and slip_form() is not None)

    def print_slip(self) -> None:
        spec, result = slip_form(), self.last_export
        if spec is None or result is None:
            return
        key = result.bundle_id if spec.needs_id else None
        suggested = result.path.with_suffix(".pdf").name
        print_form(self.session, self, spec.name, key, suggested_name=suggested)

    # --- a bundle for a station of the same office ----------------------------------------

    def selected_sibling(self) -> Sibling | None:
        if self.status is None:
            return None
        siblings = self.status.overview.siblings
        rows = self.siblings.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(siblings):
            return None
        return siblings[rows[0].row()]

    def _update_send(self) -> None:
        chosen = self.selected_sibling()
        self.send_button.setEnabled(chosen is not None and sendable(chosen))
        if chosen is None:
            tip = self.tr("Choose a station in the list first.")
        elif not sendable(chosen):
            tip = self.direct_text(chosen).text
        else:
            tip = self.tr("Writes a bundle for «{station}» to the chosen stick or folder.").format(
                station=chosen.name
            )
        self.send_button.setToolTip(tip)

    def send_selected(self) -> None:
        chosen = self.selected_sibling()
        if chosen is None or not sendable(chosen):
            return
        folder = self.destination.folder(
            self.tr("Where to write the bundle for «{station}»").format(station=chosen.name)
        )
        if folder is not None:
            self.send_to(chosen, folder)

    def send_to(self, sibling: Sibling, folder: Path) -> None:
        ctx, to = self.session.ctx, sibling.station_id

        def work(sink: ProgressSink, cancel: CancelToken) -> ExportResult:
            return export_data_bundle(ctx, folder, progress=sink, cancel=cancel, to=to)

        self.sending_to = sibling
        self._start_export(
            work,
            self.tr("Writing the bundle for «{station}»").format(station=sibling.name),
        )

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
            self.tr("A bundle from the ministry or from another station of the office"),
            str(start) if start and start != "choose" else "",
            self.tr("Baladiya bundles (*.bld)"),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path, expect: str | None = None, *, ask: bool = True) -> None:
        """Take in a receipt, a reference bundle or a sibling's bundle; the first reference
        asks for the letter."""
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
        dialog = LetterFingerprintDialog(fingerprint, self)  # nothing trusted until it matches
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._import(path, dialog.typed())

    def _import(self, path: Path, expect: str | None) -> None:
        ctx = self.session.ctx

        def work(sink: ProgressSink, cancel: CancelToken) -> tuple[StationImport, int]:
            sink(0, 1, self.tr("Checking the bundle…"))
            result = import_file(ctx, path, expect_fingerprint=expect)
            return result, len(conflicts(ctx))

        self.session.runner.run_long(
            work,
            self.tr("Importing the bundle"),
            on_done=self._imported,
            on_error=self._failed,
        )

    def _imported(self, found: tuple[StationImport, int]) -> None:
        result, self.open_conflicts = found
        self.last_import = result
        message = self._result_text_for(result)
        fingerprint = ""
        if result.kind == "reference" and result.details.get("first_time"):
            fingerprint = str(result.details.get("fingerprint", ""))
            message += "\n" + self.tr(
                "Keep the ministry's letter: every later bundle is checked against this key."
            )
        applied = result.status == "applied"
        refused_rows: list[str] = []
        if applied and result.kind in ("receipt", "sibling"):
            details = result.details
            if result.kind == "receipt":
                records = int(details.get("relayed", 0))
            else:
                records = int(details.get("inserted", 0)) + int(details.get("updated", 0))
                ar = self.session.lang() == "ar"
                refused_rows = [
                    f"{r.get('table', '')} {r.get('id', '')}: "
                    f"{reason_text(str(r.get('reason', '')), ar)}"
                    for r in details.get("rejected") or []
                    if isinstance(r, dict)
                ]
            message += "\n" + self.tr(
                "Records from the office's other stations: {records}\n"
                "Conflicts awaiting review: {conflicts}"
            ).format(records=f"{records:,}", conflicts=f"{self.open_conflicts:,}")
            if refused_rows:
                message += "\n" + self.tr("Rows that could not be stored: {count}").format(
                    count=len(refused_rows)
                )
        title = self.tr("Imported") if applied else self.tr("Already imported")
        self._show_result(title, message, fingerprint)
        if refused_rows:
            self.result_text.setToolTip("\n".join(refused_rows))
        self.review_button.setVisible(self.open_conflicts > 0)
        self._retitle()
        self.conflicts.refresh()
        self.refresh()


class LeftoverTabs(QTabWidget):
    """Tabs that take the height left over. A vertical layout treats a word-wrapped label's
    height for its width as a minimum: the tabs' hints claimed so much that the state above
    lost its fingerprints' second line on an 800-pixel screen."""

    def hasHeightForWidth(self) -> bool:
        return False


def sendable(sibling: Sibling) -> bool:
    return sibling.can_receive and not sibling.revoked


def version_time(version: int) -> dt.datetime | None:
    """When a clock version was written (its wall-clock part)."""
    if version <= 0:
        return None
    return dt.datetime.fromtimestamp(version_millis(version) / 1000, tz=dt.UTC)


def reason_text(reason: str, ar: bool) -> str:
    """The ministry words a refusal "Arabic / English": the interface's half of it."""
    arabic, sep, english = reason.partition(" / ")
    return english if sep and not ar else arabic


def _fingerprint(text: str | None) -> str:
    """Sixteen groups of four in two lines of eight, each read left to right: a label that
    wraps where the form's width falls cuts the last line in a short window."""
    groups = (text or "").split()
    if len(groups) < 9:
        return ltr(text or "")
    half = (len(groups) + 1) // 2
    return "\n".join(ltr(" ".join(part)) for part in (groups[:half], groups[half:]))
