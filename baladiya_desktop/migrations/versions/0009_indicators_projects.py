"""indicators and projects

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 01:50:19.327058
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('criterion',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('focus_area', sa.String(length=32), nullable=False),
    sa.Column('parent', sa.String(length=32), nullable=False),
    sa.Column('name_ar', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('weight', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_criterion'))
    )
    op.create_table('focus_area',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name_ar', sa.String(length=160), nullable=False),
    sa.Column('name_en', sa.String(length=160), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_focus_area'))
    )
    op.create_table('indicator_def',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name_ar', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('definition_ar', sa.Text(), nullable=False),
    sa.Column('focus_area', sa.String(length=32), nullable=False),
    sa.Column('criterion', sa.String(length=32), nullable=False),
    sa.Column('unit', sa.String(length=16), nullable=False),
    sa.Column('period_type', sa.String(length=12), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('baseline', sa.BigInteger(), nullable=True),
    sa.Column('target', sa.BigInteger(), nullable=True),
    sa.Column('min_value', sa.BigInteger(), nullable=False),
    sa.Column('max_value', sa.BigInteger(), nullable=False),
    sa.Column('evidence_required', sa.Boolean(), nullable=False),
    sa.Column('computed', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_indicator_def'))
    )
    op.create_table('indicator_period',
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('sealed_at', sa.DateTime(), nullable=False),
    sa.Column('sealed_by', sa.String(length=64), nullable=False),
    sa.Column('seal', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_period'))
    )
    with op.batch_alter_table('indicator_period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_period_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_period_period'), ['period'], unique=False)

    op.create_table('indicator_value',
    sa.Column('indicator', sa.String(length=32), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('computed', sa.Boolean(), nullable=False),
    sa.Column('approved_by', sa.String(length=64), nullable=False),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_value'))
    )
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_value_indicator'), ['indicator'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_value_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_value_period'), ['period'], unique=False)

    op.create_table('project',
    sa.Column('name', sa.String(length=240), nullable=False),
    sa.Column('sector', sa.String(length=32), nullable=False),
    sa.Column('locality', sa.String(length=160), nullable=False),
    sa.Column('funding_source', sa.String(length=160), nullable=False),
    sa.Column('budget', sa.BigInteger(), nullable=False),
    sa.Column('contractor', sa.String(length=200), nullable=False),
    sa.Column('contract_number', sa.String(length=64), nullable=False),
    sa.Column('contract_date', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('planned_end', sa.Date(), nullable=True),
    sa.Column('actual_end', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('stop_reason', sa.Text(), nullable=False),
    sa.Column('indicators', sa.String(length=240), nullable=False),
    sa.Column('physical_pct', sa.Integer(), nullable=False),
    sa.Column('financial_pct', sa.Integer(), nullable=False),
    sa.Column('spent', sa.BigInteger(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project'))
    )
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_status'), ['status'], unique=False)

    op.create_table('self_assessment',
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('criterion', sa.String(length=32), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_self_assessment'))
    )
    with op.batch_alter_table('self_assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_self_assessment_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_self_assessment_period'), ['period'], unique=False)

    op.create_table('project_milestone',
    sa.Column('project_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('done_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_milestone_project_id_project'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_milestone'))
    )
    with op.batch_alter_table('project_milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_milestone_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_milestone_project_id'), ['project_id'], unique=False)

    op.create_table('project_progress',
    sa.Column('project_id', sa.Uuid(), nullable=False),
    sa.Column('update_date', sa.Date(), nullable=False),
    sa.Column('physical_pct', sa.Integer(), nullable=False),
    sa.Column('financial_pct', sa.Integer(), nullable=False),
    sa.Column('spent', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_progress_project_id_project'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_progress'))
    )
    with op.batch_alter_table('project_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_progress_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_progress_project_id'), ['project_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('project_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_progress_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_progress_municipality_code'))

    op.drop_table('project_progress')
    with op.batch_alter_table('project_milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_milestone_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_milestone_municipality_code'))

    op.drop_table('project_milestone')
    with op.batch_alter_table('self_assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_self_assessment_period'))
        batch_op.drop_index(batch_op.f('ix_self_assessment_municipality_code'))

    op.drop_table('self_assessment')
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_status'))
        batch_op.drop_index(batch_op.f('ix_project_municipality_code'))

    op.drop_table('project')
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_value_period'))
        batch_op.drop_index(batch_op.f('ix_indicator_value_municipality_code'))
        batch_op.drop_index(batch_op.f('ix_indicator_value_indicator'))

    op.drop_table('indicator_value')
    with op.batch_alter_table('indicator_period', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_period_period'))
        batch_op.drop_index(batch_op.f('ix_indicator_period_municipality_code'))

    op.drop_table('indicator_period')
    op.drop_table('indicator_def')
    op.drop_table('focus_area')
    op.drop_table('criterion')
