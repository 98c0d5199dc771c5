"""signed heads of the audit log

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 20:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_seal',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('head', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('signature', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_seal'))
    )


def downgrade() -> None:
    op.drop_table('audit_seal')
