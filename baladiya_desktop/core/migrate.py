"""Schema upgrades: refuse a newer database, back up an older one, then upgrade it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from baladiya_desktop.core.errors import StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def is_empty(engine: Engine) -> bool:
    return not inspect(engine).get_table_names()


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is older than this app; refuses one it cannot read."""
    current = current_revision(engine)
    if current is None:
        if not is_empty(engine):
            raise StorageError(
                "هذه قاعدة بيانات لبرنامج آخر وليست قاعدة بيانات بلدية.",
                "This database belongs to another program, not Baladiya Desktop.",
            )
        return True
    if current not in known_revisions():
        raise StorageError(
            "قاعدة البيانات هذه من إصدار أحدث من البرنامج. ثبّت الإصدار الأحدث ولا تفتحها بهذا "
            "الإصدار. لم يتغير شيء فيها.",
            "This database is from a newer version of the app. Install the newer version; "
            "nothing was changed.",
        )
    return current != head_revision()


def upgrade(engine: Engine, *, before: Callable[[], None] | None = None) -> bool:
    """Bring the schema to head; ``before`` runs first (the backup) unless the DB is new."""
    if not needs_upgrade(engine):
        return False
    if before is not None and not is_empty(engine):
        before()
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
