"""Alembic environment: run on the connection the app hands over (never a URL from an ini)."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context

from baladiya_desktop.core.base import UTCDateTime
from baladiya_desktop.schema import metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    # Migrations stand alone: app column types are written as the plain types they store.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run through baladiya_desktop.core.migrate")

context.configure(
    connection=connection,
    target_metadata=metadata(),
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
