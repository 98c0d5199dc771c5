"""``baladiya-desktop``: start the app (also ``python -m baladiya_desktop``).

Start-up: Qt, fonts, style and language; crash handler; first-run wizard or the database
(recovering a damaged one from a backup); the instance lock; the daily backup in the
background; login; the main window.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
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
    # The database layers are imported before Qt: once PySide6 is loaded, its import hook
    # inspects every later import, which makes SQLAlchemy and Alembic load ~25% slower.
    import baladiya_desktop.domain.bootstrap  # noqa: F401

    # Qt is imported only now: --help and --version answer without it.
    from baladiya_desktop.ui.pages import default_registry
    from baladiya_desktop.ui.shell import Shell

    pages = [spec.name for spec in default_registry()]
    if args.page not in pages:  # as argparse says it for --lang, before any window or file
        build_parser().error(
            f"argument --page: invalid choice: {args.page!r} (choose from {', '.join(pages)})"
        )
    return Shell(args, _env(args)).start()


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
