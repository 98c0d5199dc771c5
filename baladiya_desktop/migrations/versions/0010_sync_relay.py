"""sync between several stations: version vectors, sibling keys, restores, row refusals

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 19:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.add_column(sa.Column('encryption_key', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('incarnation', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('restored_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('enrolled_station', schema=None) as batch_op:
        batch_op.add_column(sa.Column('encryption_key', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('incarnation', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('relayed', sa.BigInteger(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('last_reply_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('conflict_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), nullable=False,
                                      server_default='version'))
        batch_op.add_column(sa.Column('natural_key', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('winner_state', sa.Text(), nullable=False,
                                      server_default=''))
    op.create_table('sync_knowledge',
    sa.Column('holder', sa.String(length=40), nullable=False),
    sa.Column('origin', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('holder', 'origin', name=op.f('pk_sync_knowledge'))
    )
    op.create_table('known_station',
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('encryption_key', sa.LargeBinary(), nullable=True),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('station_id', name=op.f('pk_known_station'))
    )
    with op.batch_alter_table('known_station', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_known_station_municipality_code'),
                              ['municipality_code'], unique=False)
    op.create_table('sync_rejection',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('bundle_id', sa.String(length=40), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('cleared', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_rejection'))
    )
    with op.batch_alter_table('sync_rejection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_rejection_record_id'), ['record_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('sync_rejection')
    op.drop_table('known_station')
    op.drop_table('sync_knowledge')
    with op.batch_alter_table('conflict_log', schema=None) as batch_op:
        batch_op.drop_column('winner_state')
        batch_op.drop_column('natural_key')
        batch_op.drop_column('kind')
    with op.batch_alter_table('enrolled_station', schema=None) as batch_op:
        batch_op.drop_column('last_reply_at')
        batch_op.drop_column('relayed')
        batch_op.drop_column('incarnation')
        batch_op.drop_column('encryption_key')
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.drop_column('restored_at')
        batch_op.drop_column('incarnation')
        batch_op.drop_column('encryption_key')
