"""Settings: the interface language (anyone) and, for administrators, station settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.settings import (
    BACKUP_DAILY,
    BACKUP_KEEP,
    HEADER_LINES,
    LANGUAGE,
    get_setting,
    set_setting,
)
from baladiya_desktop.ui.changes import follow
from baladiya_desktop.ui.session import UiSession
from baladiya_desktop.ui.widgets import InlineError, heading


@dataclass(frozen=True)
class StationSettings:
    language: str
    header_lines: list[str]
    backup_keep: int
    backup_daily: bool


def _panel(title: str) -> tuple[QFrame, QFormLayout]:
    frame = QFrame()
    frame.setObjectName("panel")
    layout = QVBoxLayout(frame)
    layout.addWidget(heading(title, "panelTitle"))
    form = QFormLayout()
    form.setHorizontalSpacing(24)
    layout.addLayout(form)
    return frame, form


class SettingsPage(QWidget):
    shows = frozenset({"station_setting"})

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.admin = session.may(Permission.SETTINGS_MANAGE)

        language_panel, form = _panel(self.tr("Interface language"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if session.lang() == "ar" else 1)
        apply_button = QPushButton(self.tr("Apply"))
        apply_button.clicked.connect(self.apply_language)
        self.language.setMinimumWidth(200)
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(apply_button)
        row.addStretch(1)
        form.addRow(self.tr("Language:"), row)

        station_panel, form = _panel(self.tr("Station settings (administrator)"))
        self.header_lines = QPlainTextEdit()
        self.header_lines.setObjectName("headerLines")
        self.header_lines.setFixedHeight(110)
        # lines read from the interface's side, as they print (Qt leaves them on the left)
        # (absolute: the editor resets the text direction a plain "leading" relies on)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        option = self.header_lines.document().defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        option.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
        )
        self.header_lines.document().setDefaultTextOption(option)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setMinimumWidth(100)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.backup_keep)
        keep_row.addStretch(1)
        self.backup_daily = QCheckBox(self.tr("Back up automatically once a day at start"))
        hint = QLabel(self.tr("One line per row, printed above the municipality's name."))
        hint.setObjectName("hint")
        form.addRow(self.tr("Header of printed forms:"), self.header_lines)
        form.addRow("", hint)
        form.addRow(self.tr("Automatic backups kept:"), keep_row)
        form.addRow("", self.backup_daily)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.error = InlineError()
        form.addRow(self.error)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addRow("", save_row)
        station_panel.setVisible(self.admin)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addWidget(language_panel)
        layout.addWidget(station_panel)
        layout.addStretch(1)
        follow(self, session)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(
            lambda: StationSettings(
                get_setting(ctx, LANGUAGE),
                get_setting(ctx, HEADER_LINES),
                get_setting(ctx, BACKUP_KEEP),
                get_setting(ctx, BACKUP_DAILY),
            ),
            on_done=self._show,
        )

    def _show(self, values: StationSettings) -> None:
        self.header_lines.setPlainText("\n".join(values.header_lines))
        self.backup_keep.setValue(values.backup_keep)
        self.backup_daily.setChecked(values.backup_daily)

    def apply_language(self) -> None:
        ctx, lang = self.session.ctx, str(self.language.currentData())
        # The main window follows the change set: it applies the language and remakes pages.
        self.session.runner.run(lambda: set_setting(ctx, LANGUAGE, lang))

    def save(self) -> None:
        if not self.admin:
            return
        ctx = self.session.ctx
        lines = [s.strip() for s in self.header_lines.toPlainText().splitlines() if s.strip()]
        keep, daily = self.backup_keep.value(), self.backup_daily.isChecked()

        def work() -> Any:
            set_setting(ctx, HEADER_LINES, lines)
            set_setting(ctx, BACKUP_KEEP, keep)
            set_setting(ctx, BACKUP_DAILY, daily)

        self.error.clear_message()
        self.session.runner.run(
            work,
            on_done=self._saved,
            on_error=lambda e: self.error.show_message(self.session.runner.message(e)),
        )

    def _saved(self, _result: object) -> None:
        self.window().statusBar().showMessage(self.tr("Settings saved."), 5000)
