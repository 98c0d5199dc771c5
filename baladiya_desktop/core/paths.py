"""Where the station keeps its files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

APP_DIR_NAME = "BaladiyaDesktop"
DB_FILE_NAME = "baladiya.db"


def default_data_dir() -> Path:
    return user_data_path(APP_DIR_NAME, appauthor=False)


@dataclass(frozen=True)
class StationPaths:
    """Files that belong to one database: backups and reports sit beside it."""

    db_path: Path | None
    data_dir: Path

    @classmethod
    def for_db(cls, db_path: Path | None) -> StationPaths:
        if db_path is None:
            return cls(None, default_data_dir())
        return cls(db_path, db_path.resolve().parent)

    @property
    def backups_dir(self) -> Path:
        stem = self.db_path.stem if self.db_path is not None else "baladiya"
        return self.data_dir / f"{stem}-backups"

    @property
    def crash_dir(self) -> Path:
        return self.data_dir / "crash-reports"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def drafts_dir(self) -> Path:
        """Autosaved form drafts, named after the database so two never share them."""
        stem = self.db_path.stem if self.db_path is not None else "baladiya"
        return self.data_dir / f"{stem}-drafts"

    @property
    def lock_path(self) -> Path | None:
        if self.db_path is None:
            return None
        return self.db_path.with_name(self.db_path.name + ".lock")


def default_db_path() -> Path:
    return default_data_dir() / DB_FILE_NAME
