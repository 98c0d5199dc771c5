"""Backups: take one now, see those kept, restore a chosen one (after a confirmation)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core import maintenance
from baladiya_desktop.core.backup import BackupFile, BackupInfo, list_backups
from baladiya_desktop.core.instance_lock import acquire_instance_lock
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.progress import CancelToken, ProgressSink
from baladiya_desktop.core.writes import ChangeSet, report_changes
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.overview import format_datetime
from baladiya_desktop.ui.session import UiSession


def _size(path: Path) -> str:
    try:
        # embedded left-to-right, so "356 KB" does not turn into "KB 356" in Arabic
        return f"\u202a{path.stat().st_size / 1024:,.0f} KB\u202c"
    except OSError:
        return ""


class BackupsPage(QWidget):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.backups: list[BackupFile] = []
        self.reasons = {
            "manual": self.tr("Manual"),
            "daily": self.tr("Daily (automatic)"),
            "before-upgrade": self.tr("Before an upgrade"),
            "before-restore": self.tr("Before a restore"),
            "before-import": self.tr("Before an import"),
        }
        where = QLabel(
            self.tr("Backups are kept in: {folder}").format(
                folder=f"\u202a{session.ctx.paths.backups_dir}\u202c"  # a path reads left to right
            )
        )
        where.setObjectName("hint")
        where.setWordWrap(True)
        self.backup_button = QPushButton(icon("backup-now"), self.tr("Back up now"))
        self.backup_button.setObjectName("primary")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(icon("restore"), self.tr("Restore selected…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setVisible(session.may(Permission.BACKUP_RESTORE))
        self.restore_file_button = QPushButton(icon("restore"), self.tr("Restore from a file…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.restore_file_button.setVisible(session.may(Permission.BACKUP_RESTORE))
        folder_button = QPushButton(icon("folder"), self.tr("Open folder"))
        folder_button.clicked.connect(self.open_folder)
        bar = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button,
                       folder_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken on"), self.tr("Kind"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(where)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        folder = self.session.ctx.paths.backups_dir
        self.session.runner.run(lambda: list_backups(folder), on_done=self._show)

    def _show(self, backups: list[BackupFile]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, item in enumerate(backups):
            cells = (
                format_datetime(item.taken_at),
                self.reasons.get(item.reason, item.reason),
                _size(item.path),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def backup_now(self) -> None:
        ctx = self.session.ctx

        def work(sink: ProgressSink, cancel: CancelToken) -> Path:
            sink(0, 1, self.tr("Backing up…"))
            cancel.check()
            return maintenance.run_backup(ctx)

        self.backup_button.setEnabled(False)
        self.session.runner.run_long(
            work,
            self.tr("Backing up the database"),
            on_done=self._backed_up,
            on_error=self._backup_failed,
        )

    def _backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self.refresh()
        QMessageBox.information(
            self, self.tr("Backup"), self.tr("The backup was saved:\n{path}").format(path=path)
        )

    def _backup_failed(self, exc: Any) -> None:
        self.backup_button.setEnabled(True)
        self.session.runner.show_error(exc)

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        question = self.tr(
            "Replace all current data with the backup of {when}?\n\nEverything "
            "entered after that time is replaced. A copy of the current data is "
            "saved first, so this can be undone."
        ).format(when=format_datetime(chosen.taken_at))
        if self._confirm_restore(question):
            self.restore_file(chosen.path)

    def restore_from_file(self) -> None:
        """A backup brought on a USB stick, or one of another station (a new PC)."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(Path.home()),
            self.tr("Backups (*.db);;All files (*)"),
        )
        if not name:
            return
        question = self.tr(
            "Replace all current data with the backup in the file {file}?\n\nA copy of the "
            "current data is saved first, so this can be undone."
        ).format(file=f"\u202a{Path(name).name}\u202c")
        if self._confirm_restore(question):
            self.restore_file(Path(name))

    def _confirm_restore(self, question: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_file(self, source: Path, as_new_station: bool = False) -> None:
        """Restore ``source`` through the service, which refuses a backup that is not this
        station's; a backup of another station may then come back as a new station."""
        session = self.session

        def work() -> Any:
            # Our own instance lock would make restore think another window has the database.
            session.release_lock()
            try:
                result = maintenance.restore(session.ctx, source, as_new_station=as_new_station)
            finally:
                session.lock = acquire_instance_lock(session.ctx.paths)
            session.ctx.engine.dispose()
            reopened = open_station(session.target)  # seeds what a newer app's areas need
            report_changes(ChangeSet(everything=True))  # every page is made again
            return reopened.as_user(session.ctx.user), result

        self.restore_button.setEnabled(False)
        self.session.runner.run(
            work, on_done=self._restored,
            on_error=lambda exc: self._restore_refused(exc, source, as_new_station),
        )

    def _restore_refused(self, exc: Any, source: Path, as_new_station: bool) -> None:
        """Show the service's refusal; for a backup of another station, then ask whether it
        should come back as a new station."""
        self._update_buttons()
        QMessageBox.warning(self, self.tr("Restore a backup"), self.session.runner.message(exc))
        if isinstance(exc, maintenance.OtherStationBackup) and not as_new_station:
            self._offer_new_station(exc.found, source)

    def _offer_new_station(self, found: BackupInfo, source: Path) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore as a new station?"),
            self.tr(
                "This backup belongs to the station {name} ({municipality}), not to this "
                "one.\n\nRestore it as a NEW station? This PC then carries that station's "
                "data under a new identity and a new key; the current data is replaced (a "
                "copy is saved first). The new station cannot send data to the ministry until "
                "it is enrolled: make its enrollment bundle on the Send to the ministry page "
                "and take it with the printed form to the ministry.\n\nDo not do this while "
                "the other station is still in use: choose a backup of this station instead."
            ).format(name=found.station_name, municipality=found.municipality_code or ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_file(source, as_new_station=True)

    def _restored(self, done: tuple[Any, maintenance.RestoreResult]) -> None:
        ctx, result = done
        self.session.ctx = ctx
        self._update_buttons()
        if result.new_station:
            text = self.tr(
                "The backup was restored as a new station.\n\nIt must be enrolled before it "
                "can send data: make its enrollment bundle on the Send to the ministry page "
                "and take it with the printed form to the ministry.\n\nKey fingerprint: "
                "{fingerprint}"
            ).format(fingerprint=result.fingerprint)
        else:
            text = self.tr("The backup was restored.")
        QMessageBox.information(self, self.tr("Restore a backup"), text)
        self.refresh()

    def open_folder(self) -> None:
        folder = self.session.ctx.paths.backups_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
