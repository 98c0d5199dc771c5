"""Interface language: our catalogue and Qt's own, layout direction, and .qm compilation."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from baladiya_desktop.core.resources import translations_dir

LANGUAGES = ("ar", "en")
CATALOGUE = "baladiya"


def lrelease_binary() -> str | None:
    """PySide6's own lrelease (the wheel ships it), or the pyside6-lrelease script."""
    bundled = Path(PySide6.__file__).parent / "lrelease"
    for candidate in (bundled, bundled.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def _stale(qm: Path, ts: Path) -> bool:
    return not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime


def compiled_catalogue(lang: str) -> Path | None:
    """The .qm of ``lang``, compiled from its .ts when missing or older.

    The .qm files are build output; a source checkout compiles them on first start. When the
    translations folder is read-only (an installed copy), a cache folder takes the output.
    """
    ts = translations_dir() / f"{CATALOGUE}_{lang}.ts"
    qm = ts.with_suffix(".qm")
    if not ts.is_file():
        return qm if qm.is_file() else None
    if not _stale(qm, ts):
        return qm
    tool = lrelease_binary()
    if tool is None:
        return qm if qm.is_file() else None
    for out_dir in (ts.parent, Path(tempfile.gettempdir()) / "baladiya-qm"):
        out = out_dir / qm.name
        if out_dir != ts.parent and not _stale(out, ts):
            return out
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [tool, "-silent", str(ts), "-qm", str(out)],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if out.is_file():
            return out
    return qm if qm.is_file() else None


class Language:
    """Installs the translators of one language; switching replaces them."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.code = "ar"

    def apply(self, lang: str) -> None:
        lang = lang if lang in LANGUAGES else "ar"
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators.clear()
        qm = compiled_catalogue(lang)
        if qm is not None:
            self._load(str(qm.parent), qm.stem)
        if lang != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(qt_dir, f"qtbase_{lang}")
        self.code = lang
        locale = QLocale(
            QLocale.Language.Arabic if lang == "ar" else QLocale.Language.English,
            QLocale.Country.Libya if lang == "ar" else QLocale.Country.UnitedKingdom,
        )
        QLocale.setDefault(locale)
        self._app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )

    def _load(self, folder: str, name: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            self._translators.append(translator)
