"""Western digits from Arabic-Indic and Persian input."""

from __future__ import annotations

__all__ = ["normalize_digits"]

_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_PERSIAN = "۰۱۲۳۴۵۶۷۸۹"

_TABLE: dict[int, str] = {
    **{ord(ch): str(i) for i, ch in enumerate(_ARABIC_INDIC)},
    **{ord(ch): str(i) for i, ch in enumerate(_PERSIAN)},
    ord("٫"): ".",  # U+066B Arabic decimal separator
    ord("٬"): ",",  # U+066C Arabic thousands separator
    # The Arabic comma U+060C is left alone: it separates list items, not digit groups.
}


def normalize_digits(text: str) -> str:
    """Return ``text`` with ٠-٩ and ۰-۹ as 0-9, ٫ as '.' and ٬ as ','; nothing else changes."""
    return text.translate(_TABLE)
