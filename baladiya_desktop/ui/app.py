"""``baladiya-desktop``: start the app (also ``python -m baladiya_desktop``).

Start-up: Qt, fonts, style and language; crash handler; first-run wizard or the database
(recovering a damaged one from a backup); the instance lock; the daily backup in the
background; login; the main window.

The login window comes first. Loading SQLAlchemy, the areas, reportlab and openpyxl takes
about a second, so an existing station's login window is painted from what the standard
library's ``sqlite3`` reads of the file (the station's name and language, ``glance``), and
the heavy layers are imported on a background thread while the clerk types. Then the shell
opens the station as before and gives the dialog its context (``LoginDialog.attach``).
A first run, a server database, a file ``glance`` cannot read and a login from the
environment go the long way, in order.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from baladiya_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="baladiya-desktop", description="Baladiya Desktop (بلدية)"
    )
    parser.add_argument("--version", action="version", version=f"baladiya-desktop {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="station database file (env BALADIYA_DB)")
    where.add_argument(
        "--database-url", metavar="URL", help="any SQLAlchemy URL (env BALADIYA_DATABASE_URL)"
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="log in as this user with BALADIYA_PASSWORD (env BALADIYA_USER)",
    )
    parser.add_argument("--lang", choices=("ar", "en"), help="interface language")
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help="render the first window offscreen into FILE.png and exit",
    )
    parser.add_argument(
        "--page",
        metavar="NAME",
        default="home",
        help="with --screenshot: the page of the main window to show",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.page != "home":
        _check_page(args.page)
    seen = _glance_at_station(args)
    if seen is not None:
        return _start_at_login(args, *seen)
    return _start_in_order(args)


def _check_page(page: str) -> None:
    """As argparse says it for --lang, before any window or file."""
    from baladiya_desktop.ui.pages import default_registry

    pages = [spec.name for spec in default_registry()]
    if page not in pages:
        build_parser().error(
            f"argument --page: invalid choice: {page!r} (choose from {', '.join(pages)})"
        )


def _start_in_order(args: argparse.Namespace) -> int:
    # The database layers are imported before Qt: once PySide6 is loaded, its import hook
    # inspects every later import, which makes SQLAlchemy and Alembic load ~25% slower.
    import baladiya_desktop.domain.bootstrap  # noqa: F401

    # Qt is imported only now: --help and --version answer without it.
    from baladiya_desktop.ui.shell import Shell

    return Shell(args, _env(args)).start()


@dataclass(frozen=True)
class StationGlance:
    """What the login window shows of a station, read without SQLAlchemy."""

    station_name: str
    municipality_ar: str
    municipality_en: str
    language: str

    def municipality(self, lang: str) -> str:  # as ui.overview.StationOverview says it
        if lang == "ar":
            return self.municipality_ar
        return self.municipality_en or self.municipality_ar


def glance(db_path: Path) -> StationGlance | None:
    """The station's name, municipality and language, read-only with ``sqlite3``.

    None for a missing file and for anything that is not a station database of the shape this
    version reads (damaged, foreign, locked): opening it the long way then says what is wrong.
    """
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        stations = con.execute("SELECT name, municipality_code FROM station").fetchall()
        if len(stations) != 1:
            return None
        name, code = stations[0]
        found = con.execute(
            "SELECT name_ar, name_en FROM municipality WHERE code = ?", (code,)
        ).fetchone()
        setting = con.execute(
            "SELECT value FROM station_setting WHERE key = 'ui.language'"
        ).fetchone()
        language = json.loads(setting[0]) if setting else "ar"
    except (sqlite3.Error, ValueError):
        return None
    finally:
        con.close()
    # The ministry's database belongs to no municipality: it shows its own name.
    name_ar, name_en = found if found else (code or name, code or name)
    return StationGlance(str(name), str(name_ar), str(name_en or ""),
                         language if language in ("ar", "en") else "ar")


def _glance_at_station(args: argparse.Namespace) -> tuple[Path, StationGlance] | None:
    """The station file and what it says, when the login window can come first."""
    if os.environ.get("BALADIYA_PASSWORD") and (args.user or os.environ.get("BALADIYA_USER")):
        return None  # logged in from the environment: no login window to show
    if args.database_url or (not args.db and os.environ.get("BALADIYA_DATABASE_URL")):
        return None
    db = args.db or os.environ.get("BALADIYA_DB")
    if not db:
        from baladiya_desktop.core.paths import default_db_path  # platformdirs: only here

        db = default_db_path()
    path = Path(db).expanduser()
    seen = glance(path)
    return None if seen is None else (path, seen)


def _start_at_login(args: argparse.Namespace, db_path: Path, seen: StationGlance) -> int:
    """The login window first; then the instance lock and, behind the window, the heavy layers;
    then the shell as usual."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from baladiya_desktop.ui.i18n import Language
    from baladiya_desktop.ui.login import LoginDialog
    from baladiya_desktop.ui.look import set_up_look
    from baladiya_desktop.ui.startup import EarlyStart, FirstPaint, HeavyLoader, probe

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    language = Language(app)
    language.apply(args.lang or seen.language)
    set_up_look(app)
    username = args.user or os.environ.get("BALADIYA_USER") or ""
    dialog = LoginDialog(None, None, seen.municipality(language.code), username=username,
                         station_name=seen.station_name)
    loop = QEventLoop()
    loader = HeavyLoader(loop)
    lock: Any = None
    refused = False

    def painted() -> None:
        nonlocal lock, refused
        # The lock's library alone costs a tenth of a second: after the paint, not before.
        from baladiya_desktop.core.errors import StorageError
        from baladiya_desktop.core.instance_lock import acquire_instance_lock
        from baladiya_desktop.core.paths import StationPaths
        from baladiya_desktop.ui.prompts import Prompter

        try:
            lock = acquire_instance_lock(StationPaths.for_db(db_path))
        except StorageError as exc:  # another window has this database
            refused = True
            Prompter(interactive=args.screenshot is None).error(exc.message(language.code))
            dialog.hide()
            loop.quit()
            return
        loader.start()

    FirstPaint(dialog, painted)
    dialog.rejected.connect(loop.quit)  # Quit before the layers are loaded
    dialog.show()
    loop.exec()
    loader.wait()
    if refused:
        return 1
    if not dialog.isVisible():  # the clerk quit
        if lock is not None:
            lock.release()
        return 0
    probe("ready")
    from baladiya_desktop.ui.shell import Shell

    return Shell(args, _env(args), EarlyStart(language, dialog, lock)).start()


def _env(args: argparse.Namespace) -> dict[str, Any]:
    """The target, user and password from the options and the environment, as the CLI does."""
    from baladiya_desktop.core.setup import Target

    url = args.database_url or os.environ.get("BALADIYA_DATABASE_URL")
    db = args.db or os.environ.get("BALADIYA_DB")
    target = Target.resolve(db=args.db) if args.db else Target.resolve(db=db, url=url)
    return {
        "target": target,
        "user": args.user or os.environ.get("BALADIYA_USER") or "",
        "password": os.environ.get("BALADIYA_PASSWORD") or "",
    }


if __name__ == "__main__":
    sys.exit(main())
