"""The payload inside a bundle: a zip of JSON lines and attachment blobs, read defensively."""

from __future__ import annotations

import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from baladiya_desktop.core.audit import canonical_json
from baladiya_desktop.sync.errors import refused

ALLOWED = re.compile(r"content\.json|records\.jsonl|audit\.jsonl|blobs/[0-9a-f]{64}")
MAX_ENTRIES = 200_000
MAX_TOTAL = 4 << 30  # uncompressed bytes a payload may hold
MAX_RATIO = 200  # a deflated entry bigger than this many times its size is a bomb
FREE_TOTAL = 64 << 20  # a payload may always expand to this much...
TOTAL_RATIO = 100  # ...and beyond it, to this many times its own size
LOCAL_HEADER = 30
CHUNK = 1 << 20


@dataclass
class PayloadWriter:
    """Builds the zip in memory; records and audit entries as JSON lines."""

    buffer: io.BytesIO = field(default_factory=io.BytesIO)

    def __post_init__(self) -> None:
        self._zip = zipfile.ZipFile(self.buffer, "w", compression=zipfile.ZIP_DEFLATED,
                                    compresslevel=6)

    def lines(self, name: str, rows: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> None:
        with self._zip.open(name, "w", force_zip64=True) as handle:
            for row in rows:
                handle.write(canonical_json(row).encode("utf-8") + b"\n")

    def json(self, name: str, value: Any) -> None:
        self._zip.writestr(name, canonical_json(value))

    def blob(self, sha256: str, data: bytes) -> None:
        self._zip.writestr(f"blobs/{sha256}", data, compress_type=zipfile.ZIP_STORED)

    def finish(self) -> bytes:
        self._zip.close()
        return self.buffer.getvalue()


def _refuse_overlaps(infos: list[zipfile.ZipInfo], size: int) -> None:
    """Entries must not share compressed bytes: overlapping entries are a bomb's trick."""
    end = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset < end:
            raise refused("ملفات متداخلة داخل الحزمة.",
                          "entries overlap inside the payload (a decompression bomb).")
        end = (info.header_offset + LOCAL_HEADER + len(info.orig_filename.encode("utf-8"))
               + info.compress_size)
        if end > size:
            raise refused("محتوى الحزمة تالف.", "the payload is damaged.")


class PayloadReader:
    """Reads a payload zip, refusing odd names, escaping paths and decompression bombs."""

    def __init__(self, data: bytes) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, ValueError, EOFError, struct.error):
            raise refused("محتوى الحزمة ليس أرشيفاً صالحاً.",
                          "the payload is not a valid archive.") from None
        if len(infos) > MAX_ENTRIES:
            raise refused("عدد الملفات داخل الحزمة أكبر من المسموح.",
                          "the payload holds too many entries.")
        names = set()
        for info in infos:
            if not ALLOWED.fullmatch(info.filename) or info.filename in names:
                raise refused(f"اسم غير مسموح داخل الحزمة: {info.filename!r}",
                              f"a name not allowed inside the payload: {info.filename!r}")
            names.add(info.filename)
        _refuse_overlaps(infos, len(data))
        self.names = names
        self._budget = min(MAX_TOTAL, max(FREE_TOTAL, TOTAL_RATIO * len(data)))

    def read(self, name: str) -> bytes:
        """The entry's bytes (empty if absent), refused if it expands like a bomb."""
        if name not in self.names:
            return b""
        info = self._zip.getinfo(name)
        out = bytearray()
        limit = max(CHUNK, info.compress_size * MAX_RATIO)
        try:
            with self._zip.open(info) as handle:
                while chunk := handle.read(CHUNK):
                    out += chunk
                    if len(out) > limit or len(out) > self._budget:
                        raise refused("محتوى الحزمة ينتفخ عند فك ضغطه بشكل غير طبيعي.",
                                      "the payload expands abnormally (a decompression bomb).")
        except (zipfile.BadZipFile, OSError, EOFError, struct.error, NotImplementedError,
                RuntimeError, zlib.error) as exc:
            raise refused("محتوى الحزمة تالف.", "the payload is damaged.") from exc
        self._budget -= len(out)
        return bytes(out)

    def lines(self, name: str) -> list[dict[str, Any]]:
        """The entry's JSON lines, each an object; a damaged line is refused by its number."""
        data = self.read(name).rstrip(b"\n")
        if not data:
            return []
        try:  # one parse for the whole entry: lines hold no raw newline, so they join as a list
            values = json.loads(b"[" + data.replace(b"\n", b",") + b"]")
        except (ValueError, RecursionError):
            values = None
        if not isinstance(values, list):
            values = [self._line(name, number, line)
                      for number, line in enumerate(data.split(b"\n"), start=1)]
        for value in values:
            if not isinstance(value, dict):
                raise refused(f"سطر غير صالح في {name}.", f"an invalid line in {name}.")
        return values

    @staticmethod
    def _line(name: str, number: int, line: bytes) -> Any:
        try:
            return json.loads(line)
        except (ValueError, RecursionError):
            raise refused(f"سطر تالف في {name} (السطر {number}).",
                          f"a damaged line in {name} (line {number}).") from None

    def json(self, name: str) -> Any:
        try:
            return json.loads(self.read(name) or b"null")
        except (ValueError, RecursionError):
            raise refused(f"الملف {name} داخل الحزمة تالف.", f"{name} is damaged.") from None

    def blobs(self) -> Iterator[tuple[str, bytes]]:
        for name in sorted(self.names):
            if name.startswith("blobs/"):
                yield name[6:], self.read(name)
