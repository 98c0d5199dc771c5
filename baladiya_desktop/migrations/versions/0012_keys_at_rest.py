"""keys at rest: private keys wrapped by a key the operating system keeps for the user

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-10 09:00:00.000000

The station's signing and encryption keys and the ministry's keys were stored raw. They are
wrapped here by the station's KEK (``core.keystore``; made on this PC at the upgrade, before
any key is rewritten), and the station's public key gets a column of its own. The ministry's
keys are wrapped by the KEK alone: the officer's passphrase is not known to an upgrade.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from baladiya_desktop.core import keystore

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_station = sa.table('station', sa.column('id', sa.Uuid()),
                    sa.column('signing_key', sa.LargeBinary()),
                    sa.column('encryption_key', sa.LargeBinary()),
                    sa.column('public_key', sa.LargeBinary()))
_ministry_key = sa.table('ministry_key', sa.column('key_id', sa.String()),
                         sa.column('private_key', sa.LargeBinary()))


def public_key_of(private_raw: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_raw).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _owner(bind: sa.Connection) -> uuid.UUID | None:
    rows = bind.execute(sa.select(_station.c.id)).all()
    return rows[0].id if len(rows) == 1 else None


def upgrade() -> None:
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.add_column(sa.Column('public_key', sa.LargeBinary(), nullable=True))
    bind = op.get_bind()
    for row in bind.execute(sa.select(_station)).all():
        signing, encryption = bytes(row.signing_key), row.encryption_key
        values: dict[str, bytes] = {}
        if not keystore.is_wrapped(signing):
            values['public_key'] = public_key_of(signing)
            values['signing_key'] = keystore.wrap(signing, row.id, keystore.SIGN,
                                                  create_kek=True)
        if encryption is not None and not keystore.is_wrapped(bytes(encryption)):
            values['encryption_key'] = keystore.wrap(bytes(encryption), row.id,
                                                     keystore.ENCRYPT, create_kek=True)
        if values:
            bind.execute(sa.update(_station).where(_station.c.id == row.id).values(**values))
    owner = _owner(bind)
    if owner is not None:
        for key in bind.execute(sa.select(_ministry_key)).all():
            if not keystore.is_wrapped(bytes(key.private_key)):
                bind.execute(sa.update(_ministry_key).where(
                    _ministry_key.c.key_id == key.key_id).values(private_key=keystore.wrap(
                        bytes(key.private_key), owner, f"ministry/{key.key_id}",
                        create_kek=True)))
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.alter_column('public_key', existing_type=sa.LargeBinary(), nullable=False)


def downgrade() -> None:
    """Back to raw keys: needs this PC's KEK (and the ministry's passphrase in
    BALADIYA_KEY_PASSPHRASE if it was set)."""
    bind = op.get_bind()
    owner = _owner(bind)
    for row in bind.execute(sa.select(_station)).all():
        values = {'signing_key': keystore.unwrap(bytes(row.signing_key), row.id,
                                                 keystore.SIGN)}
        if row.encryption_key is not None:
            values['encryption_key'] = keystore.unwrap(bytes(row.encryption_key), row.id,
                                                       keystore.ENCRYPT)
        bind.execute(sa.update(_station).where(_station.c.id == row.id).values(**values))
    if owner is not None:
        for key in bind.execute(sa.select(_ministry_key)).all():
            bind.execute(sa.update(_ministry_key).where(
                _ministry_key.c.key_id == key.key_id).values(private_key=keystore.unwrap(
                    bytes(key.private_key), owner, f"ministry/{key.key_id}")))
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.drop_column('public_key')
