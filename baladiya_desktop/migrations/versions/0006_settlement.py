"""settlement cases and salary tables

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 01:42:42.806388
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('salary_table',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('max_increments', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_salary_table'))
    )
    with op.batch_alter_table('salary_table', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_salary_table_effective_from'), ['effective_from'], unique=False)

    op.create_table('salary_amount',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_id', sa.Uuid(), nullable=False),
    sa.Column('grade', sa.Integer(), nullable=False),
    sa.Column('increment', sa.Integer(), nullable=False),
    sa.Column('monthly', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['table_id'], ['salary_table.id'], name=op.f('fk_salary_amount_table_id_salary_table')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_salary_amount')),
    sa.UniqueConstraint('table_id', 'grade', 'increment', name=op.f('uq_salary_amount_table_id'))
    )
    with op.batch_alter_table('salary_amount', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_salary_amount_table_id'), ['table_id'], unique=False)

    op.create_table('settlement_case',
    sa.Column('case_number', sa.String(length=40), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('case_type', sa.String(length=32), nullable=False),
    sa.Column('requested_effect', sa.Text(), nullable=False),
    sa.Column('request_date', sa.Date(), nullable=False),
    sa.Column('current_grade', sa.Integer(), nullable=True),
    sa.Column('current_increments', sa.Integer(), nullable=False),
    sa.Column('current_title', sa.String(length=160), nullable=False),
    sa.Column('proposed_grade', sa.Integer(), nullable=True),
    sa.Column('proposed_increments', sa.Integer(), nullable=False),
    sa.Column('proposed_title', sa.String(length=160), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('chronology', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('decision_number', sa.String(length=64), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('needs_ministry', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_settlement_case_employee_id_employee'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settlement_case'))
    )
    with op.batch_alter_table('settlement_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settlement_case_case_number'), ['case_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_settlement_case_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_settlement_case_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_settlement_case_status'), ['status'], unique=False)

    op.create_table('settlement_document',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('doc_type', sa.String(length=32), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('received', sa.Boolean(), nullable=False),
    sa.Column('attachment_id', sa.Uuid(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['settlement_case.id'], name=op.f('fk_settlement_document_case_id_settlement_case'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settlement_document'))
    )
    with op.batch_alter_table('settlement_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settlement_document_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_settlement_document_municipality_code'), ['municipality_code'], unique=False)

    op.create_table('settlement_step',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('from_status', sa.String(length=24), nullable=False),
    sa.Column('to_status', sa.String(length=24), nullable=False),
    sa.Column('step_date', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by_user', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('decision_number', sa.String(length=64), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['settlement_case.id'], name=op.f('fk_settlement_step_case_id_settlement_case'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settlement_step'))
    )
    with op.batch_alter_table('settlement_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settlement_step_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_settlement_step_municipality_code'), ['municipality_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('settlement_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_settlement_step_municipality_code'))
        batch_op.drop_index(batch_op.f('ix_settlement_step_case_id'))

    op.drop_table('settlement_step')
    with op.batch_alter_table('settlement_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_settlement_document_municipality_code'))
        batch_op.drop_index(batch_op.f('ix_settlement_document_case_id'))

    op.drop_table('settlement_document')
    with op.batch_alter_table('settlement_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_settlement_case_status'))
        batch_op.drop_index(batch_op.f('ix_settlement_case_municipality_code'))
        batch_op.drop_index(batch_op.f('ix_settlement_case_employee_id'))
        batch_op.drop_index(batch_op.f('ix_settlement_case_case_number'))

    op.drop_table('settlement_case')
    with op.batch_alter_table('salary_amount', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_salary_amount_table_id'))

    op.drop_table('salary_amount')
    with op.batch_alter_table('salary_table', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_salary_table_effective_from'))

    op.drop_table('salary_table')
