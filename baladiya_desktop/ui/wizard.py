"""First run: welcome, municipality and station, first administrator, key fingerprint and the
administrator's recovery code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError, ValidationError
from baladiya_desktop.core.municipalities import MunicipalityRef, shipped_municipalities
from baladiya_desktop.core.setup import Target
from baladiya_desktop.core.station import StationKind
from baladiya_desktop.core.text import search_key
from baladiya_desktop.core.users import check_password_rules, check_username, new_recovery_code
from baladiya_desktop.domain.bootstrap import create_station
from baladiya_desktop.ui.look import icon
from baladiya_desktop.ui.recovery import recovery_code_label
from baladiya_desktop.ui.runner import Runner
from baladiya_desktop.ui.widgets import InlineError, with_error

CODE_ROLE = Qt.ItemDataRole.UserRole


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("wizardText")
    return label


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Baladiya Desktop"))
        self.setSubTitle(self.tr("Setting up this computer as a station of your municipality."))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _paragraph(
                self.tr(
                    "This program keeps the records of your municipal office on this computer: "
                    "the organisational structure, staff, settlement of grades, revenue and "
                    "indicators. It works without the internet and sends its data to the "
                    "Ministry of Local Government on a USB stick."
                )
            )
        )
        layout.addWidget(
            _paragraph(
                self.tr(
                    "In the next steps you choose your municipality, name this station (for "
                    "example the office where this computer is) and create the first "
                    "administrator account. Keep the administrator's password in a safe place."
                )
            )
        )
        layout.addStretch(1)


class StationPage(QWizardPage):
    def __init__(self, municipalities: list[MunicipalityRef]) -> None:
        super().__init__()
        self.setTitle(self.tr("Municipality and station"))
        self.setSubTitle(self.tr("Search by name in Arabic or English, then pick from the list."))
        self._items = municipalities
        self.search = QLineEdit()
        self.search.setObjectName("municipalitySearch")
        self.search.setPlaceholderText(self.tr("Type part of the municipality's name…"))
        self.search.setClearButtonEnabled(True)
        self.municipalities = QListWidget()
        self.municipalities.setObjectName("municipalityList")
        self.station_name = QLineEdit()
        self.station_name.setObjectName("stationName")
        self.station_name.setPlaceholderText(self.tr("e.g. Municipal agent's office"))
        form = QFormLayout(self)
        form.addRow(self.tr("Search:"), self.search)
        form.addRow(self.tr("Municipality:"), self.municipalities)
        form.addRow(self.tr("Station name:"), self.station_name)
        self._keys = [search_key(f"{m.name_ar} {m.name_en} {m.code}") for m in municipalities]
        self._fill("")
        self.search.textChanged.connect(self._fill)
        self.municipalities.currentItemChanged.connect(self.completeChanged)
        self.station_name.textChanged.connect(self.completeChanged)

    def _fill(self, text: str) -> None:
        key = search_key(text)
        self.municipalities.clear()
        for item, item_key in zip(self._items, self._keys, strict=True):
            if key in item_key:
                row = QListWidgetItem(f"{item.name_ar} — {item.name_en}")
                row.setData(CODE_ROLE, item.code)
                self.municipalities.addItem(row)
        if self.municipalities.count() == 1:
            self.municipalities.setCurrentRow(0)

    def select_code(self, code: str) -> None:
        for row in range(self.municipalities.count()):
            if self.municipalities.item(row).data(CODE_ROLE) == code:
                self.municipalities.setCurrentRow(row)

    @property
    def municipality_code(self) -> str | None:
        item = self.municipalities.currentItem()
        return None if item is None else str(item.data(CODE_ROLE))

    def isComplete(self) -> bool:
        return self.municipality_code is not None and bool(self.station_name.text().strip())


class AdminPage(QWizardPage):
    """Checks the fields beside each one, then makes the station on the runner."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(
            self.tr("The administrator (usually the municipal agent) adds the other users later.")
        )
        self.username = QLineEdit()
        self.username.setObjectName("adminUsername")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("adminFullName")
        self.password = QLineEdit()
        self.password.setObjectName("adminPassword")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("adminConfirm")
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {name: InlineError() for name in ("username", "password", "confirm")}
        self.general = InlineError()
        form = QFormLayout(self)
        errors = self.errors
        form.addRow(self.tr("User name:"), with_error(self.username, errors["username"]))
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Password:"), with_error(self.password, errors["password"]))
        form.addRow(self.tr("Confirm password:"), with_error(self.confirm, errors["confirm"]))
        form.addRow(self.general)
        self.busy = False

    def check_fields(self) -> bool:
        for label in (*self.errors.values(), self.general):
            label.clear_message()
        checks = (
            ("username", lambda: check_username(self.username.text().strip())),
            (
                "password",
                lambda: check_password_rules(self.password.text(), self.username.text().strip()),
            ),
        )
        ok = True
        for name, check in checks:
            try:
                check()
            except ValidationError as exc:
                self.errors[name].show_message(self._wizard.runner.message(exc))
                ok = False
        if self.password.text() != self.confirm.text():
            self.errors["confirm"].show_message(self.tr("The two passwords do not match."))
            ok = False
        return ok

    def validatePage(self) -> bool:
        if self._wizard.ctx is not None:
            return True
        if self.busy or not self.check_fields():
            return False
        self.busy = True
        self._wizard.button(QWizard.WizardButton.NextButton).setEnabled(False)
        self._wizard.create()
        return False

    def failed(self, exc: UserError) -> None:
        self.busy = False
        self._wizard.button(QWizard.WizardButton.NextButton).setEnabled(True)
        target = self.errors.get(exc.field or "", self.general)
        target.show_message(self._wizard.runner.message(exc))


class DonePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The station is ready"))
        self.setSubTitle(self.tr("Write down the key fingerprint for the enrollment form."))
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.fingerprint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _paragraph(
                self.tr(
                    "The station's signing key was created. Its fingerprint identifies this "
                    "station to the ministry: it is printed on the enrollment form, and the "
                    "ministry compares it before trusting the station's data."
                )
            )
        )
        layout.addWidget(self.fingerprint)
        layout.addWidget(
            _paragraph(
                self.tr(
                    "The administrator's recovery code is below. If the administrator's "
                    "password is ever forgotten, it sets a new one (\"Forgot your password?\" "
                    "in the login window). It is shown only now: write it down on paper and keep "
                    "it with the station's papers, not beside the computer."
                )
            )
        )
        self.recovery_code = recovery_code_label()
        layout.addWidget(self.recovery_code)
        self.written = QCheckBox(self.tr("I have written the recovery code down"))
        self.written.setObjectName("recoveryWritten")
        self.written.toggled.connect(self.completeChanged)
        layout.addWidget(self.written)
        layout.addWidget(_paragraph(self.tr("Press Finish to open the program.")))
        layout.addStretch(1)

    def show_fingerprint(self, text: str) -> None:
        self.fingerprint.setText(text)

    def show_recovery_code(self, code: str) -> None:
        self.recovery_code.setText(code)

    def isComplete(self) -> bool:
        return self.written.isChecked()


class FirstRunWizard(QWizard):
    """Accepted with ``ctx``: the new station, logged in as its administrator."""

    def __init__(self, target: Target, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.runner = runner
        self.ctx: AppContext | None = None
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Baladiya — new station"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("app").pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.welcome = WelcomePage()
        self.station = StationPage(shipped_municipalities())
        self.admin = AdminPage(self)
        self.done_page = DonePage()
        for page in (self.welcome, self.station, self.admin, self.done_page):
            self.addPage(page)
        self.resize(720, 540)

    def create(self) -> None:
        code = self.station.municipality_code
        name = self.station.station_name.text()
        admin = self.admin
        username, password = admin.username.text().strip(), admin.password.text()
        full_name = admin.full_name.text()
        recovery_code = new_recovery_code()
        self.runner.run(
            lambda: create_station(
                self.target,
                kind=StationKind.MUNICIPALITY,
                municipality=code,
                station_name=name,
                admin_username=username,
                admin_password=password,
                admin_full_name=full_name,
                recovery_code=recovery_code,
            ),
            on_done=lambda ctx: self._created(ctx, recovery_code),
            on_error=self.admin.failed,
        )

    def _created(self, ctx: AppContext, recovery_code: str) -> None:
        self.ctx = ctx
        self.admin.busy = False
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)
        self.done_page.show_fingerprint(ctx.station.fingerprint)
        self.done_page.show_recovery_code(recovery_code)
        self.next()
