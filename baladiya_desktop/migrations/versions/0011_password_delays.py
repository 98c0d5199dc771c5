"""passwords: the administrator's recovery code (its argon2 hash)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 10:00:00.000000

Wrong passwords now delay the next attempt instead of locking the account; the delay reuses
``failed_attempts`` and ``locked_until`` (read as "not before"), so only the recovery code
needs a column.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recovery_hash', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('recovery_hash')
