"""Arabic-aware text cleaning and the normalised search key."""

from __future__ import annotations

import unicodedata

from baladiya_desktop.core.digits import normalize_digits

__all__ = ["clean_text", "matches", "name_tokens", "search_key"]

# Invisible bidi and zero-width marks arrive with text pasted from Word, Excel and browsers;
# they change neither spelling nor meaning but would make equal names compare unequal.
_INVISIBLE = "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" + (
    "\u2066\u2067\u2068\u2069\ufeff"
)
_CLEAN_TABLE: dict[int, None] = {ord(ch): None for ch in _INVISIBLE}

_KEY_TABLE: dict[int, str | None] = {
    **_CLEAN_TABLE,
    **{cp: None for cp in range(0x064B, 0x0660)},  # harakat, shadda, sukun, hamza marks
    0x0670: None,  # superscript alef
    **{cp: None for cp in range(0x06D6, 0x06EE)},  # Quranic annotation marks
    0x0640: None,  # tatweel
    ord("أ"): "ا",
    ord("إ"): "ا",
    ord("آ"): "ا",
    ord("ٱ"): "ا",
    ord("ى"): "ي",
    ord("ة"): "ه",
    ord("ؤ"): "و",
    ord("ئ"): "ي",
    # Persian keyboards type these look-alikes for ي and ك.
    ord("ی"): "ي",
    ord("ک"): "ك",
}

# A compound name's first word is written both apart and joined ("عبد الله" / "عبدالله",
# "أبو بكر" / "أبوبكر", and in Libyan family names "بو" as in "بو شعالة" / "بوشعالة"): the two
# spellings are the same name, so the key always joins them. "بن"/"ابن" is not joined: it is
# a word of its own between the parts of a lineage ("محمد بن علي").
_JOINED_PREFIXES = frozenset({"عبد", "ابو", "بو"})


def clean_text(text: str) -> str:
    """Trim, collapse runs of whitespace and drop invisible marks, keeping the spelling as typed.

    NFC only recombines the same letters, so what the clerk sees does not change.
    """
    return " ".join(unicodedata.normalize("NFC", text).translate(_CLEAN_TABLE).split())


def _join_prefixes(words: list[str]) -> list[str]:
    # Right to left, so "ابو عبد الله" becomes one word however the parts were spaced.
    out: list[str] = []
    for word in reversed(words):
        if word in _JOINED_PREFIXES and out:
            out[-1] = word + out[-1]
        else:
            out.append(word)
    out.reverse()
    return out


def search_key(text: str) -> str:
    """Return the normalised key used to search names and titles; idempotent.

    Digits become Western, NFKC unfolds presentation forms, diacritics and tatweel go, the
    alef, yeh, teh marbuta and hamza carriers fold, Latin is casefolded, whitespace collapses
    and compound-name prefixes (عبد، أبو، بو) join the next word.
    """
    folded = unicodedata.normalize("NFKC", normalize_digits(text))
    folded = folded.translate(_KEY_TABLE).casefold()
    # Casefolding and stripping can leave composable sequences; settle them for idempotence.
    folded = unicodedata.normalize("NFKC", folded).translate(_KEY_TABLE)
    return " ".join(_join_prefixes(folded.split()))


def name_tokens(text: str) -> list[str]:
    """Return the words of the search key of ``text``."""
    key = search_key(text)
    return key.split(" ") if key else []


def matches(query: str, key: str) -> bool:
    """Tell whether every word of ``query`` occurs somewhere in ``key`` (a search key).

    Substring, not word-prefix, matching: the key joins "عبد الله" into one word, and a clerk
    typing "الله" must still find it; it is also what the trigram indexes of SQLite FTS5 and
    pg_trgm answer, so the database and this function agree. An empty query matches all.
    """
    return all(token in key for token in name_tokens(query))
