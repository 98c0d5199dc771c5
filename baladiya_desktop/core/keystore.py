"""Private keys at rest: wrapped by a key the operating system keeps for the user.

A station's private keys (and the ministry's) are stored in the database only wrapped with
AES-256-GCM by a key-encryption key (KEK), one per station id, that never enters the database
or its backups: on Windows in the user's Credential Manager (DPAPI) through ``keyring``,
elsewhere in a file only the user can read (``<config>/Baladiya/keys/<station id>.kek``,
0600). ``BALADIYA_KEYSTORE_DIR`` puts the KEK files in another folder (tests, scripts; on
Windows too). A copy of the database on another PC or account finds no KEK there: it carries
the data, not the key.

The ministry's keys are also wrapped by a key derived from the officer's passphrase
(argon2id; its parameters and salt are stored in the wrapped key's header).

A wrapped key (bytes, in the column that held the raw key)::

    MAGIC "BLDK" | version 1 | mode (0: KEK, 1: KEK and passphrase)
    mode 1: time_cost u32 | memory_cost KiB u32 | parallelism u8 | salt 16
    nonce 12 | AES-256-GCM(KEK, inner)            inner = raw key (mode 0), or
                                                  nonce 12 | AES-256-GCM(passphrase key, raw)

Both layers authenticate the header and the key's identity (``<station id>/<what>``), so a
wrapped key moved to another row or station does not open.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import functools
import os
import secrets
import struct
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from platformdirs import user_config_path

from baladiya_desktop.core.errors import StorageError, UserError

if TYPE_CHECKING:
    from baladiya_desktop.core.context import AppContext
    from baladiya_desktop.core.station import Station

ENV_DIR = "BALADIYA_KEYSTORE_DIR"
ENV_PASSPHRASE = "BALADIYA_KEY_PASSPHRASE"
KEYRING_SERVICE = "Baladiya station key"

MAGIC = b"BLDK"
VERSION = 1
KEK_ONLY, WITH_PASSPHRASE = 0, 1
_PARAMS = struct.Struct(">IIB")
SALT_BYTES = 16
NONCE_BYTES = 12

SIGN = "sign"
ENCRYPT = "encrypt"


@dataclass(frozen=True)
class PassphraseCost:
    """argon2id's cost, stored with each wrapped key so it can grow in later versions."""

    time_cost: int = 3
    memory_cost: int = 65536  # KiB: RFC 9106's second recommendation
    parallelism: int = 4


DEFAULT_COST = PassphraseCost()


class KeyUnavailable(UserError):
    """The KEK of this station is not on this PC and account: a copy of the data."""

    def __init__(self) -> None:
        super().__init__(
            "قاعدة البيانات هذه (أو النسخة الاحتياطية) منسوخة من جهاز أو حساب مستخدم آخر: فيها "
            "البيانات وليس فيها مفتاح المحطة، فلا يمكن منها توقيع حزمة أو مطبوعة ولا فتح حزمة "
            "مشفرة. افتحها على الجهاز وحساب المستخدم الذي أُنشئت فيه، أو لمواصلة العمل "
            "ببياناتها هنا: أنشئ محطة جديدة واستعد هذه النسخة فيها كمحطة جديدة (baladiya db "
            "restore --as-new-station) ثم سجّلها لدى الوزارة تسجيلاً جديداً.",
            "This database (or backup) was copied from another PC or user account: it carries "
            "the data, not the station's key, so it cannot sign a bundle or a printout nor "
            "open an encrypted bundle. Open it on the PC and account where it was made; or, to "
            "carry on with its data here, create a new station, restore this copy into it as "
            "a new station (baladiya db restore --as-new-station) and enrol it with the "
            "ministry anew.",
        )


class PassphraseRequired(UserError):
    """The ministry's keys need the officer's passphrase, which was not given."""

    def __init__(self) -> None:
        super().__init__(
            "مفاتيح الوزارة محمية بعبارة المرور: اكتبها عند الطلب، أو ضعها في المتغير "
            "BALADIYA_KEY_PASSPHRASE، أو في السطر الذي يلي كلمة المرور مع --password-stdin.",
            "The ministry's keys are protected by the key passphrase: type it when asked, set "
            "BALADIYA_KEY_PASSPHRASE, or give it as the line after the password with "
            "--password-stdin.",
        )


class WrongPassphrase(UserError):
    def __init__(self) -> None:
        super().__init__(
            "عبارة المرور لمفاتيح الوزارة غير صحيحة. لم يتغير شيء.",
            "Wrong key passphrase for the ministry's keys. Nothing was changed.",
        )


# The KEK -----------------------------------------------------------------------------------


def kek_folder() -> Path:
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override).expanduser()
    return user_config_path("Baladiya", appauthor=False) / "keys"


def _uses_keyring() -> bool:
    return sys.platform == "win32" and not os.environ.get(ENV_DIR)


def _decode_kek(text: str) -> bytes | None:
    try:
        raw = base64.urlsafe_b64decode(text.strip().encode("ascii"))
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def _storage_failed(exc: Exception) -> StorageError:
    return StorageError(
        f"تعذر حفظ مفتاح المحطة أو قراءته في مخزن مفاتيح المستخدم: {exc}.",
        f"Could not keep or read the station's key in the user's key store: {exc}.",
    )


def _read_kek(station_id: uuid.UUID) -> bytes | None:
    if sys.platform == "win32" and _uses_keyring():
        import keyring
        import keyring.errors

        try:
            text = keyring.get_password(KEYRING_SERVICE, str(station_id))
        except keyring.errors.KeyringError as exc:
            raise _storage_failed(exc) from exc
        return _decode_kek(text) if text else None
    path = kek_folder() / f"{station_id}.kek"
    try:
        return _decode_kek(path.read_text(encoding="ascii"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise _storage_failed(exc) from exc


def _write_kek_file(station_id: uuid.UUID, text: str) -> None:
    """Made once, 0600 from the start, on disk before any key is wrapped with it; a KEK that
    another process wrote first is kept (``os.link`` does not replace)."""
    folder = kek_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    final = folder / f"{station_id}.kek"
    temp = folder / f".{station_id}.{secrets.token_hex(4)}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temp, final)
    finally:
        temp.unlink(missing_ok=True)
    from baladiya_desktop.core.durable import fsync_dir

    fsync_dir(folder)


def station_kek(station_id: uuid.UUID, *, create: bool = False) -> bytes:
    """The station's KEK; with ``create``, made if this PC has none (a new station, an
    upgrade wrapping clear keys, a restore as a new station). Else KeyUnavailable."""
    found = _read_kek(station_id)
    if found is not None:
        return found
    if not create:
        raise KeyUnavailable()
    text = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")
    try:
        if sys.platform == "win32" and _uses_keyring():
            import keyring
            import keyring.errors

            try:
                keyring.set_password(KEYRING_SERVICE, str(station_id), text)
            except keyring.errors.KeyringError as exc:
                raise _storage_failed(exc) from exc
        else:
            _write_kek_file(station_id, text)
    except OSError as exc:
        raise _storage_failed(exc) from exc
    found = _read_kek(station_id)
    if found is None:
        raise _storage_failed(OSError("the new key could not be read back"))
    return found


def has_kek(station_id: uuid.UUID) -> bool:
    try:
        return _read_kek(station_id) is not None
    except StorageError:
        return False


# Wrapping ----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8)
def _passphrase_key(passphrase: str, salt: bytes, cost: PassphraseCost) -> bytes:
    """argon2id is slow on purpose: derived once per passphrase and salt in a process."""
    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=cost.time_cost,
                           memory_cost=cost.memory_cost, parallelism=cost.parallelism,
                           hash_len=32, type=Type.ID)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def _aad(header: bytes, station_id: uuid.UUID, what: str) -> bytes:
    return header + b"|" + f"{station_id}/{what}".encode("ascii")


def wrap(raw: bytes, station_id: uuid.UUID, what: str, *, passphrase: str | None = None,
         salt: bytes | None = None, cost: PassphraseCost = DEFAULT_COST,
         create_kek: bool = False) -> bytes:
    """``raw`` wrapped by the station's KEK (and the passphrase's key, if given); ``what``
    names the key within the station ("sign", "encrypt", "ministry/<key id>")."""
    kek = station_kek(station_id, create=create_kek)
    if passphrase is None:
        header = MAGIC + bytes([VERSION, KEK_ONLY])
        inner = raw
    else:
        salt = salt or new_salt()
        header = MAGIC + bytes([VERSION, WITH_PASSPHRASE]) + _PARAMS.pack(
            cost.time_cost, cost.memory_cost, cost.parallelism) + salt
        nonce = secrets.token_bytes(NONCE_BYTES)
        inner = nonce + AESGCM(_passphrase_key(passphrase, salt, cost)).encrypt(
            nonce, raw, _aad(header, station_id, what))
    nonce = secrets.token_bytes(NONCE_BYTES)
    return header + nonce + AESGCM(kek).encrypt(nonce, inner, _aad(header, station_id, what))


@dataclass(frozen=True)
class _Parsed:
    header: bytes
    body: bytes
    salt: bytes | None
    cost: PassphraseCost | None


def _parse(blob: bytes) -> _Parsed:
    if not is_wrapped(blob):
        raise StorageError(
            "مفتاح المحطة في قاعدة البيانات بصيغة غير معروفة. أرسل تقرير الخطأ إلى الدعم الفني.",
            "The station's key in the database is in an unknown form. Tell the technical "
            "support.",
        )
    if blob[5] == KEK_ONLY:
        return _Parsed(blob[:6], blob[6:], None, None)
    end = 6 + _PARAMS.size + SALT_BYTES
    time_cost, memory_cost, parallelism = _PARAMS.unpack(blob[6:6 + _PARAMS.size])
    return _Parsed(blob[:end], blob[end:], blob[6 + _PARAMS.size:end],
                   PassphraseCost(time_cost, memory_cost, parallelism))


def is_wrapped(blob: bytes | None) -> bool:
    return blob is not None and len(blob) > 6 + NONCE_BYTES and blob[:4] == MAGIC and \
        blob[4] == VERSION and blob[5] in (KEK_ONLY, WITH_PASSPHRASE)


def wants_passphrase(blob: bytes) -> bool:
    return is_wrapped(blob) and blob[5] == WITH_PASSPHRASE


def passphrase_salt(blob: bytes) -> bytes | None:
    """The salt a passphrase-wrapped key was made with: new keys of the ministry reuse it,
    so one argon2 run opens them all."""
    return _parse(blob).salt if wants_passphrase(blob) else None


def given_passphrase(passphrase: str | None) -> str | None:
    """The passphrase typed in this session, else ``BALADIYA_KEY_PASSPHRASE`` (headless)."""
    return passphrase if passphrase else (os.environ.get(ENV_PASSPHRASE) or None)


def unwrap(blob: bytes, station_id: uuid.UUID, what: str, *,
           passphrase: str | None = None) -> bytes:
    parsed = _parse(bytes(blob))
    kek = station_kek(station_id)
    aad = _aad(parsed.header, station_id, what)
    try:
        inner = AESGCM(kek).decrypt(parsed.body[:NONCE_BYTES], parsed.body[NONCE_BYTES:], aad)
    except InvalidTag as exc:  # a KEK of this station id, but not the one that wrapped it
        raise KeyUnavailable() from exc
    if parsed.salt is None or parsed.cost is None:
        return inner
    typed = given_passphrase(passphrase)
    if typed is None:
        raise PassphraseRequired()
    key = _passphrase_key(typed, parsed.salt, parsed.cost)
    try:
        return AESGCM(key).decrypt(inner[:NONCE_BYTES], inner[NONCE_BYTES:], aad)
    except InvalidTag as exc:
        raise WrongPassphrase() from exc


# The accessors -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StationKeys:
    """The station's private keys, unwrapped for one operation; never stored."""

    signing: bytes
    encryption: bytes | None


def station_private_keys(ctx: AppContext, station: Station | None = None) -> StationKeys:
    """The one way to the station's private keys (``station`` if the caller holds the row,
    inside its transaction). KeyUnavailable on a copy from another PC or account;
    PassphraseRequired or WrongPassphrase for the ministry's."""
    if station is None:
        from baladiya_desktop.core.station import load_station

        with ctx.session() as session:
            station = load_station(session)
    passphrase = ctx.key_passphrase
    signing = unwrap(station.signing_key_wrapped, station.id, SIGN, passphrase=passphrase)
    encryption = None
    if station.encryption_key_wrapped is not None:
        encryption = unwrap(station.encryption_key_wrapped, station.id, ENCRYPT,
                            passphrase=passphrase)
    return StationKeys(signing, encryption)


def check_station_keys(ctx: AppContext) -> UserError | None:
    """At start: None if this PC can use the station's keys, else why not (a copy without
    the KEK, a missing or wrong passphrase)."""
    try:
        station_private_keys(ctx)
    except UserError as exc:
        return exc
    return None
