"""staff register

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 01:24:14.424570
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('owner_table', sa.String(length=48), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('media_type', sa.String(length=80), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('attachment_blob',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_attachment_blob'))
    )
    op.create_table('reference_item',
    sa.Column('list_name', sa.String(length=48), nullable=False),
    sa.Column('code', sa.String(length=48), nullable=False),
    sa.Column('name_ar', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('extra', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('list_name', 'code', name=op.f('pk_reference_item'))
    )
    op.create_table('employee',
    sa.Column('first_name', sa.String(length=60), nullable=False),
    sa.Column('father_name', sa.String(length=60), nullable=False),
    sa.Column('grandfather_name', sa.String(length=60), nullable=False),
    sa.Column('family_name', sa.String(length=80), nullable=False),
    sa.Column('mother_name', sa.String(length=120), nullable=False),
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('search_key', sa.String(length=400), nullable=False),
    sa.Column('national_number', sa.String(length=12), nullable=True),
    sa.Column('other_id_kind', sa.String(length=32), nullable=False),
    sa.Column('other_id', sa.String(length=40), nullable=False),
    sa.Column('other_id_reason', sa.String(length=200), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_place', sa.String(length=120), nullable=False),
    sa.Column('nationality', sa.String(length=60), nullable=False),
    sa.Column('marital_status', sa.String(length=24), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('qualification', sa.String(length=48), nullable=False),
    sa.Column('qualification_field', sa.String(length=120), nullable=False),
    sa.Column('qualification_year', sa.Integer(), nullable=True),
    sa.Column('qualification_institution', sa.String(length=160), nullable=False),
    sa.Column('hire_date', sa.Date(), nullable=True),
    sa.Column('employment_type', sa.String(length=48), nullable=False),
    sa.Column('status', sa.String(length=48), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('post_id', sa.Uuid(), nullable=True),
    sa.Column('job_title', sa.String(length=160), nullable=False),
    sa.Column('grade', sa.Integer(), nullable=True),
    sa.Column('increments', sa.Integer(), nullable=False),
    sa.Column('grade_date', sa.Date(), nullable=True),
    sa.Column('last_increment_date', sa.Date(), nullable=True),
    sa.Column('employee_number', sa.String(length=32), nullable=False),
    sa.Column('financial_number', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['post_id'], ['org_post.id'], name=op.f('fk_employee_post_id_org_post'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['org_unit.id'], name=op.f('fk_employee_unit_id_org_unit'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employee'))
    )
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employee_employee_number'), ['employee_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_employee_grade'), ['grade'], unique=False)
        batch_op.create_index(batch_op.f('ix_employee_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index('ix_employee_municipality_national', ['municipality_code', 'national_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_employee_post_id'), ['post_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_employee_search_key'), ['search_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_employee_unit_id'), ['unit_id'], unique=False)

    op.create_table('service_event',
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('from_value', sa.String(length=200), nullable=False),
    sa.Column('to_value', sa.String(length=200), nullable=False),
    sa.Column('decision_number', sa.String(length=64), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_service_event_employee_id_employee'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_event'))
    )
    with op.batch_alter_table('service_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_event_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_event_municipality_code'), ['municipality_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('service_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_event_municipality_code'))
        batch_op.drop_index(batch_op.f('ix_service_event_employee_id'))

    op.drop_table('service_event')
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employee_unit_id'))
        batch_op.drop_index(batch_op.f('ix_employee_search_key'))
        batch_op.drop_index(batch_op.f('ix_employee_post_id'))
        batch_op.drop_index('ix_employee_municipality_national')
        batch_op.drop_index(batch_op.f('ix_employee_municipality_code'))
        batch_op.drop_index(batch_op.f('ix_employee_grade'))
        batch_op.drop_index(batch_op.f('ix_employee_employee_number'))

    op.drop_table('employee')
    op.drop_table('reference_item')
    op.drop_table('attachment_blob')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_owner_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_municipality_code'))

    op.drop_table('attachment')
