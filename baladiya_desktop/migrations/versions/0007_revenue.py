"""local revenue

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 01:47:45.964357
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('receipt_book',
    sa.Column('book_number', sa.String(length=32), nullable=False),
    sa.Column('serial_from', sa.Integer(), nullable=False),
    sa.Column('serial_to', sa.Integer(), nullable=False),
    sa.Column('collector', sa.String(length=120), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('imported', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt_book'))
    )
    with op.batch_alter_table('receipt_book', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_book_book_number'), ['book_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipt_book_municipality_code'), ['municipality_code'], unique=False)

    op.create_table('revenue_category',
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('parent', sa.String(length=24), nullable=False),
    sa.Column('name_ar', sa.String(length=160), nullable=False),
    sa.Column('name_en', sa.String(length=160), nullable=False),
    sa.Column('ministry_code', sa.String(length=32), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_revenue_category'))
    )
    op.create_table('revenue_deposit',
    sa.Column('slip_number', sa.String(length=48), nullable=False),
    sa.Column('bank', sa.String(length=120), nullable=False),
    sa.Column('deposit_date', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revenue_deposit'))
    )
    with op.batch_alter_table('revenue_deposit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_revenue_deposit_municipality_code'), ['municipality_code'], unique=False)

    op.create_table('revenue_local_category',
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('parent', sa.String(length=24), nullable=False),
    sa.Column('name_ar', sa.String(length=160), nullable=False),
    sa.Column('name_en', sa.String(length=160), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revenue_local_category'))
    )
    with op.batch_alter_table('revenue_local_category', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_revenue_local_category_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_revenue_local_category_municipality_code'), ['municipality_code'], unique=False)

    op.create_table('revenue_month',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=False),
    sa.Column('closed_by', sa.String(length=64), nullable=False),
    sa.Column('totals', sa.Text(), nullable=False),
    sa.Column('seal', sa.String(length=64), nullable=False),
    sa.Column('reopen_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revenue_month'))
    )
    with op.batch_alter_table('revenue_month', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_revenue_month_month'), ['month'], unique=False)
        batch_op.create_index(batch_op.f('ix_revenue_month_municipality_code'), ['municipality_code'], unique=False)

    op.create_table('revenue_target',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('category_code', sa.String(length=24), nullable=False),
    sa.Column('annual', sa.BigInteger(), nullable=False),
    sa.Column('monthly', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revenue_target'))
    )
    with op.batch_alter_table('revenue_target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_revenue_target_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_revenue_target_year'), ['year'], unique=False)

    op.create_table('receipt',
    sa.Column('book_id', sa.Uuid(), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('receipt_date', sa.Date(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('payer_name', sa.String(length=200), nullable=False),
    sa.Column('payer_id', sa.String(length=32), nullable=False),
    sa.Column('category_code', sa.String(length=24), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=False),
    sa.Column('collector', sa.String(length=120), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('deposit_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['book_id'], ['receipt_book.id'], name=op.f('fk_receipt_book_id_receipt_book'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['deposit_id'], ['revenue_deposit.id'], name=op.f('fk_receipt_deposit_id_revenue_deposit'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt')),
    sa.UniqueConstraint('book_id', 'serial', name=op.f('uq_receipt_book_id'))
    )
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_book_id'), ['book_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipt_deposit_id'), ['deposit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipt_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipt_receipt_date'), ['receipt_date'], unique=False)
        batch_op.create_index('ix_receipt_summary', ['municipality_code', 'month', 'category_code', 'voided', 'deleted', 'amount'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.drop_index('ix_receipt_summary')
        batch_op.drop_index(batch_op.f('ix_receipt_receipt_date'))
        batch_op.drop_index(batch_op.f('ix_receipt_municipality_code'))
        batch_op.drop_index(batch_op.f('ix_receipt_deposit_id'))
        batch_op.drop_index(batch_op.f('ix_receipt_book_id'))

    op.drop_table('receipt')
    with op.batch_alter_table('revenue_target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_revenue_target_year'))
        batch_op.drop_index(batch_op.f('ix_revenue_target_municipality_code'))

    op.drop_table('revenue_target')
    with op.batch_alter_table('revenue_month', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_revenue_month_municipality_code'))
        batch_op.drop_index(batch_op.f('ix_revenue_month_month'))

    op.drop_table('revenue_month')
    with op.batch_alter_table('revenue_local_category', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_revenue_local_category_municipality_code'))
        batch_op.drop_index(batch_op.f('ix_revenue_local_category_code'))

    op.drop_table('revenue_local_category')
    with op.batch_alter_table('revenue_deposit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_revenue_deposit_municipality_code'))

    op.drop_table('revenue_deposit')
    op.drop_table('revenue_category')
    with op.batch_alter_table('receipt_book', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipt_book_municipality_code'))
        batch_op.drop_index(batch_op.f('ix_receipt_book_book_number'))

    op.drop_table('receipt_book')
