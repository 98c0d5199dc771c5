"""Dialog buttons in the app's own words ("حفظ" and "إلغاء"), not Qt's stock translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

Std = QDialogButtonBox.StandardButton


def _texts() -> dict[Std, str]:
    return {  # spelled out in full: lupdate reads only QCoreApplication.translate(…)
        Std.Save: QCoreApplication.translate("Buttons", "Save"),
        Std.Cancel: QCoreApplication.translate("Buttons", "Cancel"),
        Std.Ok: QCoreApplication.translate("Buttons", "OK"),
        Std.Close: QCoreApplication.translate("Buttons", "Close"),
    }


def button_box(buttons: Std, parent: QWidget | None = None) -> QDialogButtonBox:
    """A QDialogButtonBox of standard ``buttons`` (roles, order and keys as Qt places them)
    labelled as the rest of the app says them."""
    box = QDialogButtonBox(buttons, parent)
    name_buttons(box)
    return box


def name_buttons(box: QDialogButtonBox) -> None:
    """Relabel the standard buttons of an existing box."""
    for which, text in _texts().items():
        button = box.button(which)
        if button is not None:
            button.setText(text)
