from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baladiya_desktop.core.text import clean_text, matches, name_tokens, search_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آمنة", "امنه"),
        ("ٱلله", "الله"),
        ("مصطفى", "مصطفي"),
        ("فاطمة", "فاطمه"),
        ("مؤمن", "مومن"),
        ("هانئ", "هاني"),
        ("مُحَمَّد", "محمد"),
        ("محـــمد", "محمد"),
        ("رحمٰن", "رحمن"),  # superscript alef
        ("الصلوٰۃ", "الصلوۃ"),  # the Quranic marks go; ۃ is not our letter to fold
        ("قرآنۖ", "قران"),
        ("  علي   بن\tعمر \n", "علي بن عمر"),
        ("MoHaMeD Ali", "mohamed ali"),
        ("Straße", "strasse"),
        ("رقم ٤٢", "رقم 42"),
        ("ﻣﺤﻤﺪ", "محمد"),  # presentation forms, as some old systems export
        ("\u200fعلي\u200e", "علي"),
        ("یحیی", "يحيي"),  # Persian yeh
        ("کمال", "كمال"),  # Persian kaf
        ("", ""),
        ("   ", ""),
    ],
)
def test_search_key(text: str, expected: str) -> None:
    assert search_key(text) == expected


@pytest.mark.parametrize(
    ("apart", "joined"),
    [
        ("عبد الله", "عبدالله"),
        ("عبد الرحمن", "عبدالرحمن"),
        ("أبو بكر", "أبوبكر"),
        ("ابو بكر", "ابوبكر"),
        ("بو شعالة", "بوشعالة"),
        ("محمد عبد الله علي", "محمد عبدالله علي"),
        ("أبو عبد الله", "أبوعبدالله"),
        ("أبو عبد الله", "أبو عبدالله"),
        ("عبد  اللّه", "عبدالله"),
    ],
)
def test_compound_prefix_joins(apart: str, joined: str) -> None:
    assert search_key(apart) == search_key(joined)


def test_prefix_alone_or_last_stays() -> None:
    assert search_key("عبد") == "عبد"
    assert search_key("محمد أبو") == "محمد ابو"


def test_bin_is_not_joined() -> None:
    assert search_key("محمد بن علي") == "محمد بن علي"


arabic_text = st.text(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" \t\u200fـ")
)


@given(st.text() | arabic_text)
def test_search_key_idempotent(text: str) -> None:
    key = search_key(text)
    assert search_key(key) == key


@given(st.text())
def test_search_key_has_no_stray_spaces(text: str) -> None:
    key = search_key(text)
    assert key == key.strip()
    assert "  " not in key


def test_name_tokens() -> None:
    assert name_tokens("  محمد عبد الله  الفيتوري ") == ["محمد", "عبدالله", "الفيتوري"]
    assert name_tokens("") == []
    assert name_tokens(" \t ") == []


@pytest.mark.parametrize(
    ("query", "name", "expected"),
    [
        ("محمد", "مُحَمَّد عبد الله الفيتوري", True),
        ("عبدالله", "محمد عبد الله", True),
        ("عبد الله", "محمد عبدالله", True),
        ("الله", "محمد عبد الله", True),  # substring, so the joined part is still found
        ("فيتور", "محمد الفيتوري", True),
        ("احمد علي", "أحمد محمد علي", True),  # any order, any part
        ("علي احمد", "أحمد محمد علي", True),
        ("فاطمة", "فاطمه", True),
        ("احمد سالم", "أحمد محمد علي", False),
        ("خالد", "أحمد محمد علي", False),
        ("", "أحمد", True),  # an empty query filters nothing
        ("٤٢", "مكتب 42", True),
    ],
)
def test_matches(query: str, name: str, expected: bool) -> None:
    assert matches(query, search_key(name)) is expected


@given(st.text(), st.text())
def test_matches_own_parts(a: str, b: str) -> None:
    key = search_key(f"{a} {b}")
    assert matches(a, search_key(a))
    assert matches("", key)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  مُحَمَّد   عبد الله  ", "مُحَمَّد عبد الله"),  # spelling and harakat kept
        ("أحمد\t\nعلي", "أحمد علي"),
        ("\u200fإبراهيم\u200e", "إبراهيم"),
        ("فاطمة", "فاطمة"),
        ("", ""),
        ("   ", ""),
        ("ا\u0653", "آ"),  # NFC recombines: the same letter, one code point
    ],
)
def test_clean_text(text: str, expected: str) -> None:
    assert clean_text(text) == expected


@given(st.text())
def test_clean_text_idempotent_and_same_key(text: str) -> None:
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert search_key(cleaned) == search_key(text)
