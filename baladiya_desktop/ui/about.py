"""The About box: names, version, licence and font credits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from baladiya_desktop import APP_NAME, APP_NAME_AR, __version__


def about_text() -> str:
    return (
        f"<h2>{APP_NAME_AR} — {APP_NAME}</h2>"
        + "<p>"
        + QCoreApplication.translate("About", "Version {version}").format(version=__version__)
        + "</p>"
        + "<p>"
        + QCoreApplication.translate(
            "About",
            "The offline desktop program of Libyan municipal offices: "
            "structure, staff, settlement, revenue and indicators, sent to the "
            "Ministry of Local Government in signed, encrypted bundles.",
        )
        + "</p>"
        + "<p>"
        + QCoreApplication.translate(
            "About",
            "Licensed for use by Libyan municipalities and the Ministry of Local Government.",
        )
        + "</p>"
        + "<p>"
        + QCoreApplication.translate(
            "About",
            "Fonts: Noto Sans Arabic (Google, SIL Open Font License) and "
            "Amiri (Khaled Hosny, SIL Open Font License).",
        )
        + "</p>"
    )


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("About", "About Baladiya Desktop"), about_text()
    )
