"""One date field for every form: dd/MM/yyyy read left to right, the calendar's arrow on the
side the interface reads from (on the left in Arabic)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateEdit, QLineEdit

DATE_FORMAT = "dd/MM/yyyy"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: dt.date | QDate | None = None) -> QDateEdit:
    """A date field showing ``day`` (today when None) as dd/MM/yyyy."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The field follows the window (its arrow mirrored). Right to left, Qt reverses the
    # sections of the format, expecting the line to show them mirrored; but digits and
    # slashes stay one left-to-right run, so dd/MM/yyyy would read 2026/12/06. Given reversed,
    # the text is dd/MM/yyyy, and the line shows it left to right.
    edit.setDisplayFormat("yyyy/MM/dd" if rtl else DATE_FORMAT)
    text = edit.findChild(QLineEdit)
    if text is not None:
        text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setAlignment(
        (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignAbsolute
        | Qt.AlignmentFlag.AlignVCenter
    )
    if day is None:
        edit.setDate(QDate.currentDate())
    else:
        edit.setDate(day if isinstance(day, QDate) else qdate(day))
    return edit
