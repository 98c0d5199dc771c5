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
    edit.setDisplayFormat(DATE_FORMAT)
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The field follows the window (its arrow mirrored); only the digits run left to right,
    # which a right-to-left line would turn into yyyy/MM/dd.
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
