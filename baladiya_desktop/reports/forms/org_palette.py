"""The colours of unit types, shared by the printed chart and the window's chart."""

from __future__ import annotations

Rgb = tuple[float, float, float]

# (fill, edge) as hex: light fills keep black text readable on paper and on screen.
TYPE_HEX: dict[str, tuple[str, str]] = {
    "council": ("#e8ecf6", "#1f3a6e"),
    "committee": ("#eef0f8", "#4a5a8c"),
    "mayor": ("#e6eef9", "#24508f"),
    "agent": ("#e4f0fa", "#1c6aa3"),
    "department": ("#e5f3f1", "#1d7a6d"),
    "office": ("#f3effa", "#6a4b9c"),
    "guard": ("#fbeee6", "#a65424"),
    "branch": ("#fdf5e2", "#9a7414"),
    "section": ("#eef6e6", "#4f7f23"),
    "unit": ("#f2f4f5", "#5d6b73"),
    "locality": ("#f8eef2", "#8f3f62"),
}
DEFAULT_HEX = ("#f2f2f2", "#666666")
STATUS_NOTE = {"proposed": "مقترح", "closed": "مغلق"}


def _rgb(hex_colour: str) -> Rgb:
    value = int(hex_colour.lstrip("#"), 16)
    return ((value >> 16) / 255.0, ((value >> 8) & 0xFF) / 255.0, (value & 0xFF) / 255.0)


def type_hex(unit_type: str) -> tuple[str, str]:
    return TYPE_HEX.get(unit_type, DEFAULT_HEX)


def type_colours(unit_type: str) -> tuple[Rgb, Rgb]:
    fill, edge = type_hex(unit_type)
    return _rgb(fill), _rgb(edge)
