"""the ministry's decisions on settlement cases escalated to it

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('settlement_ministry_decision',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('approved', sa.Boolean(), nullable=False),
    sa.Column('decision_number', sa.String(length=64), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('by_user', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_settlement_ministry_decision'))
    )
    with op.batch_alter_table('settlement_ministry_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settlement_ministry_decision_municipality_code'), ['municipality_code'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('settlement_ministry_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_settlement_ministry_decision_municipality_code'))

    op.drop_table('settlement_ministry_decision')
