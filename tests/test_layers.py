"""Only ``ui/`` may import Qt: the whole mission but the windows runs without it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import baladiya_desktop


def non_ui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(baladiya_desktop.__path__, "baladiya_desktop."):
        if info.name.startswith(("baladiya_desktop.ui", "baladiya_desktop.__main__")):
            continue
        if ".migrations.versions." in info.name:
            continue
        names.append(info.name)
    return names


def test_no_package_outside_ui_imports_qt() -> None:
    modules = non_ui_modules()
    assert "baladiya_desktop.core.context" in modules and "baladiya_desktop.cli.main" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    if name.endswith('migrations.env'):\n"
        "        continue\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""


def test_ui_is_imported_by_nobody_else() -> None:
    from pathlib import Path

    root = Path(baladiya_desktop.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        if "ui" in path.relative_to(root).parts[:1] or path.name == "__main__.py":
            continue  # __main__ starts the GUI, as `python -m baladiya_desktop`
        text = path.read_text(encoding="utf-8")
        if "baladiya_desktop.ui" in text or "from PySide6" in text or "import PySide6" in text:
            offenders.append(str(path))
    assert offenders == []


# Who may import whom (ARCHITECTURE.md): ui and cli on top; sync, reports and exchange are
# peers over domain; domain over core.
MAY_IMPORT = {
    "core": {"core"},
    "domain": {"core", "domain"},
    "reports": {"core", "domain", "reports"},
    "exchange": {"core", "domain", "exchange"},
    "sync": {"core", "domain", "sync"},
    "cli": {"core", "domain", "reports", "exchange", "sync", "cli", "schema"},
}


def test_imports_point_one_way() -> None:
    import ast
    from pathlib import Path

    root = Path(baladiya_desktop.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        parts = path.relative_to(root).parts
        allowed = MAY_IMPORT.get(parts[0]) if len(parts) > 1 else None
        if allowed is None:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                layer = name.split(".")[1] if name.startswith("baladiya_desktop.") else None
                if layer is not None and layer in MAY_IMPORT | {"ui": set()} and (
                    layer not in allowed
                ):
                    offenders.append(f"{path.relative_to(root)} imports {name}")
    assert offenders == []
