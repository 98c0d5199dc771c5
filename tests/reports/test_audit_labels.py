"""Every action the app writes to the audit log, and every table, has an Arabic label; the
audit extract prints those labels, never the codes."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.domain.indicators import values
from baladiya_desktop.domain.settlement.workflow import MOVES
from baladiya_desktop.reports.audit_labels import ACTIONS_AR, TABLES_AR, action_label, table_label
from baladiya_desktop.reports.registry import get_form
from baladiya_desktop.schema import metadata
from tests.reports.pdftools import has_text, pdf_text

PACKAGE = Path(__file__).resolve().parents[2] / "baladiya_desktop"
# Calls that hand their caller's action on (``ctx.write`` calls ``write_as``).
PASSED_ON = {("core/context.py", "action")}


def _constants() -> dict[str, str]:
    """Module-level ``NAME = "text"`` of the whole package (``PRINT_ACTION``)."""
    found: dict[str, str] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.parse(path.read_text("utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                for target in node.targets:
                    if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                        found[target.id] = node.value.value
    return found


def _actions_of(node: ast.expr, where: str, constants: dict[str, str]) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _actions_of(node.body, where, constants) | _actions_of(node.orelse, where, constants)
    if isinstance(node, ast.Name) and node.id in constants:
        return {constants[node.id]}
    if isinstance(node, ast.Name) and (where, node.id) in PASSED_ON:
        return set()
    text = ast.unparse(node)
    if text == "f'settlement.{action}'":  # a case's step: settlement.<move>
        return {f"settlement.{m}" for m in MOVES}
    raise AssertionError(f"{where}: cannot tell which action {text} is; label it here")


def written_actions() -> set[str]:
    """The action of every ``*.write(permission, action)``, ``*.write_as(user, action)`` and
    ``tx.note(action, ...)`` in the package."""
    constants = _constants()
    actions: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        where = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name, args = node.func.attr, node.args
            if name in {"write", "write_as"} and len(args) == 2 and not node.keywords:
                if not isinstance(args[1], ast.Attribute | ast.Call):  # a file's write(a, b)
                    actions |= _actions_of(args[1], where, constants)
            elif name == "note" and args and ast.unparse(node.func.value) == "tx":
                actions |= _actions_of(args[0], where, constants)
    return actions


def test_the_walk_finds_the_actions() -> None:
    found = written_actions()
    assert {"indicators.approve", "report.print", "users.disable", "users.enable"} <= found
    assert {"settlement.agent_approve", "db.restore", "sync.export"} <= found
    assert len(found) > 80


def test_every_written_action_has_a_label() -> None:
    missing = sorted(a for a in written_actions() if a not in ACTIONS_AR)
    assert not missing, f"actions with no Arabic label in reports/audit_labels.py: {missing}"


def test_every_table_has_a_label() -> None:
    missing = sorted(t for t in metadata().tables if t not in TABLES_AR)
    assert not missing, f"tables with no Arabic label in reports/audit_labels.py: {missing}"


def test_labels_are_arabic() -> None:
    for label in [*ACTIONS_AR.values(), *TABLES_AR.values()]:
        assert label.strip() and not any(c.isascii() and c.isalpha() for c in label), label
    assert action_label("settlement.agent_approve") == "تسوية: اعتماد الوكيل"
    assert action_label("something.new") == "something.new"  # shown, never hidden
    assert table_label(None) == "" and table_label("municipality") == "البلديات"


def test_the_extract_prints_labels_not_codes(admin: AppContext, tmp_path: Path) -> None:
    year = dt.date.today().year - 1
    values.set_value(admin, "CLOSE_ON_TIME", f"{year}-Q2", "2", "محاضر الإقفال")
    values.approve_period(admin, f"{year}-Q2")
    get_form("users-list").build(admin, None, tmp_path / "users.pdf")
    out = tmp_path / "audit.pdf"
    get_form("audit-extract").build(admin, None, out)
    text = pdf_text(out)
    for label in ("اعتماد قيم المؤشرات", "قيم المؤشرات", "البلديات", "تحميل البيانات المرجعية",
                  "طباعة نموذج", "كشف المستخدمين والصلاحيات"):  # fmt: skip
        assert has_text(text, label), label
    for code in ("indicators.approve", "indicator_value", "municipality", "reference.seed",
                 "report.print", "users-list"):  # fmt: skip
        assert code not in text, code
