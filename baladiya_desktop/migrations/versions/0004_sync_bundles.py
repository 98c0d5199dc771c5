"""sync bundles

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 01:34:29.195046
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bundle_log',
    sa.Column('bundle_id', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('direction', sa.String(length=4), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('seq_from', sa.BigInteger(), nullable=False),
    sa.Column('seq_to', sa.BigInteger(), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('bundle_id', name=op.f('pk_bundle_log'))
    )
    with op.batch_alter_table('bundle_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bundle_log_station_id'), ['station_id'], unique=False)

    op.create_table('conflict_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('winner_station', sa.Uuid(), nullable=False),
    sa.Column('winner_version', sa.BigInteger(), nullable=False),
    sa.Column('loser_station', sa.Uuid(), nullable=False),
    sa.Column('loser_version', sa.BigInteger(), nullable=False),
    sa.Column('loser_state', sa.Text(), nullable=False),
    sa.Column('bundle_id', sa.String(length=40), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('resolved_by', sa.String(length=64), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict_log'))
    )
    with op.batch_alter_table('conflict_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_log_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_log_record_id'), ['record_id'], unique=False)

    op.create_table('enrolled_station',
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('applied_seq', sa.BigInteger(), nullable=False),
    sa.Column('audit_seq', sa.Integer(), nullable=False),
    sa.Column('audit_head', sa.String(length=64), nullable=False),
    sa.Column('last_bundle_at', sa.DateTime(), nullable=True),
    sa.Column('history_alert', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('station_id', name=op.f('pk_enrolled_station'))
    )
    with op.batch_alter_table('enrolled_station', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolled_station_municipality_code'), ['municipality_code'], unique=False)

    op.create_table('ministry_key',
    sa.Column('key_id', sa.String(length=32), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('private_key', sa.LargeBinary(), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('key_id', name=op.f('pk_ministry_key'))
    )
    op.create_table('sync_state',
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('acked_seq', sa.BigInteger(), nullable=False),
    sa.Column('acked_audit_seq', sa.Integer(), nullable=False),
    sa.Column('acked_at', sa.DateTime(), nullable=True),
    sa.Column('last_export_seq', sa.BigInteger(), nullable=False),
    sa.Column('last_export_at', sa.DateTime(), nullable=True),
    sa.Column('reference_version', sa.Integer(), nullable=False),
    sa.Column('reference_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_stations', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('station_id', name=op.f('pk_sync_state'))
    )
    op.create_table('trusted_key',
    sa.Column('key_id', sa.String(length=32), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('key_id', name=op.f('pk_trusted_key'))
    )


def downgrade() -> None:
    op.drop_table('trusted_key')
    op.drop_table('sync_state')
    op.drop_table('ministry_key')
    with op.batch_alter_table('enrolled_station', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolled_station_municipality_code'))

    op.drop_table('enrolled_station')
    with op.batch_alter_table('conflict_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_log_record_id'))
        batch_op.drop_index(batch_op.f('ix_conflict_log_municipality_code'))

    op.drop_table('conflict_log')
    with op.batch_alter_table('bundle_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bundle_log_station_id'))

    op.drop_table('bundle_log')
