"""``baladiya`` imports only what its command needs: ``--version`` no database layer at all, a
search no workbook or PDF library and no other command's module."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from baladiya_desktop.cli import main as cli
from baladiya_desktop.core.setup import Target
from tests.support import PASSWORD

CLI_DIR = Path(cli.__file__).parent

# Runs the CLI in a fresh interpreter, then reports which modules it had loaded.
PROBE = """
import json, sys
from baladiya_desktop.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def _run(*argv: str) -> tuple[int, str, set[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BALADIYA_")}
    env["BALADIYA_PASSWORD"] = PASSWORD
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], env=env, capture_output=True, text=True,
        timeout=120,
    )
    report = json.loads(result.stderr.strip().splitlines()[-1])
    return int(report["code"] or 0), result.stdout, set(report["modules"])


def _command_modules(modules: set[str]) -> set[str]:
    return {m for m in modules if m.startswith("baladiya_desktop.cli.cmd_")}


def test_version_imports_no_database_layer_and_no_command() -> None:
    code, out, modules = _run("--version")
    assert code == 0 and out.strip() == "baladiya 0.1.0"
    assert "baladiya_desktop.cli.main" in modules  # the probe saw the real start
    assert not {m for m in modules if m.split(".")[0] in {"sqlalchemy", "openpyxl", "reportlab"}}
    assert _command_modules(modules) == set()


def test_a_search_loads_its_own_command_only(station: Target) -> None:
    code, out, modules = _run("--db", str(station.db_path), "--user", "admin", "--json",
                              "staff", "search", "محمد")
    assert code == 0 and json.loads(out) == []
    assert "sqlalchemy" in modules  # it did open the database
    assert _command_modules(modules) == {"baladiya_desktop.cli.cmd_staff"}
    assert "openpyxl" not in modules and "reportlab" not in modules


def test_every_command_module_is_in_the_table() -> None:
    files = {p.stem for p in CLI_DIR.glob("cmd_*.py")}
    assert set(cli.COMMANDS.values()) == files
    for name in files:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        cli.command_module(name).register(sub)
        mapped = {command for command, module in cli.COMMANDS.items() if module == name}
        assert set(sub.choices) == mapped, name


def test_help_still_lists_every_command(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--help", password=None)
    assert result.code == 0
    assert all(command in result.out for command in cli.COMMANDS)


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["bogus"], "invalid choice: 'bogus' (choose from 'municipalities', 'init'"),
        (["--db"], "argument --db: expected one argument"),
        # A command's own --version is that command's, not the program's version.
        (["ministry", "update-bundle", "--version"], "update-bundle: error: argument --version"),
        (["--json", "staff", "frobnicate"], "argument ACTION: invalid choice: 'frobnicate'"),
    ],
)
def test_wrong_usage_is_told_as_before(run_cli, argv: list[str], said: str) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(*argv, password=None)
    assert result.code == 2
    assert said in result.err
