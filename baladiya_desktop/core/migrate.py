"""Schema upgrades: refuse a newer database, back up an older one, then upgrade it.

Alembic is imported only when there is something to upgrade: reading the revision graph
from the migration files directly keeps it off every start-up (it costs a sixth of a second).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from baladiya_desktop.core.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def _graph() -> dict[str, str | None]:
    """Each revision and the one it follows, read from the files the app ships."""
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision and down:
            graph[revision.group(1)] = down.group(1)
    return graph


@cache
def _messages() -> dict[str, str]:
    """Each revision's first docstring line: what the upgrade does, in the app's words."""
    found: dict[str, str] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        if revision:
            found[revision.group(1)] = source.split('"""')[1].strip().splitlines()[0] \
                if '"""' in source else revision.group(1)
    return found


def pending(engine: Engine) -> list[str]:
    """What upgrading this database would do, oldest step first; empty when it is current."""
    if not needs_upgrade(engine):
        return []
    graph, current = _graph(), current_revision(engine)
    steps: list[str] = []
    rev: str | None = head_revision()
    while rev is not None and rev != current:
        steps.append(_messages().get(rev, rev))
        rev = graph.get(rev)
    return list(reversed(steps))


def known_revisions() -> set[str]:
    return set(_graph())


def head_revision() -> str:
    graph = _graph()
    followed = {down for down in graph.values() if down}
    heads = [rev for rev in graph if rev not in followed]
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must form one line; heads: {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):
            return None
    return None if value is None else str(value)


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
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
