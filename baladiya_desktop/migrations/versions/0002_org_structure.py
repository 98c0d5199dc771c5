"""organizational structure: units, posts, decisions, unit types

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 01:21:21.605821
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('org_decision',
    sa.Column('unit_id', sa.Uuid(), nullable=False),
    sa.Column('change', sa.String(length=32), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('decision_number', sa.String(length=64), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_org_decision'))
    )
    with op.batch_alter_table('org_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_org_decision_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_org_decision_unit_id'), ['unit_id'], unique=False)

    op.create_table('org_unit_type',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name_ar', sa.String(length=120), nullable=False),
    sa.Column('name_en', sa.String(length=120), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_org_unit_type'))
    )
    op.create_table('org_unit',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name_ar', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('search_key', sa.String(length=400), nullable=False),
    sa.Column('unit_type', sa.String(length=32), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('decision_number', sa.String(length=64), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('effective_from', sa.Date(), nullable=True),
    sa.Column('effective_to', sa.Date(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['org_unit.id'], name=op.f('fk_org_unit_parent_id_org_unit'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['unit_type'], ['org_unit_type.code'], name=op.f('fk_org_unit_unit_type_org_unit_type'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_org_unit')),
    sa.UniqueConstraint('municipality_code', 'code', name=op.f('uq_org_unit_municipality_code'))
    )
    with op.batch_alter_table('org_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_org_unit_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_org_unit_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_org_unit_search_key'), ['search_key'], unique=False)

    op.create_table('org_post',
    sa.Column('unit_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('job_group', sa.String(length=120), nullable=False),
    sa.Column('grade_min', sa.Integer(), nullable=False),
    sa.Column('grade_max', sa.Integer(), nullable=False),
    sa.Column('approved_count', sa.Integer(), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['org_unit.id'], name=op.f('fk_org_post_unit_id_org_unit'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_org_post'))
    )
    with op.batch_alter_table('org_post', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_org_post_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_org_post_unit_id'), ['unit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('org_post', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_org_post_unit_id'))
        batch_op.drop_index(batch_op.f('ix_org_post_municipality_code'))

    op.drop_table('org_post')
    with op.batch_alter_table('org_unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_org_unit_search_key'))
        batch_op.drop_index(batch_op.f('ix_org_unit_parent_id'))
        batch_op.drop_index(batch_op.f('ix_org_unit_municipality_code'))

    op.drop_table('org_unit')
    op.drop_table('org_unit_type')
    with op.batch_alter_table('org_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_org_decision_unit_id'))
        batch_op.drop_index(batch_op.f('ix_org_decision_municipality_code'))

    op.drop_table('org_decision')
