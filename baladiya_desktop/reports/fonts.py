"""Fonts for printed forms: find the font files, register them once per process.

Forms use a Naskh face (Amiri, regular and bold); tables use a sans face (Noto Sans Arabic).
Noto Sans Arabic ships as one variable font: reportlab embeds its default instance
(width 100, weight 400) correctly, but cannot make a bold instance from it, so the sans bold
is drawn as a synthetic bold (fill and a thin stroke of the same colour).

Every font is a :class:`ShapedFont`: a reportlab ``TTFont`` that also holds a HarfBuzz font,
so that text is shaped by HarfBuzz and drawn glyph by glyph (see ``shaping`` and ``textdraw``).
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from baladiya_desktop.core.errors import UserError

__all__ = [
    "Face",
    "FontSet",
    "ShapedFont",
    "default_font_files",
    "get_face",
    "register_font",
    "register_fonts",
]

_PRIVATE_FIRST = 0xE000
_PRIVATE_LAST = 0xF8FF
_NO_TEXT = ""  # what a glyph that carries no character of its own extracts as


class ShapedFont(TTFont):  # type: ignore[misc]  # reportlab has no type hints
    """A TrueType font registered with reportlab and shaped with HarfBuzz.

    HarfBuzz returns glyph ids; reportlab draws characters. A glyph that is the font's own
    glyph for the character it stands for is drawn as that character; any other glyph
    (a joining form, a ligature, a mirrored bracket, a moved mark) gets a private-use code
    whose ToUnicode entry is the text it stands for, so the PDF stays searchable.
    """

    def __init__(self, name: str, path: Path) -> None:
        super().__init__(name, str(path))
        self.path = path
        face = hb.Face(hb.Blob(self.face._ttf_data))
        self.hb_font = hb.Font(face)
        self.units_per_em: int = face.upem
        self.to_pdf_units = 1000.0 / face.upem
        self._keys: dict[tuple[int, str], str] = {}
        self._to_unicode: dict[int, str] = {}
        self._next_private = _PRIVATE_FIRST
        self._lock = threading.Lock()
        self.run_cache: dict[tuple[str, bool], Any] = {}  # filled by shaping.shape_run

    def glyph_key(self, gid: int, text: str) -> str:
        """Return the character that draws glyph ``gid`` standing for ``text``."""
        if len(text) == 1 and self.face.charToGlyph.get(ord(text)) == gid:
            return text
        key = self._keys.get((gid, text))
        if key is None:
            with self._lock:
                key = self._keys.get((gid, text)) or self._new_private(gid, text)
        return key

    def _new_private(self, gid: int, text: str) -> str:
        face = self.face
        code = self._next_private
        while code in face.charToGlyph:
            code += 1
        if code > _PRIVATE_LAST:
            raise RuntimeError(f"font {self.fontName}: no private-use code left for glyph {gid}")
        self._next_private = code + 1
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        face.charWidths[code] = face._pdfScale(face.hmetrics[gid][0])
        self._to_unicode[code] = text
        key = chr(code)
        self._keys[(gid, text)] = key
        return key

    def look_of(self, key: str) -> str:
        """Return the character a glyph key looks like: the font's own character for its
        glyph (NFKC, so joining forms read as letters) or else the text it stands for."""
        code = ord(key)
        text = self._to_unicode.get(code)
        if text is None:
            return key
        for char in self.face.glyphToChar.get(self.face.charToGlyph[code], ()):
            if not _PRIVATE_FIRST <= char <= _PRIVATE_LAST:
                return unicodedata.normalize("NFKC", chr(char))
        return text

    def addObjects(self, doc: Any) -> None:
        """Write the font subsets, then give private-use codes their real text."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if not any(code in self._to_unicode for code in subset):
                continue
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            base_name = base.decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + base_name]
            stream.content = _to_unicode_cmap(base_name, subset, self._to_unicode)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, subset: list[int], private: dict[int, str]) -> str:
    entries = [
        f"<{i:02X}> <{_utf16_hex(private.get(code, chr(code)))}>" for i, code in enumerate(subset)
    ]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # at most 100 entries per block
        chunk = entries[start : start + 100]
        lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Face:
    """A registered font as drawn: the font and whether to embolden it synthetically."""

    font: ShapedFont
    synthetic_bold: bool = False


_register_lock = threading.Lock()
_faces: dict[str, Face] = {}


def register_font(name: str, path: Path, *, synthetic_bold: bool = False) -> Face:
    """Register the font file ``path`` as ``name`` (once per process) and return its face.

    A file already registered under another name is shared, not loaded twice (two copies of
    one font in a PDF would clash). Raises :class:`UserError` naming the file when it is
    missing or not a TrueType font.
    """
    with _register_lock:
        face = _faces.get(name)
        if face is not None and face.font.path == path and face.synthetic_bold == synthetic_bold:
            return face
        same_file = next((f.font for f in _faces.values() if f.font.path == path), None)
        if same_file is None:
            same_file = _load(name, path)
        face = _faces[name] = Face(same_file, synthetic_bold)
        return face


def _load(name: str, path: Path) -> ShapedFont:
    if not path.is_file():
        raise UserError(
            f"ملف الخط غير موجود: {path.name} ({path})",
            f"Font file not found: {path.name} ({path})",
        )
    try:
        font = ShapedFont(name, path)
    except Exception as exc:  # reportlab raises TTFError and plain errors for bad files
        raise UserError(
            f"ملف الخط غير صالح: {path.name}",
            f"Not a usable TrueType font: {path.name} ({exc})",
        ) from exc
    pdfmetrics.registerFont(font)
    return font


def get_face(name: str) -> Face:
    """Return the face registered as ``name``; the default :class:`FontSet` registers itself."""
    face = _faces.get(name)
    if face is None:
        if name in _DEFAULT_NAMES:
            register_fonts()
            return _faces[name]
        raise KeyError(f"font {name!r} is not registered; call register_font() first")
    return face


@dataclass(frozen=True, slots=True)
class FontSet:
    """The registered font names a form uses."""

    naskh: str = "Baladiya-Naskh"
    naskh_bold: str = "Baladiya-Naskh-Bold"
    sans: str = "Baladiya-Sans"
    sans_bold: str = "Baladiya-Sans-Bold"


_DEFAULTS = FontSet()
_DEFAULT_NAMES = frozenset(
    (_DEFAULTS.naskh, _DEFAULTS.naskh_bold, _DEFAULTS.sans, _DEFAULTS.sans_bold)
)


def default_font_files() -> dict[str, Path]:
    """Return the bundled font file for each role of :class:`FontSet`."""
    import fontpkg_amiri
    import fontpkg_noto_sans_arabic

    amiri = Path(fontpkg_amiri.ROOT) / "files"
    noto = Path(fontpkg_noto_sans_arabic.ROOT) / "files" / "NotoSansArabic[wdth,wght].ttf"
    return {
        "naskh": amiri / "Amiri-Regular.ttf",
        "naskh_bold": amiri / "Amiri-Bold.ttf",
        "sans": noto,
        "sans_bold": noto,
    }


def register_fonts(files: dict[str, Path] | None = None) -> FontSet:
    """Register the four form fonts (idempotent) and return their names.

    ``files`` overrides the bundled files by role (``naskh``, ``naskh_bold``, ``sans``,
    ``sans_bold``); a sans bold that is the same file as the sans face is drawn as synthetic bold.
    """
    chosen = {**default_font_files(), **(files or {})}
    names = FontSet()
    register_font(names.naskh, chosen["naskh"])
    register_font(names.naskh_bold, chosen["naskh_bold"])
    register_font(names.sans, chosen["sans"])
    same = chosen["sans_bold"] == chosen["sans"]
    register_font(names.sans_bold, chosen["sans_bold"], synthetic_bold=same)
    return names
