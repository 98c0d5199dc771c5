"""Fonts, stylesheet and icons: how the app looks, the same on every PC."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from baladiya_desktop.core.resources import resources_dir

UI_FAMILY = "Noto Sans Arabic"
FALLBACK_FAMILY = "Amiri"
BASE_POINT_SIZE = 10


def _font_files() -> list[Path]:
    # Imported here: the font packages are only file carriers.
    import fontpkg_amiri
    import fontpkg_noto_sans_arabic

    noto = sorted((Path(fontpkg_noto_sans_arabic.ROOT) / "files").glob("*.ttf"))
    amiri = sorted((Path(fontpkg_amiri.ROOT) / "files").glob("Amiri-*.ttf"))
    return noto + amiri


def register_fonts() -> list[str]:
    """Load the bundled Arabic faces so a PC without Arabic fonts shows Arabic, not boxes."""
    families: list[str] = []
    for path in _font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def apply_font(app: QApplication, loaded: list[str]) -> None:
    """Noto Sans Arabic for Arabic, the system's sans face for Latin, Amiri as the last resort.

    Noto Sans Arabic has no Latin letters: listing the system face second keeps English text
    in a sans face instead of Amiri's book style.
    """
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    families = [f for f in (UI_FAMILY, system, FALLBACK_FAMILY) if f in loaded or f == system]
    font = QFont(app.font())
    font.setFamilies(families)
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)


def apply_style(app: QApplication) -> None:
    sheet = resources_dir() / "style" / "app.qss"
    if sheet.is_file():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))


@cache
def icon(name: str) -> QIcon:
    """A monochrome line icon from resources/icons (empty icon when missing)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def set_up_look(app: QApplication) -> None:
    """Once per application: setting a style or a stylesheet re-polishes every live widget,
    which is slow, and crashes Qt when a widget is half-way through being destroyed."""
    if app.property("baladiya_look"):
        return
    app.setStyle("Fusion")  # the same widgets on Windows and Linux; the stylesheet does the rest
    apply_font(app, register_fonts())
    apply_style(app)
    QGuiApplication.setWindowIcon(icon("app"))
    app.setProperty("baladiya_look", True)
