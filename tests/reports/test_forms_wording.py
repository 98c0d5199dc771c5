"""Printed forms speak to officials: no text of a form tells them to type a command."""

from __future__ import annotations

import ast
import re
from pathlib import Path

FORMS = Path(__file__).resolve().parents[2] / "baladiya_desktop" / "reports" / "forms"
COMMAND = re.compile(r"\bbaladiya\s+[a-z]", re.IGNORECASE)


def _texts(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module (pieces of f-strings too), docstrings left out."""
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in docstrings
    ]  # fmt: skip


def test_no_form_prints_a_command() -> None:
    found = [
        f"{path.name}:{line}: {text}"
        for path in sorted(FORMS.glob("*.py"))
        for line, text in _texts(path)
        if COMMAND.search(text)
    ]
    assert not found, found


def test_the_check_sees_a_command(tmp_path: Path) -> None:
    sample = tmp_path / "form.py"
    sample.write_text('"""baladiya report list is fine in a docstring."""\n'
                      'NOTE = ("طابِق ما يعرضه الأمر "\n "baladiya bundle enrollment في المحطة")\n',
                      "utf-8")  # fmt: skip
    assert [t for _l, t in _texts(sample) if COMMAND.search(t)] == [
        "طابِق ما يعرضه الأمر baladiya bundle enrollment في المحطة"
    ]
