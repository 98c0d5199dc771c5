"""Files shipped beside the package: reference data, icons, stylesheet."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The source checkout, or the folder of a frozen build (which carries the same tree)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return project_root() / "resources"


def translations_dir() -> Path:
    return project_root() / "translations"


def reference_file(name: str) -> Path:
    return resources_dir() / "reference" / name
