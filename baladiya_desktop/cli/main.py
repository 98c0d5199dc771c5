"""Entry point of ``baladiya``: global options, dispatch, and errors sorted by blame."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError

from baladiya_desktop import __version__
from baladiya_desktop.cli import (
    cmd_bundle,
    cmd_db,
    cmd_indicators,
    cmd_ministry,
    cmd_org,
    cmd_projects,
    cmd_reports,
    cmd_revenue,
    cmd_settlement,
    cmd_staff,
    cmd_station,
    cmd_sync,
    cmd_users,
)
from baladiya_desktop.cli.common import Cli, UsageError
from baladiya_desktop.core.database import storage_error_from
from baladiya_desktop.core.errors import UserError

COMMAND_MODULES = (
    cmd_station, cmd_users, cmd_db, cmd_org, cmd_staff, cmd_reports, cmd_bundle, cmd_ministry,
    cmd_settlement, cmd_revenue, cmd_indicators, cmd_projects, cmd_sync,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="baladiya",
        description="Baladiya Desktop (بلدية) — every operation without a window.",
    )
    parser.add_argument("--version", action="version", version=f"baladiya {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="station database file (env BALADIYA_DB)")
    where.add_argument("--database-url", metavar="URL",
                       help="any SQLAlchemy URL (env BALADIYA_DATABASE_URL)")
    parser.add_argument("--user", metavar="NAME", help="act as this user (env BALADIYA_USER)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of standard input "
                             "(else BALADIYA_PASSWORD)")
    parser.add_argument("--json", action="store_true", help="the result as JSON on stdout")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    _accept_json_after_command(parser)
    return parser


def _accept_json_after_command(parser: argparse.ArgumentParser) -> None:
    """``--json`` is global, but people also write it after the command: take it there too."""
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                if child._subparsers is not None:
                    _accept_json_after_command(child)
                else:
                    child.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                                       help=argparse.SUPPRESS)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    cli = Cli(args)
    try:
        return int(args.handler(cli))
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        cli.say(f"baladiya: error: {exc}")
        return 2
    except UserError as exc:
        cli.say(f"خطأ: {exc.message_ar}\nError: {exc.message_en}")
        return 1
    except DBAPIError as exc:
        known = storage_error_from(exc)
        if known is None:
            raise
        cli.say(f"خطأ: {known.message_ar}\nError: {known.message_en}")
        return 1
    except BrokenPipeError:
        return 0  # output piped into a program that stopped reading (head, less)
    except KeyboardInterrupt:
        cli.say("أُلغي / cancelled")
        return 1
    finally:
        cli.close()


if __name__ == "__main__":
    sys.exit(main())
