"""staff search: an index of names with their search keys

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 02:00:00

Search over 100,000 staff answers in name order: SQLite walks (full_name, search_key) and
checks every query word against the key inside the index, reading a row only when it
matches. FTS5 would add virtual and shadow tables that the schema comparison and the
backups would have to know about; this plain index is enough for p95 < 50 ms and works
unchanged on PostgreSQL.
"""

from __future__ import annotations

from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.create_index('ix_employee_name_key', ['full_name', 'search_key'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.drop_index('ix_employee_name_key')
