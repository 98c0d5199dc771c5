"""Updates by USB: the ministry signs a new version's installer; a station installs only what
a trusted ministry key signed and only a newer version than it runs."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from baladiya_desktop import __version__
from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.ids import new_id
from baladiya_desktop.core.migrate import head_revision
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.sync import container
from baladiya_desktop.sync.container import Bundle
from baladiya_desktop.sync.errors import refused
from baladiya_desktop.sync.keys import SIGN, current_ministry_key, ministry_signer
from baladiya_desktop.sync.payload import PayloadReader, PayloadWriter
from baladiya_desktop.sync.usb import BUNDLE_SUFFIX, write_verified

SAFE_NAME = re.compile(r"^[A-Za-z0-9._\-]{1,120}$")


def version_tuple(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in text.strip().split("."))
    except ValueError:
        raise UserError(f"رقم الإصدار «{text}» غير صالح (مثال: 1.2.0).",
                        f"Invalid version '{text}' (e.g. 1.2.0).") from None


def write_update_bundle(ctx: AppContext, installer: Path, version: str, out_dir: Path,
                        notes: str = "") -> Path:
    """At the ministry: the installer of ``version`` in a bundle signed by the ministry."""
    ctx.require(Permission.SYNC_EXPORT)
    version_tuple(version)
    if not SAFE_NAME.match(installer.name):
        raise UserError("اسم ملف المثبّت يجب أن يكون بحروف لاتينية وأرقام فقط.",
                        "The installer's file name must be plain Latin letters and digits.")
    try:
        data = installer.read_bytes()
    except OSError as exc:
        raise UserError(f"تعذرت قراءة {installer}.", f"Could not read {installer}.") from exc
    digest = hashlib.sha256(data).hexdigest()
    writer = PayloadWriter()
    writer.json("content.json", {"version": version, "file_name": installer.name,
                                 "sha256": digest, "size": len(data), "notes": notes})
    writer.blob(digest, data)
    with ctx.session() as session:
        signer = current_ministry_key(session, SIGN)
    manifest = {"kind": "update", "bundle_id": str(new_id()), "created_at": utcnow().isoformat(),
                "app_version": __version__, "schema": head_revision(), "version": version,
                "signer": signer.key_id, "payload": {"encoding": "zip"}}
    bundle = container.encode(manifest, writer.finish(), signer.private(ctx))
    return write_verified(out_dir, f"baladiya-update-{version}{BUNDLE_SUFFIX}", bundle)


@dataclass(frozen=True)
class ReadyUpdate:
    version: str
    installer: Path
    notes: str


def take_update(ctx: AppContext, bundle: Bundle, updates_dir: Path) -> ReadyUpdate:
    """At a station: verify the signature and the version, then put the installer aside."""
    untrusted = ("حزمة التحديث ليست موقّعة من الوزارة بمفتاح موثوق. لا تثبّتها.",
                 "the update is not signed by a trusted ministry key. Do not install it.")
    with ctx.session() as session:  # a retired or revoked key signs no update
        signer = ministry_signer(session, str(bundle.manifest.get("signer", "")),
                                 what_ar=untrusted[0], what_en=untrusted[1])
    if not bundle.signed_by(signer):
        raise refused(*untrusted)
    bundle.check_payload()
    reader = PayloadReader(bundle.payload)
    content: Any = reader.json("content.json")
    try:
        version, name, digest = (str(content["version"]), str(content["file_name"]),
                                 str(content["sha256"]))
    except (KeyError, TypeError):
        raise refused("محتوى حزمة التحديث ناقص.", "the update bundle is incomplete.") from None
    if version != str(bundle.manifest.get("version")) or not SAFE_NAME.match(name):
        raise refused("بيان حزمة التحديث لا يطابق محتواها.",
                      "the update's manifest does not match its content.")
    if version_tuple(version) <= version_tuple(__version__):
        raise refused(f"الإصدار {version} ليس أحدث من الإصدار المثبت ({__version__}).",
                      f"version {version} is not newer than the installed {__version__}.")
    data = reader.read(f"blobs/{digest}")
    if hashlib.sha256(data).hexdigest() != digest:
        raise refused("ملف المثبّت داخل الحزمة تالف.", "the installer inside is damaged.")
    updates_dir.mkdir(parents=True, exist_ok=True)
    path = write_verified(updates_dir, name, data)
    with ctx.write(Permission.SYNC_IMPORT, "sync.update") as tx:
        tx.note("sync.update", {"version": version, "sha256": digest})
    return ReadyUpdate(version, path, str(content.get("notes", "")))
