"""Entry point of ``baladiya``: global options, dispatch, and errors sorted by blame.

Only the module of the command given is imported (``COMMANDS``): a command module pulls in its
services, and through them SQLAlchemy and the areas, which would cost every command, even
``--version``, about a second. ``--help`` and a mistyped command still see every command.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Iterable, Sequence
from types import ModuleType

from baladiya_desktop import __version__

# Each command and the module under cli/ whose ``register`` adds it, in the order of --help.
COMMANDS: dict[str, str] = {
    "municipalities": "cmd_station", "init": "cmd_station", "demo": "cmd_station",
    "users": "cmd_users",
    "backup": "cmd_db", "restore": "cmd_db", "db": "cmd_db", "audit": "cmd_db",
    "org": "cmd_org",
    "staff": "cmd_staff",
    "report": "cmd_reports", "verify": "cmd_reports",
    "bundle": "cmd_bundle",
    "ministry": "cmd_ministry",
    "settlement": "cmd_settlement",
    "revenue": "cmd_revenue",
    "indicators": "cmd_indicators",
    "projects": "cmd_projects",
    "station": "cmd_sync",
}  # fmt: skip


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"baladiya_desktop.cli.{name}")


def _global_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="station database file (env BALADIYA_DB)")
    where.add_argument("--database-url", metavar="URL",
                       help="any SQLAlchemy URL (env BALADIYA_DATABASE_URL)")
    parser.add_argument("--user", metavar="NAME", help="act as this user (env BALADIYA_USER)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of standard input "
                             "(else BALADIYA_PASSWORD); at the ministry, the key passphrase "
                             "from the next line (else BALADIYA_KEY_PASSPHRASE)")
    parser.add_argument("--json", action="store_true", help="the result as JSON on stdout")


def build_parser(commands: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The parser of ``commands`` (all of them by default): their modules are imported."""
    parser = argparse.ArgumentParser(
        prog="baladiya",
        description="Baladiya Desktop (بلدية) — every operation without a window.",
    )
    parser.add_argument("--version", action="version", version=f"baladiya {__version__}")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    wanted = set(COMMANDS if commands is None else commands)
    for name in dict.fromkeys(COMMANDS[c] for c in COMMANDS if c in wanted):
        command_module(name).register(sub)
    _accept_json_after_command(parser)
    return parser


class _NotFound(Exception):
    pass


class _Scout(argparse.ArgumentParser):
    """Reads the global options only, to find the command; never prints or exits."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotFound(message)


def _parser_for(argv: Sequence[str]) -> argparse.ArgumentParser:
    """A parser that knows the command in ``argv``, or every command when that is unclear.

    The scout has neither --help nor --version, which some commands take as their own option
    (``ministry update-bundle --version``): the first token it does not know is the command.
    """
    scout = _Scout(prog="baladiya", add_help=False, allow_abbrev=False)
    _global_options(scout)
    try:
        rest = scout.parse_known_args(argv)[1]
    except _NotFound:
        rest = []
    if rest and rest[0] in COMMANDS:
        return build_parser([rest[0]])
    if rest and rest[0] == "--version":  # answered before any command would be looked at
        return build_parser(())
    return build_parser()


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
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = _parser_for(argv)
    args = parser.parse_args(argv)
    # The command is known: now the layers it stands on.
    from sqlalchemy.exc import DBAPIError

    from baladiya_desktop.cli.common import Cli, UsageError
    from baladiya_desktop.core.database import storage_error_from
    from baladiya_desktop.core.errors import UserError

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
